// Migration 4 converts a database written with the old change log (one row per written cell)
// into the compact log: every record's newest stamp per cell, the change position and the
// version vector carry over, and each record's history (who, when, what) stays readable.
import { beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../electron/core/db/connection';
import { currentVersion, migrate } from '../../../electron/core/db/migrate';
import { MIGRATIONS } from '../../../electron/core/db/migrations';
import { ChangeWriter } from '../../../electron/core/db/change-writer';
import { changesSince, changeSeq, versionVector } from '../../../electron/core/db/change-log';
import { packHlc } from '../../../electron/core/db/hlc';
import { readOnlyDb } from '../../../electron/core/db/read-db';
import { recordHistory } from '../../../electron/core/registry/record-history';
import { LegacyChangeWriter, migrateToLegacy, seedLegacyDemo } from '../../support/legacy-change-log';

const NOW = Date.parse('2026-03-02T01:30:00.000Z');
const DEVICE = '01KJDEVICE0000000000000000';

interface OldEntry {
  seq: number;
  hlc: string;
  tbl: string;
  row_id: string;
  col: string;
  value: string | null;
}

const packOld = (hlc: string) => {
  const [ms, counter] = hlc.split('.');
  return packHlc({ ms: Number(ms), counter: 0 }) + BigInt(counter!);
};

describe('migrating the old change log', () => {
  let db: Db;
  let old: OldEntry[];
  let staffId: string;
  let townId: string;
  let removedNeighbor: string;
  let tempDept: string;

  beforeAll(() => {
    db = openDatabase(':memory:', { key: null });
    migrateToLegacy(db);
    expect(currentVersion(db)).toBe(3);
    const seeded = seedLegacyDemo(db, { deviceId: DEVICE, now: NOW, townOnly: true });
    townId = seeded.townId;
    let t = NOW + 60_000;
    const legacy = new LegacyChangeWriter(db, DEVICE, () => (t += 1000));
    staffId = (db.prepare('SELECT id FROM staff ORDER BY id LIMIT 1').pluck().get() as string);
    removedNeighbor = db.prepare('SELECT id FROM grid_neighbor ORDER BY id LIMIT 1').pluck().get() as string;
    tempDept = '01KJTEMPDEPT00000000000000';
    legacy.transaction(seeded.adminId, (tx) => tx.update('staff', staffId, { phone: '13900000001', title: '网格长' }));
    t += 10_000;
    legacy.transaction(seeded.adminId, (tx) => tx.update('staff', staffId, { phone: '13900000002' }));
    t += 10_000;
    legacy.transaction(seeded.adminId, (tx) => tx.update('staff', staffId, { archived: 1 }));
    legacy.transaction(null, (tx) => tx.remove('grid_neighbor', removedNeighbor));
    legacy.transaction(null, (tx) => tx.insert('department', { id: tempDept, code: 'TMP', name: '临时', phone: '', categories: '[]', archived: 0 }));
    t += 10_000;
    legacy.transaction(null, (tx) => tx.remove('department', tempDept));
    old = db.prepare('SELECT seq, hlc, tbl, row_id, col, value FROM change_log ORDER BY seq').all() as OldEntry[];
    expect(migrate(db, MIGRATIONS.slice(0, 4))).toEqual([4]);
  });

  it('replaces the old table', () => {
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'change_log'").pluck().get()).toBe(0);
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });

  it('keeps every record and the newest stamp of every cell, its change position and the version vector', () => {
    const newest = new Map<string, OldEntry>();
    for (const e of old) newest.set(`${e.tbl}/${e.row_id}/${e.col}`, e);
    const rows = new Map(
      (db.prepare('SELECT t.name, r.row_id, r.hlc, r.seq, r.deleted, r.id FROM sync_row r JOIN sync_table t ON t.id = r.table_id').safeIntegers(true).raw().all() as [string, string, bigint, bigint, bigint, bigint][]).map(
        ([tbl, rowId, hlc, seq, deleted, ref]) => [`${tbl}/${rowId}`, { hlc, seq: Number(seq), deleted: deleted === 1n, ref }],
      ),
    );
    const cells = new Map(
      (db.prepare('SELECT t.name, r.row_id, c.col, s.hlc, s.seq FROM sync_cell s JOIN sync_row r ON r.id = s.row_ref JOIN sync_column c ON c.id = s.col_id JOIN sync_table t ON t.id = r.table_id').safeIntegers(true).raw().all() as [string, string, string, bigint, bigint][]).map(
        ([tbl, rowId, col, hlc, seq]) => [`${tbl}/${rowId}/${col}`, { hlc, seq: Number(seq) }],
      ),
    );
    expect(rows.size).toBe(new Set(old.map((e) => `${e.tbl}/${e.row_id}`)).size);
    for (const [key, e] of newest) {
      const row = rows.get(`${e.tbl}/${e.row_id}`)!;
      if (row.deleted) {
        expect(cells.has(key)).toBe(false);
        continue;
      }
      const cell = cells.get(key);
      if (cell) {
        // Changed after the record was created: its own stamp, exactly.
        expect({ hlc: cell.hlc, seq: cell.seq }).toEqual({ hlc: packOld(e.hlc), seq: e.seq });
      } else {
        // Written with the record: the record's stamp, the newest of that write.
        expect(row.hlc >= packOld(e.hlc)).toBe(true);
        expect(row.seq >= e.seq).toBe(true);
      }
    }
    expect([...rows].filter(([, r]) => r.deleted).map(([k]) => k).sort()).toEqual([`department/${tempDept}`, `grid_neighbor/${removedNeighbor}`].sort());
    expect(changeSeq(db)).toBe(old.at(-1)!.seq);
    expect(versionVector(db)).toEqual(new Map([[DEVICE, packOld(old.at(-1)!.hlc)]]));
    // The newest value of every cell is the data's own: the log ships it from there.
    const delta = changesSince(db, 0).filter((c) => c.table === 'staff' && c.rowId === staffId);
    expect(Object.fromEntries(delta.map((c) => [c.col, c.value]))).toMatchObject({ phone: '13900000002', title: '网格长', archived: 1 });
  });

  it('keeps each record’s history: who, when, what', () => {
    const staff = recordHistory(readOnlyDb(db), 'staff', staffId, { mask: false });
    expect(staff.map((e) => [e.actionLabel, e.actorName])).toEqual([
      ['归档', '管理员'],
      ['修改', '管理员'],
      ['修改', '管理员'],
      ['新建', '系统'],
    ]);
    const original = old.find((e) => e.tbl === 'staff' && e.row_id === staffId && e.col === 'phone')!;
    expect(staff[1]!.changes).toEqual([{ field: 'phone', label: expect.any(String), from: '13900000001', to: '13900000002' }]);
    expect(staff[2]!.changes.map((c) => [c.field, c.from, c.to])).toEqual([
      ['phone', JSON.parse(original.value!), '13900000001'],
      ['title', expect.anything(), '网格长'],
    ]);
    expect(staff[3]!.changes.find((c) => c.field === 'phone')?.to).toBe(JSON.parse(original.value!));
    expect(staff.map((e) => e.at).slice(0, 3)).toEqual([NOW + 84_000, NOW + 73_000, NOW + 61_000].map((ms) => new Date(ms).toISOString()));
    const town = recordHistory(readOnlyDb(db), 'org_unit', townId, { mask: false });
    expect(town.map((e) => e.actionLabel)).toEqual(['修改', '新建']);
    expect(town[0]!.changes.find((c) => c.field === 'households')).toMatchObject({ from: '0', to: String(db.prepare('SELECT households FROM org_unit WHERE id = ?').pluck().get(townId)) });
  });

  it('lets the change writer continue after the converted stamps, even with the clock set back', () => {
    migrate(db); // the later migrations, which the change writer's tables need
    const writer = new ChangeWriter(db, DEVICE, () => {}, () => NOW - 3_600_000);
    writer.transaction(null, (tx) => tx.update('staff', staffId, { phone: '13900000003' }));
    const [cell] = changesSince(db, old.at(-1)!.seq);
    expect(cell).toMatchObject({ col: 'phone', value: '13900000003', seq: old.at(-1)!.seq + 1 });
    expect(cell!.hlc > packOld(old.at(-1)!.hlc)).toBe(true);
    expect(recordHistory(readOnlyDb(db), 'staff', staffId, { mask: false })[0]!.changes).toMatchObject([{ field: 'phone', from: '13900000002', to: '13900000003' }]);
  });
});
