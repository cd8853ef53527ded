// The agenda's generated sections (SPEC §5, docs/meetings.md): what each meeting kind's agenda is
// built from, and the content a section carries — figures, a table, a chart — computed from the
// data on the server (electron/core/meetings/agenda-content.ts and its sections-*.ts) and shown the same way on the
// meeting page, the slides, the .pptx and the documents. No personal data in any section: cases
// by number, title, grid and unit; people only as the staff and units responsible.
import type { MeetingKind } from './meeting-kinds';

export const SECTION_KINDS = [
  // 早例会
  'cases_yesterday', // yesterday's new and closed cases
  'cases_overdue', // open cases past their deadline
  'emergencies', // 突发 / urgent cases still open or raised since the last meeting
  'due_today', // open cases due on the meeting day
  'supervised', // cases under 督办
  // 周例会
  'week_figures', // the week's figures against the week before
  'grid_reports', // each grid's week: cases, logs, visits
  // 月总结会
  'month_figures', // the month's figures against the month before
  'by_village', // on-time rate and satisfaction by village
  'by_category', // on-time rate and satisfaction by category
  'ranking', // the latest frozen assessment ranking (top and bottom)
  'next_priorities', // next month's priorities: the categories rising most, the overdue backlog
  // 季度联席会议
  'coordination', // cases that needed coordination across departments, by department
  // every kind
  'carry_over', // one unresolved problem raised again (二次通报): the item's carryId says which
  'tasks_overdue', // meeting tasks past their deadline and not cleared (销号)
  'custom', // an item typed by the organiser (may link a case)
] as const;
export type SectionKind = (typeof SECTION_KINDS)[number];

export const SECTION_LABELS: Record<SectionKind, string> = {
  cases_yesterday: '昨日新增与办结事件',
  cases_overdue: '超期未办结事件',
  emergencies: '突发与紧急事件',
  due_today: '今日到期事件',
  supervised: '督办事件',
  week_figures: '本周工作数据（与上周对比）',
  grid_reports: '各网格工作汇报',
  month_figures: '本月工作数据（与上月对比）',
  by_village: '各村（社区）办结率与满意度',
  by_category: '各类事件办结率与满意度',
  ranking: '考核排名',
  next_priorities: '下月工作重点',
  coordination: '跨部门协调事项',
  carry_over: '二次通报',
  tasks_overdue: '逾期未销号任务',
  custom: '其他事项',
};

/** The generated sections of each kind's agenda, in order, with their planned minutes (carry-overs and overdue tasks are added after them). */
export const AGENDA_TEMPLATES: Record<MeetingKind, readonly { section: SectionKind; minutes: number }[]> = {
  morning: [
    { section: 'cases_yesterday', minutes: 3 },
    { section: 'emergencies', minutes: 2 },
    { section: 'cases_overdue', minutes: 3 },
    { section: 'due_today', minutes: 2 },
    { section: 'supervised', minutes: 2 },
  ],
  weekly: [
    { section: 'week_figures', minutes: 5 },
    { section: 'grid_reports', minutes: 15 },
    { section: 'cases_overdue', minutes: 5 },
    { section: 'supervised', minutes: 5 },
  ],
  monthly: [
    { section: 'month_figures', minutes: 10 },
    { section: 'by_village', minutes: 10 },
    { section: 'by_category', minutes: 10 },
    { section: 'ranking', minutes: 5 },
    { section: 'next_priorities', minutes: 10 },
  ],
  joint: [{ section: 'coordination', minutes: 30 }],
  adhoc: [],
};

/** One figure: a count or a rate, with the previous period's value when the section compares. */
export interface SectionFigure {
  label: string;
  value: number;
  unit: '件' | '%' | '次' | '户' | '人' | '分' | '个';
  /** The same figure for the previous period (week, month); null: not compared. */
  previous?: number | null;
  /** true when a higher value is worse (overdue cases): the change is coloured accordingly. */
  lowerIsBetter?: boolean;
}

export interface SectionColumn {
  key: string;
  label: string;
  align?: 'left' | 'right' | 'center';
  /** Relative width (1 by default) for the slide, the .pptx and the documents. */
  width?: number;
}

export type SectionCell = string | number | null;

export interface SectionTable {
  columns: SectionColumn[];
  rows: Record<string, SectionCell>[];
  /** Per row, the case it is about (the slide and the page link to it); null when none. */
  caseIds?: (string | null)[];
  /** How many rows there were in all when `rows` was cut to the first ones. */
  total?: number;
}

export interface SectionChart {
  type: 'bar' | 'line' | 'pie';
  title: string;
  categories: string[];
  series: { name: string; values: number[] }[];
  unit?: string;
}

/** What a section shows; every part is optional, `empty` says why there is nothing. */
export interface SectionContent {
  section: SectionKind;
  title: string;
  /** The period the figures cover, for people: 「11月30日」「11月23日—11月29日」「2026年11月」. */
  period: string;
  figures: SectionFigure[];
  table: SectionTable | null;
  chart: SectionChart | null;
  /** A sentence for the presenter and the minutes (「较上周增加 3 件」…). */
  summary: string;
  /** Set when the section has nothing to show: 「昨日无新增事件」. */
  empty: string | null;
}
