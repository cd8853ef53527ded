// The wall board's live panels (最新事件, 今日值班, 今日会议, 最新考核排名): what the display
// account reads, against a small town built by hand — ordering, bound, today in Asia/Shanghai,
// empty states — and that none of it carries a reporter, a typed title or a phone number.
import { describe, expect, it } from 'vitest';
import { BOARD_FEED_LIMIT } from '../../../../shared/board/board-panel-api';
import { FEED_SQL } from '../../../../electron/core/board/board-feed';
import { at, caseTown } from '../cases/case-fixture';
import { meetingTown } from '../meetings/meeting-fixture';

describe('board.feed', () => {
  it('is empty on a fresh database', () => {
    const t = caseTown(at('2025-11-17', '09:00'));
    expect(t.h.call(t.token('display'), 'board.feed', {}).items).toEqual([]);
  });

  it('lists the cases that moved last, newest first, finished ones too, with the emergency marked', () => {
    const t = caseTown(at('2025-11-17', '09:00'));
    const a = t.register({ title: '甲处垃圾' });
    t.advance(at('2025-11-17', '09:10'));
    const b = t.register({ title: '乙处火情', handlingType: 'emergency', urgency: 'critical', gridId: t.grids[1]! });
    t.advance(at('2025-11-17', '09:20'));
    const c = t.register({ title: '丙处隐患', gridId: t.communityGrid, categoryId: t.category('消防隐患').id, address: '凤栖路8号2单元301室' });
    t.advance(at('2025-11-17', '09:30'));
    t.act(a.id, { type: 'accept' }); // a moves: now the newest
    t.advance(at('2025-11-17', '09:40'));
    t.act(b.id, { type: 'reject', reason: '经核实反映不属实' }); // b is finished, and moved last
    const feed = t.h.call(t.token('display'), 'board.feed', {});
    expect(feed.items.map((i) => [i.number, i.statusLabel, i.emergency])).toEqual([
      [b.number, '不予受理', true],
      [a.number, '待派遣', false],
      [c.number, '待受理', false],
    ]);
    expect(feed.items[0]).toMatchObject({ movedAt: at('2025-11-17', '09:40'), receivedAt: at('2025-11-17', '09:10'), gridName: '青石村第2网格', villageName: '青石村', status: 'rejected' });
    expect(feed.items[2]).toEqual({
      number: c.number,
      movedAt: at('2025-11-17', '09:20'),
      receivedAt: at('2025-11-17', '09:20'),
      subject: '消防隐患',
      place: '凤栖路8号',
      gridName: '凤栖社区第1网格',
      villageName: '凤栖社区',
      status: 'registered',
      statusLabel: '待受理',
      emergency: false,
    });
  });

  it(`keeps the latest ${BOARD_FEED_LIMIT} of open and finished cases together`, () => {
    const t = caseTown(at('2025-11-17', '08:00'));
    const numbers: string[] = [];
    for (let i = 0; i < BOARD_FEED_LIMIT + 5; i++) {
      t.advance(at('2025-11-17', '08:00') + i * 60_000);
      const c = t.register({ title: `第${i}件` });
      if (i % 3 === 0) t.act(c.id, { type: 'reject', reason: '经核实反映不属实' });
      numbers.push(c.number);
    }
    const feed = t.h.call(t.token('display'), 'board.feed', {});
    expect(feed.items.map((i) => i.number)).toEqual(numbers.slice(5).reverse());
    expect(feed.items.filter((i) => i.status === 'rejected').length).toBe(numbers.slice(5).filter((_, k) => (k + 5) % 3 === 0).length);
  });

  it('reads through the (done, updated_at) index, never scanning the case table', () => {
    const t = caseTown(at('2025-11-17', '09:00'), { onDisk: true });
    const raw = t.h.openRaw();
    const plan = (raw.prepare(`EXPLAIN QUERY PLAN ${FEED_SQL}`).all({ limit: BOARD_FEED_LIMIT }) as { detail: string }[]).map((r) => r.detail);
    raw.close();
    expect(plan.filter((d) => /case_record/.test(d) && /^SCAN/.test(d))).toEqual([]);
    expect(plan.filter((d) => /USING (COVERING )?INDEX case_done_updated/.test(d))).toHaveLength(2);
    // The one sort is the outer one, of at most twice the limit's rows.
    expect(plan.filter((d) => /TEMP B-TREE/.test(d))).toEqual(['USE TEMP B-TREE FOR ORDER BY']);
    expect(plan.at(-1)).toBe('USE TEMP B-TREE FOR ORDER BY');
  });

  it("never carries the reporter's name or phone, or the title as typed", () => {
    const t = caseTown(at('2025-11-17', '09:00'));
    t.register({
      handlingType: 'emergency',
      source: 'resident_phone',
      reporterName: '陈秀英',
      reporterPhone: '13857901234',
      title: '陈秀英（13857901234）家中起火，张先生被困',
      description: '陈秀英报警',
      address: '青石村3组陈秀英家 桥头路12号2单元502室 电话138 5790 1234',
      gridId: t.grids[1]!,
    });
    const feed = t.h.call(t.token('display'), 'board.feed', {});
    expect(feed.items[0]!.place).toBe('青石村3组＊＊＊家 桥头路12号');
    const json = JSON.stringify(feed);
    for (const personal of ['陈秀英', '13857901234', '138 5790 1234', '张先生', '起火', '502室', '报警']) expect(json).not.toContain(personal);
  });
});

function dutyTown(now: number) {
  const t = caseTown(now);
  const admin = t.h.adminToken;
  const staff = (name: string, phone: string, title: string) => t.h.call(admin, 'staff.create', { name, phone, title }).id;
  const s = {
    leader: staff('钱建国', '13900000101', '镇长'),
    deputy: staff('孙立新', '13900000102', '副镇长'),
    officer: staff('李晓梅', '13900000103', '指挥中心值班员'),
    officer2: staff('周文斌', '13900000104', '指挥中心值班员'),
  };
  const arrange = (date: string, leader: string | null, officer: string | null) =>
    t.h.call(admin, 'routine.saveDuty', { date, leaderStaffId: leader, officerStaffId: officer, notes: '联系电话13900000199' });
  return { t, s, arrange, duty: () => t.h.call(t.token('display'), 'board.duty', {}) };
}

describe('board.duty', () => {
  it('is nobody until the day is arranged', () => {
    const d = dutyTown(at('2025-11-17', '09:00'));
    expect(d.duty()).toEqual({ date: '2025-11-17', leader: null, officer: null, nextDayAt: at('2025-11-18', '00:00'), now: at('2025-11-17', '09:00') });
    d.arrange('2025-11-18', d.s.leader, d.s.officer); // tomorrow's is not today's
    expect(d.duty()).toMatchObject({ leader: null, officer: null });
  });

  it("shows today's leader and officer by Shanghai date, tomorrow's from midnight, names and posts only", () => {
    const d = dutyTown(at('2025-11-17', '09:00'));
    d.arrange('2025-11-17', d.s.leader, d.s.officer);
    d.arrange('2025-11-18', d.s.deputy, d.s.officer2);
    d.arrange('2025-11-16', d.s.deputy, null);
    // 23:59:59 in Shanghai is 15:59:59 UTC the same day: still the 17th.
    d.t.advance(at('2025-11-17', '23:59') + 59_000);
    expect(d.duty()).toEqual({
      date: '2025-11-17',
      leader: { name: '钱建国', title: '镇长' },
      officer: { name: '李晓梅', title: '指挥中心值班员' },
      nextDayAt: at('2025-11-18', '00:00'),
      now: at('2025-11-17', '23:59') + 59_000,
    });
    d.t.advance(at('2025-11-18', '00:00'));
    const next = d.duty();
    expect(next).toMatchObject({ date: '2025-11-18', leader: { name: '孙立新', title: '副镇长' }, officer: { name: '周文斌' }, nextDayAt: at('2025-11-19', '00:00') });
    expect(JSON.stringify([next, d.duty()])).not.toMatch(/139000001|staffId|notes/);
  });
});

describe('board.meetingsToday', () => {
  it("lists today's meetings by start with kind, time, place and status; not cancelled ones, not other days", () => {
    const m = meetingTown(at('2025-11-24', '07:00'));
    const display = m.t.token('display');
    expect(m.t.h.call(display, 'board.meetingsToday', {})).toEqual({ date: '2025-11-24', meetings: [], nextDayAt: at('2025-11-25', '00:00'), now: at('2025-11-24', '07:00') });
    const weekly = m.create({ kind: 'weekly', date: '2025-11-24', startTime: '08:30', place: '指挥中心会议室' });
    const morning = m.create({ kind: 'morning', date: '2025-11-24', startTime: '08:00' });
    m.create({ kind: 'adhoc', date: '2025-11-24', startTime: '14:00', title: '关于张先生反映噪音问题的专题会', place: '三楼会议室' });
    const dropped = m.create({ kind: 'adhoc', date: '2025-11-24', startTime: '16:00', title: '防汛演练' });
    m.t.h.call(m.director, 'meetings.cancel', { meetingId: dropped.meeting.id, reason: '改期' });
    m.create({ kind: 'morning', date: '2025-11-25', startTime: '08:00' });
    m.t.advance(at('2025-11-24', '08:00'));
    m.t.h.call(m.director, 'meetings.start', { meetingId: morning.meeting.id });
    m.t.advance(at('2025-11-24', '08:35'));
    m.t.h.call(m.director, 'meetings.start', { meetingId: weekly.meeting.id });
    const today = m.t.h.call(display, 'board.meetingsToday', {});
    expect(today.meetings.map((x) => [x.kindLabel, x.startTime, x.place, x.statusLabel])).toEqual([
      ['早例会', '08:00', '', '进行中'],
      ['周例会', '08:30', '指挥中心会议室', '进行中'],
      ['专题会议', '14:00', '三楼会议室', '未开始'],
    ]);
    expect(today.meetings[0]!.title).toBe(morning.meeting.title);
    expect(today.meetings[2]!.title).toBe('关于＊先生反映噪音问题的专题会');
    expect(today.meetings[1]!.plannedEnd).toBe(weekly.meeting.plannedEnd);
    m.t.advance(at('2025-11-25', '00:00'));
    const tomorrow = m.t.h.call(display, 'board.meetingsToday', {});
    expect([tomorrow.date, tomorrow.meetings.map((x) => [x.kindLabel, x.statusLabel])]).toEqual(['2025-11-25', [['早例会', '未开始']]]);
  });
});

describe('ranking panel (assessment.ranking)', () => {
  it('has no ranking on a fresh database', () => {
    const t = caseTown();
    expect(t.h.call(t.token('display'), 'assessment.ranking', { level: 'grid', periodKind: 'quarter', top: 5, bottom: 5 })).toEqual({ run: null, previousPeriodLabel: null, count: 0, top: [], bottom: [] });
  });
});
