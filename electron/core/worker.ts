// A core worker: the writer (the single writable better-sqlite3 connection) or one of the
// readers (a read-only connection), off the host's main thread. Calls are answered as their
// handlers finish (async ones — file work, jobs — may finish out of order).
import { parentPort, workerData } from 'node:worker_threads';
import { ERROR_MESSAGES } from '../../shared/rpc/errors';
import { createCore, type SyncInfo } from './app';
import { HOST_EVENT_NAMES } from './host/event-names';
import type { FromWorker, ToWorker, WorkerInit } from './host/worker-protocol';

if (!parentPort) throw new Error('worker.ts must run in a worker thread');
const port = parentPort;
const init = workerData as WorkerInit;
const post = (m: FromWorker) => port.postMessage(m);

async function main(): Promise<void> {
  try {
    const role = init.role ?? 'writer';
    const core = createCore({
      dbFile: init.dbFile,
      dbKey: init.dbKey,
      connection: init.connection,
      role,
      demoAccountsUsable: init.demoAccountsUsable,
      scheduleBackups: init.scheduleBackups,
      setupProgress: init.setupProgress,
      forward: role === 'reader' ? (write) => post({ type: 'side', write }) : undefined,
    });
    for (const event of HOST_EVENT_NAMES) core.on(event, (payload) => post({ type: 'event', event, payload }));
    port.on('message', (msg: ToWorker) => {
      if (msg.type === 'invoke') {
        void core.invokeAsync(msg.token, msg.method, msg.input, msg.client).then((result) => {
          try {
            post({ type: 'result', id: msg.id, result });
          } catch (err) {
            // A result that cannot cross to the host (not structured-cloneable) fails that call, not the worker.
            console.error(`[towngrid] ${msg.method} 的结果无法传回`, err);
            post({ type: 'result', id: msg.id, result: { ok: false, error: { code: 'INTERNAL', message: ERROR_MESSAGES.INTERNAL } } });
          }
        });
      } else if (msg.type === 'side') {
        Promise.resolve()
          .then(() => core.applySideWrite(msg.write))
          .catch((err: unknown) => console.error('[towngrid] 转发的审计/会话记录写入失败', err));
      } else if (msg.type === 'close') {
        try {
          core.close();
        } catch (err) {
          // Closing must end the worker cleanly whatever the connection says; say what it said.
          console.error(`[towngrid] ${role === 'reader' ? '只读' : ''}核心关闭数据库时出错`, err);
        }
        post({ type: 'closed' });
        port.close();
      }
    });
    let sync: SyncInfo | null = null;
    if (role === 'writer' && init.sync) {
      try {
        sync = await core.startSync(init.sync);
      } catch (err) {
        // The desks keep working on this PC's data; the reason is logged for the administrator.
        console.error(`[towngrid] 数据同步未能启动：${err instanceof Error ? err.message : String(err)}`);
      }
    }
    post({ type: 'ready', sync });
  } catch (err) {
    post({ type: 'fatal', message: err instanceof Error ? err.message : String(err) });
  }
}

void main();
