// Runs a core in a worker thread and talks to it by messages. The calling thread never
// touches the database: this is how Electron's main process and the station host use the
// core (see core-pool.ts for the writer + readers they run).
//
// A worker that dies unexpectedly is restarted by itself, with the reason logged: the calls
// it was answering get a clear Chinese error, calls made meanwhile wait for the new worker.
// No pending-call entry outlives a failed post.
import { inspect } from 'node:util';
import { EventEmitter } from 'node:events';
import { Worker } from 'node:worker_threads';
import type { MethodOutput } from '../../../shared/api';
import type { HostEventName, HostEvents } from './event-names';
import type { RpcResult } from '../../../shared/rpc/errors';
import type { CoreClient } from './core-client';
import type { FromWorker, ToWorker, WorkerInit } from './worker-protocol';
import type { SideWrite } from '../rpc/side-write';
import type { SyncInfo } from '../sync/sync-options';

export const WORKER_DIED = '指挥台核心服务意外中断，已自动重启，请重试刚才的操作';
const STOPPED = '指挥台核心服务已停止';
const RESTART_DELAY_MS = 1000;

export interface WorkerHooks {
  onEvent?(event: HostEventName, payload: HostEvents[HostEventName]): void;
  /** A reader's side write, to pass on to the writer. */
  onSide?(write: SideWrite): void;
  /** The worker died and is being restarted (its jobs are gone). */
  onRestart?(): void;
  log?: (message: string) => void;
}

const fail = (message: string): RpcResult<unknown> => ({ ok: false, error: { code: 'INTERNAL', message } });

/** One core worker, restarted when it dies. */
export class CoreWorker {
  private worker: Worker | null = null;
  private ready = false;
  private closing = false;
  private nextId = 1;
  private readonly pending = new Map<number, (r: RpcResult<unknown>) => void>();
  /** Messages waiting for the worker to be (re)started. */
  private queued: ToWorker[] = [];
  /** Where LAN sync listens (the writer, when the host asked for it and it started). */
  syncInfo: SyncInfo | null = null;
  private readonly label: string;

  constructor(
    private readonly file: string,
    private readonly init: WorkerInit,
    private readonly hooks: WorkerHooks = {},
  ) {
    this.label = init.role === 'reader' ? '只读核心' : '核心';
  }

  /** Starts the worker; rejects if it cannot open the database. */
  start(): Promise<void> {
    return new Promise((resolve, reject) => {
      const worker = new Worker(this.file, { workerData: this.init });
      this.worker = worker;
      let started = false;
      worker.on('message', (m: FromWorker) => {
        switch (m.type) {
          case 'ready':
            this.syncInfo = m.sync ?? null;
            started = true;
            this.ready = true;
            this.flush();
            resolve();
            break;
          case 'fatal':
            reject(new Error(m.message));
            void worker.terminate();
            break;
          case 'result': {
            const done = this.pending.get(m.id);
            this.pending.delete(m.id);
            done?.(m.result);
            break;
          }
          case 'event':
            this.hooks.onEvent?.(m.event, m.payload);
            break;
          case 'side':
            this.hooks.onSide?.(m.write);
            break;
          case 'closed':
            break;
        }
      });
      worker.on('error', (err) => {
        if (!started) reject(err);
        this.log(`${this.label}线程出错：${err instanceof Error ? (err.stack ?? err.message) : inspect(err, { depth: 4 })}`);
      });
      worker.on('exit', (code) => {
        if (this.worker !== worker) return;
        this.ready = false;
        this.worker = null;
        this.failPending(this.closing ? STOPPED : WORKER_DIED);
        if (this.closing || !started) return;
        this.log(`${this.label}线程意外退出（退出码 ${code}），正在自动重启`);
        this.hooks.onRestart?.();
        this.restart();
      });
    });
  }

  private restart(): void {
    this.start().then(
      () => this.log(`${this.label}线程已重新启动`),
      (err: unknown) => {
        this.log(`${this.label}线程重启失败：${err instanceof Error ? err.message : String(err)}，${RESTART_DELAY_MS / 1000}秒后重试`);
        if (!this.closing) setTimeout(() => this.restart(), RESTART_DELAY_MS).unref();
      },
    );
  }

  invoke(token: string | null, method: string, input: unknown, client?: string): Promise<RpcResult<unknown>> {
    if (this.closing) return Promise.resolve(fail(STOPPED));
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      if (!this.post({ type: 'invoke', id, token, method, input, client })) {
        this.pending.delete(id);
        resolve({ ok: false, error: { code: 'BAD_INPUT', message: '请求内容无法传给指挥台核心服务' } });
      }
    });
  }

  /** A side write for this (writer) worker; kept until it runs if it is restarting. */
  side(write: SideWrite): void {
    if (!this.closing) this.post({ type: 'side', write });
  }

  /** Posts now, or queues while the worker (re)starts; false if the message cannot be posted. */
  private post(m: ToWorker): boolean {
    if (!this.ready || !this.worker) {
      this.queued.push(m);
      return true;
    }
    try {
      this.worker.postMessage(m);
      return true;
    } catch (err) {
      this.log(`无法向${this.label}线程发送消息：${err instanceof Error ? err.message : String(err)}`);
      return false;
    }
  }

  private flush(): void {
    const queued = this.queued;
    this.queued = [];
    for (const m of queued) {
      if (this.post(m) || m.type !== 'invoke') continue;
      const done = this.pending.get(m.id);
      this.pending.delete(m.id);
      done?.({ ok: false, error: { code: 'BAD_INPUT', message: '请求内容无法传给指挥台核心服务' } });
    }
  }

  private failPending(message: string): void {
    const pending = [...this.pending.values()];
    this.pending.clear();
    for (const done of pending) done(fail(message));
  }

  /** Calls waiting for an answer (tests check that none is left behind). */
  get inFlight(): number {
    return this.pending.size;
  }

  /** The running thread (tests end it to check the restart). */
  get thread(): Worker | null {
    return this.worker;
  }

  async close(): Promise<void> {
    if (this.closing) return;
    this.closing = true;
    for (const m of this.queued) if (m.type === 'invoke') this.pending.get(m.id)?.(fail(STOPPED));
    this.queued = [];
    const worker = this.worker;
    if (!worker) return;
    const exited = new Promise<void>((r) => worker.once('exit', () => r()));
    try {
      worker.postMessage({ type: 'close' } satisfies ToWorker);
    } catch {
      // Already gone.
    }
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([exited, new Promise<void>((r) => (timer = setTimeout(r, 3000)))]);
    clearTimeout(timer);
    if (this.worker === worker) await worker.terminate();
  }

  private log(message: string): void {
    (this.hooks.log ?? ((m: string) => console.error(`[towngrid] ${m}`)))(message);
  }
}

/** One core (writer) in a worker thread, behind the CoreClient interface. */
export async function startCoreWorker(workerFile: string, init: WorkerInit, log?: (message: string) => void): Promise<CoreClient & { worker: CoreWorker }> {
  const events = new EventEmitter();
  const worker = new CoreWorker(workerFile, init, { onEvent: (event, payload) => events.emit(event, payload), log });
  await worker.start();
  return {
    worker,
    // The core's dispatcher runs the method's own handler, so the result has the method's output type.
    invoke: (token, method, input) => worker.invoke(token, method, input) as Promise<RpcResult<MethodOutput<typeof method>>>,
    forward: (token, method, input, client) => worker.invoke(token, method, input, client),
    on(event, listener) {
      events.on(event, listener);
      return () => events.off(event, listener);
    },
    close: () => worker.close(),
  };
}
