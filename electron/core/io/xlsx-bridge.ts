// Synchronous .xlsx reading and writing with exceljs. exceljs is asynchronous only, and the
// core answers each RPC synchronously inside its worker thread; so exceljs runs in a helper
// thread and the core blocks on a shared flag (Atomics.wait) until the reply is posted, then
// takes it with receiveMessageOnPort. The UI thread is never involved: it only waits for the
// RPC reply, as for any other call.
import { createRequire } from 'node:module';
import { MessageChannel, Worker, receiveMessageOnPort } from 'node:worker_threads';
import { AppError } from '../../../shared/rpc/errors';
import type { SheetData, WorkbookSpec } from './workbook-spec';
import { XLSX_HELPER_SOURCE } from './xlsx-helper-source';

const TIMEOUT_MS = 10 * 60_000;

let helper: Worker | null = null;

function getHelper(): Worker {
  if (helper) return helper;
  const exceljsPath = createRequire(import.meta.url).resolve('exceljs');
  const w = new Worker(XLSX_HELPER_SOURCE, { eval: true, workerData: { exceljsPath } });
  w.unref();
  w.on('error', () => {
    if (helper === w) helper = null;
  });
  w.on('exit', () => {
    if (helper === w) helper = null;
  });
  helper = w;
  return w;
}

type Reply<T> = { ok: true; data: T } | { ok: false; error: string };

function call<T>(op: 'read' | 'write', payload: unknown, transfer: ArrayBuffer[] = []): T {
  const worker = getHelper();
  const { port1, port2 } = new MessageChannel();
  const signal = new Int32Array(new SharedArrayBuffer(4));
  worker.postMessage({ port: port2, signal, op, payload }, [port2, ...transfer]);
  // Wait in slices: a helper that died (threadId turns -1) fails the call at once.
  const deadline = Date.now() + TIMEOUT_MS;
  while (Atomics.wait(signal, 0, 0, 250) === 'timed-out') {
    if (worker.threadId === -1 || Date.now() > deadline) break;
  }
  const msg = receiveMessageOnPort(port1) as { message: Reply<T> } | undefined;
  port1.close();
  if (!msg) {
    void worker.terminate();
    helper = null;
    throw new AppError('INTERNAL', worker.threadId === -1 ? '表格处理异常中止，请重试' : '表格处理超时，请拆分文件后重试');
  }
  if (!msg.message.ok) throw new Error(`xlsx ${op} failed: ${msg.message.error}`);
  return msg.message.data;
}

/** Reads every visible sheet of an .xlsx file. Throws AppError(BAD_INPUT) for a file that is not one. */
export function readXlsx(data: Buffer): SheetData[] {
  const copy = new Uint8Array(data.byteLength);
  copy.set(data);
  try {
    return call<SheetData[]>('read', { data: copy.buffer }, [copy.buffer]);
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError('BAD_INPUT', '无法读取该Excel文件，请确认是有效的 .xlsx 文件');
  }
}

/** Writes a workbook described by `spec` and returns the .xlsx bytes. */
export function writeXlsx(spec: WorkbookSpec): Buffer {
  const bytes = call<Uint8Array>('write', spec);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
