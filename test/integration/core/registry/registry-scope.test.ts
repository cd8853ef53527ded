// Registry scope on the server: a grid worker reads, searches, exports, prints forms for, edits,
// imports into and archives only the ledgers of the grids it serves (a village assignment means
// the village's grids). Outside the scope a record is neither listed, counted, coloured on the
// map nor opened (NOT_FOUND), and a write into it is refused writing nothing. A grid filter
// asked for outside the scope narrows to nothing; it never widens. Other readers see the town.
import { describe, expect, it } from 'vitest';
import { cid, openXlsx, PERSON_HEADERS, setupTown, sheetText, xlsxBase64, type Town } from './registry-fixture';

const PAGE = { offset: 0, limit: 100 };

/** One record of every ledger in a grid, named after the grid's label. */
function fill(t: Town, gridId: string, label: string, n: number) {
  const { h } = t;
  const a = h.adminToken;
  const house = h.call(a, 'registry.createHouse', { gridId, address: `${label}路${n}号` });
  const person = h.call(a, 'registry.createPerson', { citizenId: cid(n), name: `${label}居民`, residenceType: 'registered', gridId, houseId: house.id, phone: `1380000${String(n).padStart(4, '0')}` });
  const household = h.call(a, 'registry.createHousehold', { gridId, householdNo: `${label}户${n}`, houseId: house.id, headPersonId: person.id });
  const building = h.call(a, 'registry.createBuilding', { gridId, name: `${label}楼` });
  const organisation = h.call(a, 'registry.createOrganisation', { gridId, name: `${label}小卖部`, kind: 'small_shop' });
  const facility = h.call(a, 'registry.createFacility', { gridId, kind: 'street_light', code: `${label}-LD-${n}` });
  const dispute = h.call(a, 'registry.createDispute', { gridId, foundDate: '2026-10-01', parties: `${label}甲、${label}乙`, kind: 'neighbour', summary: `${label}邻里纠纷` });
  return { house, person, household, building, organisation, facility, dispute };
}

function setUp() {
  const t = setupTown();
  const own = fill(t, t.grid1.id, '一格', 1);
  const sibling = fill(t, t.grid2.id, '二格', 2);
  const foreign = fill(t, t.grid3.id, '凤栖', 3);
  return { t, h: t.h, own, sibling, foreign };
}

const ids = (rows: { id: string }[]) => rows.map((r) => r.id).sort();

describe('registry scope', () => {
  it("a grid worker's lists, counts, overview, search and map hold its grid only; a filter never widens it", () => {
    const { t, h, own, foreign } = setUp();
    h.serve('grid_worker', [t.grid1.id]);
    const w = h.tokenFor('grid_worker');
    const lists = [
      ['registry.people', own.person.id],
      ['registry.households', own.household.id],
      ['registry.houses', own.house.id],
      ['registry.buildings', own.building.id],
      ['registry.organisations', own.organisation.id],
      ['registry.facilities', own.facility.id],
      ['registry.disputes', own.dispute.id],
    ] as const;
    for (const [method, id] of lists) {
      const page = h.call(w, method, PAGE);
      expect(ids(page.rows), method).toEqual([id]);
      expect(page.total, method).toBe(1);
      // Asking for another grid, or the unit above it, does not widen the scope.
      expect(h.call(w, method, { ...PAGE, unitId: t.grid3.id }).total, method).toBe(0);
      expect(h.call(w, method, { ...PAGE, unitId: t.communityId }).total, method).toBe(0);
      expect(h.call(w, method, { ...PAGE, unitId: t.villageId }).total, method).toBe(1);
      // The administrator sees all three grids.
      expect(h.call(h.adminToken, method, PAGE).total, method).toBe(3);
    }
    expect(h.call(w, 'registry.people', { ...PAGE, search: '凤栖居民' }).total).toBe(0);
    expect(h.call(w, 'registry.people', { ...PAGE, search: '13800000003' }).total).toBe(0);
    expect(h.call(w, 'registry.people', { ...PAGE, search: '一格居民' }).total).toBe(1);

    const overview = h.call(w, 'registry.overview', {});
    expect(overview.gridCount).toBe(1);
    expect(overview.stats).toMatchObject({ population: 1, households: 1, houses: 1, buildings: 1, organisations: 1, facilities: 1, disputesOpen: 1 });
    expect(h.call(w, 'registry.overview', { unitId: t.grid3.id }).stats).toMatchObject({ population: 0, households: 0, organisations: 0 });
    expect(h.call(h.adminToken, 'registry.overview', {}).stats.population).toBe(3);

    const map = h.call(w, 'registry.mapMeasures', { measure: 'population' });
    expect(map.values).toEqual([{ gridId: t.grid1.id, value: 1 }]);
    expect(h.call(h.adminToken, 'registry.mapMeasures', { measure: 'population' }).values).toHaveLength(3);

    expect(h.call(w, 'registry.contactCards', { gridId: t.grid1.id }).households.map((x) => x.id)).toEqual([own.household.id]);
    expect(h.core.invoke(w, 'registry.contactCards', { gridId: t.grid3.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(h.call(w, 'auth.me', {}).grids).toEqual([t.grid1.id]);
    expect(h.call(h.adminToken, 'auth.me', {}).grids).toBeNull();
    void foreign;
  });

  it('a grid worker cannot open, or read the history of, a record of another grid', () => {
    const { t, h, own, foreign } = setUp();
    h.serve('grid_worker', [t.grid1.id]);
    const w = h.tokenFor('grid_worker');
    const pages = [
      ['registry.person', 'person'],
      ['registry.household', 'household'],
      ['registry.house', 'house'],
      ['registry.organisation', 'organisation'],
      ['registry.facility', 'facility'],
      ['registry.dispute', 'dispute'],
    ] as const;
    for (const [method, key] of pages) {
      expect(h.core.invoke(w, method, { id: own[key].id }), method).toMatchObject({ ok: true });
      const refused = h.core.invoke(w, method, { id: foreign[key].id });
      expect(refused, method).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
      expect(!refused.ok && refused.error.message, method).toContain('不在本账号的管理范围内');
      // A missing record and a foreign one answer alike.
      expect(h.core.invoke(w, method, { id: 'no-such-record' }), method).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: !refused.ok ? refused.error.message : '' } });
    }
    for (const table of ['person', 'household', 'house', 'building', 'organisation', 'facility', 'dispute'] as const) {
      expect(h.core.invoke(w, 'registry.history', { table, id: own[table].id }), table).toMatchObject({ ok: true });
      expect(h.core.invoke(w, 'registry.history', { table, id: foreign[table].id }), table).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    }
  });

  it('exports and handbook forms of a grid worker hold its grid only', async () => {
    const { t, h } = setUp();
    h.serve('grid_worker', [t.grid1.id]);
    const w = h.tokenFor('grid_worker');
    for (const kind of ['household', 'organisation', 'facility', 'dispute', 'building'] as const) {
      const all = await h.job(w, 'registry.export', { kind, filter: {} });
      expect(all.rows, kind).toBe(1);
      const text = sheetText((await openXlsx(all.base64)).worksheets[0]!).flat().join('|');
      expect(text, kind).toContain('一格');
      expect(text, kind).not.toContain('凤栖');
      expect((await h.job(w, 'registry.export', { kind, filter: { unitId: t.grid3.id } })).rows, kind).toBe(0);
    }
    for (const form of ['area_stats', 'disputes', 'rentals', 'floating'] as const) {
      const book = await openXlsx((await h.job(w, 'registry.form', { form })).base64);
      const text = book.worksheets.map((ws) => sheetText(ws).flat().join('|')).join('\n');
      expect(text, form).not.toContain('凤栖');
      expect(text, form).not.toContain(t.grid2.name);
      const other = await openXlsx((await h.job(w, 'registry.form', { form, unitId: t.grid3.id })).base64);
      expect(other.worksheets.map((ws) => sheetText(ws).flat().join('|')).join('\n'), form).not.toContain('凤栖甲');
    }
    const stats = sheetText((await openXlsx((await h.job(w, 'registry.form', { form: 'area_stats' })).base64)).worksheets[0]!).flat().join('|');
    expect(stats).toContain(t.grid1.name);
    const disputes = (await openXlsx((await h.job(w, 'registry.form', { form: 'disputes' })).base64)).worksheets.map((ws) => sheetText(ws).flat().join('|')).join('\n');
    expect(disputes).toContain('一格邻里纠纷');
  });

  it('edits, creations and archiving outside the scope are refused and write nothing', () => {
    const { t, h, own, foreign } = setUp();
    h.serve('grid_worker', [t.grid1.id]);
    const w = h.tokenFor('grid_worker');
    const refused = (method: string, input: unknown, code: string) => {
      const before = h.changeCount();
      expect(h.core.invoke(w, method as never, input as never), method).toMatchObject({ ok: false, error: { code } });
      expect(h.changeCount(), method).toBe(before);
    };
    // Touching a record of another grid: as if it did not exist.
    refused('registry.updatePerson', { id: foreign.person.id, phone: '13911112222' }, 'NOT_FOUND');
    refused('registry.updateHousehold', { id: foreign.household.id, notes: '改' }, 'NOT_FOUND');
    refused('registry.updateHouse', { id: foreign.house.id, notes: '改' }, 'NOT_FOUND');
    refused('registry.updateBuilding', { id: foreign.building.id, floors: 9 }, 'NOT_FOUND');
    refused('registry.updateOrganisation', { id: foreign.organisation.id, employees: 9 }, 'NOT_FOUND');
    refused('registry.updateFacility', { id: foreign.facility.id, condition: 'damaged' }, 'NOT_FOUND');
    refused('registry.updateDispute', { id: foreign.dispute.id, status: 'resolved' }, 'NOT_FOUND');
    for (const kind of ['person', 'household', 'house', 'building', 'organisation', 'facility', 'dispute'] as const) {
      refused('registry.archive', { kind, id: foreign[kind].id, archived: true }, 'NOT_FOUND');
    }
    // Moving its own record into another grid, or creating one there.
    refused('registry.updatePerson', { id: own.person.id, gridId: t.grid3.id }, 'FORBIDDEN');
    refused('registry.updateOrganisation', { id: own.organisation.id, gridId: t.grid3.id }, 'FORBIDDEN');
    refused('registry.createPerson', { citizenId: cid(41), name: '越界', residenceType: 'registered', gridId: t.grid3.id }, 'FORBIDDEN');
    refused('registry.createHouse', { gridId: t.grid3.id, address: '凤栖路99号' }, 'FORBIDDEN');
    refused('registry.createHousehold', { gridId: t.grid3.id, householdNo: '越界户' }, 'FORBIDDEN');
    refused('registry.createBuilding', { gridId: t.grid3.id, name: '越界楼' }, 'FORBIDDEN');
    refused('registry.createOrganisation', { gridId: t.grid3.id, name: '越界店', kind: 'small_shop' }, 'FORBIDDEN');
    refused('registry.createFacility', { gridId: t.grid3.id, kind: 'street_light', code: 'YJ-1' }, 'FORBIDDEN');
    refused('registry.createDispute', { gridId: t.grid3.id, foundDate: '2026-10-02', parties: '甲、乙', kind: 'neighbour', summary: '越界' }, 'FORBIDDEN');
    // Linking its own record to one of another grid: that record is not there for it.
    refused('registry.updatePerson', { id: own.person.id, houseId: foreign.house.id }, 'BAD_INPUT');
    refused('registry.updateHousehold', { id: own.household.id, headPersonId: foreign.person.id }, 'BAD_INPUT');
    // A duplicate ID does not say which grid outside the scope holds it.
    const dup = h.core.invoke(w, 'registry.createPerson', { citizenId: cid(3), name: '重复', residenceType: 'registered', gridId: t.grid1.id });
    expect(dup).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(!dup.ok && dup.error.message).not.toContain(t.grid3.name);
    // Within its grid all of it works.
    h.call(w, 'registry.updatePerson', { id: own.person.id, phone: '13911112222' });
    h.call(w, 'registry.createOrganisation', { gridId: t.grid1.id, name: '新开的店', kind: 'small_shop' });
    h.call(w, 'registry.archive', { kind: 'dispute', id: own.dispute.id, archived: true });
    h.call(w, 'registry.archive', { kind: 'dispute', id: own.dispute.id, archived: false });
    expect(h.call(h.adminToken, 'registry.person', { id: foreign.person.id }).person.phone).toBe('13800000003');
  });

  it("an import by a grid worker with rows for another grid's records is refused whole, naming the rows", async () => {
    const { t, h } = setUp();
    h.serve('grid_worker', [t.grid1.id]);
    const w = h.tokenFor('grid_worker');
    const file = await xlsxBase64(
      [
        PERSON_HEADERS,
        ['本格新人', cid(61), '13800000061', '户籍', t.grid1.name, '', '', '', '', ''], // row 2: fine
        ['外格新人', cid(62), '13800000062', '户籍', t.grid3.name, '', '', '', '', ''], // row 3: into another grid
        ['凤栖居民', cid(3), '13800000003', '户籍', t.grid1.name, '', '', '', '', ''], // row 4: moves another grid's person
      ],
      '人员',
      [1, 2],
    );
    const preview = await h.job(w, 'registry.importPreview', { kind: 'person', fileBase64: file });
    expect(preview.invalid.map((p) => p.row)).toEqual([3, 4]);
    expect(preview.invalid[0]!.reasons.join()).toContain('不在本账号的管理范围内');
    expect(preview.invalid[1]!.reasons.join()).toContain('管理范围以外');
    expect(preview.valid).toBe(1);
    const before = h.changeCount();
    const commit = await h.runJob(w, 'registry.importCommit', { jobId: preview.jobId, excludeRows: [] });
    expect(commit).toMatchObject({ ok: false, error: { code: 'INVALID_STATE' } });
    expect(!commit.ok && commit.error.message).toMatch(/第3、4行/);
    expect(h.changeCount()).toBe(before);
    expect(h.call(h.adminToken, 'registry.people', { ...PAGE, search: '外格新人' }).total).toBe(0);

    // The commit checks again: a scope taken away after the preview refuses the whole import.
    h.serve('grid_worker', [t.grid3.id]);
    const again = await h.job(h.tokenFor('grid_worker'), 'registry.importPreview', { kind: 'person', fileBase64: file });
    expect(again.invalid.map((p) => p.row)).toEqual([2, 4]);
    h.serve('grid_worker', [t.grid1.id]);
    const beforeLate = h.changeCount();
    const late = await h.runJob(w, 'registry.importCommit', { jobId: again.jobId, excludeRows: [2, 4] });
    expect(late).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(!late.ok && late.error.message).toContain('第3行');
    expect(h.changeCount()).toBe(beforeLate);

    // Without the rows outside its grid, the rest goes in.
    expect(await h.job(w, 'registry.importCommit', { jobId: preview.jobId, excludeRows: [3, 4] })).toMatchObject({ inserted: 1, updated: 0 });
    expect(h.call(w, 'registry.people', { ...PAGE, search: '本格新人' }).total).toBe(1);

    // The template lists the worker's grids only.
    const template = await openXlsx((await h.callAsync(w, 'registry.template', { kind: 'person' })).base64);
    const gridSheet = sheetText(template.worksheets.at(-1)!).flat().join('|');
    expect(gridSheet).toContain(t.grid1.code);
    expect(gridSheet).not.toContain(t.grid3.code);
  });

  it('a grid worker assigned to a village serves its grids, not the community', () => {
    const { t, h, own, sibling, foreign } = setUp();
    h.serve('grid_worker', [t.villageId]);
    const w = h.tokenFor('grid_worker');
    expect(ids(h.call(w, 'registry.people', PAGE).rows)).toEqual([own.person.id, sibling.person.id].sort());
    expect(h.call(w, 'registry.overview', {}).gridCount).toBe(2);
    expect(h.core.invoke(w, 'registry.person', { id: sibling.person.id })).toMatchObject({ ok: true });
    expect(h.core.invoke(w, 'registry.person', { id: foreign.person.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(h.call(w, 'auth.me', {}).grids?.sort()).toEqual([t.grid1.id, t.grid2.id].sort());
  });

  it('a grid worker with no assignment sees no ledger; other readers see the whole town', () => {
    const { h, foreign } = setUp();
    const w = h.tokenFor('grid_worker');
    expect(h.call(w, 'registry.people', PAGE).total).toBe(0);
    expect(h.call(w, 'registry.overview', {}).stats.population).toBe(0);
    for (const role of ['director', 'dispatcher', 'supervisor', 'department_handler'] as const) {
      const token = h.tokenFor(role);
      expect(h.call(token, 'registry.people', PAGE).total, role).toBe(3);
      expect(h.call(token, 'registry.organisations', PAGE).total, role).toBe(3);
      expect(h.core.invoke(token, 'registry.person', { id: foreign.person.id }), role).toMatchObject({ ok: true });
    }
    expect(h.core.invoke(h.tokenFor('display'), 'registry.people', PAGE)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
