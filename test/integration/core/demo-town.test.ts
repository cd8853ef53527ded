import { beforeAll, describe, expect, it } from 'vitest';
import { ulid } from 'ulid';
import { openDatabase, type Db } from '../../../electron/core/db/connection';
import { migrate } from '../../../electron/core/db/migrate';
import { ChangeWriter } from '../../../electron/core/db/change-writer';
import { changesSince } from '../../../electron/core/db/change-log';
import { HistoryAction, readRowHistory } from '../../../electron/core/db/row-history';
import { seedDemoTown, type DemoSummary } from '../../../electron/core/demo/demo-town';
import { DEMO_PASSWORD } from '../../../electron/core/demo/demo-users';
import { verifyPassword } from '../../../electron/core/auth/password';
import { AccountSecrets } from '../../../electron/core/auth/account-secrets';
import { TEST_SCRYPT } from '../../support/core-harness';
import { DEFAULT_GRID_SIZE_RANGES, gridSizeWarning } from '../../../shared/org/grid-size';
import type { GridType } from '../../../shared/org/org-types';

const NOW = Date.parse('2026-03-02T01:30:00.000Z');
const SEED = 20261121;
const TOWN_CODE = '330782101';

interface UnitRow {
  id: string;
  parent_id: string | null;
  kind: string;
  level: number;
  code: string;
  name: string;
  grid_type: GridType | null;
  households: number;
  population_registered: number;
  population_floating: number;
  area_km2: number | null;
  boundary: string | null;
  created_at: string;
}

function freshTown(seed = SEED, opts: { adminUsername?: string } = {}): { db: Db; summary: DemoSummary; townId: string } {
  const db = openDatabase(':memory:', { key: null });
  migrate(db);
  const writer = new ChangeWriter(db, 'DEVICE1', () => {}, () => NOW);
  const townId = '01KJTOWN00000000000000000A';
  let summary!: DemoSummary;
  writer.transaction(null, (tx) => {
    tx.insert('org_unit', {
      id: townId,
      parent_id: null,
      kind: 'town',
      level: 1,
      code: TOWN_CODE,
      name: '青溪镇',
      households: 0,
      population_registered: 0,
      population_floating: 0,
      archived: 0,
      created_at: new Date(NOW).toISOString(),
    });
    if (opts.adminUsername) {
      tx.insert('user_account', {
        id: ulid(),
        username: opts.adminUsername,
        display_name: '管理员',
        role: 'admin',
        created_at: new Date(NOW).toISOString(),
      });
    }
    summary = seedDemoTown(tx, { id: townId, code: TOWN_CODE, name: '青溪镇' }, { seed, now: NOW, accounts: { secrets: new AccountSecrets(db, TEST_SCRYPT), usable: false } });
  });
  return { db, summary, townId };
}

describe('the demo town', () => {
  let db: Db;
  let summary: DemoSummary;
  let townId: string;
  let units: UnitRow[];
  let grids: UnitRow[];
  let byId: Map<string, UnitRow>;

  beforeAll(() => {
    ({ db, summary, townId } = freshTown());
    units = db.prepare('SELECT * FROM org_unit ORDER BY code').all() as UnitRow[];
    grids = units.filter((u) => u.kind === 'grid');
    byId = new Map(units.map((u) => [u.id, u]));
  });

  it('has 12 villages and communities and 100–140 grids, as the summary says', () => {
    const second = units.filter((u) => u.level === 2);
    expect(second).toHaveLength(12);
    expect(second.filter((u) => u.kind === 'community')).toHaveLength(4);
    expect(second.filter((u) => u.kind === 'village')).toHaveLength(8);
    expect(second.every((u) => u.parent_id === townId)).toBe(true);
    expect(grids.length).toBeGreaterThanOrEqual(100);
    expect(grids.length).toBeLessThanOrEqual(140);
    expect(summary).toEqual({
      villages: 8,
      communities: 4,
      grids: grids.length,
      staff: (db.prepare('SELECT count(*) AS n FROM staff').get() as { n: number }).n,
      users: 7,
    });
    expect(new Set(units.map((u) => u.name)).size).toBe(units.length);
    for (const s of second) expect(s.name).toMatch(s.kind === 'community' ? /社区$/ : /村$/);
    // Every village and community has several grids.
    for (const s of second) expect(grids.filter((g) => g.parent_id === s.id).length).toBeGreaterThanOrEqual(5);
  });

  it('nests codes: each child code is its parent code plus 3 digits; names and types follow the parent', () => {
    for (const u of units) {
      if (u.kind === 'town') continue;
      const parent = byId.get(u.parent_id!)!;
      expect(u.code.startsWith(parent.code)).toBe(true);
      expect(u.code).toHaveLength(parent.code.length + 3);
      expect(u.code).toMatch(/^\d+$/);
      expect(u.level).toBe(parent.level + 1);
      if (u.kind === 'grid') {
        expect(u.name).toMatch(new RegExp(`^${parent.name}第\\d+网格$`));
        expect(u.grid_type).toBe(parent.kind === 'community' ? 'urban' : 'rural');
        expect(u.created_at).toBe(new Date(NOW).toISOString());
      }
    }
  });

  it('gives every grid a closed GeoJSON polygon near the town centre and a plausible area', () => {
    for (const g of grids) {
      const poly = JSON.parse(g.boundary!) as { type: string; coordinates: [number, number][][] };
      expect(poly.type).toBe('Polygon');
      expect(poly.coordinates).toHaveLength(1);
      const ring = poly.coordinates[0]!;
      expect(ring.length).toBeGreaterThanOrEqual(4);
      expect(ring[0]).toEqual(ring[ring.length - 1]);
      for (const [lon, lat] of ring) {
        expect(Math.abs(lon - 120.1)).toBeLessThan(0.1);
        expect(Math.abs(lat - 29.3)).toBeLessThan(0.1);
      }
      expect(g.area_km2!).toBeGreaterThan(0.05);
      expect(g.area_km2!).toBeLessThan(5);
    }
    const town = byId.get(townId)!;
    expect(JSON.parse(town.boundary!).coordinates[0].length).toBeGreaterThan(10);
    expect(town.households).toBe(grids.reduce((s, g) => s + g.households, 0));
  });

  it('records symmetric neighbours between grids; every grid has at least one', () => {
    const rows = db.prepare('SELECT unit_id, neighbor_id FROM grid_neighbor').all() as { unit_id: string; neighbor_id: string }[];
    const pairs = new Set(rows.map((r) => `${r.unit_id}>${r.neighbor_id}`));
    expect(pairs.size).toBe(rows.length);
    for (const r of rows) {
      expect(r.unit_id).not.toBe(r.neighbor_id);
      expect(pairs.has(`${r.neighbor_id}>${r.unit_id}`)).toBe(true);
      expect(byId.get(r.unit_id)!.kind).toBe('grid');
      expect(byId.get(r.neighbor_id)!.kind).toBe('grid');
    }
    for (const g of grids) expect(rows.some((r) => r.unit_id === g.id)).toBe(true);
    // Grids of different villages/communities border each other too (linkage crosses borders).
    expect(rows.some((r) => byId.get(r.unit_id)!.parent_id !== byId.get(r.neighbor_id)!.parent_id)).toBe(true);
  });

  it('staffs every grid: one leader, distinct A and B posts, a supervisor and a police officer per village', () => {
    const assignments = db
      .prepare('SELECT a.*, s.on_duty FROM staff_assignment a JOIN staff s ON s.id = a.staff_id')
      .all() as { staff_id: string; unit_id: string; team_role: string; post: string | null; on_duty: number }[];
    for (const g of grids) {
      const team = assignments.filter((a) => a.unit_id === g.id);
      expect(team.filter((a) => a.team_role === 'leader')).toHaveLength(1);
      const posts = team.filter((a) => a.post !== null).map((a) => a.post);
      expect(new Set(posts).size).toBe(posts.length);
      expect([...posts].sort()).toEqual(['A', 'B']);
      expect(team.filter((a) => a.team_role === 'worker_full').length).toBeGreaterThanOrEqual(1);
      expect(team.filter((a) => a.team_role === 'assistant')).toHaveLength(1);
      expect(team.filter((a) => a.team_role === 'supervisor')).toHaveLength(1);
      expect(team.filter((a) => a.team_role === 'police')).toHaveLength(1);
    }
    for (const v of units.filter((u) => u.level === 2)) {
      const vGrids = new Set(grids.filter((g) => g.parent_id === v.id).map((g) => g.id));
      for (const role of ['supervisor', 'police']) {
        const people = new Set(assignments.filter((a) => vGrids.has(a.unit_id) && a.team_role === role).map((a) => a.staff_id));
        expect(people.size).toBe(1);
      }
    }
    const communityGridIds = new Set(grids.filter((g) => g.grid_type === 'urban').map((g) => g.id));
    expect(assignments.some((a) => a.team_role === 'building_head' && communityGridIds.has(a.unit_id))).toBe(true);
    expect(assignments.some((a) => a.team_role === 'volunteer' && communityGridIds.has(a.unit_id))).toBe(true);
    expect(assignments.some((a) => a.team_role === 'worker_part')).toBe(true);
    // Some A-post workers are away, so B-post cover can be shown.
    expect(assignments.filter((a) => a.post === 'A' && a.on_duty === 0).length).toBeGreaterThanOrEqual(2);
  });

  it('gives staff realistic names, unique 11-digit mobile numbers and genders', () => {
    const staff = db.prepare('SELECT * FROM staff').all() as { name: string; phone: string; gender: string; title: string }[];
    expect(staff.length).toBeGreaterThan(300);
    for (const s of staff) {
      expect(s.name).toMatch(/^[\u4e00-\u9fff]{2,4}$/);
      expect(s.phone).toMatch(/^1(3\d|5[0-35-9]|8\d)\d{8}$/);
      expect(['M', 'F']).toContain(s.gender);
      expect(s.title.length).toBeGreaterThan(0);
    }
    expect(new Set(staff.map((s) => s.phone)).size).toBe(staff.length);
  });

  it('creates one demo account per role with the shared password, disabled and due for a change on a real install', async () => {
    const users = db
      .prepare('SELECT u.*, a.password_hash, a.must_change FROM user_account u LEFT JOIN account_secret a ON a.user_id = u.id ORDER BY username')
      .all() as {
      username: string;
      role: string;
      display_name: string;
      password_hash: string;
      must_change: number;
      disabled: number;
      staff_id: string | null;
    }[];
    expect(users.map((u) => [u.username, u.role])).toEqual([
      ['bumen', 'department_handler'],
      ['daping', 'display'],
      ['diaodu', 'dispatcher'],
      ['dudao', 'supervisor'],
      ['huibao', 'presenter'],
      ['wangge', 'grid_worker'],
      ['zhuren', 'director'],
    ]);
    expect(new Set(users.map((u) => u.password_hash)).size).toBe(1);
    expect(await verifyPassword(DEMO_PASSWORD, users[0]!.password_hash)).toBe(true);
    for (const u of users) expect([u.username, u.disabled, u.must_change]).toEqual([u.username, 1, 1]);
    for (const u of users) expect(u.display_name).toMatch(/^[\u4e00-\u9fff]{2,4}$/);
    const wangge = users.find((u) => u.username === 'wangge')!;
    const linked = db.prepare('SELECT name FROM staff WHERE id = ?').get(wangge.staff_id) as { name: string };
    expect(linked.name).toBe(wangge.display_name);
    expect(db.prepare("SELECT 1 FROM staff_assignment WHERE staff_id = ? AND team_role = 'worker_full'").get(wangge.staff_id)).toBeTruthy();
  });

  it('puts some grids outside the default size range so the warnings show', () => {
    const warned = grids.filter((g) => gridSizeWarning(g.households, g.grid_type, DEFAULT_GRID_SIZE_RANGES) !== null);
    expect(warned.length).toBeGreaterThanOrEqual(2);
    expect(warned.length).toBeLessThanOrEqual(6);
    expect(warned.some((g) => g.grid_type === 'urban')).toBe(true);
    expect(warned.some((g) => g.grid_type === 'rural')).toBe(true);
    for (const g of grids) {
      if (g.grid_type === 'urban') expect(g.population_floating / g.population_registered).toBeGreaterThan(0.2);
      expect(g.population_registered).toBeGreaterThan(g.households);
    }
    const mean = (t: GridType) => {
      const gs = grids.filter((g) => g.grid_type === t);
      return gs.reduce((s, g) => s + g.population_floating / g.population_registered, 0) / gs.length;
    };
    expect(mean('urban')).toBeGreaterThan(mean('rural'));
  });

  it('writes through the change writer, so the change log has the rows', () => {
    const logged = db
      .prepare('SELECT t.name AS tbl, count(*) AS n FROM sync_row r JOIN sync_table t ON t.id = r.table_id WHERE r.deleted = 0 GROUP BY t.name')
      .all() as { tbl: string; n: number }[];
    const count = (t: string) => (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n;
    const n = Object.fromEntries(logged.map((r) => [r.tbl, r.n]));
    for (const t of ['org_unit', 'grid_neighbor', 'staff', 'staff_assignment', 'user_account']) expect(n[t]).toBe(count(t));
    // The town's totals: 0 at its insert, then the demo's update (history keeps the value before).
    const history = readRowHistory(db, 'org_unit', townId);
    expect(history.map((e) => e.action)).toEqual([HistoryAction.create, HistoryAction.update]);
    expect(history[1]!.priors.get('households')).toBe(0);
    expect(changesSince(db, 0).find((c) => c.rowId === townId && c.col === 'households')?.value).toBe(byId.get(townId)!.households);
  });

  it('gives identical data for the same seed and time, and different data for another seed', () => {
    const other = freshTown();
    const dump = (d: Db) => ({
      units: d.prepare("SELECT * FROM org_unit WHERE kind != 'town' ORDER BY code").all(),
      neighbors: d.prepare('SELECT * FROM grid_neighbor ORDER BY id').all(),
      staff: d.prepare('SELECT * FROM staff ORDER BY id').all(),
      assignments: d.prepare('SELECT * FROM staff_assignment ORDER BY id').all(),
      users: d.prepare('SELECT id, username, display_name, role, staff_id, created_at FROM user_account ORDER BY id').all(),
    });
    const a = dump(db);
    const b = dump(other.db);
    expect((b.units as UnitRow[]).map((u) => [u.code, u.name, u.households])).toEqual(
      (a.units as UnitRow[]).map((u) => [u.code, u.name, u.households]),
    );
    expect(b).toEqual(a);

    const different = freshTown(7);
    const c = dump(different.db);
    expect((c.units as UnitRow[]).map((u) => [u.name, u.households])).not.toEqual((a.units as UnitRow[]).map((u) => [u.name, u.households]));
  });

  it('skips a demo account whose username is already taken', () => {
    const taken = freshTown(SEED, { adminUsername: 'zhuren' });
    expect(taken.summary.users).toBe(6);
    expect((taken.db.prepare("SELECT role FROM user_account WHERE username = 'zhuren'").get() as { role: string }).role).toBe('admin');
  });
});
