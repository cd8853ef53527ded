// A page of few cases, gathered rather than walked. A page usually walks its order's index and
// tests each case against the filter and scope, which finds a page at once where the cases are
// many but passes every case of the walk where they are few: a category another department
// handles, 热线 cases handled as emergencies (170 ms for a year in the county), or a deep page of
// a rare pair of facets (the 11th page of 市政设施 from 热线 by number: 47 ms). Where the tallies
// or the count say the cases are few, they are gathered from an index that holds their
// condition:
// - a facet's covering index (migrations 0035-0036), which holds every column of the queues'
//   conditions, of the filter bar and of every order: the page is sorted from its entries alone,
//   no row read (a department handler's own cases outside the department added from their rows);
// - a department handler's department index (case-department-page.ts, migration 0034), where the
//   department holds fewer cases of the filter's range and category than the facet's entries
//   would cost: only those rows are read, tested against the whole condition and sorted.
import type { ReadDb } from '../db/read-db';
import { filterCaseCount } from './case-counts';
import { departmentCandidates, OWN_CASES } from './case-department-page';
import { facetCondition, fewestCasesIndex } from './case-facet-index';
import { orderOverKeys, SORT_KEYS, type BuiltQuery, type QueueQuery } from './case-queues';

type Params = Record<string, string | number>;

/**
 * What reading an index entry costs beside reading a case's row and testing it (county: ~0.07 vs
 * ~0.6 µs), and keeping one in a sort.
 */
const ENTRY_COST = 0.1;
const SORT_COST = 0.5;

/**
 * The page's statement (rowids as `rid`, @limit and @offset still to bind), or null where a walk
 * is cheaper, the filter has its own narrow index (a grid, a village) or a text search
 * (case-queues.ts), or the viewer is a grid worker (its grids' indexes). `total`: the page's
 * count, if known; `reach`: the page's offset and limit, how many a walk must find; `walked`: how
 * many cases the walk's index holds, if fewer than the town's.
 */
export function gatherPage(db: ReadDb, q: QueueQuery, built: BuiltQuery, total: number | null, reach = 50, walked: () => number | null = () => null): { sql: string; params: Params } | null {
  const scope = q.viewer.scope;
  const f = q.filter;
  if (f.gridId || f.villageId || f.text || scope?.kind === 'grid' || q.queue === 'mine') return null;
  const department = scope?.kind === 'department' ? scope.department : null;
  if (scope && !department) return null;
  const facet = total === null ? null : fewestCasesIndex(db, f, q.queue);
  const covered = facet && total !== null ? ENTRY_COST * facet.entries + SORT_COST * total : Infinity;
  const fromDepartment = department ? departmentCandidates(db, department, q.queue, f) : null;
  if (facet && covered < (fromDepartment?.rows ?? Infinity) && covered < walkCost(db, total!, reach, walked)) {
    return { sql: coveredPage(q, built, facet.index, department), params: built.params };
  }
  if (!fromDepartment) return null;
  return {
    sql: `SELECT c.rowid AS rid FROM case_record c WHERE c.rowid IN (${fromDepartment.statements.join(' UNION ')}) AND ${built.pageWhere} ORDER BY ${built.order} LIMIT @limit OFFSET @offset`,
    params: built.params,
  };
}

/**
 * What a walk of the page's order index costs, in rows read: it finds `reach` of `total` cases
 * spread over the `walked` cases of its index (the town's, or a category's in its own order).
 */
function walkCost(db: ReadDb, total: number, reach: number, walked: () => number | null): number {
  const domain = walked() ?? filterCaseCount(db, {})!;
  return (reach * domain) / Math.max(total, 1);
}

/**
 * A page sorted from a facet's covering index alone: the queue's entries of the facet under the
 * whole filter (for a department handler, the department's), with a handler's own cases outside
 * the department read from their rows; each with its sort keys, so nothing else is read.
 */
function coveredPage(q: QueueQuery, built: BuiltQuery, index: string, department: string | null): string {
  const condition = facetCondition(q.queue, q.filter.status, built.whereUnscoped);
  if (!department) return `SELECT c.rowid AS rid FROM case_record c INDEXED BY ${index} WHERE ${condition} ORDER BY ${built.order} LIMIT @limit OFFSET @offset`;
  return `SELECT rid FROM (SELECT c.rowid AS rid, ${SORT_KEYS} FROM case_record c INDEXED BY ${index} WHERE ${condition} AND c.assignee_department_id = @scopeDept
    UNION SELECT c.rowid AS rid, ${SORT_KEYS} FROM case_record c WHERE c.rowid IN (${OWN_CASES.join(' UNION ')}) AND ${built.whereUnscoped})
    ORDER BY ${orderOverKeys(built.order)} LIMIT @limit OFFSET @offset`;
}
