// The town's cases of this month so far and of the month before (start.month), counted by the
// assessment's rules (assessment/case-indicators.ts) so the director's start screen, the
// meetings and the rankings never disagree on a rate.
import { caseRate } from '../../../shared/assessment/case-indicators';
import { emptyCaseCounts } from '../../../shared/assessment/case-indicators';
import type { MonthFigures, PeriodFigures } from '../../../shared/start/start-types';
import { addDays, shanghaiDate } from '../calendar';
import { caseCountsBySubject } from '../assessment/case-indicators';
import type { ReadDb } from '../db/read-db';
import { periodLabel, type DayPeriod } from '../meetings/agenda-periods';

function figures(db: ReadDb, period: DayPeriod): PeriodFigures {
  const counts = caseCountsBySubject(db, 'town', period).get('town') ?? emptyCaseCounts();
  return { ...period, label: periodLabel(period), counts, onTimeRate: caseRate(counts, 'onTimeRate'), satisfactionRate: caseRate(counts, 'satisfactionRate') };
}

export function monthFigures(db: ReadDb, now: number): MonthFigures {
  const today = shanghaiDate(now);
  const first = `${today.slice(0, 7)}-01`;
  const lastMonthEnd = addDays(first, -1);
  return {
    current: figures(db, { from: first, to: today }),
    previous: figures(db, { from: `${lastMonthEnd.slice(0, 7)}-01`, to: lastMonthEnd }),
  };
}
