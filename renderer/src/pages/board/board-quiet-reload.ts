// Once a day at a quiet hour the wall reloads itself: a fresh page, so nothing a month of
// running may have left behind accumulates. Never while something must stay on screen (an
// emergency alarm holds the reload, see useHoldQuietReload) and only while the station's
// event stream is live (a reload while the station is down would land on an error page).
// The timer is re-armed at least every hour, so a clock that is set or a PC that slept
// still reloads at the right hour. The hour is documented in docs/board-display.md.
import { useEffect } from 'react';
import { getLiveStatus } from '../../app/live-status';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** Beijing time has no daylight saving: UTC+8 all year. */
const SHANGHAI_OFFSET_MS = 8 * HOUR;

/** 03:30 Beijing time; if the reload is held or the station is down, it is retried each minute for an hour. */
export const QUIET_RELOAD = { hour: 3, minute: 30, windowMs: HOUR, retryMs: MINUTE } as const;

/** The first quiet-hour moment (epoch ms) strictly after `afterMs`. */
export function nextQuietReload(afterMs: number, at: { hour: number; minute: number } = QUIET_RELOAD): number {
  const local = afterMs + SHANGHAI_OFFSET_MS;
  let t = Math.floor(local / DAY) * DAY + (at.hour * 60 + at.minute) * MINUTE;
  if (t <= local) t += DAY;
  return t - SHANGHAI_OFFSET_MS;
}

export type QuietReloadStep = { reload: true } | { reload: false; target: number; delayMs: number };

/**
 * What to do when the timer fires at `nowMs` for the quiet-hour moment `target`: reload, or
 * wait (at most an hour, then look again) for this moment or, once its window has passed
 * without a chance to reload, the next day's.
 */
export function quietReloadStep(nowMs: number, target: number, canReload: boolean, opts = QUIET_RELOAD): QuietReloadStep {
  if (nowMs < target) return { reload: false, target, delayMs: Math.min(target - nowMs, HOUR) };
  if (nowMs < target + opts.windowMs) {
    if (canReload) return { reload: true };
    return { reload: false, target, delayMs: opts.retryMs };
  }
  const next = nextQuietReload(nowMs, opts);
  return { reload: false, target: next, delayMs: Math.min(next - nowMs, HOUR) };
}

const holds = new Set<symbol>();

/** Keeps the quiet-hour reload from happening while `active` (e.g. an emergency alarm is on screen). */
export function useHoldQuietReload(active: boolean): void {
  useEffect(() => {
    if (!active) return;
    const hold = Symbol('quiet-reload-hold');
    holds.add(hold);
    return () => {
      holds.delete(hold);
    };
  }, [active]);
}

function canReloadNow(): boolean {
  return holds.size === 0 && getLiveStatus() === 'live' && navigator.onLine;
}

const reloadPage = () => window.location.reload();

/** Mounted once by the board page: reloads the page at the quiet hour. */
export function useQuietHourReload(reload: () => void = reloadPage): void {
  useEffect(() => {
    let target = nextQuietReload(Date.now());
    let timer: ReturnType<typeof setTimeout> | undefined;
    const run = () => {
      const step = quietReloadStep(Date.now(), target, canReloadNow());
      if (step.reload) return reload();
      target = step.target;
      timer = setTimeout(run, step.delayMs);
    };
    timer = setTimeout(run, Math.min(target - Date.now(), HOUR));
    return () => clearTimeout(timer);
  }, [reload]);
}
