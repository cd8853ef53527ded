// Comparing an import row's columns with the stored record.
import type { Row } from '../../../db/change-writer';

function same(a: unknown, b: unknown): boolean {
  const x = a === undefined ? null : a;
  const y = b === undefined ? null : b;
  if (typeof x === 'number' && typeof y === 'number') return Math.abs(x - y) < 1e-9;
  return x === y;
}

/** The columns of `desired` whose value differs from `stored`. */
export function changedColumns(desired: Row, stored: Row): Row {
  const out: Row = {};
  for (const [k, v] of Object.entries(desired)) if (!same(v, stored[k])) out[k] = v;
  return out;
}

/** '' → null, for optional text cells. */
export function text(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  const s = String(v).trim();
  return s === '' ? null : s;
}

/** Sets `row[column]` only when the field was mapped (present in `values`). */
export function put(row: Row, values: Record<string, unknown>, field: string, column: string, map: (v: unknown) => unknown = text): void {
  if (field in values) row[column] = map(values[field]);
}
