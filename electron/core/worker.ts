// The core worker: owns the single better-sqlite3 connection, off the host's main thread.
import { parentPort, workerData } from 'node:worker_threads';
import { createCore } from './app';
import { EVENT_NAMES } from './host/event-names';
import type { FromWorker, ToWorker, WorkerInit } from './host/worker-protocol';

const port = parentPort;
if (!port) throw new Error('worker.ts must run in a worker thread');
const init = workerData as WorkerInit;
const post = (m: FromWorker) => port.postMessage(m);

try {
  const core = createCore({ dbFile: init.dbFile, connection: init.connection });
  for (const event of EVENT_NAMES) core.on(event, (payload) => post({ type: 'event', event, payload }));
  port.on('message', (msg: ToWorker) => {
    if (msg.type === 'invoke') {
      post({ type: 'result', id: msg.id, result: core.invoke(msg.token, msg.method, msg.input) });
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
