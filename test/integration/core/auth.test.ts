import { describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/app';
import { setupCore, TEST_PASSWORD } from '../../support/core-harness';
import { TEST_DB_KEY } from '../../support/test-db-key';

describe('first run and sign-in', () => {
  it('reports a fresh installation as not set up, with a device prefix', async () => {
    const core = createCore({ dbKey: TEST_DB_KEY, dbFile: ':memory:' });
    const r = core.invoke(null, 'system.status', {});
    expect(r).toMatchObject({ ok: true, data: { setUp: false, townName: null } });
    expect(r.ok && (r.data as { devicePrefix: string }).devicePrefix).toMatch(/^[A-Z]{2}$/);
    expect((await core.invokeAsync(null, 'auth.login', { username: 'admin', password: 'x' }))).toMatchObject({ ok: false, error: { code: 'NOT_SET_UP' } });
  });

  it('sets up the town once; a second setup is refused', () => {
    const h = setupCore();
    expect(h.call(null, 'system.status', {})).toMatchObject({ setUp: true, townName: '青溪镇', townCode: '330782101' });
    const again = h.core.invoke(null, 'system.setup', {
      townName: '别的镇',
      townCode: '330782102',
      adminUsername: 'intruder',
      adminDisplayName: 'x',
      adminPassword: 'password-123',
    });
    expect(again).toMatchObject({ ok: false, error: { code: 'ALREADY_SET_UP' } });
    expect(h.call(h.adminToken, 'users.list', {}).map((u) => u.username)).toEqual(['admin']);
  });

  it('validates the setup form in Chinese', () => {
    const core = createCore({ dbKey: TEST_DB_KEY, dbFile: ':memory:' });
    const r = core.invoke(null, 'system.setup', { townName: '青溪镇', townCode: '12345678', adminUsername: 'a', adminDisplayName: '', adminPassword: 'short' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      const paths = r.error.details!.map((d) => d.path);
      expect(paths).toEqual(expect.arrayContaining(['townCode', 'adminUsername', 'adminPassword']));
      expect(r.error.details!.find((d) => d.path === 'townCode')!.message).toContain('9位数字');
    }
    expect(core.invoke(null, 'system.status', {})).toMatchObject({ ok: true, data: { setUp: false } });
  });

  it('stores only a scrypt hash of the password, in the local account_secret table', () => {
    const h = setupCore();
    const row = h.core.services.db
      .prepare("SELECT a.password_hash FROM account_secret a JOIN user_account u ON u.id = a.user_id WHERE u.username = 'admin'")
      .get() as { password_hash: string };
    expect(row.password_hash).toMatch(/^scrypt\$/);
    expect(row.password_hash).not.toContain(TEST_PASSWORD);
  });

  it('says the same thing for a wrong password and an unknown user, and signs in with the right one', async () => {
    const h = setupCore();
    expect((await h.core.invokeAsync(null, 'auth.login', { username: 'admin', password: 'wrong' }))).toMatchObject({
      ok: false,
      error: { code: 'LOGIN_FAILED', message: '用户名或密码错误' },
    });
    expect((await h.core.invokeAsync(null, 'auth.login', { username: 'nobody', password: 'wrong' }))).toMatchObject({ ok: false, error: { code: 'LOGIN_FAILED' } });
    const ok = (await h.callAsync(null, 'auth.login', { username: 'ADMIN', password: TEST_PASSWORD }));
    expect(ok.user).toMatchObject({ username: 'admin', role: 'admin' });
    expect(h.call(ok.token, 'auth.me', {}).permissions).toContain('org.write');
  });

  it('throttles repeated failures, even for the right password, until the lock expires', async () => {
    let t = 1_800_000_000_000;
    const h = setupCore({ now: () => t });
    for (let i = 0; i < 5; i++) (await h.core.invokeAsync(null, 'auth.login', { username: 'admin', password: 'wrong' }, 'ip:10.0.0.9'));
    const locked = (await h.core.invokeAsync(null, 'auth.login', { username: 'admin', password: TEST_PASSWORD }, 'ip:10.0.0.9'));
    expect(locked).toMatchObject({ ok: false, error: { code: 'LOGIN_THROTTLED', message: expect.stringMatching(/秒后再试/) } });
    t += 61_000;
    expect((await h.core.invokeAsync(null, 'auth.login', { username: 'admin', password: TEST_PASSWORD }, 'ip:10.0.0.9')).ok).toBe(true);
  });

  it('ends the sessions of a disabled account at once', async () => {
    const h = setupCore();
    const token = h.tokenFor('dispatcher');
    const user = h.call(h.adminToken, 'users.list', {}).find((u) => u.role === 'dispatcher')!;
    h.call(h.adminToken, 'users.update', { id: user.id, disabled: true });
    expect(h.core.invoke(token, 'org.units', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect((await h.core.invokeAsync(null, 'auth.login', { username: user.username, password: TEST_PASSWORD }))).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('expires a session left idle for more than 12 hours', async () => {
    let t = 1_800_000_000_000;
    const h = setupCore({ now: () => t });
    const token = (await h.callAsync(null, 'auth.login', { username: 'admin', password: TEST_PASSWORD })).token;
    t += 11 * 3_600_000;
    expect(h.core.invoke(token, 'auth.me', {}).ok).toBe(true);
    t += 12 * 3_600_000 + 1;
    expect(h.core.invoke(token, 'auth.me', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });

  it('stores only a hash of the session token', () => {
    const h = setupCore();
    const rows = h.core.services.db.prepare('SELECT token_hash FROM session').all() as { token_hash: string }[];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.map((r) => r.token_hash)).not.toContain(h.adminToken);
  });

  it('logs out', async () => {
    const h = setupCore();
    const t = (await h.callAsync(null, 'auth.login', { username: 'admin', password: TEST_PASSWORD })).token;
    h.call(t, 'auth.logout', {});
    expect(h.core.invoke(t, 'auth.me', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });
});

describe('department accounts', () => {
  it('links a department handler to a department, and refuses an unknown one', () => {
    const h = setupCore();
    const dept = h.call(h.adminToken, 'departments.list', {}).find((d) => d.code === 'CG')!;
    const u = h.call(h.adminToken, 'users.create', {
      username: 'chengguan',
      displayName: '城管张',
      role: 'department_handler',
      password: TEST_PASSWORD,
      departmentId: dept.id,
    });
    expect(u).toMatchObject({ departmentId: dept.id, departmentName: '城管中队' });
    const bad = h.core.invoke(h.adminToken, 'users.update', { id: u.id, departmentId: 'no-such-department' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(h.call(h.adminToken, 'users.list', {}).find((x) => x.id === u.id)!.departmentId).toBe(dept.id);
  });
});
