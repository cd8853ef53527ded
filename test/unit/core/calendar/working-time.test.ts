import { describe, it, expect } from 'vitest';
import { WorkingTime, loadOfficialCalendar, shanghaiDate, shanghaiInstant } from '../../../../electron/core/calendar';

const wt = new WorkingTime(loadOfficialCalendar());
const at = (date: string, time: string): Date => new Date(`${date}T${time}+08:00`);
const due = (received: Date, n: number, opts = {}): string => wt.deadlineFor(received, n, opts).toISOString();
const iso = (date: string, time = '17:30'): string => at(date, `${time}:00`).toISOString();

describe('Asia/Shanghai helpers', () => {
  it('convert instants and dates at UTC+8', () => {
    expect(shanghaiDate(new Date('2025-09-30T16:00:00Z'))).toBe('2025-10-01');
    expect(shanghaiDate(new Date('2025-09-30T15:59:59Z'))).toBe('2025-09-30');
    expect(shanghaiInstant('2025-10-11', '17:30').toISOString()).toBe('2025-10-11T09:30:00.000Z');
  });
});

describe('deadlineFor — basic rule (2025-03-10 is a Monday)', () => {
  it('Mon 10:00 + 3 working days → Thu 17:30', () => {
    expect(due(at('2025-03-10', '10:00'), 3)).toBe(iso('2025-03-13'));
  });

  it('Mon 18:00 → counting starts Tue → Fri 17:30', () => {
    expect(wt.startDay(at('2025-03-10', '18:00'))).toBe('2025-03-11');
    expect(due(at('2025-03-10', '18:00'), 3)).toBe(iso('2025-03-14'));
  });

  it('evening cut-off: 17:29 counts the same day, 17:30 and 17:31 do not', () => {
    expect(due(at('2025-03-10', '17:29'), 3)).toBe(iso('2025-03-13'));
    expect(due(at('2025-03-10', '17:30'), 3)).toBe(iso('2025-03-14'));
    expect(due(at('2025-03-10', '17:31'), 3)).toBe(iso('2025-03-14'));
  });

  it('received on a weekend counts from Monday', () => {
    expect(wt.startDay(at('2025-03-08', '10:00'))).toBe('2025-03-10');
    expect(due(at('2025-03-08', '10:00'), 3)).toBe(iso('2025-03-13'));
    expect(due(at('2025-03-09', '23:59'), 3)).toBe(iso('2025-03-13'));
  });

  it('0 working days means the same day (日清日毕)', () => {
    expect(due(at('2025-03-10', '10:00'), 0)).toBe(iso('2025-03-10'));
    expect(due(at('2025-03-10', '19:00'), 0)).toBe(iso('2025-03-11'));
  });

  it('custom cut-off and end of office hours', () => {
    expect(due(at('2025-03-10', '16:30'), 3, { cutoff: '16:00' })).toBe(iso('2025-03-14'));
    expect(due(at('2025-03-10', '10:00'), 3, { endOfDay: '18:00' })).toBe(iso('2025-03-13', '18:00'));
  });

  it('rejects bad input', () => {
    expect(() => wt.deadlineFor(at('2025-03-10', '10:00'), -1)).toThrow(RangeError);
    expect(() => wt.deadlineFor(at('2025-03-10', '10:00'), 1.5)).toThrow(RangeError);
    expect(() => wt.deadlineFor(new Date('x'), 1)).toThrow(RangeError);
    expect(() => wt.deadlineFor(at('2025-03-10', '10:00'), 1, { cutoff: '25:00' })).toThrow(RangeError);
  });
});

describe('deadlines crossing holidays', () => {
  it('2025-09-30 10:00 + 3 → Oct 9, Oct 10, Sat Oct 11 (make-up) → 2025-10-11 17:30', () => {
    expect(due(at('2025-09-30', '10:00'), 3)).toBe(iso('2025-10-11'));
  });

  it('2025-09-30 17:31 + 3 → counting starts Oct 9 → 2025-10-13 17:30', () => {
    expect(wt.startDay(at('2025-09-30', '17:31'))).toBe('2025-10-09');
    expect(due(at('2025-09-30', '17:31'), 3)).toBe(iso('2025-10-13'));
  });

  it('received on a holiday or a make-up Sunday', () => {
    expect(due(at('2025-10-03', '09:00'), 3)).toBe(iso('2025-10-13'));
    expect(wt.startDay(at('2025-09-28', '10:00'))).toBe('2025-09-28');
    expect(due(at('2025-09-27', '10:00'), 3)).toBe(iso('2025-10-09'));
  });

  it('Spring Festival 2026', () => {
    expect(due(at('2026-02-13', '10:00'), 5)).toBe(iso('2026-02-27'));
    expect(due(at('2026-02-13', '10:00'), 6)).toBe(iso('2026-02-28'));
    expect(due(at('2026-02-13', '18:00'), 5)).toBe(iso('2026-02-28'));
    expect(wt.addWorkingDays('2026-02-13', 2)).toBe('2026-02-24');
  });

  it('a year without a schedule counts weekends only', () => {
    // 2027 is not yet published: Jan 1 2027 (Fri) counts as a working day.
    expect(due(at('2026-12-30', '10:00'), 3)).toBe(iso('2027-01-04'));
  });
});

describe('addWorkingDays', () => {
  it('forwards, zero and backwards', () => {
    expect(wt.addWorkingDays('2025-09-30', 1)).toBe('2025-10-09');
    expect(wt.addWorkingDays('2025-10-04', 0)).toBe('2025-10-04');
    expect(wt.addWorkingDays('2025-10-09', -1)).toBe('2025-09-30');
    expect(wt.nextWorkingDay('2025-10-10')).toBe('2025-10-11');
  });
});

describe('workingDaysBetween', () => {
  it('counts whole working days, truncated', () => {
    expect(wt.workingDaysBetween(at('2025-03-10', '10:00'), at('2025-03-13', '10:00'))).toBe(3);
    expect(wt.workingDaysBetween(at('2025-03-10', '10:00'), at('2025-03-13', '09:59'))).toBe(2);
    expect(wt.workingDaysBetween(at('2025-03-13', '10:00'), at('2025-03-10', '10:00'))).toBe(-3);
    expect(wt.workingDaysBetween(at('2025-03-10', '10:00'), at('2025-03-10', '10:00'))).toBe(0);
  });

  it('overdue days tick at 17:30 of each later working day', () => {
    const deadline = at('2025-03-13', '17:30');
    expect(wt.workingDaysBetween(deadline, at('2025-03-14', '17:29'))).toBe(0);
    expect(wt.workingDaysBetween(deadline, at('2025-03-14', '17:30'))).toBe(1);
    expect(wt.workingDaysBetween(deadline, at('2025-03-16', '12:00'))).toBe(1);
    expect(wt.workingDaysBetween(deadline, at('2025-03-17', '17:30'))).toBe(2);
    expect(wt.overdueWorkingDays(deadline, at('2025-03-12', '09:00'))).toBe(0);
  });

  it('holidays do not elapse', () => {
    const deadline = at('2025-09-30', '17:30');
    expect(wt.workingDaysBetween(deadline, at('2025-10-08', '23:00'))).toBe(0);
    expect(wt.workingDaysBetween(deadline, at('2025-10-09', '17:30'))).toBe(1);
    expect(wt.workingDaysBetween(deadline, at('2025-10-11', '17:30'))).toBe(3);
  });
});

describe('dueState', () => {
  const deadline = at('2025-03-13', '17:30');
  it('ok, due_soon (less than one working day left), overdue', () => {
    expect(wt.dueState(deadline, at('2025-03-11', '12:00'))).toBe('ok');
    expect(wt.dueState(deadline, at('2025-03-12', '17:30'))).toBe('ok');
    expect(wt.dueState(deadline, at('2025-03-12', '17:31'))).toBe('due_soon');
    expect(wt.dueState(deadline, deadline)).toBe('due_soon');
    expect(wt.dueState(deadline, deadline.getTime() + 1)).toBe('overdue');
  });

  it('respects soonWorkingDays and holidays', () => {
    expect(wt.dueState(deadline, at('2025-03-11', '17:31'), 2)).toBe('due_soon');
    expect(wt.dueState(deadline, at('2025-03-11', '17:31'), 0)).toBe('ok');
    // Deadline right after National Day: on Sep 30 evening only ~1 working day remains.
    expect(wt.dueState(at('2025-10-09', '17:30'), at('2025-09-30', '18:00'))).toBe('due_soon');
  });
});
