// A page in "last updated" (or deadline, or number) order of cases received in a date range (the
// closed queue over a year, in its default order) as a merge of ordered walks, one per bucket of
// receipt time.
// Cases received in the range may have been updated long after it, so no single index serves
// both the range and the order: walking (done, updated_at) skipped every case received after the
// range, and reading the range sorted all of it. The index of migration 0029 holds, per done and
// receipt bucket (2^31 ms, about 25 days), the cases in update order; each bucket of the range is
// one walk of it, SQLite merges the walks (a compound SELECT ordered the same way) and stops at
// the page's end. The range's own bounds stay in the condition, so the edge buckets are cut to it.
import type { CaseFilter, CaseQueue, CaseSort } from '../../../shared/cases/case-inputs';
import type { ReadDb } from '../db/read-db';
import { isSubcategory } from './catalogue-repo';

type Params = Record<string, string | number>;

/** The index's bucket: received_at >> 31 (SQLite's shift of the 64-bit integer). */
const BUCKET_MS = 2 ** 31;
/** More walks than this (a range of several years): the plain walk is used. */
export const MAX_WALKS = 64;

export const bucketOf = (ms: number): number => Math.floor(ms / BUCKET_MS);

/** The orders the merge serves: each one's column and its bucket index (migrations 0029, 0032). */
const ORDERS: Partial<Record<CaseSort['field'], { column: string; index: string }>> = {
  updatedAt: { column: 'updated_at', index: 'case_done_received_bucket_updated' },
  deadlineAt: { column: 'deadline_at', index: 'case_done_received_bucket_deadline' },
  number: { column: 'number', index: 'case_done_received_bucket_number' },
};

/** The done values a queue's cases have, where the merge serves it (closed: done; all: both). */
const DONE_OF: Partial<Record<CaseQueue, readonly number[]>> = { closed: [1], all: [0, 1] };

export interface BucketPageInput {
  queue: CaseQueue;
  filter: CaseFilter;
  sort: CaseSort;
  /**
   * The kind of scope limiting the viewer's cases, if any: a grid worker's few grids are found
   * through their own indexes; a department's share of the town is walked like the rest.
   */
  scope: 'grid' | 'department' | null;
  /** The page's condition on `case_record c` and its parameters (from, to: the range in ms, to exclusive). */
  where: string;
  params: Params;
}

/**
 * The page's statement (rowids as `rid`, with @limit and @offset still to bind) and its
 * parameters, or null where the plain walk of one index is the better path: an order by receipt
 * (its own index) or urgency, no
 * date range, a narrower filter or scope (grid, village, subcategory, text, a status, a grid
 * worker's grids: their own indexes), or
 * a range of more than MAX_WALKS buckets.
 */
export function receivedBucketsPage(db: ReadDb, input: BucketPageInput): { sql: string; params: Params } | null {
  const { filter: f, sort, params } = input;
  const done = DONE_OF[input.queue];
  const order = ORDERS[sort.field];
  if (!done || !order || input.scope === 'grid') return null;
  if (!f.from && !f.to) return null;
  if (f.gridId || f.villageId || f.text || f.status) return null;
  // A category holds a tenth of the cases: the walks find its page quickly; a subcategory's few
  // cases are found through their own index.
  if (f.categoryId && isSubcategory(db, f.categoryId)) return null;
  const lo = typeof params.from === 'number' ? params.from : (db.cached('SELECT min(received_at) FROM case_record').pluck().get() as number | null);
  const hi = typeof params.to === 'number' ? params.to - 1 : (db.cached('SELECT max(received_at) FROM case_record').pluck().get() as number | null);
  if (lo === null || hi === null || hi < lo) return null;
  const first = bucketOf(lo);
  const last = bucketOf(hi);
  if ((last - first + 1) * done.length > MAX_WALKS) return null;
  const p: Params = { ...params };
  const walks: string[] = [];
  for (let b = first; b <= last; b++) {
    p[`bucket${b - first}`] = b;
    for (const d of done) {
      walks.push(
        `SELECT c.rowid AS rid, c.${order.column} AS k FROM case_record c INDEXED BY ${order.index} WHERE ${input.where} AND c.done = ${d} AND (c.received_at >> 31) = @bucket${b - first}`,
      );
    }
  }
  const dir = sort.dir === 'asc' ? 'ASC' : 'DESC';
  return { sql: `${walks.join(' UNION ALL ')} ORDER BY k ${dir}, rid ${dir} LIMIT @limit OFFSET @offset`, params: p };
}
