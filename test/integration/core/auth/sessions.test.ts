// Sessions end when they should: a password change ends the account's other sessions, a
// session lives at most 7 days, and the wall display renews its session by rotation.
import { describe, expect, it } from 'vitest';
import { tokenHash } from '../../../../electron/core/auth/session-store';
import { setupCore, TEST_PASSWORD } from '../../../support/core-harness';

const HOUR = 3_600_000;

describe('sessions', () => {
  it('a password change ends the other sessions of the account and reports them, keeping the current one', async () => {
    const h = setupCore();
    const ended: string[][] = [];
    h.core.on('sessionsEnded', (e) => ended.push(e.tokenHashes));
    const a = (await h.callAsync(null, 'auth.login', { username: 'admin', password: TEST_PASSWORD })).token;
    const b = (await h.callAsync(null, 'auth.login', { username: 'admin', password: TEST_PASSWORD })).token;
    const other = h.tokenFor('dispatcher');
    await h.callAsync(a, 'auth.changePassword', { oldPassword: TEST_PASSWORD, newPassword: 'new-password-9' });
    expect(h.core.invoke(a, 'auth.me', {}).ok).toBe(true);
    expect(h.core.invoke(b, 'auth.me', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(h.core.invoke(h.adminToken, 'auth.me', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(h.core.invoke(other, 'auth.me', {}).ok).toBe(true);
    expect(new Set(ended.flat())).toEqual(new Set([tokenHash(b), tokenHash(h.adminToken)]));
    expect((await h.core.invokeAsync(null, 'auth.login', { username: 'admin', password: TEST_PASSWORD })).ok).toBe(false);
    expect((await h.core.invokeAsync(null, 'auth.login', { username: 'admin', password: 'new-password-9' })).ok).toBe(true);
  });

  it('an administrator resetting a password or disabling an account ends all its sessions', () => {
    const h = setupCore();
    const ended: string[] = [];
    h.core.on('sessionsEnded', (e) => ended.push(...e.tokenHashes));
    const t = h.tokenFor('dispatcher');
    const user = h.call(h.adminToken, 'users.list', {}).find((u) => u.role === 'dispatcher')!;
    h.call(h.adminToken, 'users.update', { id: user.id, password: 'reset-password-1' });
    expect(h.core.invoke(t, 'auth.me', {}).ok).toBe(false);
    expect(ended).toEqual([tokenHash(t)]);
  });

  it('ends a session 7 days after sign-in even when it is used all the time', async () => {
    let now = 1_800_000_000_000;
    const h = setupCore({ now: () => now });
    const token = (await h.callAsync(null, 'auth.login', { username: 'admin', password: TEST_PASSWORD })).token;
    for (let elapsed = 0; elapsed + 6 * HOUR < 7 * 24 * HOUR; elapsed += 6 * HOUR) {
      now += 6 * HOUR;
      expect(h.core.invoke(token, 'auth.me', {}).ok).toBe(true);
    }
    now += 7 * HOUR; // 7 days and 1 hour after sign-in
    expect(h.core.invoke(token, 'auth.me', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });

  it('the wall display renews its session by rotation; other roles cannot', async () => {
    let now = 1_800_000_000_000;
    const h = setupCore({ now: () => now });
    const display = h.tokenFor('display');
    expect(h.core.invoke(h.tokenFor('dispatcher'), 'auth.renew', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    // The board polls all day long (keeping the session from idling out).
    const days = (token: string, n: number) => {
      for (let i = 0; i < n * 4; i++) {
        now += 6 * HOUR;
        h.call(token, 'board.summary', {});
      }
    };
    expect(h.call(display, 'auth.renew', {}).token).toBe(display); // signed in less than a day ago: kept
    days(display, 6);
    const renewed = h.call(display, 'auth.renew', {});
    expect(renewed.user.role).toBe('display');
    expect(renewed.token).not.toBe(display);
    // The old token answers calls already in flight for a minute, then ends.
    expect(h.core.invoke(display, 'auth.me', {}).ok).toBe(true);
    now += 61_000;
    expect(h.core.invoke(display, 'auth.me', {}).ok).toBe(false);
    days(renewed.token, 6); // 12 days after the first sign-in, 6 after the renewal
    expect(h.core.invoke(renewed.token, 'auth.me', {}).ok).toBe(true);
  });
});

describe('the wall display switched off', () => {
  it('a display left off for three days comes back signed in; a desk left idle 13 hours does not', () => {
    let now = 1_800_000_000_000;
    const h = setupCore({ now: () => now });
    const display = h.tokenFor('display');
    const desk = h.tokenFor('dispatcher');
    now += 13 * HOUR;
    expect(h.core.invoke(desk, 'auth.me', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    now += 3 * 24 * HOUR;
    expect(h.core.invoke(display, 'auth.me', {}).ok).toBe(true);
    // Still bounded by the 7 days after sign-in (renewal is what carries it further).
    now += 4 * 24 * HOUR;
    expect(h.core.invoke(display, 'auth.me', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });
});

describe('sign-in throttling', () => {
  const login = (h: ReturnType<typeof setupCore>, password: string, client: string, username = 'admin') =>
    h.core.invokeAsync(null, 'auth.login', { username, password }, client);

  it('locks the client that guesses, not the administrator at another desk', async () => {
    const now = 1_800_000_000_000;
    const h = setupCore({ now: () => now });
    for (let i = 0; i < 5; i++) expect(await login(h, 'guess-' + i, 'ip:10.0.0.66')).toMatchObject({ ok: false, error: { code: 'LOGIN_FAILED' } });
    expect(await login(h, TEST_PASSWORD, 'ip:10.0.0.66')).toMatchObject({ ok: false, error: { code: 'LOGIN_THROTTLED' } });
    expect((await login(h, TEST_PASSWORD, 'ip:10.0.0.5')).ok).toBe(true);
    expect((await login(h, TEST_PASSWORD, 'local')).ok).toBe(true);
  });

  it('an attack from many addresses locks the account only for the addresses that guessed', async () => {
    const now = 1_800_000_000_000;
    const h = setupCore({ now: () => now });
    for (let ip = 1; ip <= 12; ip++) await login(h, 'guess', `ip:10.0.1.${ip}`);
    // The account-wide lock holds against an address that already failed on the account …
    expect(await login(h, TEST_PASSWORD, 'ip:10.0.1.1')).toMatchObject({ ok: false, error: { code: 'LOGIN_THROTTLED' } });
    // … while the administrator's own desk, which has not failed, signs in at once.
    expect((await login(h, TEST_PASSWORD, 'ip:10.0.0.5')).ok).toBe(true);
  });

  it('a client spraying many account names is locked for all of them', async () => {
    const now = 1_800_000_000_000;
    const h = setupCore({ now: () => now });
    for (let i = 0; i < 20; i++) await login(h, 'guess', 'ip:10.0.0.77', `user${i}`);
    expect(await login(h, TEST_PASSWORD, 'ip:10.0.0.77')).toMatchObject({ ok: false, error: { code: 'LOGIN_THROTTLED' } });
    expect((await login(h, TEST_PASSWORD, 'ip:10.0.0.78')).ok).toBe(true);
  });

  it('a second administrator resetting the password lifts the lock at once', async () => {
    const now = 1_800_000_000_000;
    const h = setupCore({ now: () => now });
    const second = h.call(h.adminToken, 'users.create', { username: 'admin2', displayName: '副管理员', role: 'admin', password: TEST_PASSWORD });
    for (let i = 0; i < 8; i++) await login(h, 'guess', 'local', 'admin2');
    expect(await login(h, TEST_PASSWORD, 'local', 'admin2')).toMatchObject({ ok: false, error: { code: 'LOGIN_THROTTLED' } });
    h.call(h.adminToken, 'users.update', { id: second.id, password: 'fresh-password-2' });
    expect((await login(h, 'fresh-password-2', 'local', 'admin2')).ok).toBe(true);
  });
});
