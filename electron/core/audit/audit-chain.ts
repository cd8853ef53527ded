// The audit log's hash chain: each row's `hash` is SHA-256 of the previous row's hash and this
// row's canonical fields, so an edited, deleted or inserted row breaks every link after it.
// The head of the chain (last seq and hash) is also kept as a checkpoint in the local `meta`
// table, updated in the same transaction as each append; a deleted tail leaves the checkpoint
// pointing past the last row, and the next append links to the checkpoint, not to the table's
// last row, so a cut-off tail cannot be papered over by appending. What this can and cannot
// prove is written down in docs/security.md (审计日志).
import { createHash } from 'node:crypto';
import type { AuditBreakKind, AuditVerifyResult } from '../../../shared/audit/audit-types';
import type { ReadDb } from '../db/read-db';

/** The hash the first row links to. */
export const GENESIS_HASH = '0'.repeat(64);
/** The `meta` key of the checkpoint: `<seq>:<hash>`. */
export const AUDIT_HEAD_KEY = 'audit_head';

/** The fields a link covers, in the order they are hashed. */
export interface ChainFields {
  seq: number;
  at: string;
  device_id: string;
  actor: string | null;
  actor_name: string | null;
  role: string | null;
  action: string;
  tbl: string | null;
  record_id: string | null;
  detail: string | null;
}

export interface ChainHead {
  seq: number;
  hash: string;
}

/** The link of `row` after `prevHash`: a JSON array is unambiguous (no separator can be forged). */
export function chainHash(prevHash: string, row: ChainFields): string {
  const canonical = JSON.stringify([row.seq, row.at, row.device_id, row.actor, row.actor_name, row.role, row.action, row.tbl, row.record_id, row.detail]);
  return createHash('sha256').update(prevHash).update('\n').update(canonical).digest('hex');
}

export function formatHead(head: ChainHead): string {
  return `${head.seq}:${head.hash}`;
}

export function parseHead(value: string | null | undefined): ChainHead | null {
  const m = /^(\d+):([0-9a-f]{64})$/.exec(value ?? '');
  return m ? { seq: Number(m[1]), hash: m[2]! } : null;
}

/** Rows read per chunk while verifying (the log may hold millions). */
const CHUNK = 5000;

interface ChainRow extends ChainFields {
  hash: string | null;
}

export interface VerifyHooks {
  /** After each chunk: progress, and a chance to yield (and to stop a cancelled job). */
  onChunk?: (checked: number, total: number) => void | Promise<void>;
  now?: () => number;
  /** Runs each read as the connection's only user (the core's `exclusive`); default: directly. */
  exclusive?: <T>(fn: () => T) => T | Promise<Awaited<T>>;
}

/**
 * Walks the chain from the first row in chunks and reports the first broken place. The
 * checkpoint and the last seq are read in one statement (one snapshot), so rows appended
 * during the walk are not mistaken for tampering; rows are insert-only, so the chunks read
 * later see the same rows up to the checkpoint.
 */
export async function verifyChain(db: ReadDb, hooks: VerifyHooks = {}): Promise<AuditVerifyResult> {
  const now = hooks.now ?? Date.now;
  const exclusive = hooks.exclusive ?? (<T>(fn: () => T) => fn());
  const snap = await exclusive(() => db
    .prepare(`SELECT (SELECT value FROM meta WHERE key = '${AUDIT_HEAD_KEY}') AS head, (SELECT max(seq) FROM audit_log) AS maxSeq, (SELECT count(*) FROM audit_log) AS n`)
    .get() as { head: string | null; maxSeq: number | null; n: number });
  const head = parseHead(snap.head);
  const maxSeq = snap.maxSeq ?? 0;
  const result = (checked: number, broken: AuditVerifyResult['broken']): AuditVerifyResult => ({
    ok: broken === null,
    checked,
    headSeq: head?.seq ?? 0,
    headHash: head?.hash ?? null,
    broken,
    verifiedAt: new Date(now()).toISOString(),
  });
  const fail = (checked: number, seq: number, kind: AuditBreakKind, message: string) => result(checked, { seq, kind, message });
  if (!head) {
    if (maxSeq === 0) return result(0, null);
    return fail(0, maxSeq, 'no-head', '审计日志的校验点丢失：无法确认日志末尾是否被删除，日志可能被本程序以外的工具改动过');
  }
  const limit = Math.min(head.seq, maxSeq);
  const page = db.prepare<[number, number, number], ChainRow>(
    'SELECT seq, at, device_id, actor, actor_name, role, action, tbl, record_id, detail, hash FROM audit_log WHERE seq > ? AND seq <= ? ORDER BY seq LIMIT ?',
  );
  let prev = GENESIS_HASH;
  let prevSeq = 0;
  let checked = 0;
  for (;;) {
    const rows = await exclusive(() => page.all(prevSeq, limit, CHUNK));
    for (const row of rows) {
      if (row.hash !== chainHash(prev, row)) {
        if (row.seq > prevSeq + 1) {
          const gap = row.seq - 1 === prevSeq + 1 ? `第 ${prevSeq + 1} 条` : `第 ${prevSeq + 1}–${row.seq - 1} 条`;
          return fail(checked, prevSeq + 1, 'missing', `${gap}审计记录缺失：已被删除`);
        }
        return fail(checked, row.seq, 'altered', `第 ${row.seq} 条审计记录与校验值不符：该记录被修改，或在它之前插入、删除了记录`);
      }
      prev = row.hash;
      prevSeq = row.seq;
      checked++;
    }
    await hooks.onChunk?.(checked, snap.n);
    if (rows.length < CHUNK) break;
  }
  if (prevSeq !== head.seq || prev !== head.hash) {
    if (prevSeq < head.seq) {
      const gap = head.seq === prevSeq + 1 ? `第 ${head.seq} 条` : `第 ${prevSeq + 1}–${head.seq} 条`;
      return fail(checked, prevSeq + 1, 'truncated', `日志末尾的${gap}审计记录缺失：校验点记录到第 ${head.seq} 条，现仅余 ${checked} 条`);
    }
    return fail(checked, head.seq, 'altered', `第 ${head.seq} 条审计记录与校验点不符：该记录被修改或替换`);
  }
  if (maxSeq > head.seq) {
    return fail(checked, head.seq + 1, 'beyond-head', `第 ${head.seq + 1} 条起的审计记录不是本程序写入的（在校验点之后）`);
  }
  return result(checked, null);
}
