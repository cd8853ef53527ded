// Merging records that share a natural key (docs/sync.md, "Natural keys"). Two PCs apart may
// each register the same person or unit under different ids. After every received batch the
// records it wrote are compared with those holding the same key: records equal in every column
// but the id are merged, the same way on every PC — the smallest id is kept, every reference to
// the others is redirected to it, and the others are deleted — so all PCs converge. Records
// that differ are kept both and listed for a person (sync.duplicates), who merges them with the
// same function (sync.mergeDuplicates). Every write goes through the change writer, so a merge
// syncs like any local write.
import type { SyncedTableName } from '../../../shared/db/tables';
import type { Row, WriteTx } from '../db/change-writer';
import type { ReadDb } from '../db/read-db';
import { describeSyncedTables, referencesTo, type SyncedReference, type SyncedSchema } from '../db/synced-tables';
import { keyHolders, NATURAL_KEYS, naturalKeyOf } from './natural-keys';

/** The synced tables' references, read once per connection. */
export function syncedSchema(db: ReadDb): SyncedSchema {
  return db.memo('synced-schema', () => describeSyncedTables(db));
}

function readRow(db: ReadDb, table: string, id: string): Row | undefined {
  return db.cached(`SELECT * FROM ${table} WHERE id = ?`).get(id) as Row | undefined;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Buffer.isBuffer(a) && Buffer.isBuffer(b)) return a.equals(b);
  return a === b;
}

/** Whether two records are the same in every column but their id. */
export function identicalRecords(a: Row, b: Row): boolean {
  return Object.keys(a).every((c) => c === 'id' || sameValue(a[c], b[c]));
}

/**
 * Points reference `ref` of record `childId` at `keepId`. A link record that would become the
 * same link as another (same natural key) is merged into that one instead. Returns the writes.
 */
function redirect(tx: WriteTx, ref: SyncedReference, childId: string, keepId: string): number {
  const childKey = naturalKeyOf(ref.child);
  if (childKey && !childKey.notMergeable && childKey.columns.includes(ref.column)) {
    const row = readRow(tx.db, ref.child, childId)!;
    const sibling = keyHolders(tx.db, childKey, { ...row, [ref.column]: keepId }, childId)[0];
    if (sibling) return mergeRecord(tx, ref.child, sibling.id, childId);
  }
  return tx.update(ref.child, childId, { [ref.column]: keepId } as never).length;
}

/**
 * Merges record `mergeId` of `table` into `keepId`: every reference to it (the schema's and
 * the soft ones) is redirected to `keepId`, a pointer from it to `keepId` is kept
 * (`merged_record`, for records made elsewhere under it that arrive later), and it is deleted.
 * Returns the number of writes.
 */
export function mergeRecord(tx: WriteTx, table: SyncedTableName, keepId: string, mergeId: string): number {
  const schema = syncedSchema(tx.db);
  let writes = 0;
  for (const ref of referencesTo(schema, table)) {
    const children = (tx.db.cached(`SELECT id FROM ${ref.child} WHERE ${ref.column} = ? ORDER BY id`).all(mergeId) as { id: string }[]).map((r) => r.id);
    for (const childId of children) {
      if (ref.child === table && childId === mergeId) continue;
      // The kept record never becomes its own parent: it takes the merged one's parent instead.
      if (ref.child === table && childId === keepId) {
        writes += tx.update(table, keepId, { [ref.column]: readRow(tx.db, table, mergeId)![ref.column] ?? null } as never).length;
      } else writes += redirect(tx, ref, childId, keepId);
    }
  }
  const pointer = `${table}/${mergeId}`;
  if (readRow(tx.db, 'merged_record', pointer)) writes += tx.update('merged_record', pointer, { kept_id: keepId }).length;
  else {
    tx.insert('merged_record', { id: pointer, tbl: table, merged_id: mergeId, kept_id: keepId });
    writes++;
  }
  if (tx.remove(table, mergeId)) writes++;
  return writes;
}

/** The record that `id` of `table` was merged into, following merges of merges; null when it was not merged (or that one is gone too). */
export function mergedInto(db: ReadDb, table: string, id: string): string | null {
  let current = id;
  const seen = new Set<string>([id]);
  for (;;) {
    const next = (db.cached('SELECT kept_id FROM merged_record WHERE id = ?').get(`${table}/${current}`) as { kept_id: string } | undefined)?.kept_id;
    if (next === undefined || seen.has(next)) return null;
    if (readRow(db, table, next)) return next;
    seen.add(next);
    current = next;
  }
}

/**
 * Mending after a received batch (remote-apply.ts): a reference to a record that is gone
 * because it was merged follows it to the record kept. Returns the writes, or null when the
 * record was not merged (the ordinary mending applies).
 */
export function followMerge(tx: WriteTx, ref: SyncedReference, childId: string, goneId: string): number | null {
  const kept = mergedInto(tx.db, ref.parent, goneId);
  return kept === null ? null : redirect(tx, ref, childId, kept);
}

/**
 * After a received batch (merge-policies.ts): merges the written records that are identical to
 * another record holding the same natural key into the one with the smallest id.
 */
export function mergeIdenticalDuplicates(tx: WriteTx, written: ReadonlyMap<SyncedTableName, readonly string[]>): number {
  let writes = 0;
  for (const key of NATURAL_KEYS) {
    const ids = written.get(key.table);
    if (!ids || key.notMergeable) continue;
    for (const id of [...ids].sort()) {
      const row = readRow(tx.db, key.table, id);
      if (!row) continue;
      const same = keyHolders(tx.db, key, row, id)
        .map((h) => h.id)
        .filter((other) => identicalRecords(row, readRow(tx.db, key.table, other)!));
      if (same.length === 0) continue;
      const [keep, ...rest] = [id, ...same].sort();
      for (const other of rest) writes += mergeRecord(tx, key.table, keep!, other);
    }
  }
  return writes;
}
