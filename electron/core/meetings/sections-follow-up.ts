// What a meeting follows up (docs/meetings.md "议程自动生成"): a problem raised again (二次通报) —
// its title, which raising this is, when first raised, its linked case and each earlier raising's
// outcome — and the tasks of the scope's meetings still open past their deadline (未销号).
import { ITEM_OUTCOME_LABELS, type ItemOutcome } from '../../../shared/meetings/meeting-types';
import { MEETING_KIND_LABELS, type MeetingKind } from '../../../shared/meetings/meeting-kinds';
import { addDays, shanghaiInstant } from '../calendar';
import { periodLabel } from './agenda-periods';
import { CASE_LINE_SELECT, caseTable, sectionContent, type CaseLine, type SectionBuilder } from './agenda-section';

const dayLabel = (d: string) => periodLabel({ from: d, to: d });

interface CarryDbRow {
  title: string;
  case_id: string | null;
  first_date: string;
  status: string;
  resolved_note: string;
}

interface RaisingRow {
  item_id: string;
  meeting_date: string;
  meeting_title: string;
  outcome: ItemOutcome;
  outcome_note: string;
}

export const carryOver: SectionBuilder = (ctx) => {
  const { item } = ctx;
  if (!item.carryId) return sectionContent(ctx, { empty: '未关联需再次通报的问题' });
  const carry = ctx.db.cached('SELECT title, case_id, first_date, status, resolved_note FROM meeting_carry WHERE id = ?').get(item.carryId) as CarryDbRow | undefined;
  if (!carry) return sectionContent(ctx, { empty: '需再次通报的问题不存在' });
  const raisings = ctx.db
    .cached(
      `SELECT i.id AS item_id, m.meeting_date, m.title AS meeting_title, i.outcome, i.outcome_note FROM meeting_item i JOIN meeting m ON m.id = i.meeting_id
       WHERE i.carry_id = ? AND m.status != 'cancelled' ORDER BY m.meeting_date, m.start_time`,
    )
    .all(item.carryId) as RaisingRow[];
  const times = item.timesRaised ?? raisings.filter((r) => r.meeting_date <= ctx.meeting.date).length;
  const first = item.firstRaisedDate ?? carry.first_date;
  const caseId = item.caseId ?? carry.case_id;
  const line = caseId ? (ctx.db.cached(`${CASE_LINE_SELECT} WHERE c.id = ?`).get(caseId) as CaseLine | undefined) : undefined;
  const caseRow = line ? caseTable([line]).rows[0]! : null;
  const history = raisings.filter((r) => r.item_id !== item.id);
  const parts = [`「${carry.title}」第${times}次通报，首次通报于${dayLabel(first)}`];
  if (caseRow) parts.push(`关联事件${caseRow.number}${caseRow.status}，期限${caseRow.deadline}`);
  if (carry.status === 'resolved') parts.push(`已解决：${carry.resolved_note}`);
  return sectionContent(ctx, {
    period: `第${times}次通报`,
    figures: [{ label: '通报次数', value: times, unit: '次', lowerIsBetter: true }],
    table: {
      columns: [
        { key: 'date', label: '通报日期', width: 0.9 },
        { key: 'meeting', label: '会议', width: 1.6 },
        { key: 'outcome', label: '结果', align: 'center', width: 1.2 },
        { key: 'note', label: '说明', width: 2 },
      ],
      rows: history.map((r) => ({ date: dayLabel(r.meeting_date), meeting: r.meeting_title, outcome: ITEM_OUTCOME_LABELS[r.outcome], note: r.outcome_note || '—' })),
      caseIds: history.map(() => caseId),
      total: history.length,
    },
    summary: `${parts.join('；')}。`,
  });
};

interface TaskDbRow {
  id: string;
  title: string;
  owner_name: string;
  deadline: string;
  case_id: string | null;
  meeting_title: string;
  meeting_date: string;
  meeting_kind: MeetingKind;
}

/** Open tasks of the scope's meetings whose deadline is before the meeting's day; days overdue are the working days since. */
export const tasksOverdue: SectionBuilder = (ctx) => {
  const tasks = ctx.db
    .cached(
      `SELECT t.id, t.title, t.owner_name, t.deadline, t.case_id, m.title AS meeting_title, m.meeting_date, m.kind AS meeting_kind
       FROM meeting_task t JOIN meeting m ON m.id = t.meeting_id
       WHERE t.status = 'open' AND t.deadline < @day AND m.scope_unit_id = @scope ORDER BY t.deadline, m.meeting_date, t.id`,
    )
    .all({ day: ctx.meeting.date, scope: ctx.scope.unitId }) as TaskDbRow[];
  const period = `截至${dayLabel(ctx.meeting.date)}`;
  if (tasks.length === 0) return sectionContent(ctx, { period, empty: '无逾期未销号的任务' });
  const dayStart = shanghaiInstant(ctx.meeting.date).getTime();
  const late = (t: TaskDbRow) => ctx.wt.workingDaysBetween(shanghaiInstant(addDays(t.deadline, 1)).getTime(), dayStart);
  return sectionContent(ctx, {
    period,
    figures: [{ label: '逾期未销号任务', value: tasks.length, unit: '件', lowerIsBetter: true }],
    table: {
      columns: [
        { key: 'title', label: '任务', width: 2 },
        { key: 'owner', label: '责任人/单位', width: 1.2 },
        { key: 'deadline', label: '期限', width: 0.9 },
        { key: 'late', label: '逾期(工作日)', align: 'right', width: 0.8 },
        { key: 'meeting', label: '来自会议', width: 1.6 },
      ],
      rows: tasks.map((t) => ({ title: t.title, owner: t.owner_name, deadline: dayLabel(t.deadline), late: late(t), meeting: `${dayLabel(t.meeting_date)}${MEETING_KIND_LABELS[t.meeting_kind]}` })),
      caseIds: tasks.map((t) => t.case_id),
      total: tasks.length,
    },
    summary: `逾期未销号的任务${tasks.length}件，请责任人说明原因并限期办结。`,
  });
};
