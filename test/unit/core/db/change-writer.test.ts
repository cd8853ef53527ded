import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../electron/core/db/connection';
import { migrate } from '../../../../electron/core/db/migrate';
import { ChangeWriter, TOMBSTONE_COLUMN } from '../../../../electron/core/db/change-writer';

interface LogRow {
  hlc: string;
  device_id: string;
  actor: string | null;
  tbl: string;
  row_id: string;
  col: string;
  value: string | null;
}

function fresh(now: () => number = Date.now) {
  const db = openDatabase(':memory:');
  migrate(db);
  const events: string[][] = [];
  const writer = new ChangeWriter(db, 'DEV-A', (t) => events.push(t), now);
  const log = () => db.prepare('SELECT hlc, device_id, actor, tbl, row_id, col, value FROM change_log ORDER BY seq').all() as LogRow[];
  return { db, writer, events, log };
}

const staffRow = { id: 'S1', name: '张三', phone: '13800000001', title: '', on_duty: 1, archived: 0, created_at: '2026-11-21T00:00:00Z' };

describe('change writer', () => {
  it('logs every non-null cell of an insert with this device id and the actor', () => {
    const { writer, log, events } = fresh();
    writer.transaction('U1', (tx) => tx.insert('staff', { ...staffRow, gender: null }));
    const rows = log();
    expect(rows.map((r) => r.col).sort()).toEqual(['archived', 'created_at', 'name', 'on_duty', 'phone', 'title']);
    expect(rows.every((r) => r.device_id === 'DEV-A' && r.actor === 'U1' && r.tbl === 'staff' && r.row_id === 'S1')).toBe(true);
    expect(rows.find((r) => r.col === 'name')?.value).toBe(JSON.stringify('张三'));
    expect(events).toEqual([['staff']]);
  });

  it('logs exactly the changed cells of an update, with increasing HLCs', () => {
    const { writer, log } = fresh();
    writer.transaction(null, (tx) => tx.insert('staff', staffRow));
    const before = log().length;
    const changed = writer.transaction('U2', (tx) => tx.update('staff', 'S1', { name: '张三', phone: '13900000002', on_duty: false }));
    expect(changed.sort()).toEqual(['on_duty', 'phone']);
    const added = log().slice(before);
    expect(added.map((r) => [r.col, r.value])).toEqual([
      ['phone', JSON.stringify('13900000002')],
      ['on_duty', '0'],
    ]);
    const all = log().map((r) => r.hlc);
    expect([...all].sort()).toEqual(all);
    expect(new Set(all).size).toBe(all.length);
  });

  it('records nothing and announces nothing for a write that changes nothing', () => {
    const { writer, log, events } = fresh();
    writer.transaction(null, (tx) => tx.insert('staff', staffRow));
    const before = log().length;
    events.length = 0;
    const changed = writer.transaction('U1', (tx) => tx.update('staff', 'S1', { name: '张三', on_duty: true, archived: false }));
    expect(changed).toEqual([]);
    expect(log().length).toBe(before);
    expect(events).toEqual([]);
  });

  it('keeps HLCs increasing when the wall clock goes backwards', () => {
    let t = 1_800_000_000_000;
    const { writer, log } = fresh(() => t);
    writer.transaction(null, (tx) => tx.insert('staff', staffRow));
    t -= 60_000;
    writer.transaction(null, (tx) => tx.update('staff', 'S1', { name: '李四' }));
    t -= 60_000;
    writer.transaction(null, (tx) => tx.update('staff', 'S1', { name: '王五' }));
    const hlcs = log().map((r) => r.hlc);
    for (let i = 1; i < hlcs.length; i++) expect(hlcs[i]! > hlcs[i - 1]!).toBe(true);
  });

  it('continues after the last logged HLC when reopened', () => {
    let t = 1_800_000_000_000;
    const { db, writer, log } = fresh(() => t);
    writer.transaction(null, (tx) => tx.insert('staff', staffRow));
    const last = log().at(-1)!.hlc;
    t -= 3_600_000; // clock set back before restart
    const reopened = new ChangeWriter(db, 'DEV-A', () => {}, () => t);
    reopened.transaction(null, (tx) => tx.update('staff', 'S1', { name: '赵六' }));
    expect(log().at(-1)!.hlc > last).toBe(true);
  });

  it('rolls back the row and its log together when the action fails', () => {
    const { db, writer, log, events } = fresh();
    expect(() =>
      writer.transaction(null, (tx) => {
        tx.insert('staff', staffRow);
        tx.insert('staff', { ...staffRow }); // duplicate primary key
      }),
    ).toThrow();
    expect(db.prepare('SELECT count(*) AS n FROM staff').get()).toEqual({ n: 0 });
    expect(log()).toEqual([]);
    expect(events).toEqual([]);
  });

  it('logs a delete as a tombstone', () => {
    const { writer, log } = fresh();
    writer.transaction(null, (tx) => tx.insert('staff', staffRow));
    expect(writer.transaction(null, (tx) => tx.remove('staff', 'S1'))).toBe(true);
    expect(log().at(-1)).toMatchObject({ col: TOMBSTONE_COLUMN, row_id: 'S1', value: '1' });
    expect(writer.transaction(null, (tx) => tx.remove('staff', 'S1'))).toBe(false);
  });

  it('refuses tables that are not synced and unknown columns', () => {
    const { writer } = fresh();
    // Both are compile errors (shared/db/tables.ts); the writer refuses them at run time too.
    // @ts-expect-error meta is a local table, not a synced one
    expect(() => writer.transaction(null, (tx) => tx.insert('meta', { id: 'x', key: 'a', value: 'b' }))).toThrow(/Not a synced table/);
    // @ts-expect-error staff has no nickname column
    expect(() => writer.transaction(null, (tx) => tx.insert('staff', { ...staffRow, nickname: 'x' }))).toThrow(/Unknown column/);
  });

  it('joins nested transactions into one commit event', () => {
    const { writer, events } = fresh();
    writer.transaction(null, (tx) => {
      tx.insert('staff', staffRow);
      writer.transaction(null, (inner) => inner.insert('department', { id: 'D1', code: 'ZZB', name: '综治办', phone: '', categories: '[]', archived: 0 }));
    });
    expect(events).toHaveLength(1);
    expect(events[0]!.sort()).toEqual(['department', 'staff']);
  });
});
