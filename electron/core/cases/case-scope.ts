// Which cases an account may see and act on: a department handler the cases dispatched to its
// department (and those it registered or was given by name), a grid worker the cases of the
// grids it serves (and its own); every other role that may read cases, all of them. Applied in
// SQL to every queue, count and export, and checked for every single-case method, so a case
// outside the scope is neither listed nor opened nor acted on — whatever the renderer asks.
import { AppError } from '../../../shared/rpc/errors';
import type { ReadDb } from '../db/read-db';
import type { Session } from '../rpc/handler-types';
import { servedUnitsAndGrids } from '../org/served-units';
import { userDepartment } from './case-people';

export interface CaseScope {
  userId: string;
  /** Units and grids served (grid workers, org/served-units.ts); null: not limited by unit. */
  units: string[] | null;
  /** The department's id (department handlers); null: not limited by department. */
  department: string | null;
  kind: 'grid' | 'department';
}

/** The account's case scope; null when it sees every case. */
export function caseScopeOf(db: ReadDb, session: Session | null, today: string): CaseScope | null {
  if (!session) return null;
  if (session.role === 'grid_worker') {
    const units = servedUnitsAndGrids(db, session.userId, today);
    return units === null ? null : { userId: session.userId, units, department: null, kind: 'grid' };
  }
  if (session.role === 'department_handler') return { userId: session.userId, units: null, department: userDepartment(db, session.userId), kind: 'department' };
  return null;
}

/** The SQL condition on `case_record c` for a scope (parameters added to `p`); null: no limit. */
export function scopeCondition(scope: CaseScope | null, p: Record<string, string | number>): string | null {
  if (!scope) return null;
  const terms = scopeTerms(scope, p);
  if (scope.kind === 'department' && scope.department) {
    // A department holds a large share of a county's cases: its lists walk their order's index
    // and test the scope on the way (`+`: no index for these terms) rather than gather every
    // case of the department and sort them. (Its counts come from the tallies, case-counts.ts.)
    return `(${terms.map((t) => `+${t}`).join(' OR ')})`;
  }
  return `(${terms.join(' OR ')})`;
}

/**
 * The rowids of a grid worker's cases, one index lookup per term of its scope (the parameters of
 * scopeCondition, added to `p`); null for any other scope. A worker's grids hold few cases (county:
 * 508), so its pages are gathered from them: under a range of receipt dates SQLite walked the
 * range's index instead and tested every case of the month (10 ms).
 */
export function scopeRowids(scope: CaseScope | null, p: Record<string, string | number>): string | null {
  if (scope?.kind !== 'grid') return null;
  return scopeTerms(scope, p)
    .map((t) => `SELECT c.rowid FROM case_record c WHERE ${t}`)
    .join(' UNION ');
}

function scopeTerms(scope: CaseScope, p: Record<string, string | number>): string[] {
  p.scopeMe = scope.userId;
  const terms = ['c.assignee_user_id = @scopeMe', 'c.registered_by = @scopeMe'];
  if (scope.kind === 'grid' && scope.units?.length) {
    const names = scope.units.map((u, i) => {
      p[`scopeUnit${i}`] = u;
      return `@scopeUnit${i}`;
    });
    terms.push(`c.grid_id IN (${names.join(', ')})`, `c.assignee_unit_id IN (${names.join(', ')})`);
  }
  if (scope.kind === 'department' && scope.department) {
    p.scopeDept = scope.department;
    terms.push('c.assignee_department_id = @scopeDept');
  }
  return terms;
}

/** Refuses a case outside the scope as if it did not exist (its number says nothing either). */
export function requireInScope(db: ReadDb, scope: CaseScope | null, caseId: string): void {
  if (!scope) return;
  const p: Record<string, string | number> = { id: caseId };
  const where = scopeCondition(scope, p)!;
  const row = db.cached(`SELECT 1 AS ok FROM case_record c WHERE c.id = @id AND ${where}`).get(p);
  if (!row) throw new AppError('NOT_FOUND', '事件不存在，或不在本账号的办理范围内');
}
