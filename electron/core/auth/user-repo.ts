// Reading user accounts (the synced `user_account` row joined with this PC's `account_secret` flags).
import type { ReadDb } from '../db/read-db';
import type { Role } from '../../../shared/auth/roles';
import type { UserRow } from '../../../shared/api';

export interface UserDbRow {
  id: string;
  username: string;
  display_name: string;
  role: Role;
  disabled: number;
  department_id: string | null;
  department_name?: string | null;
  has_password: number;
  must_change: number;
}

const USER_SQL = `SELECT u.*, d.name AS department_name, a.user_id IS NOT NULL AS has_password, coalesce(a.must_change, 0) AS must_change
  FROM user_account u LEFT JOIN department d ON d.id = u.department_id LEFT JOIN account_secret a ON a.user_id = u.id`;

/**
 * The accounts with this user name (case-insensitive), smallest id first. Usually one; two PCs
 * apart may each have created it (sync keeps both until an administrator merges them).
 */
export function findUsersByName(db: ReadDb, username: string): UserDbRow[] {
  return db.prepare(`${USER_SQL} WHERE u.username = ? ORDER BY u.id`).all(username) as UserDbRow[];
}

export function findUserById(db: ReadDb, id: string): UserDbRow | undefined {
  return db.prepare(`${USER_SQL} WHERE u.id = ?`).get(id) as UserDbRow | undefined;
}

export function listUsers(db: ReadDb): UserDbRow[] {
  return db.prepare(`${USER_SQL} ORDER BY u.username`).all() as UserDbRow[];
}

export function toUserRow(u: UserDbRow): UserRow {
  return {
    id: u.id,
    username: u.username,
    displayName: u.display_name,
    role: u.role,
    disabled: u.disabled === 1,
    departmentId: u.department_id,
    departmentName: u.department_name ?? null,
    hasLocalPassword: u.has_password === 1,
    mustChangePassword: u.must_change === 1,
  };
}

export function countUsers(db: ReadDb): number {
  return (db.prepare('SELECT count(*) AS n FROM user_account').get() as { n: number }).n;
}
