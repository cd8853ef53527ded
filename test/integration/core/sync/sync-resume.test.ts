// A catch-up that resumes on a new connection (docs/sync.md, "The protocol"): the new session's
// hello carries the receiver's version vector, and the sender leaves out what it covers. So a
// batch may only ship stamps from the positions it acknowledges: a record changed again later
// is shipped with its newest change, never earlier with stamps from beyond the batch — those
// would raise the receiver's vector past records it has not received yet, and after a
// reconnect the sender would skip them for good (seen as a station joining through another
// that never received the grid created before it joined).
import { describe, expect, it } from 'vitest';
import { changeSeq, versionVector } from '../../../../electron/core/db/change-log';
import type { Db } from '../../../../electron/core/db/connection';
import { readOnlyDb } from '../../../../electron/core/db/read-db';
import { batchSince } from '../../../../electron/core/sync/sync-records';
import { CLOCK_BASE, openReplica } from './sync-replica';

const staff = (db: Db) => db.prepare('SELECT id, name, phone FROM staff ORDER BY id').all();

/** Each record's stamps (its record stamp and its cells' own), newest first. */
function recordStamps(db: Db): Map<string, bigint[]> {
  const rows = db
    .prepare('SELECT r.row_id, r.hlc, c.hlc FROM sync_row r LEFT JOIN sync_cell c ON c.row_ref = r.id')
    .safeIntegers(true)
    .raw()
    .all() as [string, bigint, bigint | null][];
  const out = new Map<string, bigint[]>();
  for (const [id, hlc, cell] of rows) {
    const list = out.get(id) ?? [hlc];
    if (cell !== null) list.push(cell);
    out.set(id, list);
  }
  for (const list of out.values()) list.sort((x, y) => (x > y ? -1 : x < y ? 1 : 0));
  return out;
}

/**
 * What `to`'s version vector claims, it holds: a record of `from` whose every stamp the vector
 * covers (what a sender leaves out) is held by `to`, as new as there. (A record made early and
 * changed late is not claimed by a vector that has passed its first stamp only: its newest
 * stamp is not covered until it arrives.)
 */
function vectorClaimsOnlyWhatItHolds(from: Db, to: Db): void {
  const claim = versionVector(to).get('DEV-A');
  const held = recordStamps(to);
  for (const [id, list] of recordStamps(from)) {
    if (claim === undefined || list[0]! > claim) continue;
    expect(held.get(id)?.[0], `${id} is covered by the vector (${claim}) but not held as it is`).toBe(list[0]);
  }
}

describe('a catch-up resumed on a new connection', () => {
  it('one position per batch, reconnecting after every batch: nothing is skipped, and the vector never claims more than is held', () => {
    const clock = { t: 0 };
    const a = openReplica('DEV-A', () => CLOCK_BASE + clock.t);
    const b = openReplica('DEV-B', () => CLOCK_BASE + clock.t);
    const person = (id: string, name: string) => ({ id, name, phone: '13800000000', title: '', on_duty: 1, archived: 0, created_at: '2026-11-30', gender: null });
    a.writer.transaction(null, (tx) => tx.insert('staff', person('S1', '张三')));
    clock.t = 10;
    a.writer.transaction(null, (tx) => tx.insert('staff', person('S2', '李四')));
    clock.t = 20;
    a.writer.transaction(null, (tx) => tx.insert('staff', person('S3', '王五')));
    clock.t = 30;
    // The first record changed again after the others were made: its cell carries a newer stamp.
    a.writer.transaction(null, (tx) => tx.update('staff', 'S1', { phone: '13900000000' }));

    const end = changeSeq(a.db);
    let after = 0;
    while (after < end) {
      // Each batch on a new connection: the sender knows only what the receiver's hello says.
      const batch = batchSince(readOnlyDb(a.db), after, { limit: 1, known: versionVector(b.db) });
      expect(batch.upTo).toBeGreaterThan(after);
      b.writer.applyRemote(batch.records);
      after = batch.upTo;
      vectorClaimsOnlyWhatItHolds(a.db, b.db);
    }
    expect(staff(b.db)).toEqual(staff(a.db));
  });
});
