// Passwords: OWASP's scrypt cost, local to this PC (never in the synced table or the change
// log), upgraded at sign-in, and a forced change before anything else when the account needs one.
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../electron/core/db/connection';
import { migrate } from '../../../../electron/core/db/migrate';
import type { NewRow, RowPatch } from '../../../../electron/core/db/change-writer';
import { readRowHistory } from '../../../../electron/core/db/row-history';
import { LegacyChangeWriter, migrateToLegacy } from '../../../support/legacy-change-log';
import { hashPassword, SCRYPT_DEFAULT } from '../../../../electron/core/auth/password';
import { setupCore, TEST_PASSWORD, TEST_SCRYPT } from '../../../support/core-harness';

describe('password hashes', () => {
  it('uses scrypt N=2^17, r=8, p=1 with a fresh salt each time', () => {
    expect(SCRYPT_DEFAULT).toEqual({ N: 131072, r: 8, p: 1 });
    const a = hashPassword('same-password');
    const b = hashPassword('same-password');
    expect(a).toMatch(/^scrypt\$131072\$8\$1\$/);
    expect(a.split('$')[4]).not.toBe(b.split('$')[4]);
  });

  it('never puts a hash in user_account or in the change log', async () => {
    const h = setupCore();
    const t = h.tokenFor('dispatcher');
    const user = h.call(h.adminToken, 'users.list', {}).find((u) => u.role === 'dispatcher')!;
    h.call(h.adminToken, 'users.update', { id: user.id, password: 'reset-password-1', displayName: '新调度员' });
    await h.callAsync(null, 'auth.login', { username: user.username, password: 'reset-password-1' });
    expect(t).toBeTruthy();
    const db = h.core.services.db;
    expect(db.prepare("SELECT name FROM pragma_table_info('user_account')").pluck().all()).not.toContain('password_hash');
    const hashes = db.prepare('SELECT password_hash FROM account_secret').pluck().all() as string[];
    expect(hashes.length).toBeGreaterThanOrEqual(2);
    // The change log holds stamps only; the record history holds prior values: neither has a hash.
    expect(db.prepare("SELECT count(*) FROM sync_column WHERE col = 'password_hash'").pluck().get()).toBe(0);
    const priors = db.prepare('SELECT prior FROM row_history_cell').pluck().all() as unknown[];
    expect(priors.length).toBeGreaterThan(0);
    expect(priors.map(String).filter((v) => v.includes('scrypt$') || hashes.some((x) => v.includes(x.split('$')[5]!)))).toEqual([]);
  });

  it('the migration moves existing hashes to account_secret and deletes them from the change log and the history', () => {
    const db = openDatabase(':memory:', { key: null });
    migrateToLegacy(db);
    const first = hashPassword('old-password-1', TEST_SCRYPT);
    const second = hashPassword('old-password-2', TEST_SCRYPT);
    const writer = new LegacyChangeWriter(db, 'DEV-OLD');
    const account = { id: 'U1', username: 'admin', display_name: '管理员', role: 'admin', password_hash: first, created_at: '2026-01-01' };
    writer.transaction(null, (tx) => tx.insert('user_account', account as NewRow<'user_account'>));
    writer.transaction('U1', (tx) => tx.update('user_account', 'U1', { password_hash: second } as RowPatch<'user_account'>));
    writer.transaction('U1', (tx) => tx.update('user_account', 'U1', { display_name: '系统管理员' }));
    migrate(db);
    expect(db.prepare('SELECT user_id, password_hash, must_change FROM account_secret').all()).toEqual([{ user_id: 'U1', password_hash: second, must_change: 0 }]);
    expect(db.prepare("SELECT name FROM pragma_table_info('user_account')").pluck().all()).not.toContain('password_hash');
    expect(db.prepare("SELECT count(*) FROM sync_column WHERE col = 'password_hash'").pluck().get()).toBe(0);
    // The password change's history entry had nothing else: it is gone; the name change stays.
    expect(readRowHistory(db, 'user_account', 'U1').map((e) => [e.action, [...e.priors.entries()]])).toEqual([
      [0, []],
      [1, [['display_name', '管理员']]],
    ]);
    const everything = JSON.stringify(db.prepare('SELECT prior FROM row_history_cell').pluck().all());
    expect(everything).not.toContain(first.split('$')[5]);
    expect(everything).not.toContain(second.split('$')[5]);
    db.close();
  });

  it('re-hashes a password made with an older cost at the next sign-in', async () => {
    const h = setupCore({ onDisk: true });
    const db = h.openRaw(); // the test rewrites a hash behind the core's back
    const weaker = hashPassword(TEST_PASSWORD, { N: 2 ** 10, r: 8, p: 1 });
    db.prepare("UPDATE account_secret SET password_hash = ? WHERE user_id = (SELECT id FROM user_account WHERE username = 'admin')").run(weaker);
    await h.callAsync(null, 'auth.login', { username: 'admin', password: TEST_PASSWORD });
    const now = db.prepare("SELECT password_hash FROM account_secret WHERE user_id = (SELECT id FROM user_account WHERE username = 'admin')").get() as {
      password_hash: string;
    };
    expect(now.password_hash).toMatch(new RegExp(`^scrypt\\$${TEST_SCRYPT.N}\\$8\\$1\\$`));
    expect((await h.callAsync(null, 'auth.login', { username: 'admin', password: TEST_PASSWORD })).token).toBeTruthy();
  });

  it('an account synced from another PC has no password here until an administrator sets one', async () => {
    const h = setupCore({ onDisk: true });
    const u = h.call(h.adminToken, 'users.create', { username: 'synced', displayName: '同步来的', role: 'dispatcher', password: TEST_PASSWORD });
    h.openRaw().prepare('DELETE FROM account_secret WHERE user_id = ?').run(u.id); // as if synced in
    expect(h.call(h.adminToken, 'users.list', {}).find((x) => x.id === u.id)).toMatchObject({ hasLocalPassword: false });
    expect((await h.core.invokeAsync(null, 'auth.login', { username: 'synced', password: TEST_PASSWORD }))).toMatchObject({ ok: false, error: { code: 'LOGIN_FAILED' } });
    h.call(h.adminToken, 'users.update', { id: u.id, password: 'set-here-123' });
    expect((await h.callAsync(null, 'auth.login', { username: 'synced', password: 'set-here-123' })).user.username).toBe('synced');
  });
});

describe('forced password change', () => {
  it('refuses everything but the change until the account has chosen its own password', async () => {
    const h = setupCore();
    h.call(h.adminToken, 'users.create', { username: 'newbie', displayName: '新人', role: 'dispatcher', password: 'initial-pass-1', mustChangePassword: true });
    const login = (await h.callAsync(null, 'auth.login', { username: 'newbie', password: 'initial-pass-1' }));
    expect(login.user.mustChangePassword).toBe(true);
    expect(h.core.invoke(login.token, 'org.units', {})).toMatchObject({ ok: false, error: { code: 'PASSWORD_CHANGE_REQUIRED', message: '请先修改初始密码，再使用其他功能' } });
    expect(h.core.invoke(login.token, 'cases.queueCounts', {})).toMatchObject({ ok: false, error: { code: 'PASSWORD_CHANGE_REQUIRED' } });
    expect(h.call(login.token, 'auth.me', {}).mustChangePassword).toBe(true);
    expect((await h.core.invokeAsync(login.token, 'auth.changePassword', { oldPassword: 'initial-pass-1', newPassword: 'initial-pass-1' }))).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT' },
    });
    await h.callAsync(login.token, 'auth.changePassword', { oldPassword: 'initial-pass-1', newPassword: 'my-own-pass-2' });
    expect(h.call(login.token, 'auth.me', {}).mustChangePassword).toBe(false);
    expect(h.core.invoke(login.token, 'org.units', {}).ok).toBe(true);
  });
});
