// A catch-up's big batches (docs/sync.md, "Speed of a catch-up"): records the receiver has never
// seen are inserted together, many per statement — with the same rows, stamps, positions and
// history entries as one by one — and the same batch again changes nothing.
import { describe, expect, it } from 'vitest';
import { changeSeq, versionVector } from '../../../../electron/core/db/change-log';
import type { Db } from '../../../../electron/core/db/connection';
import { readOnlyDb } from '../../../../electron/core/db/read-db';
import { HistoryAction, readRowHistory } from '../../../../electron/core/db/row-history';
import { batchSince } from '../../../../electron/core/sync/sync-records';
import { CLOCK_BASE, openReplica } from './sync-replica';

const N = 137; // not a multiple of the rows per statement: the last ones go one by one

/** Every staff row with its record stamp and its cell stamps, as the log holds them. */
function stamps(db: Db) {
  return db
    .prepare(
      `SELECT s.*, r.hlc, d.device_id, r.deleted,
              (SELECT group_concat(c.col || '@' || x.hlc || '/' || dx.device_id, ',') FROM (SELECT * FROM sync_cell WHERE row_ref = r.id ORDER BY col_id) x
                 JOIN sync_column c ON c.id = x.col_id JOIN sync_device dx ON dx.id = x.device) AS cells
       FROM staff s JOIN sync_row r ON r.row_id = s.id JOIN sync_device d ON d.id = r.device ORDER BY s.id`,
    )
    .safeIntegers(true)
    .all();
}

describe('applying a big batch', () => {
  it('inserts never-seen records whole with their stamps, one position and one history entry each; again, it changes nothing', () => {
    const clock = { t: 0 };
    const a = openReplica('DEV-A', () => CLOCK_BASE + clock.t);
    const b = openReplica('DEV-B', () => CLOCK_BASE + clock.t);
    a.writer.transaction(null, (tx) => {
      for (let i = 0; i < N; i++) tx.insert('staff', { id: `S${i}`, name: `网格员${i}`, phone: `138${i}`, title: i % 2 ? '专职网格员' : '', on_duty: 1, archived: 0, created_at: '2026-11-30', gender: i % 3 ? null : '女' });
    });
    clock.t = 50;
    // Some records changed since: their cells carry stamps of their own; one deleted.
    a.writer.transaction(null, (tx) => {
      for (let i = 0; i < N; i += 5) tx.update('staff', `S${i}`, { phone: `139${i}` });
      tx.remove('staff', 'S1');
    });
    const { records, upTo } = batchSince(readOnlyDb(a.db), 0, { known: versionVector(b.db) });
    expect(upTo).toBe(changeSeq(a.db));
    const before = changeSeq(b.db);

    const r = b.writer.applyRemote(records);
    expect(r).toMatchObject({ applied: N, skipped: 0, mended: 0, held: [] });
    expect(stamps(b.db)).toEqual(stamps(a.db));
    expect(b.db.prepare('SELECT count(*) FROM sync_row WHERE deleted = 1').pluck().get()).toBe(1);
    // One position for the whole batch, so the records are shipped on from here.
    expect(b.db.prepare('SELECT DISTINCT seq FROM sync_row').pluck().all()).toEqual([before + 1]);
    expect(b.db.prepare('SELECT DISTINCT seq FROM sync_cell').pluck().all()).toEqual([before + 1]);
    // Each received record has one history entry: created by the system, at the sender's record stamp.
    const recordStamp = (db: Db, id: string) => db.prepare('SELECT hlc FROM sync_row WHERE row_id = ?').safeIntegers(true).pluck().get(id) as bigint;
    for (const id of ['S0', 'S2', 'S5', `S${N - 1}`]) {
      const history = readRowHistory(b.db, 'staff', id);
      expect(history).toMatchObject([{ actor: null, action: HistoryAction.create }]);
      expect(history[0]!.hlc).toBe(recordStamp(a.db, id));
    }
    // (The tombstone of a record never seen here has nothing to keep.)
    expect(b.db.prepare('SELECT count(*) FROM row_history').pluck().get()).toBe(N - 1);
    expect(b.db.pragma('foreign_key_check')).toEqual([]);

    const again = b.writer.applyRemote(records);
    expect(again).toMatchObject({ applied: 0, skipped: N, mended: 0 });
    expect(changeSeq(b.db)).toBe(before + 1);
    expect(b.db.prepare('SELECT count(*) FROM row_history').pluck().get()).toBe(N - 1);
  });
});
