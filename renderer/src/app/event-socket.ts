// A WebSocket that never gives up: a wall display runs for months, so when the socket drops
// we reconnect with exponential backoff (with jitter) and tell the caller, who refetches
// everything because events were missed meanwhile. After a sleep (or a long hidden tab, or
// the network coming back) an open-looking socket may be dead: it is replaced at once and
// everything is refetched.
import { isEventName, type ApiEvent } from '../../../shared/api';
import type { EventHandlers } from './transport';
import { watchWake } from './wake-watch';

const MIN_DELAY_MS = 500;
const MAX_DELAY_MS = 30_000;
/** The station's close code for a socket whose session ended (see station-server.ts). */
const SESSION_ENDED_CLOSE = 4401;

export function reconnectDelay(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(MAX_DELAY_MS, MIN_DELAY_MS * 2 ** attempt);
  return Math.round(base / 2 + (random() * base) / 2);
}

export function openEventSocket(url: string, handlers: EventHandlers): () => void {
  let socket: WebSocket | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let attempt = 0;
  let hasBeenOpen = false;
  /** Set when the stream was down for a while: events may have been missed. */
  let missed = false;
  let stopped = false;

  const connect = () => {
    timer = null;
    if (stopped) return;
    handlers.onStatus(hasBeenOpen ? 'reconnecting' : 'connecting');
    const ws = new WebSocket(url);
    socket = ws;
    ws.onopen = () => {
      attempt = 0;
      hasBeenOpen = true;
      handlers.onStatus('live');
      if (missed) handlers.onReconnect();
      missed = false;
    };
    ws.onmessage = (msg) => {
      if (typeof msg.data !== 'string') return;
      try {
        // The station sends `{ event, payload }` as the core emitted it (ApiEvents).
        const parsed = JSON.parse(msg.data) as { event?: unknown; payload?: unknown };
        if (isEventName(parsed.event)) handlers.onEvent(parsed as ApiEvent);
      } catch {
        // Not one of ours; ignore.
      }
    };
    ws.onclose = (ev) => {
      if (socket !== ws) return;
      socket = null;
      if (stopped) return;
      if (ev.code === SESSION_ENDED_CLOSE) handlers.onSessionEnded?.();
      // Events between the drop and the next open are lost; onReconnect covers them.
      missed = true;
      handlers.onStatus('reconnecting');
      schedule();
    };
    ws.onerror = () => {
      // onclose follows and schedules the retry.
    };
  };

  const schedule = () => {
    if (timer || stopped) return;
    timer = setTimeout(connect, reconnectDelay(attempt++));
  };

  // When the tab shows again, a socket that is down is retried at once.
  const retryNow = () => {
    if (stopped || socket) return;
    if (timer) clearTimeout(timer);
    timer = null;
    attempt = 0;
    connect();
  };
  const onVisible = () => {
    if (document.visibilityState === 'visible') retryNow();
  };
  document.addEventListener('visibilitychange', onVisible);
  // When the machine wakes up or the network comes back, the socket that looks open may be a
  // dead connection, and events were missed: open a fresh one, which refetches everything.
  const stopWake = watchWake(() => {
    if (stopped) return;
    const ws = socket;
    if (ws && ws.readyState === WebSocket.CONNECTING) return;
    if (ws) {
      socket = null;
      ws.onclose = null;
      ws.onmessage = null;
      ws.close();
    }
    missed = true;
    retryNow();
  });

  connect();

  return () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    stopWake();
    document.removeEventListener('visibilitychange', onVisible);
    const ws = socket;
    socket = null;
    if (ws) {
      ws.onclose = null;
      ws.onmessage = null;
      ws.close();
    }
  };
}
