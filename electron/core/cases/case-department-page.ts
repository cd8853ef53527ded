// A department handler's page when the department holds few cases of the filter's range and
// category (migration 0034): the candidates are read from the department's index — its cases by
// done and receipt time, with the category — with the few the handler registered or was given
// by name (case-gather-page.ts reads only those rows, tests and sorts them).
import type { CaseFilter, CaseQueue } from '../../../shared/cases/case-inputs';
import type { ReadDb } from '../db/read-db';
import { departmentCaseCount } from './case-counts';
import { isSubcategory } from './catalogue-repo';

/** At most this many candidate rows are read (about as long as a walk that finds its page at once). */
export const MAX_CANDIDATES = 4000;

/** The handler's own cases outside any filter (the scope's other two terms). */
export const OWN_CASES = ['SELECT rowid FROM case_record WHERE assignee_user_id = @scopeMe', 'SELECT rowid FROM case_record WHERE registered_by = @scopeMe'];

/** The done values of a queue's cases: the open queues 0, 已办结 1, 全部 both. */
const doneOf = (queue: CaseQueue): string => (queue === 'closed' ? '1' : queue === 'all' ? '0, 1' : '0');

/**
 * The candidates' statements (rowids; parameters from, to, categoryId, scopeDept, scopeMe as the
 * queue's query binds them) with how many of the department's rows they read, or null where the
 * department holds more than MAX_CANDIDATES cases of the range and category, or the filter is a
 * subcategory.
 */
export function departmentCandidates(db: ReadDb, department: string, queue: CaseQueue, f: CaseFilter): { statements: string[]; rows: number } | null {
  const category = f.categoryId && !isSubcategory(db, f.categoryId) ? f.categoryId : undefined;
  if (f.categoryId && !category) return null;
  const rows = departmentCaseCount(db, department, { from: f.from, to: f.to, categoryId: category });
  if (rows > MAX_CANDIDATES) return null;
  const terms = ['d.assignee_department_id = @scopeDept', `d.done IN (${doneOf(queue)})`];
  if (f.from) terms.push('d.received_at >= @from');
  if (f.to) terms.push('d.received_at < @to');
  if (category) terms.push('d.category_id = @categoryId');
  return { statements: [`SELECT d.rowid FROM case_record d INDEXED BY case_department_done_received WHERE ${terms.join(' AND ')}`, ...OWN_CASES], rows };
}
