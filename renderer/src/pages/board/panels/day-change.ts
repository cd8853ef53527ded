// Panels of "today" (duty, meetings) refetch when the day changes: the core says when its next
// Shanghai midnight is by its own clock, so the wall follows the core's day, not the display PC's.
import { useEffect } from 'react';

/** Calls `refetch` once the core's next day has started (a second after its midnight). */
export function useRefetchAtNextDay(day: { nextDayAt: number; now: number } | undefined, refetch: () => unknown): void {
  const nextDayAt = day?.nextDayAt;
  const now = day?.now;
  useEffect(() => {
    if (nextDayAt === undefined || now === undefined) return;
    const t = setTimeout(() => void refetch(), Math.max(0, nextDayAt - now) + 1_000);
    return () => clearTimeout(t);
  }, [nextDayAt, now, refetch]);
}
