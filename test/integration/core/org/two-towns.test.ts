// A database that holds two towns (a county centre's): asking for one town means that town's
// grids — in the ledgers, their counts and overview, the population figures, a meeting's agenda
// and the grids of a staff member assigned to the town — never the whole database. While a town
// is the only one, it still means "every grid" (no grid list in the queries).
import { describe, expect, it } from 'vitest';
import { agendaScope } from '../../../../electron/core/meetings/agenda-scope';
import { servedGrids } from '../../../../electron/core/org/served-units';
import { unitGrids } from '../../../../electron/core/org/unit-grids';
import { cid, setupTown } from '../registry/registry-fixture';

const PAGE = { offset: 0, limit: 100 };

function twoTowns() {
  const t = setupTown();
  const { h } = t;
  const a = h.adminToken;
  const db = h.core.services.db;
  const town1 = h.call(a, 'org.units', {}).find((u) => u.kind === 'town')!.id;
  expect(unitGrids(db, town1)).toBeNull();
  // The second town arrives as a county centre's data would: a top unit of its own.
  h.core.services.writer.transaction(null, (tx) =>
    tx.insert('org_unit', { id: 'TOWN2', parent_id: null, kind: 'town', level: 1, code: '330782102', name: '白沙镇', grid_type: null, households: 0, population_registered: 0, population_floating: 0, area_km2: null, archived: 0, created_at: new Date(h.core.services.now()).toISOString() }),
  );
  const village2 = h.call(a, 'org.createUnit', { parentId: 'TOWN2', kind: 'village', code: '330782102001', name: '白沙村' });
  const grid4 = h.call(a, 'org.createUnit', { parentId: village2.id, kind: 'grid', code: '330782102001001', name: '白沙村第1网格', gridType: 'rural' });
  const person = (gridId: string, n: number, name: string) => {
    const house = h.call(a, 'registry.createHouse', { gridId, address: `${name}家${n}号` });
    const p = h.call(a, 'registry.createPerson', { citizenId: cid(n), name, residenceType: 'registered', gridId, houseId: house.id });
    h.call(a, 'registry.createHousehold', { gridId, householdNo: `${name}户${n}`, houseId: house.id, headPersonId: p.id });
    return p.id;
  };
  const inTown1 = [person(t.grid1.id, 1, '青石甲'), person(t.grid3.id, 2, '凤栖乙')];
  const inTown2 = [person(grid4.id, 3, '白沙丙')];
  return { t, h, db, town1, town2: 'TOWN2', village2: village2.id, grid4: grid4.id, inTown1, inTown2 };
}

const ids = (rows: { id: string }[]) => rows.map((r) => r.id).sort();

describe('two towns in one database', () => {
  it("a town's ledgers, counts, overview and population hold that town's records only", () => {
    const { h, db, town1, town2, grid4, inTown1, inTown2, t } = twoTowns();
    const a = h.adminToken;
    expect(unitGrids(db, town1)!.sort()).toEqual([t.grid1.id, t.grid2.id, t.grid3.id].sort());
    expect(unitGrids(db, town2)).toEqual([grid4]);
    expect(ids(h.call(a, 'registry.people', { ...PAGE, unitId: town1 }).rows)).toEqual([...inTown1].sort());
    expect(ids(h.call(a, 'registry.people', { ...PAGE, unitId: town2 }).rows)).toEqual(inTown2);
    expect(h.call(a, 'registry.people', PAGE).total).toBe(3);
    for (const method of ['registry.houses', 'registry.households'] as const) {
      expect(h.call(a, method, { ...PAGE, unitId: town1 }).total, method).toBe(2);
      expect(h.call(a, method, { ...PAGE, unitId: town2 }).total, method).toBe(1);
    }
    const overview = (unitId: string) => JSON.stringify(h.call(a, 'registry.overview', { unitId }));
    expect(overview(town2)).not.toEqual(overview(town1));
    expect(h.call(a, 'org.population', { unitId: town2 }).unit.counted).toEqual({ households: 1, registered: 1, floating: 0 });
    expect(h.call(a, 'org.population', { unitId: town1 }).unit.counted).toEqual({ households: 2, registered: 2, floating: 0 });
  });

  it("a meeting of one town counts its villages' cases and lists its grids only", () => {
    const { h, db, town1, town2, grid4, t } = twoTowns();
    const scope2 = agendaScope(db, town2);
    expect(scope2.grids.map((g) => g.id)).toEqual([grid4]);
    expect(scope2.holds({ grid_id: grid4, village_id: h.call(h.adminToken, 'org.unit', { id: grid4 }).parentId })).toBe(true);
    expect(scope2.holds({ grid_id: t.grid1.id, village_id: t.villageId })).toBe(false);
    expect(agendaScope(db, town1).grids.map((g) => g.id).sort()).toEqual([t.grid1.id, t.grid2.id, t.grid3.id].sort());
    const categoryId = h.call(h.adminToken, 'catalogue.tree', {})[0]!.id;
    const register = (gridId: string) =>
      h.call(h.adminToken, 'cases.register', { source: 'patrol', categoryId, handlingType: 'coordination', title: '路灯不亮', description: '村口路灯不亮', address: '村口', gridId }).id;
    const own = register(grid4);
    register(t.grid1.id);
    register(t.grid3.id);
    const cases = (scope: ReturnType<typeof agendaScope>) =>
      (db.prepare(`SELECT c.id FROM case_record c WHERE ${scope.caseWhere}`).all({ scope: scope.unitId }) as { id: string }[]).map((r) => r.id);
    expect(cases(scope2)).toEqual([own]);
    expect(cases(agendaScope(db, town1))).toHaveLength(2);
  });

  it('a staff member assigned to a town serves that town’s grids', () => {
    const { h, db, town2, grid4, inTown2 } = twoTowns();
    h.serve('grid_worker', [grid4]);
    const user = db.prepare("SELECT id, staff_id FROM user_account WHERE username = 'u_grid_worker'").get() as { id: string; staff_id: string };
    // The staff screens assign to villages and grids; a county's data may assign to a town.
    h.core.services.writer.transaction(null, (tx) => tx.insert('staff_assignment', { id: 'A-TOWN2', staff_id: user.staff_id, unit_id: town2, team_role: 'worker_full' }));
    expect(servedGrids(db, user.id, null)).toEqual([grid4]);
    expect(ids(h.call(h.tokenFor('grid_worker'), 'registry.people', PAGE).rows)).toEqual(inTown2);
  });
});
