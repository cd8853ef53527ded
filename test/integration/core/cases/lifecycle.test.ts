// The closed loop of SPEC §3 end to end: register → accept → dispatch → handle → verify →
// evaluate → close, with rework, reopening, merging, rejection, supervision, emergency
// linkage, first-contact ownership, attachments and masking of the reporter's phone.
import { describe, expect, it } from 'vitest';
import { at, caseIn, caseTown } from './case-fixture';

const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex').toString('base64');

describe('the closed loop', () => {
  it('runs from report to evaluated closure with a full timeline', () => {
    const t = caseTown(at('2025-11-17', '09:00'), { onDisk: true });
    const reg = t.register(
      {
        source: 'resident_phone',
        reporterName: '陈秀英',
        reporterPhone: '13857901234',
        attachments: [{ name: '现场.png', mime: 'image/png', dataBase64: PNG }],
      },
      'dispatcher',
    );
    expect(reg).toMatchObject({ status: 'registered', epoch: 0, firstContactName: 'dispatcher', reporterPhone: '13857901234', reporterPhoneMasked: false });
    expect(reg.number).toMatch(/^2025-1117-[A-Z]{2}-0001$/);
    const photo = reg.timeline[0]!.attachments[0]!;
    expect(photo).toMatchObject({ name: '现场.png', mime: 'image/png', size: 29 });
    expect(t.h.call(t.h.adminToken, 'cases.attachment', { id: photo.id }).dataBase64).toBe(PNG);

    t.act(reg.id, { type: 'accept', reclassify: { subcategoryId: t.sub('环境卫生', '垃圾乱堆乱放').id, urgency: 'urgent' } }, 'dispatcher');
    t.act(reg.id, { type: 'dispatch', target: { kind: 'grid', unitId: t.grids[0]! } }, 'dispatcher');
    t.serve('grid_worker', [t.grids[0]!]); // the grid's worker: the case is in its scope
    t.act(reg.id, { type: 'start' }, 'grid_worker');
    t.act(reg.id, { type: 'progress', note: '已联系清运车辆' }, 'grid_worker');
    t.act(reg.id, { type: 'handle', result: '垃圾已清运，设置禁倒标识', attachments: [{ name: '整改后.png', mime: 'image/png', dataBase64: PNG }] }, 'grid_worker');
    t.act(reg.id, { type: 'verify', note: '现场核查通过' }, 'supervisor');
    t.act(reg.id, { type: 'evaluate', satisfaction: 'satisfied', note: '电话回访' }, 'dispatcher');
    const closed = t.act(reg.id, { type: 'close' }, 'dispatcher');
    expect(closed).toMatchObject({
      status: 'closed',
      satisfaction: 'satisfied',
      onTime: true,
      result: '垃圾已清运，设置禁倒标识',
      urgency: 'urgent',
      subcategoryName: '垃圾乱堆乱放',
      assigneeLabel: '青石村第1网格',
      firstContactName: 'dispatcher',
      actions: [], // a dispatcher may not reopen
    });
    expect(t.h.call(t.token('supervisor'), 'cases.get', { id: reg.id }).actions).toEqual(['reopen']);
    expect(closed.timeline.map((e) => [e.actionLabel, e.fromStatus, e.toStatus, e.actorName])).toEqual([
      ['登记', null, 'registered', 'dispatcher'],
      ['受理', 'registered', 'accepted', 'dispatcher'],
      ['派遣', 'accepted', 'dispatched', 'dispatcher'],
      ['开始处置', 'dispatched', 'in_progress', 'grid_worker'],
      ['反馈进展', 'in_progress', 'in_progress', 'grid_worker'],
      ['处置完毕', 'in_progress', 'handled', 'grid_worker'],
      ['核查通过', 'handled', 'verified', 'supervisor'],
      ['满意度评价', 'verified', 'evaluated', 'dispatcher'],
      ['结案', 'evaluated', 'closed', 'dispatcher'],
    ]);
    // Timeline rows are insert-only, down to the database (even for a writer that bypasses the core).
    const db = t.h.openRaw();
    expect(() => db.prepare("UPDATE case_event SET note = 'x'").run()).toThrow(/insert-only/);
    expect(() => db.prepare('DELETE FROM case_event').run()).toThrow(/insert-only/);
  });

  it('masks the reporter phone for roles without sensitive.read', () => {
    const t = caseTown();
    const c = t.register({ source: 'resident_phone', reporterName: '王建国', reporterPhone: '13857901234' });
    expect(t.h.call(t.token('presenter'), 'cases.get', { id: c.id })).toMatchObject({ reporterPhone: '138****1234', reporterPhoneMasked: true, reporterName: '王建国' });
    expect(t.h.call(t.token('dispatcher'), 'cases.get', { id: c.id }).reporterPhone).toBe('13857901234');
  });

  it('checks the intake form of each source, in Chinese, writing nothing', () => {
    const t = caseTown();
    const before = t.h.changeCount();
    const bad = (input: object) => t.h.core.invoke(t.h.adminToken, 'cases.register', { source: 'patrol', categoryId: t.category('环境卫生').id, handlingType: 'general', title: '测试', gridId: t.grids[0]!, ...input });
    expect(bad({ source: 'hotline' })).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', message: '请填写12345工单号' } });
    expect(bad({ source: 'resident_phone' })).toMatchObject({ ok: false, error: { message: '请填写反映人电话' } });
    expect(bad({ gridId: t.villageId })).toMatchObject({ ok: false, error: { message: '“青石村”不是网格，请选择事件所在的网格' } });
    expect(bad({ categoryId: t.sub('环境卫生', '河道保洁').id })).toMatchObject({ ok: false, error: { message: expect.stringContaining('是小类') } });
    expect(bad({ subcategoryId: t.sub('矛盾纠纷', '邻里纠纷').id })).toMatchObject({ ok: false, error: { message: '小类“邻里纠纷”不属于“环境卫生”' } });
    expect(bad({ handlingType: 'coordination', onSpotResult: '已处理' })).toMatchObject({ ok: false, error: { message: expect.stringContaining('只有一般性事件') } });
    expect(bad({ reporterPhone: '123-abc' })).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect(t.h.changeCount()).toBe(before);
    expect(t.h.call(t.h.adminToken, 'cases.queueCounts', {}).all).toBe(0);
  });

  it('registers and accepts in one step for a dispatcher on the phone', () => {
    const t = caseTown();
    const c = t.register({ source: 'hotline', externalRef: '12345-20251120-0007', accept: true }, 'dispatcher');
    expect(c).toMatchObject({ status: 'accepted', externalRef: '12345-20251120-0007' });
    expect(c.timeline.map((e) => e.action)).toEqual(['register', 'accept']);
  });
});

describe('rework, satisfaction, reopening', () => {
  it('a failed verification returns the case for rework in a new epoch, counting reworks', () => {
    const t = caseTown();
    const id = caseIn(t, 'handled');
    t.serve('grid_worker', [t.grids[0]!]); // the case's grid: in the worker's scope
    const first = t.act(id, { type: 'rework', note: '未清理干净' }, 'grid_worker');
    expect(first).toMatchObject({ status: 'in_progress', epoch: 1, reworkCount: 1, handledAt: null });
    t.act(id, { type: 'handle', result: '二次清理' });
    const second = t.act(id, { type: 'rework', note: '仍有残留' });
    expect(second).toMatchObject({ epoch: 2, reworkCount: 2 });
    t.act(id, { type: 'handle', result: '彻底清理' });
    const verified = t.act(id, { type: 'verify' });
    expect(verified).toMatchObject({ status: 'verified', epoch: 2, reworkCount: 2 });
    expect(verified.timeline.filter((e) => e.action === 'rework').map((e) => [e.epoch, e.note])).toEqual([
      [1, '未清理干净'],
      [2, '仍有残留'],
    ]);
  });

  it('records satisfaction; 不满意 can send the case back at once', () => {
    const t = caseTown();
    const a = caseIn(t, 'verified');
    expect(t.act(a, { type: 'evaluate', satisfaction: 'basically' })).toMatchObject({ status: 'evaluated', satisfaction: 'basically' });
    const b = caseIn(t, 'verified');
    const back = t.act(b, { type: 'evaluate', satisfaction: 'dissatisfied', rework: true, note: '群众认为未解决' });
    expect(back).toMatchObject({ status: 'in_progress', epoch: 1, reworkCount: 1, satisfaction: null });
    expect(back.timeline.slice(-2).map((e) => [e.action, e.toStatus, e.data])).toEqual([
      ['evaluate', 'evaluated', { satisfaction: 'dissatisfied' }],
      ['rework', 'in_progress', null],
    ]);
    const c = caseIn(t, 'verified');
    expect(t.act(c, { type: 'close' })).toMatchObject({ status: 'closed', satisfaction: null });
  });

  it('reopens a closed case with a reason in a new epoch, keeping the first-contact owner', () => {
    const t = caseTown();
    const c = t.register({}, 'grid_worker');
    t.act(c.id, { type: 'accept' });
    t.act(c.id, { type: 'dispatch', target: { kind: 'village' } });
    t.act(c.id, { type: 'handle', result: '已清理' });
    t.act(c.id, { type: 'verify' });
    t.act(c.id, { type: 'close' });
    const reopened = t.act(c.id, { type: 'reopen', reason: '群众反映又有人倾倒' }, 'director');
    expect(reopened).toMatchObject({ status: 'accepted', epoch: 1, reopenCount: 1, closedAt: null, onTime: null, firstContactName: 'grid_worker' });
    expect(reopened.timeline.at(-1)).toMatchObject({ action: 'reopen', note: '群众反映又有人倾倒', fromStatus: 'closed', toStatus: 'accepted', epoch: 1 });
    const rej = caseIn(t, 'rejected');
    expect(t.act(rej, { type: 'reopen', reason: '核实后确有此事' })).toMatchObject({ status: 'accepted', epoch: 1, rejectReason: null });
  });
});

describe('triage: merge and reject', () => {
  it('merges a duplicate into another case with a timeline row on both', () => {
    const t = caseTown();
    const target = t.register({ title: '桥头垃圾堆放' });
    const dup = t.register({ title: '桥头有人倒垃圾' });
    const merged = t.act(dup.id, { type: 'merge', targetId: target.id, note: '同一地点' });
    expect(merged).toMatchObject({ status: 'merged', mergedInto: { id: target.id, number: target.number } });
    const tgt = t.h.call(t.h.adminToken, 'cases.get', { id: target.id });
    expect(tgt.mergedFrom).toEqual([{ id: dup.id, number: dup.number }]);
    expect(tgt.timeline.at(-1)).toMatchObject({ action: 'merged_from', actionLabel: '合并重复事件', note: `重复事件${dup.number}“桥头有人倒垃圾”已并入本事件：同一地点` });
    const other = t.register();
    const before = t.h.changeCount();
    expect(t.tryAct(target.id, { type: 'merge', targetId: target.id })).toMatchObject({ ok: false, error: { message: '不能合并到自身' } });
    expect(t.tryAct(other.id, { type: 'merge', targetId: dup.id })).toMatchObject({ ok: false, error: { message: expect.stringContaining('已合并或不予受理') } });
    expect(t.h.changeCount()).toBe(before);
  });

  it('rejects an invalid report with its reason', () => {
    const t = caseTown();
    const c = t.register();
    const r = t.act(c.id, { type: 'reject', reason: '经核实反映不属实' });
    expect(r).toMatchObject({ status: 'rejected', rejectReason: '经核实反映不属实', dueState: null });
    expect(t.h.call(t.h.adminToken, 'cases.queueCounts', {})).toMatchObject({ closed: 1, to_accept: 0 });
  });
});

describe('supervision and emergencies', () => {
  it('flags, urges and unflags; the supervised queue follows', () => {
    const t = caseTown();
    const id = caseIn(t, 'dispatched');
    const flagged = t.act(id, { type: 'supervise', note: '群众反映强烈' }, 'supervisor');
    expect(flagged).toMatchObject({ supervised: true, superviseNote: '群众反映强烈', highlight: 'supervised' });
    t.act(id, { type: 'urge', note: '请今日办结' }, 'dispatcher');
    expect(t.act(id, { type: 'urge', note: '再次催办' }, 'supervisor').urgeCount).toBe(2);
    expect(t.h.call(t.h.adminToken, 'cases.queue', { queue: 'supervised' }).total).toBe(1);
    t.act(id, { type: 'unsupervise' }, 'director');
    expect(t.h.call(t.h.adminToken, 'cases.queue', { queue: 'supervised' }).total).toBe(0);
  });

  it('an emergency alerts the teams of the neighbouring grids, who acknowledge it', () => {
    const t = caseTown();
    const c = t.register({ handlingType: 'emergency', urgency: 'critical', title: '民房起火', gridId: t.grids[1]! }, 'grid_worker');
    t.serve('grid_worker', [t.grids[2]!]);
    expect(c.alerts.map((a) => a.unitName).sort()).toEqual(['青石村第1网格', '青石村第3网格']);
    expect(c.timeline.at(-1)).toMatchObject({ action: 'alert', note: '突发性事件，已通报相邻网格：青石村第1网格、青石村第3网格' });
    const forGrid3 = t.h.call(t.token('grid_worker'), 'cases.alerts', { unitId: t.grids[2]! });
    expect(forGrid3).toHaveLength(1);
    expect(forGrid3[0]).toMatchObject({ caseNumber: c.number, caseTitle: '民房起火', sourceUnitName: '青石村第2网格' });
    const acked = t.h.call(t.token('grid_worker'), 'cases.ackAlert', { id: forGrid3[0]!.id });
    expect(acked).toMatchObject({ acknowledgedByName: 'grid_worker' });
    expect(t.h.call(t.token('grid_worker'), 'cases.alerts', { unitId: t.grids[2]! })).toHaveLength(0);
    expect(t.h.core.invoke(t.token('grid_worker'), 'cases.ackAlert', { id: forGrid3[0]!.id })).toMatchObject({ ok: false, error: { message: '该联动通报已签收' } });
    // Dispatching it does not alert twice; a case becoming an emergency at triage alerts then.
    t.act(c.id, { type: 'accept' });
    expect(t.act(c.id, { type: 'dispatch', target: { kind: 'department' } }).alerts).toHaveLength(2);
    const later = t.register({ gridId: t.grids[0]! });
    expect(t.act(later.id, { type: 'accept', reclassify: { handlingType: 'emergency' } }).alerts.map((a) => a.unitName)).toEqual(['青石村第2网格']);
  });
});
