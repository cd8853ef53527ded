// Where the session token lives. Desk sessions use sessionStorage: per tab, survive a reload,
// gone when the tab closes. The duty wall display (role 值班大屏) is remembered in
// localStorage instead, so an unattended board comes back by itself after the PC or the
// browser restarts (the server keeps sessions across restarts; the board's polling keeps
// its session from idling out).
const KEY = 'towngrid.session-token';

type Listener = (token: string | null) => void;
const listeners = new Set<Listener>();

function storage(kind: 'session' | 'local'): Storage | null {
  try {
    return kind === 'session' ? window.sessionStorage : window.localStorage;
  } catch {
    return null; // storage may be unavailable (private mode); the token still lives in memory
  }
}

function read(): string | null {
  try {
    return storage('session')?.getItem(KEY) ?? storage('local')?.getItem(KEY) ?? null;
  } catch {
    return null;
  }
}

let token: string | null = read();

export function getToken(): string | null {
  return token;
}

/** `remember`: keep the token across browser restarts (only for the wall display). */
export function setToken(next: string | null, opts: { remember?: boolean } = {}): void {
  if (next === token) return;
  token = next;
  try {
    storage('session')?.removeItem(KEY);
    storage('local')?.removeItem(KEY);
    if (next) storage(opts.remember ? 'local' : 'session')?.setItem(KEY, next);
  } catch {
    // see storage()
  }
  for (const l of listeners) l(next);
}

export function onTokenChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
