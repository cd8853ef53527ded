// The period figures of the agenda (周例会 and 月总结会; docs/meetings.md "议程自动生成"): the
// scope's cases of the period against the period before, counted by the assessment's own rules
// (assessment/case-indicators.ts: received, closed, closed on time, satisfaction), the cases
// overdue at the period's end, and each grid's week (its cases, logs and household visits).
import { caseRate, emptyCaseCounts, type CaseCounts } from '../../../shared/assessment/case-indicators';
import type { SectionFigure } from '../../../shared/meetings/agenda-types';
import { caseCountsGrouped } from '../assessment/case-indicators';
import type { ReadDb } from '../db/read-db';
import { gridStats } from '../routine/routine-queries';
import { monthPeriods, periodInstants, periodLabel, weekPeriods, type DayPeriod } from './agenda-periods';
import type { AgendaScope } from './agenda-scope';
import { overdueAt, percent, sectionContent, type SectionBuilder, type SectionContext } from './agenda-section';

/** The scope's case counts of a period (one group: the whole scope). */
export function scopeCounts(db: ReadDb, scope: AgendaScope, period: DayPeriod): CaseCounts {
  return caseCountsGrouped(db, period, (c) => (scope.holds(c) ? 'scope' : null)).get('scope') ?? emptyCaseCounts();
}

interface PeriodNumbers {
  received: number;
  closed: number;
  onTime: number | null;
  satisfaction: number | null;
  overdueAtEnd: number;
}

function numbersOf(ctx: SectionContext, period: DayPeriod): PeriodNumbers {
  const counts = scopeCounts(ctx.db, ctx.scope, period);
  return {
    received: counts.received,
    closed: counts.closed,
    onTime: percent(caseRate(counts, 'onTimeRate')),
    satisfaction: percent(caseRate(counts, 'satisfactionRate')),
    // A period not over yet (an agenda prepared ahead) counts what is overdue now, not a guess at its end.
    overdueAtEnd: overdueAt(ctx, Math.min(periodInstants(period).until, ctx.asOf)).length,
  };
}

function change(now: number, before: number, unit: string): string {
  const d = Math.round((now - before) * 10) / 10;
  return d === 0 ? '持平' : d > 0 ? `增加${d}${unit}` : `减少${-d}${unit}`;
}

function periodFigures(ctx: SectionContext, periods: { current: DayPeriod; previous: DayPeriod }, word: '本周' | '本月', before: '上周' | '上月') {
  const cur = numbersOf(ctx, periods.current);
  const prev = numbersOf(ctx, periods.previous);
  const figures: SectionFigure[] = [
    { label: '受理事件', value: cur.received, unit: '件', previous: prev.received },
    { label: '办结事件', value: cur.closed, unit: '件', previous: prev.closed },
  ];
  // A rate over nothing is not 0 % (shared/assessment/case-indicators.ts): left out then.
  if (cur.onTime !== null) figures.push({ label: '按期结案率', value: cur.onTime, unit: '%', previous: prev.onTime });
  if (cur.satisfaction !== null) figures.push({ label: '满意率', value: cur.satisfaction, unit: '%', previous: prev.satisfaction });
  figures.push({ label: '期末超期未办结', value: cur.overdueAtEnd, unit: '件', previous: prev.overdueAtEnd, lowerIsBetter: true });
  const label = periodLabel(periods.current);
  if (cur.received === 0 && prev.received === 0 && cur.overdueAtEnd === 0) return sectionContent(ctx, { period: label, empty: `${word}和${before}均无受理事件` });
  const parts = [`${word}受理事件${cur.received}件，较${before}${change(cur.received, prev.received, '件')}`, `办结${cur.closed}件`];
  parts.push(cur.onTime === null ? '无已结案事件，按期结案率不计' : `按期结案率${cur.onTime}%`);
  if (cur.satisfaction !== null) parts.push(`满意率${cur.satisfaction}%`);
  parts.push(`期末超期未办结${cur.overdueAtEnd}件`);
  return sectionContent(ctx, {
    period: label,
    figures,
    chart: {
      type: 'bar',
      title: `${word}与${before}对比`,
      categories: ['受理', '办结', '期末超期'],
      series: [
        { name: before, values: [prev.received, prev.closed, prev.overdueAtEnd] },
        { name: word, values: [cur.received, cur.closed, cur.overdueAtEnd] },
      ],
      unit: '件',
    },
    summary: `${parts.join('，')}。`,
  });
}

/** 周例会: the previous Monday–Sunday week against the week before. */
export const weekFigures: SectionBuilder = (ctx) => periodFigures(ctx, weekPeriods(ctx.meeting.date), '本周', '上周');

/** 月总结会: the meeting's month up to the day before, against the whole previous month. */
export const monthFigures: SectionBuilder = (ctx) => periodFigures(ctx, monthPeriods(ctx.meeting.date), '本月', '上月');

/** 周例会: each grid of the scope over the previous week — cases received and closed, log days, household visits. */
export const gridReports: SectionBuilder = (ctx) => {
  const week = weekPeriods(ctx.meeting.date).current;
  const label = periodLabel(week);
  if (ctx.scope.grids.length === 0) return sectionContent(ctx, { period: label, empty: '范围内无网格' });
  const cases = caseCountsGrouped(ctx.db, week, (c) => (ctx.scope.holds(c) ? c.grid_id : null));
  const logs = gridStats(ctx.db, week, ctx.today);
  const visitsOf = ctx.db.cached('SELECT count(*) AS visits, count(DISTINCT household_id) AS households FROM household_visit WHERE grid_id = ? AND visit_date BETWEEN ? AND ?');
  const rows = ctx.scope.grids.map((g) => {
    const c = cases.get(g.id) ?? emptyCaseCounts();
    const l = logs.get(g.id) ?? { due: 0, covered: 0 };
    const v = visitsOf.get(g.id, week.from, week.to) as { visits: number; households: number };
    return { grid: g.name, village: g.villageName, received: c.received, closed: c.closed, logs: `${l.covered}/${l.due}`, logsMissing: l.due - l.covered, households: v.households, visits: v.visits };
  });
  const missing = rows.filter((r) => r.logsMissing > 0).map((r) => r.grid);
  const sum = (k: 'received' | 'closed' | 'households') => rows.reduce((s, r) => s + r[k], 0);
  return sectionContent(ctx, {
    period: label,
    figures: [
      { label: '网格', value: rows.length, unit: '个' },
      { label: '受理事件', value: sum('received'), unit: '件' },
      { label: '办结事件', value: sum('closed'), unit: '件' },
      { label: '走访农户', value: sum('households'), unit: '户' },
    ],
    table: {
      columns: [
        { key: 'grid', label: '网格', width: 1.6 },
        ...(ctx.scope.kind === 'town' ? [{ key: 'village', label: '村(社区)', width: 1.2 }] : []),
        { key: 'received', label: '受理事件', align: 'right' as const },
        { key: 'closed', label: '其中已结案', align: 'right' as const },
        { key: 'logs', label: '日志(已交/应交天)', align: 'center' as const, width: 1.2 },
        { key: 'households', label: '走访户数', align: 'right' as const },
        { key: 'visits', label: '走访次数', align: 'right' as const },
      ],
      rows: rows.map(({ logsMissing: _m, ...r }) => r),
      caseIds: rows.map(() => null),
      total: rows.length,
    },
    chart: { type: 'bar', title: '各网格受理与办结', categories: rows.map((r) => r.grid), series: [{ name: '受理', values: rows.map((r) => r.received) }, { name: '办结', values: rows.map((r) => r.closed) }], unit: '件' },
    summary: missing.length === 0 ? `${rows.length}个网格工作日志齐全。` : `工作日志有缺交的网格：${missing.join('、')}。`,
  });
};
