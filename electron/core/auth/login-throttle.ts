// Slows down password guessing: after 5 failures for a username within 15 minutes the
// account is locked for 1 minute, doubling with each further failure (at most 30 minutes).

const WINDOW_MS = 15 * 60_000;
const FREE_ATTEMPTS = 5;
const BASE_LOCK_MS = 60_000;
const MAX_LOCK_MS = 30 * 60_000;

interface Entry {
  failures: number;
  firstAt: number;
  lockedUntil: number;
}

export class LoginThrottle {
  private readonly entries = new Map<string, Entry>();
  constructor(private readonly now: () => number = Date.now) {}

  /** Milliseconds the username must still wait, or 0. */
  waitMs(username: string): number {
    const e = this.entries.get(username.toLowerCase());
    if (!e) return 0;
    return Math.max(0, e.lockedUntil - this.now());
  }

  fail(username: string): void {
    const key = username.toLowerCase();
    const t = this.now();
    let e = this.entries.get(key);
    if (!e || t - e.firstAt > WINDOW_MS) e = { failures: 0, firstAt: t, lockedUntil: 0 };
    e.failures += 1;
    if (e.failures >= FREE_ATTEMPTS) {
      const lock = Math.min(MAX_LOCK_MS, BASE_LOCK_MS * 2 ** (e.failures - FREE_ATTEMPTS));
      e.lockedUntil = t + lock;
    }
    this.entries.set(key, e);
  }

  succeed(username: string): void {
    this.entries.delete(username.toLowerCase());
  }
}
