// Holiday calendar administration: the administrator imports or edits a year, the core
// rebuilds its calendar, and the board and settings warn while next year's schedule is missing.
import { describe, expect, it } from 'vitest';
import { at, caseTown } from './case-fixture';

const SCHEDULE_2027 = `# 来源：国务院办公厅关于2027年部分节假日安排的通知
2027-01-01 休 元旦
2027-01-02 休 元旦
2027-01-03 休 元旦
2027-02-05 休 春节
2027-02-06 休 春节
2027-02-07 休 春节
2027-02-08 休 春节
2027-02-09 休 春节
2027-02-10 休 春节
2027-02-11 休 春节
2027-02-13 班 春节调休
`;

describe('holiday calendar administration', () => {
  it('warns from November while the coming year is missing, counting weekends only until imported', () => {
    const t = caseTown(at('2026-10-30', '10:00'));
    expect(t.h.call(t.h.adminToken, 'calendar.status', {})).toMatchObject({ year: 2026, comingYear: 2027, weekendsOnly: false, warning: null });
    t.advance(at('2026-11-02', '09:00'));
    const missing = t.h.call(t.token('display'), 'calendar.status', {});
    expect(missing).toMatchObject({ weekendsOnly: true });
    expect(missing.warning).toBe('2027年节假日安排尚未导入（国务院办公厅通常于11月前后发布），导入前跨年期限仅按周末计算');
    expect(t.h.call(t.token('display'), 'board.cases', {}).calendarWarning).toBe(missing.warning);

    // 2026-12-31 (Thu) 10:00, 3 working days: with weekends only → 01-01, 01-04, 01-05.
    t.advance(at('2026-12-31', '10:00'));
    expect(new Date(t.register().deadlineAt).toISOString()).toBe(new Date(at('2027-01-05', '17:30')).toISOString());

    const row = t.h.call(t.h.adminToken, 'calendar.importYear', { year: 2027, content: SCHEDULE_2027 });
    expect(row).toMatchObject({ year: 2027, origin: 'admin', overridesOfficial: false, source: '国务院办公厅关于2027年部分节假日安排的通知', holidayDays: 10, makeupWorkdays: 1 });
    expect(t.h.call(t.h.adminToken, 'calendar.status', {})).toMatchObject({ warning: null, weekendsOnly: false });
    // Now 01-01 … 01-03 are off: 01-04, 01-05, 01-06.
    expect(new Date(t.register().deadlineAt).toISOString()).toBe(new Date(at('2027-01-06', '17:30')).toISOString());
    const days = t.h.call(t.h.adminToken, 'calendar.days', { from: '2027-02-12', to: '2027-02-14' });
    expect(days).toEqual([
      { date: '2027-02-12', working: true, reason: 'weekday', holidayName: null },
      { date: '2027-02-13', working: true, reason: 'makeup', holidayName: '春节调休' },
      { date: '2027-02-14', working: false, reason: 'weekend', holidayName: null },
    ]);

    t.h.call(t.h.adminToken, 'calendar.removeYear', { year: 2027 });
    expect(t.h.call(t.h.adminToken, 'calendar.status', {}).weekendsOnly).toBe(true);
  });

  it('edits an official year, as text or JSON; errors are listed in Chinese and change nothing', () => {
    const t = caseTown(at('2025-11-20', '10:00'));
    const before = t.h.changeCount();
    const bad = t.h.core.invoke(t.h.adminToken, 'calendar.importYear', { year: 2026, content: '2026-13-01 休 元旦\n2026-10-05 班 调休' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect(!bad.ok && bad.error.message).toBe('2026年节假日安排有误：第1行：日期格式错误；第2行：2026-10-05 是星期一，本就是工作日，不能设为调休上班日');
    expect(t.h.core.invoke(t.token('dispatcher'), 'calendar.importYear', { year: 2026, content: SCHEDULE_2027 })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(t.h.core.invoke(t.h.adminToken, 'calendar.removeYear', { year: 2026 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(t.h.changeCount()).toBe(before + 1); // only the dispatcher account created by tokenFor (one write)

    const years = t.h.call(t.h.adminToken, 'calendar.years', {});
    const official = years.find((y) => y.year === 2026)!;
    expect(official).toMatchObject({ origin: 'official', updatedAt: null });
    expect(official.text).toContain('2026-02-15 休 春节');
    // An extra day off (e.g. a local decision) on Wed 2026-12-30, entered as JSON.
    const edited = t.h.call(t.h.adminToken, 'calendar.importYear', {
      year: 2026,
      content: { source: '管理员调整', holidays: [{ name: '临时休假', dates: ['2026-12-30'] }], workdays: [] },
    });
    expect(edited).toMatchObject({ origin: 'admin', overridesOfficial: true, holidayDays: 1 });
    expect(t.h.call(t.h.adminToken, 'calendar.days', { from: '2026-12-30', to: '2026-12-30' })[0]).toMatchObject({ working: false, holidayName: '临时休假' });
    // The admin year replaces the official one entirely: 2026-02-16 is an ordinary Monday now.
    expect(t.h.call(t.h.adminToken, 'calendar.days', { from: '2026-02-16', to: '2026-02-16' })[0]).toMatchObject({ working: true });
    t.h.call(t.h.adminToken, 'calendar.removeYear', { year: 2026 });
    expect(t.h.call(t.h.adminToken, 'calendar.days', { from: '2026-02-16', to: '2026-02-16' })[0]).toMatchObject({ working: false, holidayName: '春节' });
  });
});
