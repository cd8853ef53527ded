import { describe, expect, it } from 'vitest';
import { formatDuration, shanghaiTime, timerReading } from '../../../renderer/src/pages/presenter/slide-timer';

describe('item timer', () => {
  const start = shanghaiTime('2026-11-30', '08:30');
  it('is green, amber for the last fifth (at least the last minute), red once over the planned minutes', () => {
    expect(timerReading(start, 10, start + 7 * 60_000)).toEqual({ elapsed: '07:00', tone: 'ok' });
    expect(timerReading(start, 10, start + 8 * 60_000)).toEqual({ elapsed: '08:00', tone: 'near' });
    expect(timerReading(start, 10, start + 10 * 60_000)).toEqual({ elapsed: '10:00', tone: 'near' });
    expect(timerReading(start, 10, start + 10 * 60_000 + 1000)).toEqual({ elapsed: '10:01', tone: 'over' });
    // A 3-minute item turns amber with one minute left, not 36 s.
    expect(timerReading(start, 3, start + 2 * 60_000 - 1000).tone).toBe('ok');
    expect(timerReading(start, 3, start + 2 * 60_000).tone).toBe('near');
  });
  it('shows hours past the hour and never counts below zero', () => {
    expect(formatDuration(75 * 60_000 + 5_000)).toBe('1:15:05');
    expect(formatDuration(59 * 60_000 + 59_000)).toBe('59:59');
    expect(timerReading(start, 5, start - 30_000).elapsed).toBe('00:00');
    expect(shanghaiTime('2026-11-30', '08:30')).toBe(Date.UTC(2026, 10, 30, 0, 30));
  });
});
