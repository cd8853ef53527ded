// The readers' background steps (db/warm-steps.ts): each step runs until it says it is done, one
// per turn of the event loop, not before the delay asked for, and not at all once stopped.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { warmInSteps } from '../../../../electron/core/db/warm-steps';

describe('warmInSteps', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const counting = (turns: number[]) => turns.map((_, i) => () => --turns[i]! > 0);

  it('runs each step until it is done, in order, one call per turn', () => {
    const left = [3, 2];
    const calls: number[] = [];
    const steps = counting(left).map((run, i) => () => (calls.push(i), run()));
    warmInSteps(steps);
    expect(calls).toEqual([]);
    vi.runAllTimers();
    expect(calls).toEqual([0, 0, 0, 1, 1]);
    expect(left).toEqual([0, 0]);
  });

  it('waits the delay asked for, and a stopped warming runs no more', () => {
    const calls: string[] = [];
    const w = warmInSteps([() => (calls.push('a'), calls.length < 3)], { afterMs: 30_000 });
    vi.advanceTimersByTime(29_999);
    expect(calls).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(calls).toEqual(['a']);
    w.stop();
    vi.runAllTimers();
    expect(calls).toEqual(['a']);
    const never = warmInSteps([() => (calls.push('b'), false)], { afterMs: 1000 });
    never.stop();
    vi.runAllTimers();
    expect(calls).toEqual(['a']);
  });
});
