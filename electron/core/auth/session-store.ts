// Sign-in sessions: an opaque random token maps to a user. Sessions are kept in the local
// `session` table (only a SHA-256 of the token), so a restart of the app or station does not
// sign out the wall display. Each call re-reads the user so a disabled account or a changed
// role takes effect at once. Sessions idle for 12 hours expire (the board polls, which keeps
// the display's session alive).
import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../db/connection';
import type { Role } from '../../../shared/auth/roles';
import type { Session } from '../rpc/handler-types';
import type { SessionWrite } from '../rpc/side-write';

const IDLE_MS = 12 * 60 * 60_000;
/** last_seen is written at most this often per session, so reads stay reads. */
const TOUCH_MS = 60_000;

const hash = (token: string) => createHash('sha256').update(token).digest('base64url');


interface SessionRow {
  user_id: string;
  last_seen: number;
  username: string;
  display_name: string;
  role: Role;
  disabled: number;
}

export class SessionStore {
  /**
   * `sideWrite` receives the writes a lookup causes (touch, drop of an expired session);
   * by default they are applied here. A reader's store (read-only connection) passes them
   * on to the writer.
   */
  constructor(
    private readonly db: Db,
    private readonly now: () => number = Date.now,
    private readonly sideWrite: ((w: SessionWrite) => void) | null = null,
  ) {
    if (!sideWrite) this.db.prepare('DELETE FROM session WHERE last_seen < ?').run(this.now() - IDLE_MS);
  }

  /** Applies a lookup's write on the writable connection. */
  apply(w: SessionWrite): void {
    if (w.kind === 'session.touch') this.db.prepare('UPDATE session SET last_seen = ? WHERE token_hash = ? AND last_seen < ?').run(w.at, w.tokenHash, w.at);
    else this.db.prepare('DELETE FROM session WHERE token_hash = ?').run(w.tokenHash);
  }

  private write(w: SessionWrite): void {
    if (this.sideWrite) this.sideWrite(w);
    else this.apply(w);
  }

  create(userId: string): string {
    const token = randomBytes(32).toString('base64url');
    const t = this.now();
    this.db.prepare('INSERT INTO session (token_hash, user_id, created_at, last_seen) VALUES (?, ?, ?, ?)').run(hash(token), userId, t, t);
    return token;
  }

  /** The token's session; `touch: false` looks it up without writing (last-seen, expiry). */
  resolve(token: string, touch = true): Session | null {
    const h = hash(token);
    const row = this.db
      .prepare(
        `SELECT s.user_id, s.last_seen, u.username, u.display_name, u.role, u.disabled
         FROM session s JOIN user_account u ON u.id = s.user_id WHERE s.token_hash = ?`,
      )
      .get(h) as SessionRow | undefined;
    if (!row) return null;
    const t = this.now();
    if (t - row.last_seen > IDLE_MS || row.disabled) {
      if (touch) this.write({ kind: 'session.drop', tokenHash: h });
      return null;
    }
    if (touch && t - row.last_seen > TOUCH_MS) this.write({ kind: 'session.touch', tokenHash: h, at: t });
    return { token, userId: row.user_id, username: row.username, displayName: row.display_name, role: row.role };
  }

  revoke(token: string): void {
    this.db.prepare('DELETE FROM session WHERE token_hash = ?').run(hash(token));
  }

  revokeUser(userId: string): void {
    this.db.prepare('DELETE FROM session WHERE user_id = ?').run(userId);
  }
}
