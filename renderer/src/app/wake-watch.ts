// Notices when this machine comes back after a pause: the network returns, the tab was hidden
// for a while, or the wall clock jumped (the PC slept: timers stood still while time moved on,
// or the clock was set). Whatever was on screen may then be stale and the event socket may be
// a dead connection the browser has not noticed yet.

/** How often the clock is sampled. */
export const WAKE_TICK_MS = 5_000;
/** A gap this much longer than a tick (or any step backwards this big) counts as a jump. */
export const WAKE_JUMP_MS = 30_000;
/** A tab hidden longer than this is treated as woken when it shows again. */
export const WAKE_HIDDEN_MS = 60_000;

/** Whether two clock samples a tick apart show that time jumped (sleep, or the clock was set). */
export function isClockJump(previousMs: number, nowMs: number, tickMs = WAKE_TICK_MS, jumpMs = WAKE_JUMP_MS): boolean {
  const gap = nowMs - previousMs;
  return gap > tickMs + jumpMs || gap < -jumpMs;
}

export type WakeReason = 'online' | 'visible' | 'clock';

/** Calls `onWake` when the machine seems to come back; returns the stop function. */
export function watchWake(onWake: (reason: WakeReason) => void): () => void {
  let last = Date.now();
  let hiddenAt: number | null = document.visibilityState === 'hidden' ? last : null;
  const tick = setInterval(() => {
    const now = Date.now();
    const jumped = isClockJump(last, now);
    last = now;
    if (jumped) onWake('clock');
  }, WAKE_TICK_MS);
  const onOnline = () => onWake('online');
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') {
      hiddenAt = Date.now();
      return;
    }
    const away = hiddenAt === null ? 0 : Date.now() - hiddenAt;
    hiddenAt = null;
    if (away > WAKE_HIDDEN_MS) onWake('visible');
  };
  window.addEventListener('online', onOnline);
  document.addEventListener('visibilitychange', onVisibility);
  return () => {
    clearInterval(tick);
    window.removeEventListener('online', onOnline);
    document.removeEventListener('visibilitychange', onVisibility);
  };
}
