// Reading the rows of many keys at once: the set query and the per-key query answer the same
// rows, whichever side of the threshold the number of keys falls.
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../electron/core/db/connection';
import { keyedReads, readByKeys } from '../../../../electron/core/db/keyed-read';
import { migrate } from '../../../../electron/core/db/migrate';
import { readOnlyDb } from '../../../../electron/core/db/read-db';

const setMin = keyedReads.setMin;
afterEach(() => {
  keyedReads.setMin = setMin;
});

function fixture() {
  const raw = openDatabase(':memory:', { key: null });
  migrate(raw);
  const add = raw.prepare("INSERT INTO staff (id, name, phone, title, created_at) VALUES (?, ?, ?, '', '2026-11-30')");
  // Ids that need care as JSON and as SQL text: quotes, backslashes, non-ASCII, digits only.
  const ids = ['S1', "O'Brien", 'a"b', 'back\\slash', '王芳', '0138', '42', ...Array.from({ length: 30 }, (_, i) => `S-${i}`)];
  for (const [i, id] of ids.entries()) add.run(id, `name ${i}`, `138${i}`);
  return { db: readOnlyDb(raw), ids };
}

/** The rows for `keys` by the set query and by the per-key query. */
function both<R>(run: () => R[]): [R[], R[]] {
  keyedReads.setMin = 1;
  const bySet = run();
  keyedReads.setMin = Number.MAX_SAFE_INTEGER;
  const byKey = run();
  return [bySet, byKey];
}

const sorted = <R>(rows: R[]) => [...rows].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

describe('readByKeys', () => {
  it('answers the same rows by set and by key, for text keys of any kind and keys that are absent', () => {
    const { db, ids } = fixture();
    const keys = [...ids.slice(0, 20), 'missing', '', '42 '];
    const [bySet, byKey] = both(() => readByKeys<{ id: string; name: string }>(db, 'SELECT id, name FROM staff WHERE id IN (:keys)', keys));
    expect(bySet).toHaveLength(20);
    expect(sorted(bySet)).toEqual(sorted(byKey));
    expect(new Set(bySet.map((r) => r.id))).toEqual(new Set(ids.slice(0, 20)));
  });

  it('takes integer keys, parameters before the keys, and the statement modes', () => {
    const { db, ids } = fixture();
    const rowids = (db.prepare('SELECT rowid FROM staff ORDER BY rowid').pluck().all() as number[]).slice(0, 15);
    const [bySet, byKey] = both(() =>
      readByKeys<unknown[]>(db, 'SELECT rowid, id FROM staff WHERE name <> ? AND rowid IN (:keys)', [...rowids, 10_000], ['name 3'], (s) => s.raw()),
    );
    expect(bySet).toHaveLength(14);
    expect(sorted(bySet)).toEqual(sorted(byKey));
    expect(bySet.every((r) => Array.isArray(r) && ids.includes(r[1] as string))).toBe(true);
  });

  it('answers nothing for no keys, and refuses a query without exactly one key set', () => {
    const { db } = fixture();
    expect(readByKeys(db, 'SELECT id FROM staff WHERE id IN (:keys)', [])).toEqual([]);
    expect(() => readByKeys(db, 'SELECT id FROM staff WHERE id = ?', ['S1'])).toThrow(/IN \(:keys\)/);
  });
});
