// A core worker: the writer (the single writable better-sqlite3 connection) or one of the
// readers (a read-only connection), off the host's main thread. Calls are answered as their
// handlers finish (async ones — file work, jobs — may finish out of order).
import { parentPort, workerData } from 'node:worker_threads';
import { createCore } from './app';
import { EVENT_NAMES } from './host/event-names';
import type { FromWorker, ToWorker, WorkerInit } from './host/worker-protocol';

const port = parentPort;
if (!port) throw new Error('worker.ts must run in a worker thread');
const init = workerData as WorkerInit;
const post = (m: FromWorker) => port.postMessage(m);

try {
  const role = init.role ?? 'writer';
  const core = createCore({
    dbFile: init.dbFile,
    connection: init.connection,
    role,
    forward: role === 'reader' ? (write) => post({ type: 'side', write }) : undefined,
  });
  for (const event of EVENT_NAMES) core.on(event, (payload) => post({ type: 'event', event, payload }));
  port.on('message', (msg: ToWorker) => {
    if (msg.type === 'invoke') {
      void core.invokeAsync(msg.token, msg.method, msg.input).then((result) => post({ type: 'result', id: msg.id, result }));
    } else if (msg.type === 'side') {
      Promise.resolve()
        .then(() => core.applySideWrite(msg.write))
        .catch((err: unknown) => console.error('[towngrid] 转发的审计/会话记录写入失败', err));
    } else if (msg.type === 'close') {
      core.close();
      post({ type: 'closed' });
      port.close();
    }
  });
  post({ type: 'ready' });
} catch (err) {
  post({ type: 'fatal', message: err instanceof Error ? err.message : String(err) });
}
