// Keeps the station running: the entry process forks the real station as a child and, when
// that child dies unexpectedly, logs why and starts it again on the same port. A child that
// could not start (unreadable database, port taken) says so with STARTUP_FAILED and is not
// restarted: the supervisor exits with an error too.
import { fork, type ChildProcess } from 'node:child_process';

export const CHILD_ENV = 'TOWNGRID_STATION_CHILD';
/** The child's exit code when it could not start at all (EX_CONFIG). */
export const STARTUP_FAILED = 78;

/** Sent by the child once it listens, so a restart reuses the port (`--port 0` picks one). */
export interface ListeningMessage {
  type: 'listening';
  port: number;
}

const MIN_DELAY_MS = 1000;
const MAX_DELAY_MS = 30_000;
/** A child that ran this long before dying starts over with the shortest delay. */
const STABLE_MS = 60_000;

function exitReason(code: number | null, signal: NodeJS.Signals | null): string {
  if (signal === 'SIGABRT') return '致命错误（如内存耗尽），信号 SIGABRT';
  if (signal) return `被信号 ${signal} 终止`;
  return `退出码 ${code}`;
}

export function superviseStation(script: string, args: readonly string[]): void {
  let child: ChildProcess | null = null;
  let port: number | null = null;
  let stopping = false;
  let delay = MIN_DELAY_MS;
  let restartTimer: NodeJS.Timeout | null = null;

  const start = () => {
    restartTimer = null;
    const startedAt = Date.now();
    const childArgs = port === null ? [...args] : [...args, '--port', String(port)];
    const c = fork(script, childArgs, { env: { ...process.env, [CHILD_ENV]: '1' }, stdio: 'inherit' });
    child = c;
    console.log(`[towngrid] 站点服务进程已启动（PID ${c.pid}）`);
    c.on('message', (m: unknown) => {
      const msg = m as Partial<ListeningMessage> | null;
      if (msg?.type === 'listening' && typeof msg.port === 'number') port = msg.port;
    });
    // 'close' comes after the IPC channel is drained, so a `listening` sent just before the
    // child died is not lost.
    c.on('close', (code, signal) => {
      child = null;
      // Asked to stop (by us, or the child by someone else): done. Could not start: failed.
      if (stopping || code === 0) process.exit(0);
      if (code === STARTUP_FAILED) process.exit(1);
      if (Date.now() - startedAt > STABLE_MS) delay = MIN_DELAY_MS;
      console.error(`[towngrid] 站点服务意外退出（${exitReason(code, signal)}），${Math.round(delay / 1000)} 秒后自动重启`);
      restartTimer = setTimeout(start, delay);
      delay = Math.min(delay * 2, MAX_DELAY_MS);
    });
  };

  const stop = () => {
    stopping = true;
    if (restartTimer) clearTimeout(restartTimer);
    if (child) child.kill('SIGTERM');
    else process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  start();
}
