// On-time rate and satisfaction by village/community and by category (月总结会; docs/meetings.md
// "议程自动生成"): the meeting's month so far, counted by the assessment's rules
// (assessment/case-indicators.ts). A town meeting compares its villages and communities; a
// village's meeting compares its grids (a grid's meeting shows the grid alone).
import { caseRate, type CaseCounts } from '../../../shared/assessment/case-indicators';
import type { SectionContent } from '../../../shared/meetings/agenda-types';
import { caseCountsGrouped, type CaseGroupFacts } from '../assessment/case-indicators';
import { monthPeriods, periodLabel } from './agenda-periods';
import { percent, sectionContent, type SectionBuilder, type SectionContext } from './agenda-section';

interface RateRow {
  name: string;
  counts: CaseCounts;
}

function rateContent(ctx: SectionContext, rows: RateRow[], nameLabel: string, period: string, empty: string): SectionContent {
  if (rows.every((r) => r.counts.received === 0)) return sectionContent(ctx, { period, empty });
  const table = rows.map((r) => ({
    name: r.name,
    received: r.counts.received,
    closed: r.counts.closed,
    onTime: percent(caseRate(r.counts, 'onTimeRate')),
    satisfaction: percent(caseRate(r.counts, 'satisfactionRate')),
  }));
  const rated = table.filter((r) => r.onTime !== null);
  const worst = [...rated].sort((a, b) => a.onTime! - b.onTime!)[0];
  return sectionContent(ctx, {
    period,
    table: {
      columns: [
        { key: 'name', label: nameLabel, width: 1.6 },
        { key: 'received', label: '受理事件', align: 'right' },
        { key: 'closed', label: '已结案', align: 'right' },
        { key: 'onTime', label: '按期结案率(%)', align: 'right' },
        { key: 'satisfaction', label: '满意率(%)', align: 'right' },
      ],
      rows: table,
      caseIds: table.map(() => null),
      total: table.length,
    },
    chart: rated.length
      ? { type: 'bar', title: `各${nameLabel}按期结案率`, categories: rated.map((r) => r.name), series: [{ name: '按期结案率', values: rated.map((r) => r.onTime!) }], unit: '%' }
      : null,
    summary: worst ? `按期结案率最低的是${worst.name}（${worst.onTime}%）。` : '期内尚无已结案事件，按期结案率不计。',
  });
}

/** By village/community (town scope) or by grid (village or grid scope). */
export const byVillage: SectionBuilder = (ctx) => {
  const month = monthPeriods(ctx.meeting.date).current;
  const period = periodLabel(month);
  const byGrid = ctx.scope.kind !== 'town';
  const groupOf = (c: CaseGroupFacts) => (!ctx.scope.holds(c) ? null : byGrid ? c.grid_id : c.village_id);
  const counts = caseCountsGrouped(ctx.db, month, groupOf);
  const units = byGrid
    ? ctx.scope.grids.map((g) => ({ id: g.id, name: g.name }))
    : [...new Map(ctx.scope.grids.map((g) => [g.villageId, { id: g.villageId, name: g.villageName }])).values()];
  const rows = units.flatMap((u) => {
    const c = counts.get(u.id);
    return c ? [{ name: u.name, counts: c }] : [];
  });
  return rateContent(ctx, rows, byGrid ? '网格' : '村(社区)', period, `${period}无受理事件`);
};

/** By top-level category, the most received first. */
export const byCategory: SectionBuilder = (ctx) => {
  const month = monthPeriods(ctx.meeting.date).current;
  const period = periodLabel(month);
  const counts = caseCountsGrouped(ctx.db, month, (c) => (ctx.scope.holds(c) ? c.category_id : null));
  const name = ctx.db.cached('SELECT name FROM case_category WHERE id = ?');
  const rows = [...counts]
    .map(([id, c]) => ({ name: (name.get(id) as { name: string } | undefined)?.name ?? '未分类', counts: c }))
    .sort((a, b) => b.counts.received - a.counts.received || a.name.localeCompare(b.name, 'zh-CN'));
  return rateContent(ctx, rows, '类别', period, `${period}无受理事件`);
};
