// A department handler's page when the department holds few cases of the filter's range and
// category (migration 0034): the candidates are read from the department's index — its cases by
// done and receipt time, with the category — with the few the handler registered or was given
// by name, and only those rows are read, tested against the whole condition and sorted.
// Otherwise a page walks its order's index and tests the department on each case, which finds a
// page quickly where the department's cases are many (a share of the town's) but passes every
// case of the range where they are few (a category another department handles: 170 ms a year).
import type { CaseQueue } from '../../../shared/cases/case-inputs';
import type { ReadDb } from '../db/read-db';
import { departmentCaseCount } from './case-counts';
import type { BuiltQuery, QueueQuery } from './case-queues';
import { isSubcategory } from './catalogue-repo';

/** At most this many candidate rows are read (about as long as a walk that finds its page at once). */
export const MAX_CANDIDATES = 4000;

/** The done values of a queue's cases: the open queues 0, 已办结 1, 全部 both. */
const doneOf = (queue: CaseQueue): string => (queue === 'closed' ? '1' : queue === 'all' ? '0, 1' : '0');

/**
 * The page's statement (rowids as `rid`, @limit and @offset still to bind), or null where the
 * department's candidates are many, the viewer is not a department's handler, or the filter has
 * its own narrow index (a grid, a village, a subcategory) or a text search (case-queues.ts).
 */
export function departmentPage(db: ReadDb, q: QueueQuery, built: BuiltQuery): { sql: string; params: Record<string, string | number> } | null {
  const scope = q.viewer.scope;
  const f = q.filter;
  if (scope?.kind !== 'department' || !scope.department) return null;
  if (f.gridId || f.villageId || f.text) return null;
  const category = f.categoryId && !isSubcategory(db, f.categoryId) ? f.categoryId : undefined;
  if (f.categoryId && !category) return null;
  if (departmentCaseCount(db, scope.department, { from: f.from, to: f.to, categoryId: category }) > MAX_CANDIDATES) return null;
  const terms = ['d.assignee_department_id = @scopeDept', `d.done IN (${doneOf(q.queue)})`];
  if (f.from) terms.push('d.received_at >= @from');
  if (f.to) terms.push('d.received_at < @to');
  if (category) terms.push('d.category_id = @categoryId');
  const candidates = [
    `SELECT d.rowid FROM case_record d INDEXED BY case_department_done_received WHERE ${terms.join(' AND ')}`,
    'SELECT rowid FROM case_record WHERE assignee_user_id = @scopeMe',
    'SELECT rowid FROM case_record WHERE registered_by = @scopeMe',
  ].join(' UNION ');
  return { sql: `SELECT c.rowid AS rid FROM case_record c WHERE c.rowid IN (${candidates}) AND ${built.pageWhere} ORDER BY ${built.order} LIMIT @limit OFFSET @offset`, params: built.params };
}
