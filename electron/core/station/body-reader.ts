// Reads an RPC body within a size limit and parses it as JSON of bounded nesting depth, so a
// request can neither fill the memory nor exhaust the stack. Never throws or rejects: every
// failure is a refusal with an HTTP status and a Chinese message.
import type { IncomingMessage } from 'node:http';
import type { Refusal } from './request-guards';

/** No contract input nests deeper than a handful of levels; 32 leaves room and stops abuse. */
export const MAX_JSON_DEPTH = 32;

export type BodyResult = { ok: true; input: unknown } | ({ ok: false } & Refusal);

const tooLarge = (limit: number): BodyResult => ({ ok: false, status: 413, message: `请求内容过大（上限 ${formatSize(limit)}）` });

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)}MB` : `${Math.round(bytes / 1024)}KB`;
}

/** Declared length of the body, or null when it is sent chunked (or the header is garbage). */
export function declaredLength(req: IncomingMessage): number | null {
  const h = req.headers['content-length'];
  if (h === undefined || !/^\d{1,15}$/.test(h)) return null;
  return Number(h);
}

/**
 * A body over the limit is read to its end and dropped (nothing kept) before the refusal is
 * sent, so the client, still sending, reads the answer instead of a reset connection; past
 * this many bytes the refusal goes at once and the connection closes.
 */
const DRAIN_CAP = 100 * 1024 * 1024;

export function readBody(req: IncomingMessage, limit: number): Promise<BodyResult> {
  return new Promise((resolve) => {
    const declared = declaredLength(req);
    const chunks: Buffer[] = [];
    let size = 0;
    let over = declared !== null && declared > limit;
    let done = false;
    const finish = (r: BodyResult) => {
      if (done) return;
      done = true;
      chunks.length = 0;
      resolve(r);
    };
    if (declared !== null && declared > DRAIN_CAP) {
      req.resume();
      finish(tooLarge(limit));
      return;
    }
    req.on('data', (c: Buffer) => {
      if (done) return;
      size += c.length;
      if (size > DRAIN_CAP) return finish(tooLarge(limit));
      if (size > limit) {
        over = true;
        chunks.length = 0;
      }
      if (!over) chunks.push(c);
    });
    req.on('end', () => finish(over ? tooLarge(limit) : parseJson(Buffer.concat(chunks).toString('utf8'))));
    req.on('error', () => finish({ ok: false, status: 400, message: '请求未完整送达' }));
    req.on('close', () => finish({ ok: false, status: 400, message: '请求未完整送达' }));
  });
}

/** JSON text → value, refusing bad JSON and nesting deeper than MAX_JSON_DEPTH. */
export function parseJson(text: string): BodyResult {
  if (text.trim() === '') return { ok: true, input: {} };
  if (jsonDepthExceeds(text, MAX_JSON_DEPTH)) return { ok: false, status: 400, message: '输入内容有误：数据层级过深' };
  try {
    return { ok: true, input: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, status: 400, message: '输入内容有误：请求不是有效的 JSON' };
  }
}

/** Whether brackets outside strings nest deeper than `max` (a linear scan, no recursion). */
export function jsonDepthExceeds(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return true;
    } else if (c === 0x5d || c === 0x7d) {
      depth--;
    }
  }
  return false;
}
