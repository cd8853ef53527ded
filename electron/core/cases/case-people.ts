// Who a case concerns beyond its own row: the accounts that can handle cases (承办人, offered at
// 派遣), the units a grid worker serves (their alerts), and a case's id from its number.
import { ROLE_LABELS, ROLE_PERMISSIONS, ROLES, type Role } from '../../../shared/auth/roles';
import type { CaseAssignee } from '../../../shared/cases/case-types';
import { AppError } from '../../../shared/rpc/errors';
import type { ReadDb } from '../db/read-db';

/** Roles that hold 'cases.handle'. */
export const HANDLING_ROLES: readonly Role[] = ROLES.filter((r) => ROLE_PERMISSIONS[r].includes('cases.handle'));

export function assignees(db: ReadDb): CaseAssignee[] {
  const rows = db.cached(`SELECT u.id, u.display_name, u.role, u.department_id, d.name AS department_name
     FROM user_account u LEFT JOIN department d ON d.id = u.department_id
     WHERE u.disabled = 0 AND u.role IN (SELECT value FROM json_each(?))
     ORDER BY d.name IS NULL, d.name, u.display_name, u.id`,
  ).all(JSON.stringify(HANDLING_ROLES)) as { id: string; display_name: string; role: Role; department_id: string | null; department_name: string | null }[];
  return rows.map((r) => ({
    id: r.id,
    displayName: r.display_name,
    role: r.role,
    roleLabel: ROLE_LABELS[r.role] ?? r.role,
    departmentId: r.department_id,
    departmentName: r.department_name,
  }));
}

/** The units a user serves through their staff record (user_account.staff_id → staff_assignment). */
/** The department a department handler's account works for, if any. */
export function userDepartment(db: ReadDb, userId: string | null): string | null {
  if (!userId) return null;
  const row = db.cached('SELECT department_id FROM user_account WHERE id = ?').get(userId) as { department_id: string | null } | undefined;
  return row?.department_id ?? null;
}

export function caseIdByNumber(db: ReadDb, number: string): { id: string } {
  const wanted = number.trim().toUpperCase();
  const row = db.cached('SELECT id FROM case_record WHERE number = ?').get(wanted) as { id: string } | undefined;
  if (!row) throw new AppError('NOT_FOUND', `未找到编号为“${wanted}”的事件`);
  return { id: row.id };
}
