// A meeting's scope on the hand-built town (agenda-fixture.ts): a village's meeting counts only
// its grids' cases; no section of any meeting carries the fixture's personal data.
import { describe, expect, it } from 'vitest';
import { agendaContent, itemContent } from '../../../../electron/core/meetings/agenda-content';
import { SECTION_KINDS, type SectionContent, type SectionKind } from '../../../../shared/meetings/agenda-types';
import type { MeetingKind } from '../../../../shared/meetings/meeting-kinds';
import { agendaTown, PERSONAL, type AgendaTown } from './agenda-fixture';

const TODAY = '2026-11-30';

function section(t: AgendaTown, kind: MeetingKind, date: string, s: SectionKind, scope: string): SectionContent {
  const m = t.meeting(kind, date, { scope });
  return itemContent(t.db, m, t.item(m, s), TODAY);
}

describe('agenda scope and personal data', () => {
  const t = agendaTown();

  it("青石村's meetings see only G1's and G2's cases", () => {
    const v = t.villageId;
    const nums = (c: SectionContent) => c.table!.rows.map((r) => r.number);
    // Overdue at 11-30 08:30: K15 (G1) and K07 (G2); K03 is 凤栖社区's.
    expect(nums(section(t, 'morning', '2026-11-30', 'cases_overdue', v))).toEqual([t.numbers.K15, t.numbers.K07]);
    // New 11-27 … 11-29: K11 (G1) only; closed: K06 (G1). K09, K10, K14 are G3's.
    expect(section(t, 'morning', '2026-11-30', 'cases_yesterday', v).figures.map((f) => f.value)).toEqual([1, 1]);
    // Emergencies: K08 (G2) only.
    expect(nums(section(t, 'morning', '2026-11-30', 'emergencies', v))).toEqual([t.numbers.K08]);
    // Due today: K08 only (K09 is G3's).
    expect(nums(section(t, 'morning', '2026-11-30', 'due_today', v))).toEqual([t.numbers.K08]);
    // The week: received K05 K06 K11 (G1) K07 K08 (G2) = 5, closed K05 K06 = 2; last week K01 K02 K04 = 3, closed K01 K02.
    const week = section(t, 'weekly', '2026-11-30', 'week_figures', v);
    expect(week.figures.slice(0, 2).map((f) => [f.value, f.previous])).toEqual([[5, 3], [2, 2]]);
    // Grid reports: its two grids.
    expect(section(t, 'weekly', '2026-11-30', 'grid_reports', v).table!.rows.map((r) => r.grid)).toEqual(['青石村第1网格', '青石村第2网格']);
    // By village in a village's meeting: its grids (G1: K01 K02 K05 K06; G2: K04 K07 K08 K13).
    expect(section(t, 'monthly', '2026-11-27', 'by_village', v).table!.rows).toEqual([
      { name: '青石村第1网格', received: 4, closed: 4, onTime: 75, satisfaction: 75 },
      { name: '青石村第2网格', received: 4, closed: 1, onTime: 100, satisfaction: 100 },
    ]);
    // Coordination: K02 (G1) and K07 (G2); K03 is 凤栖社区's.
    expect(section(t, 'joint', '2026-12-25', 'coordination', v).table!.rows).toEqual([
      { department: '司法所', cases: 2, open: 1, openNumbers: t.numbers.K07 },
      { department: '派出所', cases: 1, open: 1, openNumbers: t.numbers.K07 },
    ]);
    // A grid's meeting: G3 alone — K03 overdue.
    expect(nums(section(t, 'morning', '2026-11-30', 'cases_overdue', t.grids.G3))).toEqual([t.numbers.K03]);
  });

  it('no reporter name or phone, visited person or home number appears in any section of any meeting', () => {
    const director = t.h.tokenFor('director');
    const run = t.h.call(director, 'assessment.openRun', { level: 'grid', periodKey: '2026Q3' });
    t.h.call(director, 'assessment.freeze', { runId: run.id });
    const all: SectionContent[] = [];
    for (const scope of [t.townId, t.villageId, t.grids.G3]) {
      for (const [kind, date] of [['morning', '2026-11-30'], ['weekly', '2026-11-30'], ['monthly', '2026-11-27'], ['joint', '2026-12-25']] as const) {
        const m = t.meeting(kind, date, { scope });
        const items = SECTION_KINDS.map((s, i) => ({
          ...t.item(m, s, s === 'carry_over' ? { carryId: t.carryId, caseId: t.ids.K03 } : s === 'custom' ? { caseId: t.ids.K09 } : {}),
          id: `i${i}`,
        }));
        all.push(...Object.values(agendaContent(t.db, m, items, TODAY)));
      }
    }
    // Every section had something to check: the case lists hold rows.
    expect(all.filter((c) => c.table && c.table.rows.length > 0).length).toBeGreaterThan(40);
    const text = JSON.stringify(all);
    for (const p of PERSONAL) expect(text, p).not.toContain(p);
    // Places are cut to the building: 「青石村老街3号」, never the unit and room.
    expect(text).toContain('青石村老街3号');
    expect(text).not.toMatch(/单元|室/);
  });
});
