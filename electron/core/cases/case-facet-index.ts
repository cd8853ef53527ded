// The index a count or a page under the filter bar's facets reads (migrations 0035, 0036):
// category, subcategory, source, urgency, level and handling type each lead a covering index
// that also holds the stage, receipt time, status, deadline, supervision, last update, number,
// the other facets and the department, so a queue's count under, say, 市政设施 from 热线 in 2025
// reads the entries of whichever facet has the fewest cases — by the tallies, not by SQLite's
// guess: without statistics every equality looks alike to it, and it chose indexes that read
// every case of a category, or the whole table (80–900 ms in the county). One facet alone (with
// or without a range) is counted by a sum of tallies (case-counts.ts); a page of few cases under
// one is sorted from its index (case-gather-page.ts).
import type { CaseFilter, CaseQueue } from '../../../shared/cases/case-inputs';
import { ACTIVE_STATUSES, CASE_STATUSES, DONE_STAGE, DONE_STATUSES, OPEN_STATUSES, STAGE, type CaseStatus } from '../../../shared/cases/case-workflow';
import type { ReadDb } from '../db/read-db';
import { facetCaseCount, QUEUE_STATUSES } from './case-counts';
import { isSubcategory } from './catalogue-repo';

/** The facets with a covering index: their tally facet, the filter's value and the index. */
function indexedFacets(db: ReadDb, f: CaseFilter): { facet: string; value: string; index: string }[] {
  const out: { facet: string; value: string; index: string }[] = [];
  if (f.categoryId) {
    const facet = isSubcategory(db, f.categoryId) ? 'subcategory' : 'category';
    out.push({ facet, value: f.categoryId, index: `case_facet_${facet}` });
  }
  if (f.source) out.push({ facet: 'source', value: f.source, index: 'case_facet_source' });
  if (f.urgency) out.push({ facet: 'urgency', value: f.urgency, index: 'case_facet_urgency' });
  if (f.level) out.push({ facet: 'level', value: f.level, index: 'case_facet_level' });
  if (f.handlingType) out.push({ facet: 'handling', value: f.handlingType, index: 'case_facet_handling' });
  return out;
}

/**
 * The covering index to count a queue's cases under the filter through, or null: a filter of two
 * or more of category, source, urgency, level and handling type, with no grid, village or text
 * (their own indexes are narrower).
 */
export function facetIndex(db: ReadDb, f: CaseFilter, queue: CaseQueue): string | null {
  return severalFacets(f) ? (fewestCasesIndex(db, f, queue)?.index ?? null) : null;
}

/** Whether the filter holds two or more of category, source, urgency, level and handling type (no tally holds them together). */
export const severalFacets = (f: CaseFilter): boolean => [f.categoryId, f.source, f.urgency, f.level, f.handlingType].filter((v) => v !== undefined).length >= 2;

/**
 * The covering index of the filter's facet with the fewest cases in the queue (by the tallies),
 * with how many entries a read of it passes (those of the queue's statuses, in the filter's range
 * of days); null where the filter has no such facet, or a grid, village, text or conflict filter
 * (not in the indexes).
 */
export function fewestCasesIndex(db: ReadDb, f: CaseFilter, queue: CaseQueue): { index: string; entries: number } | null {
  if (f.text || f.gridId || f.villageId || f.syncConflict) return null;
  const statuses = statusesOf(queue, f.status);
  let best: { index: string; entries: number } | null = null;
  for (const x of indexedFacets(db, f)) {
    const entries = facetCaseCount(db, x.facet, x.value, f, statuses);
    if (!best || entries < best.entries) best = { index: x.index, entries };
  }
  return best;
}

/**
 * A condition over a facet's covering index with `done` stated by the stage the index holds (a
 * generated column is computed from the row even where an index holds it).
 */
export const doneAsStage = (sql: string): string => sql.replaceAll('c.done = 0', `c.stage < ${DONE_STAGE}`).replaceAll('c.done = 1', `c.stage >= ${DONE_STAGE}`);

/**
 * The statuses of a queue's cases (or of every open case: 'open'), and of the filter's status, if
 * any: those of a queue defined by status (case-counts.ts), else those its condition states or
 * implies.
 */
function statusesOf(queue: CaseQueue | 'open', status: CaseStatus | undefined): readonly CaseStatus[] {
  const own = queue === 'open' ? undefined : QUEUE_STATUSES[queue];
  const all = own === 'done' ? DONE_STATUSES : own === 'any' ? CASE_STATUSES : (own ?? (queue === 'due_soon' || queue === 'overdue' ? ACTIVE_STATUSES : OPEN_STATUSES));
  return status ? all.filter((s) => s === status) : all;
}

/**
 * A queue's condition on `case_record c` read from a facet's covering index alone. `done` is a
 * generated column, which SQLite computes from the row even where an index holds it, so it is
 * stated by the stages the index holds: those of the queue's statuses (and of the filter's
 * status), listed, so the index is entered once per stage at the filter's first day received and
 * left at its last (a range of stages read every entry of the facet to test the days: a
 * department handler's 市政设施 from 热线 in 2025 read every 热线 case). The list replaces the
 * done term rather than joining it: with both, and statistics (ANALYZE), SQLite took the range
 * and skipped through the index's first column (96 ms where the list takes 10).
 */
export function facetCondition(queue: CaseQueue | 'open', status: CaseStatus | undefined, where: string): string {
  const stages = [...new Set(statusesOf(queue, status).map((s) => STAGE[s]))];
  if (!stages.length) return '0';
  return `c.stage IN (${stages.join(', ')}) AND ${where.replaceAll('c.done = 0', '1').replaceAll('c.done = 1', '1')}`;
}
