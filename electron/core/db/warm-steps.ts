// Work a host's readers do in the background from their start (keys and tallies kept in memory:
// cases/case-keys.ts, registry/queries/record-keys.ts and grid-chars.ts), a step at a time
// between calls, so the first search that needs them does not wait: each step returns whether it
// has more to do.
export function warmInSteps(steps: readonly (() => boolean)[]): { stop(): void } {
  let next: NodeJS.Immediate | null = null;
  let i = 0;
  const step = () => {
    next = null;
    const run = steps[i];
    if (!run) return;
    if (!run()) i++;
    next = setImmediate(step).unref();
  };
  next = setImmediate(step).unref();
  return {
    stop: () => {
      if (next) clearImmediate(next);
      next = null;
    },
  };
}
