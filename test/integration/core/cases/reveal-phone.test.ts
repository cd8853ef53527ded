// 拨打/查看号码 (issue 14 §7): a department handler sees the reporter's phone masked and may
// reveal it once to call back — only for a case in its scope that is still being handled —
// and every reveal is in the audit log. Nothing else shows the number: not the case, not the list.
import { describe, expect, it } from 'vitest';
import { caseTown } from './case-fixture';

describe('revealing a masked reporter phone', () => {
  it('is for a handler of the case in its scope, while it is open, and is audited', () => {
    const t = caseTown();
    const [deptA, deptB] = t.h.call(t.h.adminToken, 'departments.list', {}).map((d) => d.id);
    const dispatched = (departmentId: string, title: string) => {
      const id = t.register({ source: 'resident_phone', reporterName: '陈秀英', reporterPhone: '13857901234', title }).id;
      t.act(id, { type: 'accept' });
      t.act(id, { type: 'dispatch', target: { kind: 'department', departmentId } });
      return id;
    };
    const mine = dispatched(deptA!, '部门甲的占道经营');
    const theirs = dispatched(deptB!, '部门乙的违章搭建');
    const handler = t.token('department_handler');
    const db = t.h.core.services.db;
    const { id: handlerId } = db.prepare("SELECT id FROM user_account WHERE username = 'u_department_handler'").get() as { id: string };
    t.h.core.services.writer.transaction(null, (tx) => tx.update('user_account', handlerId, { department_id: deptA }));
    const audits = () => db.prepare("SELECT record_id, role, detail FROM audit_log WHERE action = 'reveal.phone' ORDER BY seq").all() as { record_id: string; role: string; detail: string }[];

    // The handler sees the number masked, in the case and in its list.
    const seen = t.h.call(handler, 'cases.get', { id: mine });
    expect(seen).toMatchObject({ reporterPhoneMasked: true });
    expect(seen.reporterPhone).not.toBe('13857901234');
    const listed = JSON.stringify(t.h.call(handler, 'cases.queue', { queue: 'all', filter: {}, offset: 0, limit: 50 }));
    expect(listed).not.toContain('13857901234');
    expect(audits()).toEqual([]);

    // It reveals its own department's case: the number, and an audit entry naming the case.
    expect(t.h.call(handler, 'cases.revealPhone', { id: mine })).toEqual({ phone: '13857901234' });
    const number = seen.number;
    expect(audits()).toEqual([{ record_id: mine, role: 'department_handler', detail: JSON.stringify({ number }) }]);
    // The case and the list stay masked afterwards.
    expect(t.h.call(handler, 'cases.get', { id: mine }).reporterPhoneMasked).toBe(true);
    expect(JSON.stringify(t.h.call(handler, 'cases.queue', { queue: 'all', filter: {}, offset: 0, limit: 50 }))).not.toContain('13857901234');

    // Another department's case is not found; a role that does not handle cases may not ask.
    expect(t.h.core.invoke(handler, 'cases.revealPhone', { id: theirs })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(t.h.core.invoke(t.token('display'), 'cases.revealPhone', { id: mine })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(t.h.core.invoke(t.token('presenter'), 'cases.revealPhone', { id: mine })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    // A grid worker of another grid does not find it either.
    t.serve('grid_worker', [t.communityGrid]);
    expect(t.h.core.invoke(t.token('grid_worker'), 'cases.revealPhone', { id: mine })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(audits()).toHaveLength(1);

    // Once the case is finished there is nobody to call back for it.
    t.act(mine, { type: 'start' });
    t.act(mine, { type: 'handle', result: '已清理占道摊位' });
    t.act(mine, { type: 'verify' });
    t.act(mine, { type: 'evaluate', satisfaction: 'satisfied' });
    t.act(mine, { type: 'close' });
    expect(t.h.call(t.h.adminToken, 'cases.get', { id: mine }).status).toBe('closed');
    expect(t.h.core.invoke(handler, 'cases.revealPhone', { id: mine })).toMatchObject({ ok: false, error: { code: 'INVALID_STATE', message: '事件已办结，不能再查看反映人电话' } });
    expect(audits()).toHaveLength(1);
  });
});
