// Passwords of this PC's accounts, in the local `account_secret` table: never synced and never
// in the change log, so a password hash does not travel to other PCs or stay in history.
// An account that arrived by sync has no row here and cannot sign in on this PC until an
// administrator sets its password here. `must_change` forces a new password at next sign-in
// (demo accounts made from the first-run screen, or a password an administrator chose).
import type { Db } from '../db/connection';
import { hashPassword, hashPasswordAsync, needsRehash, SCRYPT_DEFAULT, verifyPassword, type ScryptParams } from './password';

interface SecretRow {
  password_hash: string;
  must_change: number;
}

export class AccountSecrets {
  constructor(
    private readonly db: Db,
    private readonly params: ScryptParams = SCRYPT_DEFAULT,
    private readonly now: () => number = Date.now,
  ) {}

  /** A hash with the current parameters (to share one hash between many demo accounts). */
  hash(password: string): string {
    return hashPassword(password, this.params);
  }

  /** The same, made off the calling thread (for a password a user types while the core serves others). */
  hashAsync(password: string): Promise<string> {
    return hashPasswordAsync(password, this.params);
  }

  /**
   * An account merged into another (a user name two PCs created apart): the kept account takes
   * its password on this PC if it has none here, and the merged account's is dropped.
   */
  adopt(mergedId: string, keptId: string): void {
    this.db
      .prepare('INSERT OR IGNORE INTO account_secret (user_id, password_hash, must_change, changed_at) SELECT ?, password_hash, must_change, changed_at FROM account_secret WHERE user_id = ?')
      .run(keptId, mergedId);
    this.db.prepare('DELETE FROM account_secret WHERE user_id = ?').run(mergedId);
  }

  /** Sets (or replaces) the account's password; `hash` from hash() may be given instead. */
  set(userId: string, secret: { password: string } | { hash: string }, opts: { mustChange: boolean }): void {
    const hash = 'hash' in secret ? secret.hash : this.hash(secret.password);
    this.db
      .prepare(
        `INSERT INTO account_secret (user_id, password_hash, must_change, changed_at) VALUES (?, ?, ?, ?)
         ON CONFLICT(user_id) DO UPDATE SET password_hash = excluded.password_hash, must_change = excluded.must_change, changed_at = excluded.changed_at`,
      )
      .run(userId, hash, opts.mustChange ? 1 : 0, this.now());
  }

  /**
   * Checks a password; a hash made with older parameters is replaced by one with the current
   * parameters. An account without a local password never matches (the same work is done,
   * so timing does not tell).
   */
  async check(userId: string | null, password: string): Promise<boolean> {
    const row = userId ? (this.db.prepare('SELECT password_hash, must_change FROM account_secret WHERE user_id = ?').get(userId) as SecretRow | undefined) : undefined;
    if (!row) {
      await hashPasswordAsync(password, this.params);
      return false;
    }
    if (!(await verifyPassword(password, row.password_hash))) return false;
    if (needsRehash(row.password_hash, this.params)) {
      const upgraded = await hashPasswordAsync(password, this.params);
      this.db.prepare('UPDATE account_secret SET password_hash = ? WHERE user_id = ? AND password_hash = ?').run(upgraded, userId, row.password_hash);
    }
    return true;
  }

  mustChange(userId: string): boolean {
    const row = this.db.prepare('SELECT must_change FROM account_secret WHERE user_id = ?').get(userId) as { must_change: number } | undefined;
    return row?.must_change === 1;
  }
}
