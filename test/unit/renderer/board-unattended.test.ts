// The wall left on for months: the daily quiet-hour reload's timing, and how a sleep is noticed.
import { describe, expect, it } from 'vitest';
import { nextQuietReload, QUIET_RELOAD, quietReloadStep } from '../../../renderer/src/pages/board/board-quiet-reload';
import { isClockJump, WAKE_TICK_MS } from '../../../renderer/src/app/wake-watch';

/** Epoch ms of a Beijing wall time. */
const bj = (date: string, time: string) => Date.parse(`${date}T${time}:00+08:00`);
const MIN = 60_000;
const HOUR = 60 * MIN;

describe('quiet-hour reload', () => {
  it('aims at the next 03:30 Beijing time, whatever hour it is now', () => {
    expect(nextQuietReload(bj('2026-12-01', '14:00'))).toBe(bj('2026-12-02', '03:30'));
    expect(nextQuietReload(bj('2026-12-01', '03:29'))).toBe(bj('2026-12-01', '03:30'));
    // A page loaded by the reload itself does not reload again that night.
    expect(nextQuietReload(bj('2026-12-01', '03:30'))).toBe(bj('2026-12-02', '03:30'));
    // 23:59 Beijing is 15:59 UTC: still the same Beijing day's next night.
    expect(nextQuietReload(bj('2026-12-31', '23:59'))).toBe(bj('2027-01-01', '03:30'));
  });

  it('waits at most an hour at a time, then reloads at the hour when the station is live', () => {
    const target = bj('2026-12-02', '03:30');
    expect(quietReloadStep(bj('2026-12-01', '14:00'), target, true)).toEqual({ reload: false, target, delayMs: HOUR });
    expect(quietReloadStep(bj('2026-12-02', '03:10'), target, true)).toEqual({ reload: false, target, delayMs: 20 * MIN });
    expect(quietReloadStep(bj('2026-12-02', '03:30'), target, true)).toEqual({ reload: true });
  });

  it('holds off while an alarm is on or the station is down, retrying each minute within the hour, then tomorrow', () => {
    const target = bj('2026-12-02', '03:30');
    expect(quietReloadStep(bj('2026-12-02', '03:31'), target, false)).toEqual({ reload: false, target, delayMs: QUIET_RELOAD.retryMs });
    expect(quietReloadStep(bj('2026-12-02', '04:10'), target, true)).toEqual({ reload: true });
    const next = bj('2026-12-03', '03:30');
    expect(quietReloadStep(bj('2026-12-02', '04:31'), target, true)).toEqual({ reload: false, target: next, delayMs: HOUR });
  });

  it('a PC that slept through the night (or whose clock was set) does not reload at a busy hour', () => {
    const target = bj('2026-12-02', '03:30');
    const step = quietReloadStep(bj('2026-12-02', '09:15'), target, true);
    expect(step).toEqual({ reload: false, target: bj('2026-12-03', '03:30'), delayMs: HOUR });
  });
});

describe('noticing a sleep', () => {
  it('a tick that comes late by more than half a minute, or a clock set back, is a jump; ordinary jitter is not', () => {
    const t = 1_800_000_000_000;
    expect(isClockJump(t, t + WAKE_TICK_MS)).toBe(false);
    expect(isClockJump(t, t + WAKE_TICK_MS + 2_000)).toBe(false);
    expect(isClockJump(t, t + 8 * HOUR)).toBe(true);
    expect(isClockJump(t, t - 5 * MIN)).toBe(true);
  });
});
