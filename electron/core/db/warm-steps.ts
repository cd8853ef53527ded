// Work a host's readers do in the background from their start (keys and tallies kept in memory:
// cases/case-keys.ts, registry/queries/record-keys.ts and grid-chars.ts), a step at a time
// between calls, so the first search that needs them does not wait: each step returns whether it
// has more to do.

/** How long a reader waits after its start before warming what fewer searches need (app.ts). */
export const READER_WARM_AFTER_MS = 30_000;

/** Runs `steps` in order, each until it returns false, one call per turn of the event loop (after `afterMs`, if given). */
export function warmInSteps(steps: readonly (() => boolean)[], opts: { afterMs?: number } = {}): { stop(): void } {
  let next: NodeJS.Immediate | null = null;
  let wait: NodeJS.Timeout | null = null;
  let i = 0;
  const step = () => {
    next = null;
    const run = steps[i];
    if (!run) return;
    if (!run()) i++;
    next = setImmediate(step).unref();
  };
  if (opts.afterMs) wait = setTimeout(() => ((wait = null), step()), opts.afterMs).unref();
  else next = setImmediate(step).unref();
  return {
    stop: () => {
      if (next) clearImmediate(next);
      if (wait) clearTimeout(wait);
      next = null;
      wait = null;
    },
  };
}
