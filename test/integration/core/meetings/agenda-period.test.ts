// The 周例会 and 月总结会 figures on the hand-built town (agenda-fixture.ts), each worked out from
// the fixture's table. Counts follow the assessment's rules (received: not merged or rejected;
// closed, on time and satisfaction as the cases stand when computed), overdue as in cases_overdue.
import { describe, expect, it } from 'vitest';
import { itemContent } from '../../../../electron/core/meetings/agenda-content';
import type { SectionContent, SectionKind } from '../../../../shared/meetings/agenda-types';
import type { MeetingKind } from '../../../../shared/meetings/meeting-kinds';
import { agendaTown, at, type AgendaTown } from './agenda-fixture';

const TODAY = '2026-11-30';

function section(t: AgendaTown, kind: MeetingKind, date: string, s: SectionKind, scope?: string): SectionContent {
  const m = t.meeting(kind, date, { scope });
  return itemContent(t.db, m, t.item(m, s), TODAY);
}

const figures = (c: SectionContent) => Object.fromEntries(c.figures.map((f) => [f.label, [f.value, f.previous ?? null]]));

describe('周例会 sections (Monday 2026-11-30: the week 11-23 … 11-29 against 11-16 … 11-22)', () => {
  const t = agendaTown();

  it("week_figures of next week's meeting, prepared today: overdue at the week's end is what is overdue now", () => {
    const m = t.meeting('weekly', '2026-12-07');
    // The week 11-30 … 12-06 has not ended. At 11-30 12:00 K15, K03 and K07 are overdue; K08 and K09
    // (due 17:30 today) and K11 (due 12-03) are not yet, and are not counted as if the week were over.
    const c = itemContent(t.db, m, t.item(m, 'week_figures'), TODAY, { now: at('11-30 12:00') });
    expect(figures(c)['期末超期未办结']).toEqual([3, 3]);
  });

  it('week_figures', () => {
    const c = section(t, 'weekly', '2026-11-30', 'week_figures');
    expect(c.period).toBe('11月23日—11月29日');
    expect(figures(c)).toEqual({
      // This week: K05 K06 K07 K08 K09 K10 K11 K14 (K12 rejected) = 8; last week K01 K02 K03 K04 = 4.
      受理事件: [8, 4],
      // Of them closed: K05 K06 K10 K14 = 4; last week K01 K02 = 2.
      办结事件: [4, 2],
      // All four closed on time = 100 %; last week K01 on time, K02 late = 50 %.
      按期结案率: [100, 50],
      // 满意 K05 K14, 基本满意 K06, 不满意 K10 → 3 of 4 = 75 %; last week K01 满意, K02 不满意 = 50 %.
      满意率: [75, 50],
      // Overdue at 11-30 00:00: K03 (11-24), K07 (11-27), K15 (10-23) = 3. At 11-23 00:00: K04 (due
      // 11-20, handled 11-23 09:00), K15, K16 (due 10-15, handled 11-25) = 3; K02 fell due on the 23rd at 17:30.
      期末超期未办结: [3, 3],
    });
    expect(c.chart).toEqual({
      type: 'bar', title: '本周与上周对比', categories: ['受理', '办结', '期末超期'], unit: '件',
      series: [{ name: '上周', values: [4, 2, 3] }, { name: '本周', values: [8, 4, 3] }],
    });
    expect(c.summary).toBe('本周受理事件8件，较上周增加4件，办结4件，按期结案率100%，满意率75%，期末超期未办结3件。');
  });

  it('grid_reports: each grid\'s cases, log days and visits of the week', () => {
    const c = section(t, 'weekly', '2026-11-30', 'grid_reports');
    expect(c.table!.rows).toEqual([
      // G1: K05 K06 K11 received, K05 K06 closed; five logs of five working days; hh-1 twice, hh-2 once (hh-2's visit of 11-20 is last week's).
      { grid: '青石村第1网格', village: '青石村', received: 3, closed: 2, logs: '5/5', households: 2, visits: 3 },
      // G2: K07 K08 (K12 rejected); logs on 23–25 only; no visit.
      { grid: '青石村第2网格', village: '青石村', received: 2, closed: 0, logs: '3/5', households: 0, visits: 0 },
      // G3: K09 K10 K14, K10 K14 closed; four logs and a draft (a draft is not submitted); hh-3 once.
      { grid: '凤栖社区第1网格', village: '凤栖社区', received: 3, closed: 2, logs: '4/5', households: 1, visits: 1 },
    ]);
    expect(figures(c)).toEqual({ 网格: [3, null], 受理事件: [8, null], 办结事件: [4, null], 走访农户: [3, null] });
    expect(c.summary).toBe('工作日志有缺交的网格：青石村第2网格、凤栖社区第1网格。');
  });
});

describe('月总结会 sections (Friday 2026-11-27: 11-01 … 11-26 against October)', () => {
  const t = agendaTown();

  it('month_figures', () => {
    const c = section(t, 'monthly', '2026-11-27', 'month_figures');
    expect(c.period).toBe('11月1日—11月26日');
    expect(figures(c)).toEqual({
      // November to the 26th: K01 K02 K03 K04 K05 K06 K07 K08 K13 = 9 (K12 rejected). October: K15 K16 K17 K18 = 4.
      受理事件: [9, 4],
      // Closed (as they stand): K01 K02 K05 K06 K13 = 5; October's K16 K17 K18 = 3.
      办结事件: [5, 3],
      // On time: K01 K05 K06 K13 of 5 = 80 %; October: K17 of 3 = 33.3 %.
      按期结案率: [80, 33.3],
      // 满意/基本满意: K01 K05 K06 K13 of 5 = 80 %; October: K17 满意, K18 基本满意, K16 不满意 = 66.7 %.
      满意率: [80, 66.7],
      // At 11-27 00:00: K03 (due 11-24) and K15 = 2. At 11-01 00:00: K15 and K16 (handled only on 11-25) = 2.
      期末超期未办结: [2, 2],
    });
  });

  it('by_village: the town\'s villages and communities', () => {
    const c = section(t, 'monthly', '2026-11-27', 'by_village');
    expect(c.table!.rows).toEqual([
      // 青石村 (G1, G2): K01 K02 K04 K05 K06 K07 K08 K13 = 8; closed K01 K02 K05 K06 K13; on time all but K02; 不满意 K02 only.
      { name: '青石村', received: 8, closed: 5, onTime: 80, satisfaction: 80 },
      // 凤栖社区 (G3): K03, open: no rate (—, not 0 %).
      { name: '凤栖社区', received: 1, closed: 0, onTime: null, satisfaction: null },
    ]);
    expect(c.chart).toEqual({ type: 'bar', title: '各村(社区)按期结案率', categories: ['青石村'], series: [{ name: '按期结案率', values: [80] }], unit: '%' });
  });

  it('by_category: the most received first', () => {
    const c = section(t, 'monthly', '2026-11-27', 'by_category');
    expect(c.table!.rows).toEqual([
      // 环境卫生 K01 K04 K05 K08: K01 K05 closed on time, both 满意.
      { name: '环境卫生', received: 4, closed: 2, onTime: 100, satisfaction: 100 },
      // 安全生产 K06 K13: both closed on time, 基本满意 and 满意.
      { name: '安全生产', received: 2, closed: 2, onTime: 100, satisfaction: 100 },
      // 矛盾纠纷 K02 K07: K02 closed late, 不满意.
      { name: '矛盾纠纷', received: 2, closed: 1, onTime: 0, satisfaction: 0 },
      // 市政设施 K03: open.
      { name: '市政设施', received: 1, closed: 0, onTime: null, satisfaction: null },
    ]);
    expect(c.summary).toBe('按期结案率最低的是矛盾纠纷（0%）。');
  });

  it('next_priorities: categories rising on October, and the overdue backlog by unit', () => {
    const c = section(t, 'monthly', '2026-11-27', 'next_priorities');
    expect(c.table!.rows).toEqual([
      // November vs October received: 安全生产 2 vs 0, 环境卫生 4 vs 2 (K15 K17), 矛盾纠纷 2 vs 1 (K18); 市政设施 1 vs 1 is not rising.
      { kind: '上升类别', name: '安全生产', value: 2, note: '上月0件，增加2件' },
      { kind: '上升类别', name: '环境卫生', value: 4, note: '上月2件，增加2件' },
      { kind: '上升类别', name: '矛盾纠纷', value: 2, note: '上月1件，增加1件' },
      // Overdue at 11-27 08:30: K03 (城管中队, due Tue 11-24 → 2 working days) and K15 (青石村, due 10-23 → 24).
      { kind: '超期积压', name: '城管中队', value: 1, note: '最长超期2个工作日' },
      { kind: '超期积压', name: '青石村', value: 1, note: '最长超期24个工作日' },
    ]);
    expect(figures(c)).toEqual({ 上升的事件类别: [3, null], 超期积压: [2, null] });
  });
});
