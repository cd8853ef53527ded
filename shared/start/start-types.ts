// What the role start screens (工作台) read beyond the queues: the open cases of the viewer's own
// part of the town by what needs doing (a department its department's, a grid worker its
// grids', a supervisor its area's, the centre the whole town's), and the town's month figures.
import type { CaseCounts } from '../assessment/case-indicators';
import type { CaseRow } from '../cases/case-types';

export const FOCUS_GROUPS = ['open', 'to_handle', 'in_progress', 'rework', 'due_soon', 'overdue', 'supervised', 'to_verify'] as const;
export type FocusGroup = (typeof FOCUS_GROUPS)[number];

export const FOCUS_GROUP_LABELS: Record<FocusGroup, string> = {
  open: '未办结',
  to_handle: '待处置',
  in_progress: '处置中',
  rework: '退回返工',
  due_soon: '即将到期',
  overdue: '已超期',
  supervised: '督办',
  to_verify: '待核查结案',
};

/** Whose open cases: the whole town, a supervisor's area, a department's, a grid worker's grids. */
export type FocusScopeKind = 'town' | 'area' | 'department' | 'grids';

export interface CaseFocus {
  scope: { kind: FocusScopeKind; label: string };
  /** Open cases of the scope in each group (a case may be in several). */
  counts: Record<FocusGroup, number>;
  /** The asked group's cases, the most urgent first (deadline; 待核查 the longest waiting). */
  rows: CaseRow[];
}

/** A period's cases by the assessment's counting rules (received in the period, as they stand now). */
export interface PeriodFigures {
  /** First and last day (YYYY-MM-DD, Shanghai), e.g. 「2026年11月」. */
  from: string;
  to: string;
  label: string;
  counts: CaseCounts;
  /** 按期结案率 and 满意率 (null: nothing closed / evaluated yet). */
  onTimeRate: number | null;
  satisfactionRate: number | null;
}

export interface MonthFigures {
  /** This month up to today. */
  current: PeriodFigures;
  /** The whole month before, to compare with (early in a month its rates say more). */
  previous: PeriodFigures;
}
