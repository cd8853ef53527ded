// The content of one agenda item (docs/meetings.md "议程自动生成"): the generated section's
// figures, table and chart, computed from the data of the meeting's scope as of its day. Called
// live by `meetings.content` and once more when the meeting ends, to freeze what was shown. One
// builder per section kind, in the sections-*.ts files.
import type { SectionContent, SectionKind } from '../../../shared/meetings/agenda-types';
import type { AgendaItemRow, MeetingRow } from '../../../shared/meetings/meeting-types';
import { workingTime } from '../calendar/calendar-store';
import type { ReadDb } from '../db/read-db';
import { meetingStart } from './agenda-periods';
import { agendaScope, type AgendaScope } from './agenda-scope';
import type { SectionBuilder, SectionContext } from './agenda-section';
import { casesOverdue, casesYesterday, custom, dueToday, emergencies, supervised } from './sections-cases';
import { coordination } from './sections-coordination';
import { carryOver, tasksOverdue } from './sections-follow-up';
import { gridReports, monthFigures, weekFigures } from './sections-period';
import { nextPriorities } from './sections-priorities';
import { ranking } from './sections-ranking';
import { byCategory, byVillage } from './sections-rates';

const BUILDERS: Record<SectionKind, SectionBuilder> = {
  cases_yesterday: casesYesterday,
  cases_overdue: casesOverdue,
  emergencies,
  due_today: dueToday,
  supervised,
  week_figures: weekFigures,
  grid_reports: gridReports,
  month_figures: monthFigures,
  by_village: byVillage,
  by_category: byCategory,
  ranking,
  next_priorities: nextPriorities,
  coordination,
  carry_over: carryOver,
  tasks_overdue: tasksOverdue,
  custom,
};

export interface ContentOptions {
  /** The scope, when computing a whole agenda (resolved once). */
  scope?: AgendaScope;
  /** Now (epoch ms): "overdue" is judged at the meeting's start or now, whichever is earlier. None: at the start. */
  now?: number;
}

/** The content of one item. */
export function itemContent(db: ReadDb, meeting: MeetingRow, item: AgendaItemRow, today: string, opts: ContentOptions = {}): SectionContent {
  const start = meetingStart(meeting);
  const scope = opts.scope ?? agendaScope(db, meeting.scopeUnitId);
  const ctx: SectionContext = { db, meeting, item, today, scope, wt: workingTime(db), start, asOf: Math.min(start, opts.now ?? start) };
  return BUILDERS[item.section](ctx);
}

/** Every item's content by item id (the scope resolved once). */
export function agendaContent(db: ReadDb, meeting: MeetingRow, items: readonly AgendaItemRow[], today: string, now?: number): Record<string, SectionContent> {
  const scope = agendaScope(db, meeting.scopeUnitId);
  return Object.fromEntries(items.map((item) => [item.id, itemContent(db, meeting, item, today, { scope, now })]));
}
