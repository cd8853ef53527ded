// 下月工作重点 on the 月总结会 agenda (docs/meetings.md "议程自动生成"): the categories whose
// cases rose most in the meeting's month against the month before (received, by the assessment's
// count), and the backlog of cases overdue at the meeting's start by the unit responsible.
import { caseCountsGrouped } from '../assessment/case-indicators';
import { monthPeriods, periodLabel } from './agenda-periods';
import { overdueAt, overdueDays, sectionContent, type SectionBuilder } from './agenda-section';

const RISING_SHOWN = 5;

export const nextPriorities: SectionBuilder = (ctx) => {
  const months = monthPeriods(ctx.meeting.date);
  const inScope = (c: { grid_id: string | null; village_id: string | null; category_id: string }) => (ctx.scope.holds(c) ? c.category_id : null);
  const cur = caseCountsGrouped(ctx.db, months.current, inScope);
  const prev = caseCountsGrouped(ctx.db, months.previous, inScope);
  const name = ctx.db.cached('SELECT name FROM case_category WHERE id = ?');
  const rising = [...cur]
    .map(([id, c]) => ({ name: (name.get(id) as { name: string } | undefined)?.name ?? '未分类', now: c.received, before: prev.get(id)?.received ?? 0 }))
    .filter((r) => r.now > r.before)
    .sort((a, b) => b.now - b.before - (a.now - a.before) || a.name.localeCompare(b.name, 'zh-CN'))
    .slice(0, RISING_SHOWN);
  const backlog = new Map<string, { count: number; longest: number }>();
  for (const l of overdueAt(ctx, ctx.asOf)) {
    const unit = l.assignee_label ?? '未派遣';
    const b = backlog.get(unit) ?? { count: 0, longest: 0 };
    b.count++;
    b.longest = Math.max(b.longest, overdueDays(ctx.wt, l.deadline_at, ctx.asOf));
    backlog.set(unit, b);
  }
  const units = [...backlog].sort((a, b) => b[1].count - a[1].count || a[0].localeCompare(b[0], 'zh-CN'));
  const period = `${periodLabel(months.current)}（对比${periodLabel(months.previous)}）`;
  if (rising.length === 0 && units.length === 0) return sectionContent(ctx, { period, empty: '无上升的事件类别，也无超期积压' });
  const rows = [
    ...rising.map((r) => ({ kind: '上升类别', name: r.name, value: r.now, note: `上月${r.before}件，增加${r.now - r.before}件` })),
    ...units.map(([unit, b]) => ({ kind: '超期积压', name: unit, value: b.count, note: `最长超期${b.longest}个工作日` })),
  ];
  const overdueTotal = units.reduce((s, [, b]) => s + b.count, 0);
  const parts: string[] = [];
  if (rising.length) parts.push(`${rising[0]!.name}类事件上升最多（增加${rising[0]!.now - rising[0]!.before}件）`);
  if (units.length) parts.push(`超期积压${overdueTotal}件，${units[0]![0]}最多（${units[0]![1].count}件）`);
  return sectionContent(ctx, {
    period,
    figures: [
      { label: '上升的事件类别', value: rising.length, unit: '个' },
      { label: '超期积压', value: overdueTotal, unit: '件', lowerIsBetter: true },
    ],
    table: {
      columns: [
        { key: 'kind', label: '重点', align: 'center', width: 0.9 },
        { key: 'name', label: '类别/责任单位', width: 1.6 },
        { key: 'value', label: '件数', align: 'right', width: 0.7 },
        { key: 'note', label: '说明', width: 1.8 },
      ],
      rows,
      caseIds: rows.map(() => null),
      total: rows.length,
    },
    chart: units.length
      ? { type: 'bar', title: '超期积压（按责任单位）', categories: units.map(([u]) => u), series: [{ name: '超期未办结', values: units.map(([, b]) => b.count) }], unit: '件' }
      : null,
    summary: `${parts.join('；')}。`,
  });
};
