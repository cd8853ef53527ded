// A page of few cases, gathered rather than walked. A page usually walks its order's index and
// tests each case against the filter and scope, which finds a page at once where the cases are
// many but passes every case of the walk where they are few: a category another department
// handles, 热线 cases handled as emergencies (170 ms for a year in the county). Where the
// tallies or the count say the cases are few, their rowids are read from an index that holds
// their condition — the department's (case-department-page.ts, migration 0034) or a facet's
// covering index (migration 0035) — and only those rows are read, tested against the whole
// condition and sorted.
import type { ReadDb } from '../db/read-db';
import { departmentCandidates, MAX_CANDIDATES, OWN_CASES } from './case-department-page';
import { facetCondition, fewestCasesIndex } from './case-facet-index';
import type { BuiltQuery, QueueQuery } from './case-queues';

type Params = Record<string, string | number>;

/**
 * The page's statement (rowids as `rid`, @limit and @offset still to bind), or null where the
 * cases are many (walk), the filter has its own narrow index (a grid, a village) or a text
 * search (case-queues.ts), or the viewer is a grid worker (its grids' indexes). `total`: the
 * page's count, if known; `reach`: the page's offset and limit, how many a walk must find;
 * `walked`: how many cases the walk's index holds, if fewer than the town's (asked only when
 * the count is above MAX_CANDIDATES).
 */
export function gatherPage(db: ReadDb, q: QueueQuery, built: BuiltQuery, total: number | null, reach = 50, walked: () => number | null = () => null): { sql: string; params: Params } | null {
  const scope = q.viewer.scope;
  const f = q.filter;
  if (f.gridId || f.villageId || f.text || scope?.kind === 'grid' || q.queue === 'mine') return null;
  const department = scope?.kind === 'department' ? scope.department : null;
  if (scope && !department) return null;
  // A department with few cases in the range (and category): its own index. Else few cases
  // under a facet: the facet's covering index holds the whole condition (the queue's statuses
  // and deadline, the other facets, the range, the department), so its entries alone give
  // exactly the candidates.
  let candidates = department ? departmentCandidates(db, department, q.queue, f) : null;
  if (!candidates && total !== null && fewEnough(db, total, reach, walked)) {
    const index = fewestCasesIndex(db, f);
    const inDepartment = department ? ' AND c.assignee_department_id = @scopeDept' : '';
    if (index) candidates = [`SELECT c.rowid FROM case_record c INDEXED BY ${index} WHERE ${facetCondition(q.queue, built.whereUnscoped)}${inDepartment}`, ...(department ? OWN_CASES : [])];
  }
  if (!candidates) return null;
  return {
    sql: `SELECT c.rowid AS rid FROM case_record c WHERE c.rowid IN (${candidates.join(' UNION ')}) AND ${built.pageWhere} ORDER BY ${built.order} LIMIT @limit OFFSET @offset`,
    params: built.params,
  };
}

/**
 * Whether gathering reads fewer rows than walking: at most MAX_CANDIDATES, or fewer than a walk
 * that finds `reach` of `total` cases spread over the `walked` cases of its index (the town's, or
 * a category's in its own order): it reads reach × walked / total of them, the gathering total —
 * a deep page of a rare facet makes the walk dear.
 */
function fewEnough(db: ReadDb, total: number, reach: number, walked: () => number | null): boolean {
  if (total <= MAX_CANDIDATES) return true;
  const domain = walked() ?? (db.cached("SELECT coalesce(sum(n), 0) FROM case_tally WHERE facet = 'all'").pluck().get() as number);
  return total * total <= reach * domain;
}
