// The compact form of a batch on the wire (sync-wire.ts): what the sender encodes is what the
// receiver decodes — values of every stored kind, tombstones, cell stamps, several tables and
// devices — and anything that does not fit this PC's tables and columns refuses the whole batch.
import { describe, expect, it } from 'vitest';
import type { SyncedTableName } from '../../../../shared/db/tables';
import type { SyncRecord } from '../../../../electron/core/sync/sync-records';
import { decodeBatch, encodeBatch } from '../../../../electron/core/sync/sync-wire';

const columns = new Map<SyncedTableName, ReadonlySet<string>>([
  ['staff' as SyncedTableName, new Set(['id', 'name', 'phone', 'on_duty'])],
  ['setting' as SyncedTableName, new Set(['id', 'value'])],
]);

const stamp = (ms: number, device: string) => ({ hlc: BigInt(ms) << 16n, device });

const records: SyncRecord[] = [
  { table: 'staff', id: 'S1', stamp: stamp(1000, 'DEV-A'), deleted: false, values: { name: '网格员一', phone: '13800000001', on_duty: 1 }, seq: 3 },
  {
    table: 'staff',
    id: 'S2',
    stamp: stamp(1001, 'DEV-A'),
    deleted: false,
    values: { name: '网格员二', phone: null, on_duty: 0 },
    cells: { phone: stamp(2000, 'DEV-B'), name: stamp(2001, 'DEV-A') },
    seq: 4,
  },
  // Another shape of the same table: only some columns.
  { table: 'staff', id: 'S3', stamp: stamp(1002, 'DEV-C'), deleted: false, values: { name: '网格员三' }, seq: 4 },
  { table: 'staff', id: 'S4', stamp: stamp(1003, 'DEV-B'), deleted: true, seq: 5 },
  { table: 'setting', id: 'k1', stamp: stamp(1004, 'DEV-A'), deleted: false, values: { value: Buffer.from([0, 1, 2, 250]) }, seq: 6 },
  { table: 'setting', id: 'k2', stamp: stamp(1005, 'DEV-A'), deleted: false, values: { value: 2n ** 62n }, seq: 6 },
  { table: 'setting', id: 'k3', stamp: stamp(1006, 'DEV-A'), deleted: false, values: { value: 1.5 }, seq: 7 },
];

/** The batch as it crosses the wire: JSON text and back. */
const wire = (rs: SyncRecord[]) => JSON.parse(JSON.stringify(encodeBatch(rs))) as ReturnType<typeof encodeBatch>;

describe('a batch on the wire', () => {
  it('decodes to the records that were encoded, naming each table shape and device once', () => {
    const frame = wire(records);
    expect(frame.devices).toEqual(['DEV-A', 'DEV-B', 'DEV-C']);
    expect(frame.shapes).toEqual([
      ['staff', ['name', 'phone', 'on_duty']],
      ['staff', ['name']],
      ['staff', []],
      ['setting', ['value']],
    ]);
    const back = decodeBatch(frame, columns)!;
    expect(back).toHaveLength(records.length);
    back.forEach((r, i) => {
      const { cells, ...rest } = records[i]!;
      expect(r).toMatchObject(rest);
      expect(r.cells ?? {}).toEqual(cells ?? {});
    });
    expect(Buffer.isBuffer(back[4]!.values!.value)).toBe(true);
  });

  it('refuses the whole batch when one record does not fit this PC', () => {
    const good = wire(records);
    const bad: [string, (f: ReturnType<typeof wire>) => void][] = [
      ['a table that is not synced', (f) => (f.shapes[3]![0] = 'account_secret')],
      ['a column the table lacks', (f) => f.shapes[0]![1].push('password_hash')],
      ['the id among the columns', (f) => (f.shapes[1]![1] = ['id'])],
      ['a column twice', (f) => (f.shapes[1]![1] = ['name', 'name'])],
      ['a shape that does not exist', (f) => ((f.records[0] as unknown[])[0] = 9)],
      ['a device that does not exist', (f) => ((f.records[0] as unknown[])[3] = 7)],
      ['a stamp that is not a number', (f) => ((f.records[0] as unknown[])[2] = '12a')],
      ['a negative position', (f) => ((f.records[0] as unknown[])[4] = -1)],
      ['too few values', (f) => ((f.records[0] as unknown[])[5] = ['x'])],
      ['a value of no stored kind', (f) => ((f.records[0] as unknown[])[5] = ['x', { f: 1 }, 1])],
      ['a tombstone with cell stamps', (f) => (f.records[3] as unknown[]).push({ name: ['1', 0] })],
      ['a cell stamp of an unknown column', (f) => ((f.records[1] as unknown[])[6] = { password: ['1', 0] })],
      ['a cell stamp of an unknown device', (f) => ((f.records[1] as unknown[])[6] = { phone: ['1', 5] })],
      ['a record that is not an array', (f) => (f.records[2] = { t: 'staff' })],
      ['an empty id', (f) => ((f.records[0] as unknown[])[1] = '')],
    ];
    expect(decodeBatch(good, columns)).not.toBeNull();
    for (const [what, spoil] of bad) {
      const f = wire(records);
      spoil(f);
      expect(decodeBatch(f, columns), what).toBeNull();
    }
  });
});
