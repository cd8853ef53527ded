// A/B cover widens scope for the leave's days only: while 丙 (grid 3) is on leave with 甲 (grid 1,
// the grid-worker account) covering, 甲 reads grid 3's cases, buildings and workers' days and
// its session lists grid 3; the day before and the day after it does not. The core's clock
// decides the day, whatever the screen sends.
import { describe, expect, it } from 'vitest';
import { at, routineTown } from './routine-fixture';

const PAGE = { offset: 0, limit: 100 };

describe('A/B cover scope', () => {
  it("the covering worker serves the absent colleague's grids from the leave's first day to its last", () => {
    const r = routineTown(at('2025-09-22', '08:00'));
    const { t } = r;
    const h = t.h;
    const grid3 = t.grids[2]!;
    const caseInGrid3 = t.register({ gridId: grid3, title: '三组路灯不亮' }).id;
    r.leave('bing', '2025-09-24', '2025-09-25', 'jia');
    const w = r.tokenOf('jia');

    const look = () => ({
      grids: h.call(w, 'auth.me', {}).grids,
      caseOpens: h.core.invoke(w, 'cases.get', { id: caseInGrid3 }).ok,
      buildings: h.call(w, 'registry.buildings', PAGE).rows.map((b) => b.id).sort(),
      workers: h.call(w, 'routine.completeness', { from: '2025-09-22', to: '2025-09-26' }).rows.map((x) => x.staffName).sort(),
    });

    t.advance(at('2025-09-23', '09:00'));
    const before = look();
    expect(before.grids).toEqual([t.grids[0]]);
    expect(before.caseOpens).toBe(false);
    expect(before.buildings).toEqual([r.buildings[0]]);
    expect(before.workers).not.toContain('丙');

    t.advance(at('2025-09-24', '09:00'));
    const during = look();
    expect([...during.grids!].sort()).toEqual([t.grids[0], grid3].sort());
    expect(during.caseOpens).toBe(true);
    expect(during.buildings).toEqual([r.buildings[0], r.buildings[2]].sort());
    expect(during.workers).toContain('丙');
    // Writing in the covered grid during the leave: a log place in grid 3 is accepted.
    expect(() => r.logDay('jia', '2025-09-24', { places: [{ gridId: grid3, buildingId: r.buildings[2]! }] })).not.toThrow();

    t.advance(at('2025-09-26', '09:00'));
    const after = look();
    expect(after).toEqual(before);
  });
});
