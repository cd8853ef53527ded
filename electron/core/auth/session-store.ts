// Sign-in sessions: an opaque random token maps to a user. Sessions are kept in the local
// `session` table (only a SHA-256 of the token), so a restart of the app or station does not
// sign out the wall display. Each call re-reads the user so a disabled account or a changed
// role takes effect at once. A session ends after 12 hours idle and in any case 7 days after
// sign-in (the wall display renews its session by rotation before then, see auth.renew). The
// wall display's session does not idle out: a display PC switched off over a long weekend
// comes back to the board by itself, within the 7 days of its last renewal. Whenever sessions end (revoked, or
// found expired) the writer's store reports their token hashes, so hosts can close those
// sessions' event sockets.
import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../db/connection';
import type { Role } from '../../../shared/auth/roles';
import type { Session } from '../rpc/handler-types';
import type { SessionWrite } from '../rpc/side-write';

export const IDLE_MS = 12 * 60 * 60_000;
export const ABSOLUTE_MS = 7 * 24 * 60 * 60_000;
/** A rotated-away token still answers this long, for calls already in flight when it was replaced. */
const ROTATION_GRACE_MS = 60_000;
/** last_seen is written at most this often per session, so reads stay reads. */
const TOUCH_MS = 60_000;

/** How a session token is stored and named in `sessionsEnded` events. */
export const tokenHash = (token: string) => createHash('sha256').update(token).digest('base64url');

interface SessionRow {
  user_id: string;
  created_at: number;
  last_seen: number;
  username: string;
  display_name: string;
  role: Role;
  disabled: number;
  must_change: number | null;
}

export interface SessionStoreOptions {
  /**
   * Receives the writes a lookup causes (touch, drop of an expired session); by default they
   * are applied here. A reader's store (read-only connection) passes them on to the writer.
   */
  sideWrite?: ((w: SessionWrite) => void) | null;
  /** Called with the token hashes of sessions that ended here (revoked, or dropped as expired). */
  onEnded?: (tokenHashes: string[]) => void;
  /** A session's absolute lifetime (default 7 days); only tests whose clock runs for months change it. */
  absoluteMs?: number;
}

export class SessionStore {
  private readonly sideWrite: ((w: SessionWrite) => void) | null;
  private readonly onEnded: (tokenHashes: string[]) => void;
  private readonly absoluteMs: number;

  constructor(
    private readonly db: Db,
    private readonly now: () => number = Date.now,
    opts: SessionStoreOptions = {},
  ) {
    this.sideWrite = opts.sideWrite ?? null;
    this.onEnded = opts.onEnded ?? (() => {});
    this.absoluteMs = opts.absoluteMs ?? ABSOLUTE_MS;
    if (!this.sideWrite) {
      const t = this.now();
      this.db
        .prepare(`DELETE FROM session WHERE created_at < ? OR (last_seen < ? AND user_id NOT IN (SELECT id FROM user_account WHERE role = 'display'))`)
        .run(t - this.absoluteMs, t - IDLE_MS);
    }
  }

  /** Applies a lookup's write on the writable connection. */
  apply(w: SessionWrite): void {
    if (w.kind === 'session.touch') this.db.prepare('UPDATE session SET last_seen = ? WHERE token_hash = ? AND last_seen < ?').run(w.at, w.tokenHash, w.at);
    else this.end([w.tokenHash]);
  }

  private write(w: SessionWrite): void {
    if (this.sideWrite) this.sideWrite(w);
    else this.apply(w);
  }

  create(userId: string): string {
    const token = randomBytes(32).toString('base64url');
    const t = this.now();
    this.db.prepare('INSERT INTO session (token_hash, user_id, created_at, last_seen) VALUES (?, ?, ?, ?)').run(tokenHash(token), userId, t, t);
    return token;
  }

  /** The token's session; `touch: false` looks it up without writing (last-seen, expiry). */
  resolve(token: string, touch = true): Session | null {
    const h = tokenHash(token);
    const row = this.db
      .prepare(
        `SELECT s.user_id, s.created_at, s.last_seen, u.username, u.display_name, u.role, u.disabled, a.must_change
         FROM session s JOIN user_account u ON u.id = s.user_id LEFT JOIN account_secret a ON a.user_id = s.user_id
         WHERE s.token_hash = ?`,
      )
      .get(h) as SessionRow | undefined;
    if (!row) return null;
    const t = this.now();
    const idleMs = row.role === 'display' ? this.absoluteMs : IDLE_MS;
    if (t - row.last_seen > idleMs || t - row.created_at > this.absoluteMs || row.disabled) {
      if (touch) this.write({ kind: 'session.drop', tokenHash: h });
      return null;
    }
    if (touch && t - row.last_seen > TOUCH_MS) this.write({ kind: 'session.touch', tokenHash: h, at: t });
    return {
      token,
      userId: row.user_id,
      username: row.username,
      displayName: row.display_name,
      role: row.role,
      mustChangePassword: row.must_change === 1,
      createdAt: row.created_at,
      expiresAt: Math.min(row.created_at + this.absoluteMs, t + idleMs),
    };
  }

  /**
   * Replaces the session by a new one (new token, new 7-day limit); the old token ends a minute
   * later (calls already sent with it still succeed). Its event socket is left to the client,
   * which reconnects with the new token.
   */
  rotate(token: string, userId: string): string {
    const next = this.create(userId);
    this.db
      .prepare('UPDATE session SET created_at = min(created_at, ?) WHERE token_hash = ?')
      .run(this.now() - this.absoluteMs + ROTATION_GRACE_MS, tokenHash(token));
    return next;
  }

  revoke(token: string): void {
    this.end([tokenHash(token)]);
  }

  /** Ends every session of the user except the one holding `keepToken` (if given). */
  revokeUser(userId: string, keepToken?: string): void {
    const keep = keepToken ? tokenHash(keepToken) : '';
    const rows = this.db.prepare('SELECT token_hash FROM session WHERE user_id = ? AND token_hash <> ?').all(userId, keep) as { token_hash: string }[];
    this.end(rows.map((r) => r.token_hash));
  }

  private end(hashes: string[]): void {
    if (hashes.length === 0) return;
    const del = this.db.prepare('DELETE FROM session WHERE token_hash = ?');
    for (const h of hashes) del.run(h);
    this.onEnded(hashes);
  }
}
