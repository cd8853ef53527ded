import { describe, expect, it } from 'vitest';
import { setupCore } from '../../support/core-harness';

describe('RPC dispatcher', () => {
  it('rejects an unknown method with a Chinese message and writes nothing', () => {
    const h = setupCore();
    const before = h.changeCount();
    const r = h.core.invoke(h.adminToken, 'org.dropEverything', {});
    expect(r).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    expect(!r.ok && r.error.message).toContain('不支持的操作');
    expect(h.changeCount()).toBe(before);
  });

  it('rejects malformed input before it reaches SQL, naming the field', () => {
    const h = setupCore();
    const town = h.call(h.adminToken, 'org.units', {})[0]!;
    const before = h.changeCount();
    const bad = [
      { parentId: town.id, kind: 'village', code: 'abc', name: '青石村' },
      { parentId: town.id, kind: 'village', code: '330782101001', name: '' },
      { parentId: town.id, kind: 'castle', code: '330782101001', name: '城堡' },
      { parentId: town.id, kind: 'village', code: '330782101001', name: '青石村', households: -3 },
      "'; DROP TABLE org_unit; --",
      null,
    ];
    for (const input of bad) {
      const r = h.core.invoke(h.adminToken, 'org.createUnit', input);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe('BAD_INPUT');
        expect(r.error.message).toMatch(/^输入内容有误/);
      }
    }
    expect(h.changeCount()).toBe(before);
    expect(h.call(h.adminToken, 'org.units', {})).toHaveLength(1);
  });

  it('requires a session, and the permission the method declares', async () => {
    const h = setupCore();
    const town = h.call(h.adminToken, 'org.units', {})[0]!;
    const input = { parentId: town.id, kind: 'village', code: '330782101001', name: '青石村' };
    const before = h.changeCount();

    expect(h.core.invoke(null, 'org.createUnit', input)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED', message: '请先登录' } });
    expect(h.core.invoke('forged-token', 'org.units', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(h.core.invoke(h.tokenFor('dispatcher'), 'org.createUnit', input)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(h.core.invoke(h.tokenFor('display'), 'org.units', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(h.core.invoke(h.tokenFor('grid_worker'), 'users.list', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const afterUsers = h.changeCount(); // tokenFor created accounts
    expect(afterUsers).toBeGreaterThan(before);
    expect(h.call(h.adminToken, 'org.units', {})).toHaveLength(1);

    // The display may read the board, and nothing else it asks for writes — but it may change its
    // own password (an administrator can make it, and it must not be stuck at that screen).
    const mid = h.changeCount();
    expect(h.core.invoke(h.tokenFor('display'), 'board.summary', {}).ok).toBe(true);
    expect(h.core.invoke(h.tokenFor('display'), 'org.createUnit', { parentId: 'x', kind: 'grid', code: '1', name: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    const wrongOld = await h.core.invokeAsync(h.tokenFor('display'), 'auth.changePassword', { oldPassword: 'x', newPassword: 'new-password-1' });
    expect(wrongOld.ok).toBe(false);
    expect(wrongOld.ok || wrongOld.error.code).not.toBe('FORBIDDEN');
    expect(h.changeCount()).toBe(mid);
  });

  it('maps an unexpected failure to a Chinese internal error without crashing', () => {
    const h = setupCore({ onDisk: true });
    h.openRaw().exec('DROP TABLE department');
    const r = h.core.invoke(h.adminToken, 'departments.list', {});
    expect(r).toMatchObject({ ok: false, error: { code: 'INTERNAL', message: expect.stringContaining('系统内部错误') } });
    expect(h.core.invoke(h.adminToken, 'org.units', {}).ok).toBe(true);
  });
});
