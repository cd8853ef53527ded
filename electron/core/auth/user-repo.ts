// Reading user accounts.
import type { ReadDb } from '../db/read-db';
import type { Role } from '../../../shared/auth/roles';
import type { UserRow } from '../../../shared/api';

interface UserDbRow {
  id: string;
  username: string;
  display_name: string;
  role: Role;
  disabled: number;
  password_hash: string;
  department_id: string | null;
  department_name?: string | null;
}

const USER_SQL = 'SELECT u.*, d.name AS department_name FROM user_account u LEFT JOIN department d ON d.id = u.department_id';

export function findUserByName(db: ReadDb, username: string): UserDbRow | undefined {
  return db.prepare(`${USER_SQL} WHERE u.username = ?`).get(username) as UserDbRow | undefined;
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
  };
}

export function countUsers(db: ReadDb): number {
  return (db.prepare('SELECT count(*) AS n FROM user_account').get() as { n: number }).n;
}
