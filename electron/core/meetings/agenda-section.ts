// What every section builder is given and the pieces they share (docs/meetings.md "议程自动生成"):
// the meeting, its scope and start, and the case lines of the tables. A case appears as the wall
// board shows it (board/board-cases.ts, shared/board/wall-text.ts): its number, category and
// sub-category, grid, place cut to the building with personal-data patterns removed, the unit
// responsible, deadline and status — never its title or description as typed, never a name or
// phone number of the reporter.
import { SECTION_LABELS, type SectionColumn, type SectionContent, type SectionTable } from '../../../shared/meetings/agenda-types';
import type { AgendaItemRow, MeetingRow } from '../../../shared/meetings/meeting-types';
import { wallPlace, wallSubject } from '../../../shared/board/wall-text';
import { CASE_STATUS_LABELS, type CaseStatus } from '../../../shared/cases/case-workflow';
import { shanghaiDate, type WorkingTime } from '../calendar';
import type { ReadDb } from '../db/read-db';
import type { AgendaScope } from './agenda-scope';

export interface SectionContext {
  db: ReadDb;
  meeting: MeetingRow;
  item: AgendaItemRow;
  /** The day of the call (Shanghai): what "today" means for the routine and the assessment. */
  today: string;
  scope: AgendaScope;
  wt: WorkingTime;
  /** The meeting's start (epoch ms): "open" and "due today" are as of then. */
  start: number;
  /**
   * The instant "overdue" is judged at: the meeting's start, or now when the meeting is still
   * ahead (an agenda prepared before the meeting never counts a case as overdue that is not yet).
   */
  asOf: number;
}

export type SectionBuilder = (ctx: SectionContext) => SectionContent;

/** A section's content with the item's title and nothing else unless given. */
export function sectionContent(ctx: SectionContext, parts: Partial<Omit<SectionContent, 'section' | 'title'>>): SectionContent {
  const { item } = ctx;
  return { section: item.section, title: item.title || SECTION_LABELS[item.section], period: '', figures: [], table: null, chart: null, summary: '', empty: null, ...parts };
}

/** Rows a table keeps (the total says how many there were). */
export const MAX_ROWS = 30;

export interface CaseLine {
  id: string;
  number: string;
  category_name: string | null;
  subcategory_name: string | null;
  grid_name: string | null;
  address: string;
  reporter_name: string | null;
  assignee_label: string | null;
  deadline_at: number;
  status: CaseStatus;
  received_at: number;
  closed_at: number | null;
  urgency: string;
  handling_type: string;
}

/** The columns a case line is selected with (case_record `c`). */
export const CASE_LINE_SELECT = `SELECT c.id, c.number, cat.name AS category_name, sub.name AS subcategory_name, g.name AS grid_name, c.address,
    c.reporter_name, c.assignee_label, c.deadline_at, c.status, c.received_at, c.closed_at, c.urgency, c.handling_type
  FROM case_record c LEFT JOIN org_unit g ON g.id = c.grid_id
    LEFT JOIN case_category cat ON cat.id = c.category_id LEFT JOIN case_category sub ON sub.id = c.subcategory_id`;

/** 「12月1日 17:30」 */
export function shortTime(ms: number): string {
  const d = shanghaiDate(ms);
  const t = new Date(ms + 8 * 3_600_000).toISOString().slice(11, 16);
  return `${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日 ${t}`;
}

export const CASE_COLUMNS: SectionColumn[] = [
  { key: 'number', label: '编号', width: 1.4 },
  { key: 'subject', label: '事件', width: 1.6 },
  { key: 'grid', label: '网格', width: 1.2 },
  { key: 'place', label: '地点', width: 1.4 },
  { key: 'unit', label: '责任单位', width: 1.2 },
  { key: 'deadline', label: '期限', width: 1.1 },
  { key: 'status', label: '状态', width: 0.8, align: 'center' },
];

/** A table of case lines (cut to MAX_ROWS), with extra columns after the usual ones. */
export function caseTable(lines: readonly CaseLine[], extra: { columns: SectionColumn[]; cells: (l: CaseLine) => Record<string, string | number | null> } | null = null): SectionTable {
  const shown = lines.slice(0, MAX_ROWS);
  return {
    columns: [...CASE_COLUMNS, ...(extra?.columns ?? [])],
    rows: shown.map((l) => ({
      number: l.number,
      subject: wallSubject(l.category_name, l.subcategory_name),
      grid: l.grid_name ?? '—',
      place: wallPlace(l.address, [l.reporter_name]) || '—',
      unit: l.assignee_label ?? '未派遣',
      deadline: shortTime(l.deadline_at),
      status: CASE_STATUS_LABELS[l.status],
      ...(extra?.cells(l) ?? {}),
    })),
    caseIds: shown.map((l) => l.id),
    total: lines.length,
  };
}

/**
 * The scope's cases overdue at an instant: received before it, past their deadline, and not yet
 * handled then (the deadline clock stops when the handler reports it handled, as on the case list
 * and the board). Candidates are the open cases (done = 0) and those closed since the instant, each
 * through an index. A deadline moved by an extension after the instant counts as moved.
 */
export function overdueAt(ctx: Pick<SectionContext, 'db' | 'scope'>, at: number): CaseLine[] {
  const still = 'c.deadline_at < @at AND c.received_at < @at AND (c.handled_at IS NULL OR c.handled_at >= @at)';
  return ctx.db
    .cached(
      `${CASE_LINE_SELECT} WHERE c.done = 0 AND ${still} AND ${ctx.scope.caseWhere}
       UNION ALL
       ${CASE_LINE_SELECT} WHERE c.closed_at >= @at AND ${still} AND ${ctx.scope.caseWhere}
       ORDER BY 9, 2`,
    )
    .all({ at, scope: ctx.scope.unitId }) as CaseLine[];
}

/** Whole working days a case is past its deadline at an instant. */
export function overdueDays(wt: WorkingTime, deadlineAt: number, at: number): number {
  return deadlineAt < at ? wt.overdueWorkingDays(deadlineAt, at) : 0;
}

/** A rate as a percentage with one decimal, or null when nothing was counted. */
export function percent(rate: number | null): number | null {
  return rate === null ? null : Math.round(rate * 1000) / 10;
}
