// The case lists of the agenda (早例会, and 周例会's overdue and supervised cases; docs/meetings.md
// "议程自动生成"): the scope's cases new and closed since the last morning meeting, emergencies,
// cases overdue at the meeting's start, due on its day, under 督办, and a custom item's case.
import { URGENCY_LABELS, type Urgency } from '../../../shared/cases/case-types';
import { addDays, shanghaiInstant } from '../calendar';
import { morningPeriod, periodInstants, periodLabel } from './agenda-periods';
import { CASE_LINE_SELECT, caseTable, overdueAt, overdueDays, sectionContent, shortTime, type CaseLine, type SectionBuilder } from './agenda-section';

/** What marks an emergency: a 突发性 case, or one received as 紧急 or 特急. */
const EMERGENCY = "(c.handling_type = 'emergency' OR c.urgency IN ('urgent', 'critical'))";

/** New (received, merged and rejected ones left out as the assessment counts them) and closed since the previous working day. */
export const casesYesterday: SectionBuilder = (ctx) => {
  const p = morningPeriod(ctx.wt, ctx.meeting.date);
  const { from, until } = periodInstants(p);
  const params = { from, until, scope: ctx.scope.unitId };
  const received = ctx.db
    .cached(`${CASE_LINE_SELECT} WHERE c.received_at >= @from AND c.received_at < @until AND c.status NOT IN ('merged', 'rejected') AND ${ctx.scope.caseWhere} ORDER BY c.received_at, c.number`)
    .all(params) as CaseLine[];
  const closed = ctx.db
    .cached(`${CASE_LINE_SELECT} WHERE c.closed_at >= @from AND c.closed_at < @until AND ${ctx.scope.caseWhere} ORDER BY c.closed_at, c.number`)
    .all(params) as CaseLine[];
  const label = periodLabel(p);
  if (received.length === 0 && closed.length === 0) return sectionContent(ctx, { period: label, empty: `${label}无新增和办结事件` });
  const closedIds = new Set(closed.map((c) => c.id));
  const receivedIds = new Set(received.map((c) => c.id));
  const lines = [...received, ...closed.filter((c) => !receivedIds.has(c.id))];
  const change = (l: CaseLine) => (receivedIds.has(l.id) ? (closedIds.has(l.id) ? '新增并办结' : '新增') : '办结');
  return sectionContent(ctx, {
    period: label,
    figures: [
      { label: '新增事件', value: received.length, unit: '件' },
      { label: '办结事件', value: closed.length, unit: '件' },
    ],
    table: caseTable(lines, { columns: [{ key: 'change', label: '情况', align: 'center', width: 0.9 }], cells: (l) => ({ change: change(l) }) }),
    summary: `${label}新增事件${received.length}件，办结${closed.length}件。`,
  });
};

/** Emergencies (突发性, 紧急, 特急) still open at the meeting, or received since the previous working day. */
export const emergencies: SectionBuilder = (ctx) => {
  const p = morningPeriod(ctx.wt, ctx.meeting.date);
  const { from, until } = periodInstants(p);
  const lines = ctx.db
    .cached(
      `${CASE_LINE_SELECT} WHERE c.done = 0 AND ${EMERGENCY} AND ${ctx.scope.caseWhere}
       UNION
       ${CASE_LINE_SELECT} WHERE c.received_at >= @from AND c.received_at < @until AND c.status NOT IN ('merged', 'rejected') AND ${EMERGENCY} AND ${ctx.scope.caseWhere}
       ORDER BY 11, 2`,
    )
    .all({ from, until, scope: ctx.scope.unitId }) as CaseLine[];
  const label = periodLabel(p);
  if (lines.length === 0) return sectionContent(ctx, { period: label, empty: '无未办结的突发、紧急事件，期内也无新发生的' });
  const open = lines.filter((l) => l.status !== 'closed').length;
  const fresh = lines.filter((l) => l.received_at >= from && l.received_at < until).length;
  return sectionContent(ctx, {
    period: label,
    figures: [
      { label: '未办结', value: open, unit: '件', lowerIsBetter: true },
      { label: '期内新发生', value: fresh, unit: '件' },
    ],
    table: caseTable(lines, {
      columns: [{ key: 'urgency', label: '紧急程度', align: 'center', width: 0.8 }],
      cells: (l) => ({ urgency: l.handling_type === 'emergency' ? `突发·${URGENCY_LABELS[l.urgency as Urgency]}` : URGENCY_LABELS[l.urgency as Urgency] }),
    }),
    summary: `突发、紧急事件未办结${open}件，${label}新发生${fresh}件。`,
  });
};

/** Open cases past their deadline at the meeting's start (or now, before it). */
export const casesOverdue: SectionBuilder = (ctx) => {
  const lines = overdueAt(ctx, ctx.asOf);
  const asOf = `截至${shortTime(ctx.asOf)}`;
  if (lines.length === 0) return sectionContent(ctx, { period: asOf, empty: '无超期未办结事件' });
  const days = (l: CaseLine) => overdueDays(ctx.wt, l.deadline_at, ctx.asOf);
  const long = lines.filter((l) => days(l) >= 5).length;
  return sectionContent(ctx, {
    period: asOf,
    figures: [
      { label: '超期未办结', value: lines.length, unit: '件', lowerIsBetter: true },
      { label: '超期5个工作日以上', value: long, unit: '件', lowerIsBetter: true },
    ],
    table: caseTable(lines, { columns: [{ key: 'overdueDays', label: '超期(工作日)', align: 'right', width: 0.9 }], cells: (l) => ({ overdueDays: days(l) }) }),
    summary: `超期未办结事件${lines.length}件，其中超期5个工作日以上${long}件。`,
  });
};

/** Open cases whose deadline falls on the meeting's day (from its start to midnight). */
export const dueToday: SectionBuilder = (ctx) => {
  const dayEnd = shanghaiInstant(addDays(ctx.meeting.date, 1)).getTime();
  const lines = ctx.db
    .cached(`${CASE_LINE_SELECT} WHERE c.done = 0 AND c.handled_at IS NULL AND c.deadline_at >= @start AND c.deadline_at < @end AND ${ctx.scope.caseWhere} ORDER BY c.deadline_at, c.number`)
    .all({ start: ctx.start, end: dayEnd, scope: ctx.scope.unitId }) as CaseLine[];
  const label = periodLabel({ from: ctx.meeting.date, to: ctx.meeting.date });
  if (lines.length === 0) return sectionContent(ctx, { period: label, empty: '今日无到期事件' });
  return sectionContent(ctx, {
    period: label,
    figures: [{ label: '今日到期', value: lines.length, unit: '件' }],
    table: caseTable(lines),
    summary: `今日到期未处置事件${lines.length}件，请责任单位当日办结。`,
  });
};

/** Open cases under 督办 (the supervised index). */
export const supervised: SectionBuilder = (ctx) => {
  const lines = ctx.db
    .cached(`${CASE_LINE_SELECT} WHERE c.supervised = 1 AND c.done = 0 AND ${ctx.scope.caseWhere} ORDER BY c.deadline_at, c.number`)
    .all({ scope: ctx.scope.unitId }) as CaseLine[];
  const asOf = `截至${shortTime(ctx.asOf)}`;
  if (lines.length === 0) return sectionContent(ctx, { period: asOf, empty: '无督办中的事件' });
  const late = lines.filter((l) => l.deadline_at < ctx.asOf).length;
  return sectionContent(ctx, {
    period: asOf,
    figures: [
      { label: '督办中', value: lines.length, unit: '件' },
      { label: '其中已超期', value: late, unit: '件', lowerIsBetter: true },
    ],
    table: caseTable(lines),
    summary: `督办中的事件${lines.length}件，其中已超期${late}件。`,
  });
};

/** A custom item: its linked case's facts, or only its title. */
export const custom: SectionBuilder = (ctx) => {
  if (!ctx.item.caseId) return sectionContent(ctx, {});
  const line = ctx.db.cached(`${CASE_LINE_SELECT} WHERE c.id = ?`).get(ctx.item.caseId) as CaseLine | undefined;
  if (!line) return sectionContent(ctx, { empty: '关联的事件不存在' });
  const table = caseTable([line]);
  return sectionContent(ctx, { table, summary: `关联事件${line.number}，${table.rows[0]!.status}，期限${table.rows[0]!.deadline}。` });
};
