// Records sharing a natural key that sync kept both (their details differ), listed for a
// person to merge, and the merge itself (docs/sync.md, "Natural keys").
import { maskCitizenId } from '../../../shared/registry/citizen-id';
import { AppError } from '../../../shared/rpc/errors';
import type { DuplicateGroup, DuplicateRecord, DuplicateTable } from '../../../shared/sync/duplicates-api';
import type { WriteTx } from '../db/change-writer';
import type { ReadDb } from '../db/read-db';
import { referencesTo } from '../db/synced-tables';
import { mergeRecord, syncedSchema } from './duplicate-merge';
import { keyHolders, NATURAL_KEYS, naturalKeyOf, type NaturalKey } from './natural-keys';

/** When the record was created here or on the PC that made it (its first history entry). */
function createdAt(db: ReadDb, table: string, id: string): number | null {
  const row = db
    .cached(
      `SELECT min(h.hlc) >> 16 AS ms FROM row_history h JOIN sync_row r ON r.id = h.row_ref JOIN sync_table t ON t.id = r.table_id
        WHERE t.name = ? AND r.row_id = ? AND h.action = 0`,
    )
    .get(table, id) as { ms: number | null } | undefined;
  return row?.ms ?? null;
}

/** How many records refer to record `id` of `key`'s table. */
function referenceCount(db: ReadDb, key: NaturalKey, id: string): number {
  let n = 0;
  for (const ref of referencesTo(syncedSchema(db), key.table)) {
    n += (db.cached(`SELECT count(*) AS n FROM ${ref.child} WHERE ${ref.column} = ? AND id <> ?`).get(id, id) as { n: number }).n;
  }
  return n;
}

/** Every group of records sharing a natural key; personal keys masked when `mask`. */
export function listDuplicates(db: ReadDb, opts: { mask: boolean }): DuplicateGroup[] {
  const groups: DuplicateGroup[] = [];
  for (const key of NATURAL_KEYS) {
    const cols = key.columns.join(', ');
    // The first record of each group (smallest id) stands for it; the index on the key finds the rest.
    const firsts = db
      .cached(`SELECT min(id) AS id FROM ${key.table}${key.where ? ` WHERE ${key.where}` : ''} GROUP BY ${cols} HAVING count(*) > 1 ORDER BY ${cols}`)
      .all() as { id: string }[];
    for (const { id } of firsts) {
      const row = db.cached(`SELECT *, ${key.valueSql ?? key.columns.join(" || ' · ' || ")} AS key_value, ${key.summarySql} AS key_summary FROM ${key.table} WHERE id = ?`).get(id) as Record<string, unknown>;
      const holders = [{ id, summary: String(row.key_summary ?? '') }, ...keyHolders(db, key, row, id)];
      const value = String(row.key_value ?? '');
      const records: DuplicateRecord[] = holders.map((h) => ({ id: h.id, summary: String(h.summary ?? ''), createdAt: createdAt(db, key.table, h.id), references: referenceCount(db, key, h.id) }));
      groups.push({
        table: key.table as DuplicateTable,
        tableLabel: key.tableLabel,
        keyLabel: key.label,
        value: key.personal && opts.mask ? maskCitizenId(value) : value,
        notMergeable: key.notMergeable ?? null,
        records: records.sort((a, b) => (a.id < b.id ? -1 : 1)),
      });
    }
  }
  return groups;
}

/**
 * Merges `mergeIds` into `keepId` in `tx` (references redirected, the others deleted). Refused
 * when a record is missing or does not share the key of the one kept. Returns the writes.
 */
export function mergeDuplicates(tx: WriteTx, input: { table: DuplicateTable; keepId: string; mergeIds: readonly string[] }): number {
  const key = naturalKeyOf(input.table);
  if (!key) throw new AppError('BAD_INPUT', '不支持合并这类记录');
  if (key.notMergeable) throw new AppError('INVALID_STATE', key.notMergeable);
  const keep = tx.db.cached(`SELECT * FROM ${key.table} WHERE id = ?`).get(input.keepId) as Record<string, unknown> | undefined;
  if (!keep) throw new AppError('NOT_FOUND', `要保留的${key.tableLabel}记录不存在或已被删除`);
  const mergeIds = [...new Set(input.mergeIds)].sort();
  if (mergeIds.includes(input.keepId)) throw new AppError('BAD_INPUT', '要保留的记录不能同时被并入');
  const sharing = new Set(keyHolders(tx.db, key, keep, input.keepId).map((h) => h.id));
  for (const id of mergeIds) {
    if (!tx.db.cached(`SELECT 1 AS ok FROM ${key.table} WHERE id = ?`).get(id)) throw new AppError('NOT_FOUND', `要并入的${key.tableLabel}记录不存在或已被删除`);
    if (!sharing.has(id)) throw new AppError('CONFLICT', `所选记录的${key.label}与要保留的记录不同，不能合并`);
  }
  let writes = 0;
  for (const id of mergeIds) writes += mergeRecord(tx, key.table, input.keepId, id);
  return writes;
}
