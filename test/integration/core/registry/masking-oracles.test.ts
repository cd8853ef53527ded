// Masking that masks (issue "safe on the centre's network", item 2): nothing beside a masked ID
// gives its digits back, an exact-number search cannot be used as an oracle, contact mobiles of
// premises are masked like residents', and people's ledgers leave in bulk only with the right
// that unmasks them.
import { describe, expect, it } from 'vitest';
import { EXACT_LOOKUP_LIMITS } from '../../../../electron/core/registry/registry-access';
import { cid, setupTown } from './registry-fixture';

function seed() {
  const clock = { now: Date.parse('2026-11-30T02:00:00Z') };
  const t = { ...setupTown({ now: () => clock.now }), clock };
  const { h } = t;
  h.call(h.adminToken, 'registry.createPerson', {
    citizenId: cid(7, '1962-08-19'),
    name: '李四',
    phone: '13955550001',
    residenceType: 'registered',
    gridId: t.grid1.id,
    address: '青石村2号',
  });
  h.call(h.adminToken, 'registry.createOrganisation', { gridId: t.grid1.id, name: '青石五金店', kind: 'individual', address: '青石村3号', legalPerson: '赵六', phone: '13755550002' });
  return t;
}

const lookups = (t: ReturnType<typeof seed>) =>
  (t.h.core.services.db.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'lookup.exact'").get() as { n: number }).n;

describe('masking that masks', () => {
  it('masks the birth date and age with the ID everywhere a masked account reads a person', () => {
    const t = seed();
    const handler = t.h.tokenFor('department_handler');
    const rows = t.h.call(handler, 'registry.people', {}).rows;
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(r).toMatchObject({ birthDate: '****-**-**', age: null });
    expect(JSON.stringify(rows)).not.toContain('1962-08-19');
    // A role that may see IDs sees the date (masked list, plain on request).
    const dispatcher = t.h.tokenFor('dispatcher');
    expect(t.h.call(dispatcher, 'registry.people', { reveal: true }).rows.find((r) => r.name === '李四')).toMatchObject({ birthDate: '1962-08-19', age: expect.any(Number) });
  });

  it("masks premises' contact mobiles, and finds them by the whole number only", () => {
    const t = seed();
    const handler = t.h.tokenFor('department_handler');
    const list = t.h.call(handler, 'registry.organisations', {});
    expect(list.masked).toBe(true);
    expect(list.rows.find((o) => o.name === '青石五金店')).toMatchObject({ phone: '137****0002' });
    expect(JSON.stringify(list)).not.toContain('13755550002');
    expect(t.h.call(handler, 'registry.organisations', { search: '5550002' }).total).toBe(0);
    expect(t.h.call(handler, 'registry.organisations', { search: '13755550002' }).total).toBe(1);
    const admin = t.h.call(t.h.adminToken, 'registry.organisations', { search: '5550002' });
    expect(admin.total).toBe(1);
  });

  it('audits and limits exact ID/phone lookups by masked accounts; others are not limited', () => {
    const t = seed();
    const handler = t.h.tokenFor('department_handler');
    const max = EXACT_LOOKUP_LIMITS[0].max;
    for (let i = 0; i < max; i++) t.h.call(handler, 'registry.people', { search: `139555${String(i).padStart(5, '0')}` });
    expect(lookups(t)).toBe(max);
    const refused = t.h.core.invoke(handler, 'registry.people', { search: '13955550001' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'LOOKUP_THROTTLED', message: '按身份证号或电话精确查找过于频繁，请稍后再试' } });
    // Searching by name is not a lookup; a role that sees the numbers is not limited.
    expect(t.h.call(handler, 'registry.people', { search: '李四' }).total).toBe(1);
    const dispatcher = t.h.tokenFor('dispatcher');
    for (let i = 0; i < max + 1; i++) t.h.call(dispatcher, 'registry.people', { search: '13955550001' });
    expect(lookups(t)).toBe(max);
    // The window passes: lookups are allowed again.
    t.clock.now += 11 * 60_000;
    expect(t.h.call(handler, 'registry.people', { search: '13955550001' }).total).toBe(1);
  });

  it('lets only accounts that may see IDs export the ledgers of people', async () => {
    const t = seed();
    const handler = t.h.tokenFor('department_handler');
    for (const kind of ['person', 'house', 'special'] as const) {
      expect(await t.h.runJob(handler, 'registry.export', { kind, filter: {} })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(await t.h.runJob(handler, 'registry.export', { kind: 'organisation', filter: {} })).toMatchObject({ ok: true });
    expect(await t.h.runJob(t.h.tokenFor('dispatcher'), 'registry.export', { kind: 'person', filter: {} })).toMatchObject({ ok: true });
  });
});
