// Shared steps of the registry's editing handlers: one transaction per user action through
// the change writer, an audit row for it, and the checks every record needs.
import { ulid } from 'ulid';
import { AppError } from '../../../shared/rpc/errors';
import type { SyncedTableName } from '../../../shared/db/tables';
import type { Row, WriteTx } from '../db/change-writer';
import type { CallContext } from '../rpc/handler-types';
import { audit } from '../audit/audit-log';
import { insertRow } from './registry-columns';
import { requireGrid } from './unit-scope';
import { gridServed, requireGridInScope, requireRecordInScope } from './registry-scope';

/** Inserts a record in its own transaction and audits it; returns the new id. Only into a grid within the caller's scope. */
export function createRecord(ctx: CallContext, table: SyncedTableName, patch: Row, extra?: (tx: WriteTx, id: string) => void): string {
  if (typeof patch.grid_id === 'string') requireGridInScope(ctx, patch.grid_id);
  const id = ulid();
  ctx.core.writer.transaction(ctx.actor, (tx) => {
    tx.insert(table, insertRow(id, patch));
    extra?.(tx, id);
    audit(ctx, { action: 'write', table, recordId: id, detail: { op: 'create' } });
  });
  return id;
}

/**
 * Updates a record in its own transaction and audits the changed fields (names only, never
 * values). The record must be within the caller's scope, and stay there.
 */
export function updateRecord(ctx: CallContext, table: SyncedTableName, id: string, patch: Row, extra?: (tx: WriteTx) => void): string[] {
  requireRecordInScope(ctx, table, id);
  if (typeof patch.grid_id === 'string') requireGridInScope(ctx, patch.grid_id);
  return ctx.core.writer.transaction(ctx.actor, (tx) => {
    const changed = tx.update(table, id, patch);
    extra?.(tx);
    if (changed.length > 0) audit(ctx, { action: 'write', table, recordId: id, detail: { op: 'update', fields: changed } });
    return changed;
  });
}

/** A grid that may take new ledger records: it exists, is not archived, and the caller serves it. */
export function activeGrid(ctx: CallContext, gridId: string) {
  const g = requireGrid(ctx.core.db, gridId);
  requireGridInScope(ctx, g.id);
  if (g.archived) throw new AppError('INVALID_STATE', `网格“${g.name}”已归档`);
  return g;
}

export function mustExist<T>(row: T | undefined, what: string): T {
  if (!row) throw new AppError('NOT_FOUND', `${what}不存在或已被删除`);
  return row;
}

/** Whether a record exists within the caller's scope (a link to one outside it reads as missing). */
export function rowExists(ctx: CallContext, table: string, id: string): boolean {
  const row = ctx.core.db.prepare(`SELECT grid_id FROM ${table} WHERE id = ?`).get(id) as { grid_id: string } | undefined;
  return !!row && gridServed(ctx, row.grid_id);
}
