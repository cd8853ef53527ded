// The grid map's data (measures per grid, boundaries from GeoJSON with neighbours, editable
// neighbours) and the notice board with the team's photos.
import { describe, expect, it } from 'vitest';
import { cid, setupTown } from './registry-fixture';

const LON = 120.1;
const LAT = 29.3;
const D = 0.001;
const box = (x0: number, y0: number, x1: number, y1: number) => {
  const p = (x: number, y: number) => [LON + x * D, LAT + y * D];
  return [[p(x0, y0), p(x1, y0), p(x1, y1), p(x0, y1), p(x0, y0)]];
};
const geojson = (features: [Record<string, string>, number[][][]][]) =>
  JSON.stringify({ type: 'FeatureCollection', features: features.map(([properties, coordinates]) => ({ type: 'Feature', properties, geometry: { type: 'Polygon', coordinates } })) });

describe('grid map data', () => {
  it('gives each grid its value of the chosen measure', () => {
    const t = setupTown();
    const { h } = t;
    for (let i = 0; i < 3; i++) h.call(h.adminToken, 'registry.createPerson', { citizenId: cid(i * 2 + 1), name: `人${i}`, residenceType: i ? 'floating' : 'registered', gridId: t.grid1.id });
    h.call(h.adminToken, 'registry.createPerson', { citizenId: cid(9), name: '人9', residenceType: 'registered', gridId: t.grid3.id });
    const population = h.call(h.adminToken, 'registry.mapMeasures', { measure: 'population' });
    expect(population).toMatchObject({ label: '实有人口', unit: '人', max: 3, available: true });
    expect(Object.fromEntries(population.values.map((v) => [v.gridId, v.value]))).toEqual({ [t.grid1.id]: 3, [t.grid2.id]: 0, [t.grid3.id]: 1 });
    expect(h.call(h.adminToken, 'registry.mapMeasures', { measure: 'floating' }).max).toBe(2);
    const open = h.call(h.adminToken, 'registry.mapMeasures', { measure: 'openCases' });
    expect(open.values.every((v) => v.value === 0)).toBe(true);
    // A presenter sees aggregate measures but not special populations.
    const presenter = h.tokenFor('presenter');
    expect(h.call(presenter, 'registry.mapMeasures', { measure: 'households' }).values).toHaveLength(3);
    expect(h.core.invoke(presenter, 'registry.mapMeasures', { measure: 'special' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('imports boundaries after a dry run, derives neighbours, and refuses a file with errors', () => {
    const t = setupTown();
    const { h } = t;
    const good = geojson([
      [{ code: t.grid1.code }, box(0, 0, 1, 1)],
      [{ name: t.grid2.name }, box(1, 0, 2, 1)],
      [{ 网格编码: t.grid3.code }, box(0, 1, 2, 2)],
    ]);
    const before = h.changeCount();
    const dry = h.call(h.adminToken, 'registry.importBoundaries', { geojson: good, dryRun: true });
    expect(dry).toMatchObject({ written: false, errors: [], overlaps: [], gaps: [] });
    expect(h.changeCount()).toBe(before);
    const done = h.call(h.adminToken, 'registry.importBoundaries', { geojson: good });
    expect(done.written).toBe(true);
    expect(JSON.parse(h.call(h.adminToken, 'org.unit', { id: t.grid1.id }).boundary!)).toMatchObject({ type: 'Polygon' });
    const neighbours = Object.fromEntries(h.call(h.adminToken, 'registry.neighbors', {}).map((n) => [n.gridId, n.neighborIds]));
    expect(neighbours[t.grid1.id]).toEqual([t.grid2.id, t.grid3.id].sort());
    expect(neighbours[t.grid3.id]).toEqual([t.grid1.id, t.grid2.id].sort());

    const bad = geojson([[{ code: t.grid1.code }, [box(0, 0, 1, 1)[0]!.slice(0, 4)]]]);
    const refused = h.call(h.adminToken, 'registry.importBoundaries', { geojson: bad });
    expect(refused.written).toBe(false);
    expect(refused.errors[0]!.message).toContain('未闭合');
    expect(h.core.invoke(h.adminToken, 'registry.importBoundaries', { geojson: '{oops' })).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });

    // Overlaps are reported but do not block (the grids may be fixed later).
    const overlapping = h.call(h.adminToken, 'registry.importBoundaries', { geojson: geojson([[{ code: t.grid2.code }, box(0.9, 0, 2, 1)]]) });
    expect(overlapping.written).toBe(true);
    expect(overlapping.overlaps.map((o) => [o.aName, o.bName])).toEqual([[t.grid1.name, t.grid2.name]]);
  });

  it('edits neighbours symmetrically', () => {
    const t = setupTown();
    const { h } = t;
    expect(h.call(h.adminToken, 'registry.setNeighbors', { gridId: t.grid1.id, neighborIds: [t.grid2.id, t.grid3.id] }).neighborIds).toEqual([t.grid2.id, t.grid3.id].sort());
    expect(h.call(h.adminToken, 'registry.neighbors', { gridId: t.grid3.id })[0]!.neighborIds).toEqual([t.grid1.id]);
    h.call(h.adminToken, 'registry.setNeighbors', { gridId: t.grid1.id, neighborIds: [t.grid2.id] });
    expect(h.call(h.adminToken, 'registry.neighbors', { gridId: t.grid3.id })[0]!.neighborIds).toEqual([]);
    expect(h.core.invoke(h.adminToken, 'registry.setNeighbors', { gridId: t.grid1.id, neighborIds: [t.grid1.id] })).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect(h.core.invoke(h.tokenFor('grid_worker'), 'registry.setNeighbors', { gridId: t.grid1.id, neighborIds: [] })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('copies the ledger figures into the grids and sums them upwards', () => {
    const t = setupTown();
    const { h } = t;
    const p = h.call(h.adminToken, 'registry.createPerson', { citizenId: cid(1), name: '甲', residenceType: 'registered', gridId: t.grid1.id });
    h.call(h.adminToken, 'registry.createPerson', { citizenId: cid(3), name: '乙', residenceType: 'floating', gridId: t.grid1.id });
    h.call(h.adminToken, 'registry.createHousehold', { gridId: t.grid1.id, householdNo: 'A1', headPersonId: p.id });
    expect(h.call(h.adminToken, 'registry.applyLedgerFigures', {})).toEqual({ grids: 3, changed: 3 });
    expect(h.call(h.adminToken, 'org.unit', { id: t.grid1.id })).toMatchObject({ households: 1, populationRegistered: 1, populationFloating: 1 });
    expect(h.call(h.adminToken, 'org.unit', { id: t.villageId })).toMatchObject({ households: 1, populationRegistered: 1, populationFloating: 1 });
  });
});

describe('notice board', () => {
  it('lists the grid team in board order with duties, photos and the supervision phone, never residents', () => {
    const t = setupTown();
    const { h } = t;
    const staff = (name: string) => h.call(h.adminToken, 'staff.create', { name, phone: '13700000000' });
    const a = staff('网格员甲');
    const b = staff('网格员乙');
    const lead = staff('网格长');
    h.call(h.adminToken, 'staff.assign', { staffId: b.id, unitId: t.grid3.id, teamRole: 'worker_full', post: 'B' });
    h.call(h.adminToken, 'staff.assign', { staffId: a.id, unitId: t.grid3.id, teamRole: 'worker_full', post: 'A' });
    h.call(h.adminToken, 'staff.assign', { staffId: lead.id, unitId: t.grid3.id, teamRole: 'leader' });
    const png = Buffer.from('89504e470d0a1a0a', 'hex').toString('base64');
    h.call(h.adminToken, 'registry.setStaffPhoto', { staffId: a.id, photo: { mime: 'image/png', base64: png } });
    h.call(h.adminToken, 'registry.setNoticeSettings', { supervisionPhone: '0579-85550000' });
    h.call(h.adminToken, 'registry.setNeighbors', { gridId: t.grid3.id, neighborIds: [t.grid1.id] });
    const board = h.call(h.tokenFor('presenter'), 'registry.noticeBoard', { gridId: t.grid3.id });
    expect(board.team.map((m) => [m.name, m.roleLabel])).toEqual([
      ['网格长', '网格长'],
      ['网格员甲', '专职网格员（A岗）'],
      ['网格员乙', '专职网格员（B岗）'],
    ]);
    expect(board.team[1]!.photo).toEqual({ mime: 'image/png', base64: png });
    expect(board.team[0]!.photo).toBeNull();
    expect(board.team[1]!.duties).toContain('巡查走访');
    expect(board).toMatchObject({ supervisionPhone: '0579-85550000', townName: '青溪镇', neighbours: [{ id: t.grid1.id, name: t.grid1.name }] });
    expect(JSON.stringify(board)).not.toContain('special');
    h.call(h.adminToken, 'registry.setStaffPhoto', { staffId: a.id, photo: null });
    expect(h.call(h.adminToken, 'registry.noticeBoard', { gridId: t.grid3.id }).team[1]!.photo).toBeNull();
    const cards = h.call(h.adminToken, 'registry.contactCards', { gridId: t.grid3.id });
    expect(cards.households).toEqual([]);
    expect(h.core.invoke(h.adminToken, 'registry.setStaffPhoto', { staffId: a.id, photo: { mime: 'image/gif', base64: png } })).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
  });
});
