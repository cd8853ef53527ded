// The item timer against its planned minutes and the meeting's time against its planned end:
// pure functions (tested in test/unit/renderer/slide-timer.test.ts) and a ticking clock.
import { useEffect, useState } from 'react';

export type TimerTone = 'ok' | 'near' | 'over';

export interface TimerReading {
  /** 「03:25」: elapsed minutes and seconds; 「1:15:05」 past an hour. */
  elapsed: string;
  tone: TimerTone;
}

/** mm:ss (h:mm:ss past an hour) of a duration in ms; negative counts as 0. */
export function formatDuration(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  const two = (n: number) => String(n).padStart(2, '0');
  const mmss = `${two(Math.floor(s / 60) % 60)}:${two(s % 60)}`;
  return s >= 3600 ? `${Math.floor(s / 3600)}:${mmss}` : mmss;
}

/** Amber for the last fifth of the planned time (at least the last minute), red once it is over. */
export function timerReading(startedAt: number, plannedMinutes: number, now: number): TimerReading {
  const elapsed = Math.max(0, now - startedAt);
  const planned = plannedMinutes * 60_000;
  const warnFrom = planned - Math.max(60_000, planned / 5);
  const tone: TimerTone = elapsed > planned ? 'over' : elapsed >= warnFrom ? 'near' : 'ok';
  return { elapsed: formatDuration(elapsed), tone };
}

/** Epoch ms of a Shanghai date and HH:MM. */
export function shanghaiTime(date: string, hhmm: string): number {
  return new Date(`${date}T${hhmm}:00+08:00`).getTime();
}

/** The current time, refreshed every second. */
export function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(t);
  }, []);
  return now;
}
