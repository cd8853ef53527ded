// "剩余X个工作日": the working days between today and a deadline, counted on the town's
// holiday calendar (statutory holidays and make-up working days), not on the weekday alone.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useRpcQuery } from '../../app/rpc-hooks';
import { addDaysTo, shanghaiDay } from './case-format';

const HORIZON_DAYS = 120;

export function useRemainingWorkingDays(): (deadlineAt: number) => number | null {
  const [today, setToday] = useState(() => shanghaiDay(Date.now()));
  // A desk stays open for days: follow the date past midnight.
  useEffect(() => {
    const t = setInterval(() => setToday(shanghaiDay(Date.now())), 60_000);
    return () => clearInterval(t);
  }, []);
  const days = useRpcQuery('calendar.days', { from: today, to: addDaysTo(today, HORIZON_DAYS) }, { silent: true, staleTime: 3600_000 });
  // Working dates after today, in order.
  const working = useMemo(() => (days.data ?? []).filter((d) => d.working && d.date > today).map((d) => d.date), [days.data, today]);
  return useCallback(
    (deadlineAt: number) => {
      if (!days.data) return null;
      const end = shanghaiDay(deadlineAt);
      if (end > addDaysTo(today, HORIZON_DAYS)) return null;
      let n = 0;
      for (const d of working) {
        if (d > end) break;
        n++;
      }
      return n;
    },
    [days.data, working, today],
  );
}
