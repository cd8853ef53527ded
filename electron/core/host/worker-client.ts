// Runs the core in a worker thread and talks to it by messages. The calling thread never
// touches the database: this is how Electron's main process and the station host use the core.
import { EventEmitter } from 'node:events';
import { Worker } from 'node:worker_threads';
import type { MethodOutput } from '../../../shared/api';
import type { RpcResult } from '../../../shared/rpc/errors';
import type { CoreClient } from './core-client';
import type { FromWorker, ToWorker, WorkerInit } from './worker-protocol';

export function startCoreWorker(workerFile: string, init: WorkerInit): Promise<CoreClient> {
  const worker = new Worker(workerFile, { workerData: init });
  const pending = new Map<number, (r: RpcResult<unknown>) => void>();
  const events = new EventEmitter();
  let nextId = 1;
  let closed = false;
  const send = (m: ToWorker) => worker.postMessage(m);

  const failAll = (message: string) => {
    for (const resolve of pending.values()) resolve({ ok: false, error: { code: 'INTERNAL', message } });
    pending.clear();
  };

  return new Promise((resolveStart, rejectStart) => {
    worker.on('error', (err) => {
      failAll('指挥台核心服务异常，请重启程序');
      rejectStart(err);
    });
    worker.on('exit', () => {
      closed = true;
      failAll('指挥台核心服务已停止');
    });
    worker.on('message', (m: FromWorker) => {
      switch (m.type) {
        case 'ready':
          resolveStart(client);
          break;
        case 'fatal':
          rejectStart(new Error(m.message));
          void worker.terminate();
          break;
        case 'result': {
          const resolve = pending.get(m.id);
          pending.delete(m.id);
          resolve?.(m.result);
          break;
        }
        case 'event':
          events.emit(m.event, m.payload);
          break;
        case 'closed':
          break;
      }
    });

    const forward = (token: string | null, method: string, input: unknown): Promise<RpcResult<unknown>> => {
      if (closed) return Promise.resolve({ ok: false, error: { code: 'INTERNAL', message: '指挥台核心服务已停止' } });
      const id = nextId++;
      return new Promise((resolve) => {
        pending.set(id, resolve);
        send({ type: 'invoke', id, token, method, input });
      });
    };

    const client: CoreClient = {
      // The core's dispatcher runs the method's own handler, so the result has the method's output type.
      invoke: (token, method, input) => forward(token, method, input) as Promise<RpcResult<MethodOutput<typeof method>>>,
      forward,
      on(event, listener) {
        events.on(event, listener);
        return () => events.off(event, listener);
      },
      async close() {
        if (closed) return;
        const exited = new Promise<void>((r) => worker.once('exit', () => r()));
        send({ type: 'close' });
        await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
        if (!closed) await worker.terminate();
      },
    };
  });
}
