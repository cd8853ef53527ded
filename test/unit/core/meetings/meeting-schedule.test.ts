// The meetings' days on the official calendar, across 2025's National Day and the Spring
// Festivals of 2025 and 2026 (the days below are read from the State Council's notices).
import { describe, expect, it } from 'vitest';
import { loadOfficialCalendar } from '../../../../electron/core/calendar';
import { monthlyMeetingDay, scheduledMeetings, weeklyMeetingDay } from '../../../../electron/core/meetings/meeting-schedule';

const cal = loadOfficialCalendar();

describe('meeting schedule', () => {
  it('holds the 周例会 on Monday, or the first working day of the week after a holiday Monday', () => {
    expect(weeklyMeetingDay(cal, '2025-09-24')).toBe('2025-09-22'); // an ordinary week
    expect(weeklyMeetingDay(cal, '2025-10-01')).toBe('2025-09-29'); // National Day starts on Wednesday
    expect(weeklyMeetingDay(cal, '2025-10-08')).toBe('2025-10-09'); // 1–8 October off: Thursday
    expect(weeklyMeetingDay(cal, '2026-02-18')).toBeNull(); // Spring Festival 2026: no working day that week
    expect(weeklyMeetingDay(cal, '2026-02-25')).toBe('2026-02-24'); // the 23rd is still off
    expect(weeklyMeetingDay(cal, '2025-09-28')).toBe('2025-09-22'); // a Sunday belongs to the week before it
  });

  it('holds the 月总结会 on the last Friday, or the last working day before it', () => {
    expect(monthlyMeetingDay(cal, '2025-10')).toBe('2025-10-31');
    expect(monthlyMeetingDay(cal, '2026-01')).toBe('2026-01-30');
    expect(monthlyMeetingDay(cal, '2025-01')).toBe('2025-01-27'); // 31 January 2025 is in the Spring Festival
    expect(monthlyMeetingDay(cal, '2026-09')).toBe('2026-09-24'); // 25 September 2026 is 中秋节
  });

  it('lists a fortnight of meetings in order: morning ones on working days only, make-up Saturday included', () => {
    const list = scheduledMeetings(cal, '2025-09-27', '2025-10-12').map((m) => `${m.date} ${m.time} ${m.kind}`);
    expect(list).toEqual([
      '2025-09-28 08:30 morning', // the make-up Sunday
      '2025-09-29 08:30 morning',
      '2025-09-29 08:30 weekly',
      '2025-09-30 08:30 morning',
      '2025-10-09 08:30 morning',
      '2025-10-09 08:30 weekly',
      '2025-10-10 08:30 morning',
      '2025-10-11 08:30 morning', // the make-up Saturday
    ]);
  });

  it('adds the quarter\'s 联席会议 on the day of its last month\'s 月总结会, in the afternoon', () => {
    const q = scheduledMeetings(cal, '2026-09-01', '2026-09-30').filter((m) => m.kind !== 'morning' && m.kind !== 'weekly');
    expect(q).toEqual([
      { kind: 'monthly', date: '2026-09-24', time: '08:30' },
      { kind: 'joint', date: '2026-09-24', time: '14:30' },
    ]);
    expect(scheduledMeetings(cal, '2026-08-01', '2026-08-31').some((m) => m.kind === 'joint')).toBe(false);
  });

  it('lists the meetings around the 2026 Spring Festival: none from 15 to 23 February, make-up Saturdays included', () => {
    const list = scheduledMeetings(cal, '2026-02-09', '2026-03-02').map((m) => `${m.date} ${m.kind}`);
    expect(list).toEqual([
      '2026-02-09 morning', '2026-02-09 weekly', '2026-02-10 morning', '2026-02-11 morning', '2026-02-12 morning', '2026-02-13 morning',
      '2026-02-14 morning', // make-up Saturday before the holiday
      '2026-02-24 morning', '2026-02-24 weekly', // the Monday the 23rd is still off
      '2026-02-25 morning', '2026-02-26 morning', '2026-02-27 morning', '2026-02-27 monthly',
      '2026-02-28 morning', // make-up Saturday after it
      '2026-03-02 morning', '2026-03-02 weekly',
    ]);
  });
});
