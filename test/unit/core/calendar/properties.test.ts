import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { WorkingTime, addDays, loadOfficialCalendar, shanghaiInstant } from '../../../../electron/core/calendar';

const cal = loadOfficialCalendar();
const wt = new WorkingTime(cal);

// Dates from 2019-12-01 to 2027-12-31 (covers all official years and their edges).
const dateArb = fc.integer({ min: 0, max: 2952 }).map((i) => addDays('2019-12-01', i));
const clockArb = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);

describe('working-time properties', () => {
  it('addWorkingDays lands on a working day with exactly n working days in between', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 1, max: 40 }), (d, n) => {
        const end = wt.addWorkingDays(d, n);
        expect(cal.isWorkingDay(end)).toBe(true);
        let count = 0;
        for (let x = addDays(d, 1); x <= end; x = addDays(x, 1)) if (cal.isWorkingDay(x)) count++;
        expect(count).toBe(n);
        expect(wt.addWorkingDays(end, -n) <= d).toBe(true);
      }),
    );
  });

  it('workingDaysBetween is consistent with addWorkingDays and antisymmetric', () => {
    fc.assert(
      fc.property(dateArb, clockArb, fc.integer({ min: 0, max: 40 }), (d, clock, n) => {
        const day0 = cal.isWorkingDay(d) ? d : wt.nextWorkingDay(d);
        const a = shanghaiInstant(day0, clock);
        const b = shanghaiInstant(wt.addWorkingDays(day0, n), clock);
        expect(wt.workingDaysBetween(a, b)).toBe(n);
        expect(wt.workingDaysBetween(b, a)).toBe(0 - n);
      }),
    );
  });

  it('a deadline of n working days is n whole working days after receipt', () => {
    fc.assert(
      fc.property(dateArb, clockArb, fc.integer({ min: 0, max: 30 }), (d, clock, n) => {
        fc.pre(clock !== '17:30'); // receipt exactly at the cut-off gains the remainder of that day
        const received = shanghaiInstant(d, clock);
        const deadline = wt.deadlineFor(received, n);
        expect(deadline.getTime()).toBeGreaterThan(received.getTime());
        expect(wt.workingDaysBetween(received, deadline)).toBe(n);
        expect(wt.dueState(deadline, deadline.getTime() + 1)).toBe('overdue');
      }),
    );
  });
});
