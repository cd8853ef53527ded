// An import stays within the importer's scope. For the ledgers (registry-scope.ts): a row that would add a record
// to a grid the account does not serve, or match (update) a record of such a grid, is a bad row.
// The preview lists it with the reason, and the commit is refused — writing nothing — while it
// is not excluded; the commit checks again against the rows it is about to write.
import type { SyncedTableName } from '../../../../shared/db/tables';
import type { ImportRowProblem } from '../../../../shared/registry/import-types';
import { AppError } from '../../../../shared/rpc/errors';
import type { CallContext } from '../../rpc/handler-types';
import { gridServed, recordGrid, registryGrids } from '../registry-scope';
import type { PlannedRow } from './import-adapter';
import type { ImportPlan } from './import-plan';

const NEW_OUTSIDE = '所属网格不在本账号的管理范围内，只能导入本人所服务网格的台账';
const STORED_OUTSIDE = '与之匹配的记录属于本账号管理范围以外的网格，不能导入或修改';

/** The rows of a plan that leave the caller's scope, with the reason; [] for an unscoped account. */
export function rowsOutsideScope(ctx: CallContext, table: SyncedTableName, rows: readonly PlannedRow[]): ImportRowProblem[] {
  if (registryGrids(ctx) === null) return [];
  const out: ImportRowProblem[] = [];
  for (const r of rows) {
    const reasons: string[] = [];
    if (r.action !== 'insert') {
      const stored = recordGrid(ctx.core.db, table, r.id);
      if (stored === undefined || !gridServed(ctx, stored)) reasons.push(STORED_OUTSIDE);
    }
    const target = r.columns.grid_id;
    if (typeof target === 'string' && !gridServed(ctx, target)) reasons.push(NEW_OUTSIDE);
    if (reasons.length) out.push({ row: r.row, reasons });
  }
  return out;
}

/** Moves the plan's rows outside the caller's scope (as the import's source tells them) to its bad rows (in row order). */
export function confineToScope(plan: ImportPlan, outsideOf: (rows: readonly PlannedRow[]) => ImportRowProblem[]): ImportPlan {
  const outside = outsideOf(plan.rows);
  if (outside.length === 0) return plan;
  const bad = new Set(outside.map((p) => p.row));
  return {
    ...plan,
    rows: plan.rows.filter((r) => !bad.has(r.row)),
    invalid: [...plan.invalid, ...outside].sort((a, b) => a.row - b.row),
  };
}

/** Refuses a commit that would write outside the caller's scope, naming the rows and the rule (e.g. 只能导入本人所服务网格的台账). */
export function requireRowsInScope(outside: readonly ImportRowProblem[], rule: string, list: (rows: number[]) => string): void {
  if (outside.length > 0) {
    throw new AppError('FORBIDDEN', `第${list(outside.map((p) => p.row))}行不在本账号的管理范围内（${rule}）。本次未导入任何数据`);
  }
}
