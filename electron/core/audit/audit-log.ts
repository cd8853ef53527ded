// The audit log (SPEC §7, PIPL): who read which sensitive record or changed the registry,
// when and from which PC. A local, append-only table — triggers refuse UPDATE and DELETE —
// rather than a synced one: it is evidence of what happened on this PC, must never be merged
// or overwritten by sync, and a read must not turn into a replicated write on every PC.
import { AUDIT_ACTION_LABELS, type AuditAction, type AuditEntry } from '../../../shared/audit/audit-types';
import type { Db } from '../db/connection';
import type { ReadDb } from '../db/read-db';
import type { CallContext } from '../rpc/handler-types';
import type { AuditRow } from '../rpc/side-write';
import { AUDIT_HEAD_KEY, GENESIS_HASH, chainHash, formatHead, parseHead, type ChainFields, type ChainHead } from './audit-chain';

export interface AuditRecord {
  action: AuditAction;
  table?: string | null;
  recordId?: string | null;
  /** Free detail (JSON-encoded when not a string): filter, counts, changed fields … never the sensitive values. */
  detail?: unknown;
  /** Who acted, when not the call's session (e.g. a sign-in, which has no session yet). */
  actor?: { id: string | null; name: string | null; role: string | null };
}

export type { AuditRow };

/** The one writer of the local `audit_log` table (handlers reach it through `audit` below). */
export interface AuditAppender {
  append(row: AuditRow): void;
}

/**
 * Appends link by link (see audit-chain.ts): the previous link is the checkpoint in `meta`,
 * read, extended and rewritten in one transaction with the insert. Only the writer's
 * connection appends (readers forward their entries to it), so the chain stays linear.
 */
export function createAuditLog(db: Db, onAppended: () => void = () => {}): AuditAppender {
  const readHead = db.prepare<[string], { value: string }>('SELECT value FROM meta WHERE key = ?');
  const lastRow = db.prepare<[], { seq: number; hash: string | null }>('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1');
  const insert = db.prepare(
    'INSERT INTO audit_log (seq, at, device_id, actor, actor_name, role, action, tbl, record_id, detail, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const writeHead = db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
  const append = db.transaction((row: AuditRow) => {
    const last = lastRow.get();
    // Without a checkpoint (only if someone deleted it) the table's last row is all there is;
    // verification reports the missing checkpoint until then.
    const head: ChainHead = parseHead(readHead.get(AUDIT_HEAD_KEY)?.value) ?? { seq: last?.seq ?? 0, hash: last?.hash ?? GENESIS_HASH };
    // A seq past both the checkpoint and any row beyond it: an append never fails on a
    // tampered table, and its link to the checkpoint shows what was cut or added.
    const seq = Math.max(head.seq, last?.seq ?? 0) + 1;
    const fields: ChainFields = {
      seq,
      at: row.at,
      device_id: row.deviceId,
      actor: row.actor,
      actor_name: row.actorName,
      role: row.role,
      action: row.action,
      tbl: row.table,
      record_id: row.recordId,
      detail: row.detail,
    };
    const hash = chainHash(head.hash, fields);
    insert.run(seq, row.at, row.deviceId, row.actor, row.actorName, row.role, row.action, row.table, row.recordId, row.detail, hash);
    writeHead.run(AUDIT_HEAD_KEY, formatHead({ seq, hash }));
  });
  let announced = false;
  return {
    append(row) {
      // IMMEDIATE: the write lock before the head is read, so even a second writing process
      // (the desktop app and the station on one data folder) cannot fork the chain.
      append.immediate(row);
      // Once per turn, after the caller's transaction has ended: the open audit viewers refetch.
      if (announced) return;
      announced = true;
      setImmediate(() => {
        announced = false;
        onAppended();
      });
    },
  };
}

export function audit(ctx: CallContext, record: AuditRecord): void {
  const { core, session } = ctx;
  const detail = record.detail === undefined || record.detail === null ? null : typeof record.detail === 'string' ? record.detail : JSON.stringify(record.detail);
  core.auditLog.append({
    at: new Date(core.now()).toISOString(),
    deviceId: core.device.deviceId,
    actor: record.actor ? record.actor.id : (session?.userId ?? ctx.actor),
    actorName: record.actor ? record.actor.name : (session?.displayName ?? null),
    role: record.actor ? record.actor.role : (session?.role ?? null),
    action: record.action,
    table: record.table ?? null,
    recordId: record.recordId ?? null,
    detail,
  });
}

export interface AuditFilter {
  actorId?: string;
  table?: string;
  recordId?: string;
  action?: string;
  from?: string;
  to?: string;
}

/** A stored row: the fields its chain link covers, and the link. */
export interface AuditDbRow extends ChainFields {
  hash: string;
}

/** The filter as a WHERE clause (empty when unfiltered) and its named parameters. */
export function auditWhere(f: AuditFilter): { clause: string; params: Record<string, unknown> } {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  const add = (sql: string, key: string, value: string | undefined) => {
    if (!value) return;
    where.push(sql);
    params[key] = value;
  };
  add('actor = @actorId', 'actorId', f.actorId);
  add('tbl = @table', 'table', f.table);
  add('record_id = @recordId', 'recordId', f.recordId);
  add('action = @action', 'action', f.action);
  add('at >= @from', 'from', f.from);
  add('at <= @to', 'to', f.to);
  return { clause: where.length ? `WHERE ${where.join(' AND ')}` : '', params };
}

export function toAuditEntry(r: AuditDbRow): AuditEntry {
  return {
    seq: r.seq,
    at: r.at,
    deviceId: r.device_id,
    actorId: r.actor,
    actorName: r.actor_name,
    role: r.role,
    action: r.action,
    actionLabel: (AUDIT_ACTION_LABELS as Record<string, string>)[r.action] ?? r.action,
    table: r.tbl,
    recordId: r.record_id,
    detail: r.detail,
    hash: r.hash,
  };
}

export function listAudit(db: ReadDb, f: AuditFilter & { offset: number; limit: number }): { rows: AuditEntry[]; total: number } {
  const { clause, params } = auditWhere(f);
  const total = (db.prepare(`SELECT count(*) AS n FROM audit_log ${clause}`).get(params) as { n: number }).n;
  const rows = db
    .prepare(`SELECT * FROM audit_log ${clause} ORDER BY seq DESC LIMIT @limit OFFSET @offset`)
    .all({ ...params, limit: f.limit, offset: f.offset }) as AuditDbRow[];
  return { total, rows: rows.map(toAuditEntry) };
}
