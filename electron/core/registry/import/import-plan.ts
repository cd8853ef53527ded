// Checks parsed rows and decides, per row, insert / update / unchanged against the stored
// records, looking up only the keys the file holds (keyed-lookup.ts: one indexed lookup per key).
import type { ImportRowProblem } from '../../../../shared/registry/import-types';
import type { ImportAdapter, ImportContext, PlannedRow, RowInput } from './import-adapter';
import { changedColumns } from './kinds/compare';

export interface ImportPlan {
  rows: PlannedRow[];
  invalid: ImportRowProblem[];
  warnings: ImportRowProblem[];
  state: unknown;
}

/**
 * `cellReasons` holds the reasons found while parsing cells (by row number); the adapter's
 * own checks add to them, so a row lists every problem at once.
 */
export function planImport(
  adapter: ImportAdapter<unknown>,
  ctx: ImportContext,
  inputs: readonly RowInput[],
  cellReasons: ReadonlyMap<number, string[]> = new Map(),
  onProgress?: (done: number) => void,
): ImportPlan {
  const state = adapter.load(ctx);
  const seen = new Map<string, number>();
  const rows: PlannedRow[] = [];
  const invalid: ImportRowProblem[] = [];
  const warnings: ImportRowProblem[] = [];
  inputs.forEach((input, i) => {
    const checked = adapter.check(input, state, ctx);
    const reasons = [...(cellReasons.get(input.row) ?? []), ...checked.reasons];
    if (reasons.length === 0) {
      const first = seen.get(checked.key);
      if (first !== undefined) reasons.push(`与第${first}行的${adapter.keyLabel}重复`);
      else seen.set(checked.key, input.row);
    }
    if (checked.warnings.length) warnings.push({ row: input.row, reasons: checked.warnings });
    if (reasons.length > 0) {
      invalid.push({ row: input.row, reasons });
    } else {
      const ex = adapter.existing(checked.key, state);
      if (!ex) rows.push({ row: input.row, key: checked.key, action: 'insert', id: ctx.newId(), columns: checked.columns, changed: checked.columns });
      else {
        const changed = changedColumns(checked.columns, ex.row);
        rows.push({ row: input.row, key: checked.key, action: Object.keys(changed).length ? 'update' : 'unchanged', id: ex.id, columns: checked.columns, changed });
      }
    }
    if (onProgress && (i + 1) % 5000 === 0) onProgress(i + 1);
  });
  return { rows, invalid, warnings, state };
}
