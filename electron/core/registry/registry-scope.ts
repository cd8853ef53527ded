// Which ledger records an account may read and write: a grid worker those of the grids it serves
// (org/served-units.ts — one rule for "a grid worker's grids"), every other role that may read
// the registry the whole town. Lists, counts, exports and forms apply it in SQL (the ledgers'
// grid filter, intersected with what was asked for); every single-record read and every write
// checks it here. A record outside the scope reads as one that does not exist; a write that
// would put a record into a grid outside it is refused, writing nothing.
import { AppError } from '../../../shared/rpc/errors';
import type { ReadDb } from '../db/read-db';
import { accountGrids } from '../org/served-units';
import type { CallContext } from '../rpc/handler-types';
import { callToday } from '../rpc/call-today';

export const OUT_OF_SCOPE = '记录不存在，或不在本账号的管理范围内';

const perCall = new WeakMap<CallContext, string[] | null>();

/** The caller's registry scope (worked out once per call); null: the whole town. */
export function registryGrids(ctx: CallContext): string[] | null {
  if (!ctx.session) return null;
  if (!perCall.has(ctx)) perCall.set(ctx, accountGrids(ctx.core.db, ctx.session.userId, ctx.session.role, callToday(ctx)));
  return perCall.get(ctx)!;
}

/** Grids asked for (a unit's grids, null = all) narrowed to the caller's scope: never wider. */
export function withinScope(ctx: CallContext, asked: string[] | null): string[] | null {
  const served = registryGrids(ctx);
  if (served === null) return asked;
  if (asked === null) return served;
  const allowed = new Set(served);
  return asked.filter((g) => allowed.has(g));
}

export function gridServed(ctx: CallContext, gridId: string): boolean {
  const served = registryGrids(ctx);
  return served === null || served.includes(gridId);
}

/**
 * The record as read for a page or an edit; NOT_FOUND when it is missing or outside the
 * caller's scope (one answer for both, so the scope does not tell which records exist).
 */
export function mustSee<T extends { grid_id: string }>(ctx: CallContext, row: T | undefined, what: string): T {
  if (row && gridServed(ctx, row.grid_id)) return row;
  if (registryGrids(ctx) !== null) throw new AppError('NOT_FOUND', `${what}${OUT_OF_SCOPE}`);
  throw new AppError('NOT_FOUND', `${what}不存在或已被删除`);
}

/** The grid of a ledger record by table and id (a help/visit record: its special-population record's). */
export function recordGrid(db: ReadDb, table: string, id: string): string | undefined {
  const sql =
    table === 'special_visit'
      ? 'SELECT s.grid_id FROM special_visit v JOIN special_person s ON s.id = v.special_id WHERE v.id = ?'
      : `SELECT grid_id FROM ${table} WHERE id = ?`;
  return (db.prepare(sql).get(id) as { grid_id: string } | undefined)?.grid_id;
}

/** Checks a stored record is within the caller's scope (NOT_FOUND otherwise, like a missing one). */
export function requireRecordInScope(ctx: CallContext, table: string, id: string, what = ''): void {
  if (registryGrids(ctx) === null) return;
  const grid = recordGrid(ctx.core.db, table, id);
  if (grid === undefined || !gridServed(ctx, grid)) throw new AppError('NOT_FOUND', `${what}${OUT_OF_SCOPE}`);
}

/** Refuses to put a record into a grid the caller does not serve. */
export function requireGridInScope(ctx: CallContext, gridId: string): void {
  if (!gridServed(ctx, gridId)) throw new AppError('FORBIDDEN', '所选网格不在本账号的管理范围内，只能登记、修改本人所服务网格的台账');
}
