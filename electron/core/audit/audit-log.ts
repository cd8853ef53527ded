// The audit log (SPEC §7, PIPL): who read which sensitive record or changed the registry,
// when and from which PC. A local, append-only table — triggers refuse UPDATE and DELETE —
// rather than a synced one: it is evidence of what happened on this PC, must never be merged
// or overwritten by sync, and a read must not turn into a replicated write on every PC.
import { AUDIT_ACTION_LABELS, type AuditAction, type AuditEntry } from '../../../shared/audit/audit-types';
import type { Db } from '../db/connection';
import type { ReadDb } from '../db/read-db';
import type { CallContext } from '../rpc/handler-types';
import type { AuditRow } from '../rpc/side-write';

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

export function createAuditLog(db: Db): AuditAppender {
  return {
    append(row) {
      db.prepare(
        'INSERT INTO audit_log (at, device_id, actor, actor_name, role, action, tbl, record_id, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      ).run(row.at, row.deviceId, row.actor, row.actorName, row.role, row.action, row.table, row.recordId, row.detail);
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
  offset: number;
  limit: number;
}

interface AuditDbRow {
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

export function listAudit(db: ReadDb, f: AuditFilter): { rows: AuditEntry[]; total: number } {
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
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const total = (db.prepare(`SELECT count(*) AS n FROM audit_log ${clause}`).get(params) as { n: number }).n;
  const rows = db
    .prepare(`SELECT * FROM audit_log ${clause} ORDER BY seq DESC LIMIT @limit OFFSET @offset`)
    .all({ ...params, limit: f.limit, offset: f.offset }) as AuditDbRow[];
  return {
    total,
    rows: rows.map((r) => ({
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
    })),
  };
}
