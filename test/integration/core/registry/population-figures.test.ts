// Population figures with one truth on a small hand-built town: grid 1 has a ledger and typed
// figures (the ledger wins, the difference is shown), grid 2 only typed figures, grid 3 (the
// community's) a ledger only; a ledger change moves only its grid's date; totals add up.
import { describe, expect, it } from 'vitest';
import { cid, setupTown } from './registry-fixture';
import { expectIndexServed, expectReconciled } from './population-checks';

describe('population figures', () => {
  it('population figures reconcile on a hand-built town: counted where a ledger exists, typed where not, with the difference and dates', () => {
    let clock = Date.UTC(2026, 10, 20, 2, 0); // 2026-11-20 10:00 in Shanghai
    const t = setupTown({ now: () => clock, onDisk: true });
    const { h } = t;
    const a = h.adminToken;
    // setupTown types 60 households and 180 registered residents into every grid.
    h.call(a, 'org.updateUnit', { id: t.grid3.id, households: 0, populationRegistered: 0, populationFloating: 0 });
    const typedAt = clock;
    clock += 3_600_000;
    const people = [
      { grid: t.grid1.id, type: 'registered' },
      { grid: t.grid1.id, type: 'registered' },
      { grid: t.grid1.id, type: 'separated' },
      { grid: t.grid1.id, type: 'floating' },
      { grid: t.grid3.id, type: 'floating' },
      { grid: t.grid3.id, type: 'registered' },
    ] as const;
    const ids = people.map((p, i) => h.call(a, 'registry.createPerson', { citizenId: cid(i + 1), name: `居民${i + 1}`, residenceType: p.type, gridId: p.grid }).id);
    h.call(a, 'registry.createHousehold', { gridId: t.grid1.id, householdNo: 'H001' });
    h.call(a, 'registry.createHousehold', { gridId: t.grid1.id, householdNo: 'H002' });
    h.call(a, 'registry.createHousehold', { gridId: t.grid3.id, householdNo: 'H101' });
    h.call(a, 'registry.archive', { kind: 'person', id: ids[1]!, archived: true }); // an archived resident is not counted

    const town = expectReconciled(h);
    const village = h.call(a, 'org.population', { unitId: t.villageId });
    const [g1, g2] = village.children;
    expect(g1).toMatchObject({
      source: 'counted',
      shown: { households: 2, registered: 2, floating: 1 },
      typed: { households: 60, registered: 180, floating: 0 },
      difference: { households: -58, registered: -178, floating: 1 },
      typedAt,
    });
    expect(g2).toMatchObject({ source: 'typed', shown: { households: 60, registered: 180, floating: 0 }, counted: null, difference: null, countedAt: null, typedAt });
    expect(village.unit).toMatchObject({ source: 'mixed', gridsCounted: 1, gridsTyped: 1, shown: { households: 62, registered: 182, floating: 1 } });
    const community = h.call(a, 'org.population', { unitId: t.communityId });
    expect(community.unit).toMatchObject({ source: 'counted', typed: null, difference: null, shown: { households: 1, registered: 1, floating: 1 } });
    expect(town).toMatchObject({ source: 'mixed', grids: 3, shown: { households: 63, registered: 183, floating: 2 } });
    expect(g1!.countedAt).not.toBeNull();

    // A ledger change in grid 3 moves grid 3's date (this PC's clock), not grid 1's.
    const startedAt = Date.now();
    h.call(a, 'registry.createPerson', { citizenId: cid(40), name: '新居民', residenceType: 'floating', gridId: t.grid3.id });
    const after = h.call(a, 'org.population', { unitId: t.communityId });
    // The trigger turns SQLite's julianday('now') back into milliseconds and truncates: up to 1 ms under Date.now().
    expect(after.children[0]!.countedAt).toBeGreaterThanOrEqual(startedAt - 1);
    expect(h.call(a, 'org.population', { unitId: t.villageId }).children[0]!.countedAt).toBe(g1!.countedAt);
    // Typing a grid's figures again moves only its typed date.
    clock += 3_600_000;
    h.call(a, 'org.updateUnit', { id: t.grid2.id, households: 61 });
    expect(h.call(a, 'org.population', { unitId: t.grid2.id }).unit).toMatchObject({ typedAt: clock, shown: { households: 61 } });
    expectReconciled(h);
    expectIndexServed(h.openRaw());
  });

  it('answers a clear error for a unit that does not exist', () => {
    const t = setupTown();
    expect(t.h.core.invoke(t.h.adminToken, 'org.population', { unitId: 'nope' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: '组织单元不存在或已归档' } });
  });
});
