// PIPL audit of cases: a full reporter phone shown on a case or in an export leaves an audit row.
import { describe, expect, it } from 'vitest';
import { caseTown } from './case-fixture';

const PHONE = '13812345678';

describe('case audit', () => {
  it("audits a dispatcher's read of a case with the reporter's phone; a presenter sees it masked and leaves none", () => {
    const t = caseTown();
    const c = t.register({ source: 'resident_phone', reporterName: '李大姐', reporterPhone: PHONE });
    const before = t.h.call(t.h.adminToken, 'audit.list', { action: 'read.case' }).total;
    expect(before).toBe(0);

    const seen = t.h.call(t.token('dispatcher'), 'cases.get', { id: c.id });
    expect(seen).toMatchObject({ reporterPhone: PHONE, reporterPhoneMasked: false });
    const listed = t.h.call(t.h.adminToken, 'audit.list', { action: 'read.case' });
    expect(listed.total).toBe(1);
    expect(listed.rows[0]).toMatchObject({ table: 'case_record', recordId: c.id, role: 'dispatcher', actionLabel: '查看事件详情（含反映人电话）' });
    expect(listed.rows[0]!.detail).toContain(c.number);
    expect(listed.rows[0]!.detail).not.toContain(PHONE);

    const masked = t.h.call(t.token('presenter'), 'cases.get', { id: c.id });
    expect(masked.reporterPhoneMasked).toBe(true);
    expect(masked.reporterPhone).not.toBe(PHONE);
    expect(t.h.call(t.h.adminToken, 'audit.list', { action: 'read.case' }).total).toBe(1);
  });

  it('does not audit a case without a phone', () => {
    const t = caseTown();
    const c = t.register();
    t.h.call(t.token('dispatcher'), 'cases.get', { id: c.id });
    expect(t.h.call(t.h.adminToken, 'audit.list', { action: 'read.case' }).total).toBe(0);
  });

  it('audits an action whose returned detail shows the phone', () => {
    const t = caseTown();
    const c = t.register({ source: 'resident_phone', reporterPhone: PHONE });
    t.act(c.id, { type: 'accept' }, 'dispatcher');
    expect(t.h.call(t.h.adminToken, 'audit.list', { action: 'read.case', recordId: c.id }).total).toBe(1);
  });

  it('audits an export with full phones, not a masked one', async () => {
    const t = caseTown();
    t.register({ source: 'resident_phone', reporterPhone: PHONE });
    t.register();
    const csv = await t.h.job(t.token('dispatcher'), 'cases.export', { queue: 'all', format: 'csv' });
    expect(Buffer.from(csv.base64, 'base64').toString('utf8')).toContain(PHONE);
    const rows = t.h.call(t.h.adminToken, 'audit.list', { action: 'export.cases' }).rows;
    expect(rows).toHaveLength(1);
    expect(JSON.parse(rows[0]!.detail!)).toMatchObject({ queue: 'all', format: 'csv', rows: 2, withPhone: 1 });

    const masked = await t.h.job(t.token('presenter'), 'cases.export', { queue: 'all', format: 'csv' });
    expect(Buffer.from(masked.base64, 'base64').toString('utf8')).not.toContain(PHONE);
    await t.h.job(t.token('dispatcher'), 'cases.export', { queue: 'all', format: 'xlsx' });
    expect(t.h.call(t.h.adminToken, 'audit.list', { action: 'export.cases' }).total).toBe(2);
  });
});
