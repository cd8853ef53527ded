// Deadlines in working days through the real calendar: holidays and make-up days, the 17:30
// cut-off, level and category limits, extensions, and the due-soon / overdue queues.
import { describe, expect, it } from 'vitest';
import { at, caseIn, caseTown } from './case-fixture';

const iso = (ms: number) => new Date(ms).toISOString();
const shanghai = (date: string, time = '17:30') => iso(at(date, time));

describe('case deadlines', () => {
  it('a case received 2025-09-30 10:00 with 3 working days is due on the make-up Saturday 2025-10-11 at 17:30', () => {
    const t = caseTown(at('2025-09-30', '10:00'));
    const c = t.register({ handlingType: 'coordination' }); // village level: 3 working days
    expect(c.slaDays).toBe(3);
    expect(iso(c.deadlineAt)).toBe(shanghai('2025-10-11'));
    const preview = t.h.call(t.h.adminToken, 'sla.preview', { categoryId: t.category('环境卫生').id, handlingType: 'coordination' });
    expect(preview.text).toBe('3个工作日，10月11日（星期六，国庆节、中秋节调休上班）17:30前');
  });

  it('the evening cut-off: 17:29 counts that day, 17:30 the next working day', () => {
    const t = caseTown(at('2025-09-30', '17:29'));
    expect(iso(t.register().deadlineAt)).toBe(shanghai('2025-10-11'));
    t.advance(at('2025-09-30', '17:30'));
    // Day 0 becomes 10-09 (after the National Day holiday): 10-10, 10-11 (make-up), 10-13.
    expect(iso(t.register().deadlineAt)).toBe(shanghai('2025-10-13'));
  });

  it('a dispatch restarts the clock with the level of its target; an escalation to the county gets 2 days', () => {
    const t = caseTown(at('2026-02-12', '09:00')); // Thursday before the 2026 Spring Festival (02-15 … 02-23)
    const id = caseIn(t, 'accepted');
    t.advance(at('2026-02-13', '16:00'));
    const toDept = t.act(id, { type: 'dispatch', target: { kind: 'department' } });
    expect(toDept).toMatchObject({ level: 'town', slaDays: 5 });
    // Day 0 = Fri 02-13; 02-14 (Sat, make-up), 02-24, 02-25, 02-26, 02-27.
    expect(iso(toDept.deadlineAt)).toBe(shanghai('2026-02-27'));
    t.act(id, { type: 'start' });
    const county = t.act(id, { type: 'dispatch', target: { kind: 'county', name: '县住建局' } });
    expect(county).toMatchObject({ level: 'county', slaDays: 2, assigneeLabel: '县级：县住建局', status: 'dispatched', epoch: 1 });
    expect(iso(county.deadlineAt)).toBe(shanghai('2026-02-24'));
  });

  it('emergencies get 1 working day, grid on-the-spot cases 1, policy questions their category limit of 2', () => {
    const t = caseTown(at('2025-11-20', '10:00')); // Thursday
    expect(t.register({ handlingType: 'emergency', urgency: 'critical' })).toMatchObject({ slaDays: 1, level: 'town' });
    expect(t.register({ handlingType: 'general' })).toMatchObject({ slaDays: 1, level: 'grid' });
    const policy = t.register({ categoryId: t.category('政策咨询').id, handlingType: 'general', title: '咨询社保' });
    expect(policy.slaDays).toBe(2);
    expect(iso(policy.deadlineAt)).toBe(shanghai('2025-11-24')); // Fri, then Mon
  });

  it('edited time limits apply to new cases', () => {
    const t = caseTown(at('2025-11-20', '10:00'));
    const rules = t.h.call(t.h.adminToken, 'sla.rules', {});
    const village = rules.find((r) => r.level === 'village' && !r.categoryId && !r.handlingType)!;
    expect(village).toMatchObject({ days: 3, scope: '全部处置类型 · 全部分类 · 村/社区' });
    t.h.call(t.h.adminToken, 'sla.saveRule', { id: village.id, categoryId: null, handlingType: null, level: 'village', days: 1 });
    expect(t.register().slaDays).toBe(1);
    t.h.call(t.h.adminToken, 'sla.saveRule', { categoryId: t.category('环境卫生').id, handlingType: 'coordination', level: 'village', days: 4 });
    expect(t.register().slaDays).toBe(4);
    const dup = t.h.core.invoke(t.h.adminToken, 'sla.saveRule', { categoryId: t.category('环境卫生').id, handlingType: 'coordination', level: 'village', days: 6 });
    expect(dup).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(t.h.core.invoke(t.token('dispatcher'), 'sla.saveRule', { level: 'grid', days: 2 })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('an approved extension moves the deadline in working days across the holiday; a refused one keeps it', () => {
    const t = caseTown(at('2025-09-26', '10:00')); // Friday before National Day
    const id = caseIn(t, 'in_progress'); // village level, 3 days: 09-28 (Sun make-up), 09-29, 09-30
    const before = t.h.call(t.h.adminToken, 'cases.get', { id });
    expect(iso(before.deadlineAt)).toBe(shanghai('2025-09-30'));
    t.serve('grid_worker', [t.grids[0]!]); // the case's grid: in the worker's scope
    const requested = t.act(id, { type: 'request_extension', days: 2, reason: '需等待县级部门意见' }, 'grid_worker');
    expect(requested).toMatchObject({ extensionState: 'requested', extensionReason: '需等待县级部门意见', extensionDays: 2 });
    expect(requested.deadlineAt).toBe(before.deadlineAt);
    const approved = t.act(id, { type: 'decide_extension', approve: true, note: '同意延期' }, 'supervisor');
    expect(approved).toMatchObject({ extensionState: 'approved', extensionCount: 1 });
    expect(iso(approved.deadlineAt)).toBe(shanghai('2025-10-10')); // 10-09, 10-10
    const ev = approved.timeline.at(-1)!;
    expect(ev).toMatchObject({ action: 'decide_extension', note: '同意延期', data: { approved: true, days: 2, reason: '需等待县级部门意见' } });

    t.act(id, { type: 'request_extension', days: 3, reason: '材料未到' }, 'grid_worker');
    const refused = t.act(id, { type: 'decide_extension', approve: false, note: '请按期办结' }, 'director');
    expect(refused).toMatchObject({ extensionState: 'refused', extensionCount: 1, deadlineAt: approved.deadlineAt });
    expect(refused.timeline.map((e) => e.action).filter((a) => a.includes('extension'))).toEqual([
      'request_extension', 'decide_extension', 'request_extension', 'decide_extension',
    ]);
  });

  it('due soon until the end of the next working day, then overdue; the queues follow the clock', () => {
    const t = caseTown(at('2025-11-19', '10:00')); // Wednesday
    const id = caseIn(t, 'dispatched'); // 3 days → Mon 11-24 17:30
    const q = () => t.h.call(t.h.adminToken, 'cases.queueCounts', {});
    expect(q()).toMatchObject({ due_soon: 0, overdue: 0, in_progress: 1 });
    t.advance(at('2025-11-21', '09:00')); // Friday: next working day is Monday
    expect(q()).toMatchObject({ due_soon: 1, overdue: 0 });
    expect(t.h.call(t.h.adminToken, 'cases.get', { id })).toMatchObject({ dueState: 'due_soon', highlight: 'due_soon' });
    t.advance(at('2025-11-24', '17:31'));
    expect(q()).toMatchObject({ due_soon: 0, overdue: 1 });
    t.advance(at('2025-11-26', '18:00'));
    const row = t.h.call(t.h.adminToken, 'cases.queue', { queue: 'overdue' }).rows[0]!;
    expect(row).toMatchObject({ id, dueState: 'overdue', overdueWorkingDays: 2, highlight: 'overdue' });
    t.act(id, { type: 'handle', result: '已处置' });
    expect(q()).toMatchObject({ overdue: 0, to_verify: 1 });
    t.act(id, { type: 'verify' });
    const closed = t.act(id, { type: 'close' });
    expect(closed.onTime).toBe(false);
  });
});
