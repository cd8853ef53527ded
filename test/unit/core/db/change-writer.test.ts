import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../electron/core/db/connection';
import { migrate } from '../../../../electron/core/db/migrate';
import { ChangeWriter, TOMBSTONE_COLUMN } from '../../../../electron/core/db/change-writer';
import { changesSince, changeSeq, versionVector } from '../../../../electron/core/db/change-log';
import { readRowHistory } from '../../../../electron/core/db/row-history';
import { unpackHlc } from '../../../../electron/core/db/hlc';

function fresh(now: () => number = Date.now) {
  const db = openDatabase(':memory:', { key: null });
  migrate(db);
  const events: string[][] = [];
  const writer = new ChangeWriter(db, 'DEV-A', (t) => events.push(t), now);
  const count = (table: string) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  const sizes = () => ({ rows: count('sync_row'), cells: count('sync_cell'), history: count('row_history'), priors: count('row_history_cell'), seq: changeSeq(db) });
  /** Cell stamps of one record: column → hlc (the row stamp under '*'). */
  const stamps = (id: string) => {
    const row = db.prepare('SELECT id, hlc, deleted FROM sync_row WHERE row_id = ?').safeIntegers(true).get(id) as { id: bigint; hlc: bigint; deleted: bigint };
    const cells = db
      .prepare('SELECT c.col, s.hlc FROM sync_cell s JOIN sync_column c ON c.id = s.col_id WHERE s.row_ref = ?')
      .safeIntegers(true)
      .raw()
      .all(row.id) as [string, bigint][];
    return { row: row.hlc, deleted: row.deleted === 1n, cells: new Map(cells) };
  };
  return { db, writer, events, sizes, stamps };
}

const staffRow = { id: 'S1', name: '张三', phone: '13800000001', title: '', on_duty: 1, archived: 0, created_at: '2026-11-21T00:00:00Z' };

describe('change writer', () => {
  it('stamps a new record once, with this device, and records who created it', () => {
    const { db, writer, events, sizes, stamps } = fresh();
    writer.transaction('U1', (tx) => tx.insert('staff', { ...staffRow, gender: null }));
    expect(sizes()).toEqual({ rows: 1, cells: 0, history: 1, priors: 0, seq: 1 });
    expect(stamps('S1').cells.size).toBe(0);
    const changes = changesSince(db, 0);
    // Every column of the new record, its value as stored (numbers stay numbers), one stamp.
    expect(Object.fromEntries(changes.map((c) => [c.col, c.value]))).toEqual({ ...staffRow, id: undefined, gender: null });
    expect(new Set(changes.map((c) => `${c.hlc}/${c.device}/${c.seq}`)).size).toBe(1);
    expect(changes[0]).toMatchObject({ table: 'staff', rowId: 'S1', device: 'DEV-A', seq: 1 });
    expect(readRowHistory(db, 'staff', 'S1')).toMatchObject([{ actor: 'U1', action: 0 }]);
    expect(events).toEqual([['staff']]);
  });

  it('logs exactly the changed cells of an update, newer than the record stamp', () => {
    const { db, writer, stamps } = fresh();
    writer.transaction(null, (tx) => tx.insert('staff', staffRow));
    const changed = writer.transaction('U2', (tx) => tx.update('staff', 'S1', { name: '张三', phone: '13900000002', on_duty: false }));
    expect(changed.sort()).toEqual(['on_duty', 'phone']);
    const s = stamps('S1');
    expect([...s.cells.keys()].sort()).toEqual(['on_duty', 'phone']);
    expect(s.cells.get('phone')!).toBeGreaterThan(s.row);
    expect(changesSince(db, 1).map((c) => [c.col, c.value])).toEqual(expect.arrayContaining([['phone', '13900000002'], ['on_duty', 0]]));
    expect(changesSince(db, 1)).toHaveLength(2);
    const history = readRowHistory(db, 'staff', 'S1');
    expect(history.map((e) => e.action)).toEqual([0, 1]);
    expect(history[1]).toMatchObject({ actor: 'U2', priors: new Map<string, unknown>([['phone', '13800000001'], ['on_duty', 1]]) });
  });

  it('keeps only the newest change of a cell overwritten again: the log does not grow, the history does', () => {
    const { db, writer, sizes, stamps } = fresh();
    writer.transaction(null, (tx) => tx.insert('staff', staffRow));
    writer.transaction('U1', (tx) => tx.update('staff', 'S1', { phone: '13900000001' }));
    const first = stamps('S1').cells.get('phone')!;
    const once = sizes();
    for (let i = 2; i <= 50; i++) writer.transaction('U1', (tx) => tx.update('staff', 'S1', { phone: `139000000${String(i).padStart(2, '0')}` }));
    const after = sizes();
    expect({ rows: after.rows, cells: after.cells }).toEqual({ rows: once.rows, cells: once.cells });
    expect(after.history).toBe(once.history + 49);
    expect(stamps('S1').cells.get('phone')!).toBeGreaterThan(first);
    expect(changesSince(db, once.seq)).toMatchObject([{ col: 'phone', value: '13900000050', seq: after.seq }]);
    // Every value the cell ever had is in the history.
    const priors = readRowHistory(db, 'staff', 'S1').slice(1).map((e) => e.priors.get('phone'));
    expect(priors[0]).toBe('13800000001');
    expect(priors.at(-1)).toBe('13900000049');
  });

  it('records nothing and announces nothing for a write that changes nothing', () => {
    const { writer, events, sizes } = fresh();
    writer.transaction(null, (tx) => tx.insert('staff', staffRow));
    const before = sizes();
    events.length = 0;
    const changed = writer.transaction('U1', (tx) => tx.update('staff', 'S1', { name: '张三', on_duty: true, archived: false }));
    expect(changed).toEqual([]);
    expect(sizes()).toEqual(before);
    expect(events).toEqual([]);
  });

  it('keeps stamps increasing when the wall clock goes backwards or stands still', () => {
    let t = 1_800_000_000_000;
    const { writer, stamps } = fresh(() => t);
    writer.transaction(null, (tx) => tx.insert('staff', staffRow));
    const seen = [stamps('S1').row];
    t -= 60_000;
    for (let i = 0; i < 5; i++) {
      writer.transaction(null, (tx) => tx.update('staff', 'S1', { name: `李四${i}` }));
      seen.push(stamps('S1').cells.get('name')!);
    }
    for (let i = 1; i < seen.length; i++) expect(seen[i]!).toBeGreaterThan(seen[i - 1]!);
    expect(unpackHlc(seen.at(-1)!).ms).toBe(1_800_000_000_000);
  });

  it('continues after its newest stamp when reopened with the clock set back', () => {
    let t = 1_800_000_000_000;
    const { db, writer, stamps } = fresh(() => t);
    writer.transaction(null, (tx) => tx.insert('staff', staffRow));
    writer.transaction(null, (tx) => tx.update('staff', 'S1', { name: '王五' }));
    const last = stamps('S1').cells.get('name')!;
    expect(versionVector(db)).toEqual(new Map([['DEV-A', last]]));
    t -= 3_600_000; // clock set back before restart
    const reopened = new ChangeWriter(db, 'DEV-A', () => {}, () => t);
    reopened.transaction(null, (tx) => tx.update('staff', 'S1', { name: '赵六' }));
    const next = stamps('S1').cells.get('name')!;
    expect(next).toBeGreaterThan(last);
    expect(versionVector(db)).toEqual(new Map([['DEV-A', next]]));
  });

  it('rolls back the row, its log and its history together when the action fails', () => {
    const { db, writer, events, sizes } = fresh();
    const empty = sizes();
    expect(() =>
      writer.transaction(null, (tx) => {
        tx.insert('staff', staffRow);
        tx.insert('staff', { ...staffRow }); // duplicate primary key
      }),
    ).toThrow();
    expect(db.prepare('SELECT count(*) AS n FROM staff').get()).toEqual({ n: 0 });
    expect(sizes()).toEqual(empty);
    expect(events).toEqual([]);
    // Ids the failed action gave to tables and columns are gone with it; the next write makes them again.
    writer.transaction(null, (tx) => tx.insert('staff', staffRow));
    writer.transaction(null, (tx) => tx.update('staff', 'S1', { phone: '13700000000' }));
    expect(sizes()).toMatchObject({ rows: 1, cells: 1, seq: 2 });
  });

  it('logs a delete as a tombstone that drops the record’s cell stamps; history keeps its last values', () => {
    const { db, writer, stamps, sizes } = fresh();
    writer.transaction(null, (tx) => tx.insert('staff', staffRow));
    writer.transaction(null, (tx) => tx.update('staff', 'S1', { phone: '13700000000' }));
    expect(writer.transaction('U9', (tx) => tx.remove('staff', 'S1'))).toBe(true);
    const s = stamps('S1');
    expect(s).toMatchObject({ deleted: true, cells: new Map() });
    expect(changesSince(db, 2)).toMatchObject([{ table: 'staff', rowId: 'S1', col: TOMBSTONE_COLUMN, value: 1, seq: 3 }]);
    const history = readRowHistory(db, 'staff', 'S1');
    expect(history.at(-1)).toMatchObject({ actor: 'U9', action: 2 });
    expect(history.at(-1)!.priors.get('phone')).toBe('13700000000');
    expect(writer.transaction(null, (tx) => tx.remove('staff', 'S1'))).toBe(false);
    // Created again with the same id: the row stamp is newer than the tombstone.
    const before = sizes();
    writer.transaction(null, (tx) => tx.insert('staff', staffRow));
    const again = stamps('S1');
    expect(again.deleted).toBe(false);
    expect(again.row).toBeGreaterThan(s.row);
    expect(sizes().rows).toBe(before.rows);
  });

  it('refuses tables that are not synced and unknown columns', () => {
    const { writer } = fresh();
    // Both are compile errors (shared/db/tables.ts); the writer refuses them at run time too.
    // @ts-expect-error meta is a local table, not a synced one
    expect(() => writer.transaction(null, (tx) => tx.insert('meta', { id: 'x', key: 'a', value: 'b' }))).toThrow(/Not a synced table/);
    // @ts-expect-error staff has no nickname column
    expect(() => writer.transaction(null, (tx) => tx.insert('staff', { ...staffRow, nickname: 'x' }))).toThrow(/Unknown column/);
  });

  it('joins nested transactions into one commit event and one change position', () => {
    const { writer, events, sizes } = fresh();
    writer.transaction(null, (tx) => {
      tx.insert('staff', staffRow);
      writer.transaction(null, (inner) => inner.insert('department', { id: 'D1', code: 'ZZB', name: '综治办', phone: '', categories: '[]', archived: 0 }));
    });
    expect(events).toHaveLength(1);
    expect(events[0]!.sort()).toEqual(['department', 'staff']);
    expect(sizes().seq).toBe(1);
  });

  it('makes one history entry of a create followed by updates of other columns in the same action', () => {
    const { db, writer } = fresh();
    writer.transaction('U1', (tx) => {
      tx.insert('staff', { ...staffRow, gender: null });
      tx.update('staff', 'S1', { gender: 'F' });
    });
    expect(readRowHistory(db, 'staff', 'S1')).toMatchObject([{ action: 0 }]);
    writer.transaction('U1', (tx) => {
      tx.update('staff', 'S1', { phone: '13700000000' });
      tx.update('staff', 'S1', { title: '网格长' });
      tx.update('staff', 'S1', { phone: '13700000001' }); // the same column again: a new entry
    });
    expect(readRowHistory(db, 'staff', 'S1').map((e) => [e.action, [...e.priors.keys()].sort()])).toEqual([
      [0, []],
      [1, ['phone', 'title']],
      [1, ['phone']],
    ]);
  });

  it('gives each transaction that awaits between batches its own change position, stamp and history entries', async () => {
    const { db, writer, events, sizes, stamps } = fresh();
    writer.transaction(null, (tx) => tx.insert('staff', staffRow));
    await writer.transactionAsync('U1', async (tx) => {
      tx.update('staff', 'S1', { phone: '13700000000' });
      await Promise.resolve();
      tx.insert('staff', { ...staffRow, id: 'S2' });
    });
    expect(sizes()).toMatchObject({ rows: 2, cells: 1, history: 3, seq: 2 });
    await writer.transactionAsync('U2', async (tx) => {
      tx.update('staff', 'S1', { phone: '13600000000' });
    });
    expect(sizes()).toMatchObject({ rows: 2, cells: 1, history: 4, seq: 3 });
    expect(changesSince(db, 2).map((c) => [c.rowId, c.col, c.seq])).toEqual([['S1', 'phone', 3]]);
    expect(readRowHistory(db, 'staff', 'S1').map((e) => e.actor)).toEqual([null, 'U1', 'U2']);
    expect(versionVector(db)).toEqual(new Map([['DEV-A', stamps('S1').cells.get('phone')!]]));
    // A failed one leaves no stamp, history or event, and the next write continues the positions.
    const before = sizes();
    await expect(
      writer.transactionAsync('U3', async (tx) => {
        tx.insert('staff', { ...staffRow, id: 'S3' });
        await Promise.resolve();
        throw new Error('cancelled');
      }),
    ).rejects.toThrow('cancelled');
    expect(sizes()).toEqual(before);
    writer.transaction(null, (tx) => tx.update('staff', 'S2', { name: '李四' }));
    expect(sizes()).toMatchObject({ seq: 4 });
    expect(events).toEqual([['staff'], ['staff'], ['staff'], ['staff']]);
  });
});
