// Slows down password guessing, per account and per client (an IP address over the station,
// `local` for this PC's own window). Three counters, each over a 15-minute window:
// - account + client: after 5 failures this client may not try this account for 1 minute,
//   doubling with each further failure (at most 30 minutes);
// - client: after 20 failures on any accounts the client is locked the same way (spraying);
// - account: after 10 failures from any clients the account is locked for clients that have
//   themselves failed on it; a client with no failure of its own on the account (e.g. the
//   administrator's own desk) still signs in at once, so nobody can lock an account out
//   from elsewhere. An administrator setting a password or re-enabling an account clears it.
// Entries are pruned once they are older than the window, so a flood of names cannot grow memory.

const WINDOW_MS = 15 * 60_000;
const FREE_PAIR = 5;
const FREE_CLIENT = 20;
const FREE_ACCOUNT = 10;
const BASE_LOCK_MS = 60_000;
const MAX_LOCK_MS = 30 * 60_000;
const PRUNE_AT = 10_000;

interface Entry {
  failures: number;
  firstAt: number;
  lastAt: number;
  lockedUntil: number;
}

const pairKey = (account: string, client: string) => `p\u0000${account.toLowerCase()}\u0000${client}`;
const clientKey = (client: string) => `c\u0000${client}`;
const accountKey = (account: string) => `a\u0000${account.toLowerCase()}`;

export class LoginThrottle {
  private readonly entries = new Map<string, Entry>();
  constructor(private readonly now: () => number = Date.now) {}

  /** Milliseconds this client must still wait before trying this account, or 0. */
  waitMs(account: string, client: string): number {
    const t = this.now();
    const left = (key: string) => Math.max(0, (this.live(key, t)?.lockedUntil ?? 0) - t);
    const own = this.live(pairKey(account, client), t);
    // The account-wide lock holds only against clients that failed on this account themselves.
    const accountWait = own ? left(accountKey(account)) : 0;
    return Math.max(left(pairKey(account, client)), left(clientKey(client)), accountWait);
  }

  fail(account: string, client: string): void {
    const t = this.now();
    if (this.entries.size > PRUNE_AT) this.prune(t);
    this.count(pairKey(account, client), FREE_PAIR, t);
    this.count(clientKey(client), FREE_CLIENT, t);
    this.count(accountKey(account), FREE_ACCOUNT, t);
  }

  succeed(account: string, client: string): void {
    this.entries.delete(pairKey(account, client));
  }

  /** Forgets every failure recorded for the account (an administrator reset or re-enabled it). */
  clearAccount(account: string): void {
    const a = account.toLowerCase();
    for (const key of this.entries.keys()) {
      if (key === accountKey(a) || key.startsWith(`p\u0000${a}\u0000`)) this.entries.delete(key);
    }
  }

  private live(key: string, t: number): Entry | undefined {
    const e = this.entries.get(key);
    return e && (t - e.firstAt <= WINDOW_MS || e.lockedUntil > t) ? e : undefined;
  }

  private count(key: string, free: number, t: number): void {
    let e = this.live(key, t);
    if (!e) e = { failures: 0, firstAt: t, lastAt: t, lockedUntil: 0 };
    e.failures += 1;
    e.lastAt = t;
    if (e.failures >= free) e.lockedUntil = t + Math.min(MAX_LOCK_MS, BASE_LOCK_MS * 2 ** (e.failures - free));
    this.entries.set(key, e);
  }

  private prune(t: number): void {
    for (const [key, e] of this.entries) if (t - e.firstAt > WINDOW_MS && e.lockedUntil <= t) this.entries.delete(key);
  }
}
