// Reading user accounts.
import type { Db } from '../db/connection';
import type { Role } from '../../../shared/auth/roles';
import type { UserRow } from '../../../shared/api';

interface UserDbRow {
  id: string;
  username: string;
  display_name: string;
  role: Role;
  disabled: number;
  password_hash: string;
}

export function findUserByName(db: Db, username: string): UserDbRow | undefined {
  return db.prepare('SELECT * FROM user_account WHERE username = ?').get(username) as UserDbRow | undefined;
}

export function findUserById(db: Db, id: string): UserDbRow | undefined {
  return db.prepare('SELECT * FROM user_account WHERE id = ?').get(id) as UserDbRow | undefined;
}

export function toUserRow(u: UserDbRow): UserRow {
  return { id: u.id, username: u.username, displayName: u.display_name, role: u.role, disabled: u.disabled === 1 };
}

export function countUsers(db: Db): number {
  return (db.prepare('SELECT count(*) AS n FROM user_account').get() as { n: number }).n;
}
