// Who is told what (docs/notifications.md): a role is told the kinds it acts on, and only about
// cases inside its case scope (cases/case-scope.ts). The handling roles — department handler,
// grid worker — are told about the cases handed to them: to the account by name, to its
// department, to the units it serves; a dispatch only when it was made to them. The centre's
// roles see the whole town and are told what they steer: 督办, overdue cases, the digest
// (the dispatcher also what falls due today). The others (administrator, presenter, wall) are
// told nothing.
import type { Role } from '../../../shared/auth/roles';
import type { NotificationKind } from '../../../shared/notifications/notification-types';
import { NOTIFICATION_KINDS } from '../../../shared/notifications/notification-types';
import type { ReadDb } from '../db/read-db';
import type { Session } from '../rpc/handler-types';
import { caseScopeOf, scopeCondition } from '../cases/case-scope';

export const ROLE_NOTIFICATION_KINDS: Record<Role, readonly NotificationKind[]> = {
  department_handler: NOTIFICATION_KINDS,
  grid_worker: NOTIFICATION_KINDS,
  dispatcher: ['supervised', 'due_today', 'overdue', 'digest'],
  director: ['supervised', 'overdue', 'digest'],
  supervisor: ['supervised', 'overdue'],
  admin: [],
  presenter: [],
  display: [],
};

export type SqlParams = Record<string, string | number>;

export interface Audience {
  userId: string;
  kinds: ReadonlySet<NotificationKind>;
  /** SQL on `case_record c`: the cases the reader is told about; null: every case of the town. */
  cases: string | null;
  /** SQL on `case_event e`: a dispatch made to the reader (its account, department or units). */
  dispatchedTo: string;
  params: SqlParams;
}

function unitList(units: readonly string[], p: SqlParams): string {
  return units
    .map((u, i) => {
      p[`nUnit${i}`] = u;
      return `@nUnit${i}`;
    })
    .join(', ');
}

/** The caller's audience; null when its role is told nothing. */
export function audienceOf(db: ReadDb, session: Session, today: string): Audience | null {
  const kinds = ROLE_NOTIFICATION_KINDS[session.role];
  if (!kinds.length) return null;
  const params: SqlParams = { nMe: session.userId };
  const base = { userId: session.userId, kinds: new Set(kinds), params };
  if (session.role !== 'department_handler' && session.role !== 'grid_worker') {
    return { ...base, cases: null, dispatchedTo: '0' };
  }
  const scope = caseScopeOf(db, session, today);
  const handled = ['c.assignee_user_id = @nMe'];
  const target = ["json_extract(e.data, '$.assigneeUserId') = @nMe"];
  if (session.role === 'department_handler' && scope?.department) {
    params.nDept = scope.department;
    handled.push('c.assignee_department_id = @nDept');
    target.push("json_extract(e.data, '$.target.departmentId') = @nDept");
  }
  if (session.role === 'grid_worker') {
    if (!scope) {
      // Serving the whole town: every case handed to a grid or a village.
      handled.push("c.assignee_kind IN ('grid', 'village')");
      target.push("json_extract(e.data, '$.target.kind') IN ('grid', 'village')");
    } else if (scope.units?.length) {
      const names = unitList(scope.units, params);
      handled.push(`c.assignee_unit_id IN (${names})`);
      target.push(`json_extract(e.data, '$.target.unitId') IN (${names})`);
    }
  }
  // Handed to the reader, and inside its scope (the one rule of what it may see).
  const inScope = scopeCondition(scope, params);
  const cases = `(${handled.join(' OR ')})${inScope ? ` AND ${inScope}` : ''}`;
  return { ...base, cases, dispatchedTo: `(${target.join(' OR ')})` };
}
