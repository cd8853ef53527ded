// What a run's results add to its scores (docs/assessment.md): the change on the same level's
// previous period, red and black lists, stars for grid workers, and the warnings that need a
// person to act (通报批评, 书面自查, 调整出网格队伍, 培训, 辞退). Computed by
// electron/core/assessment/run-results.ts from frozen runs and satisfaction surveys; the
// report, the board and the meetings read the same figures.
import type { Grade, SubjectLevel } from './scheme';

export interface PreviousResult {
  periodLabel: string;
  rank: number;
  total: number;
  grade: Grade;
}

export type HonourList = 'red' | 'black';
export const HONOUR_LIST_LABELS: Record<HonourList, string> = { red: '红榜', black: '黑榜' };

export interface SubjectResult {
  subjectId: string;
  name: string;
  rank: number;
  total: number;
  grade: Grade;
  vetoed: boolean;
  /** The same subject in the same level's previous period's frozen run; null when there is none. */
  previous: PreviousResult | null;
  /** 星级网格员 (worker level only; 0 otherwise). */
  stars: number;
  list: HonourList | null;
}

export const WARNING_KINDS = ['bottomThree', 'surveyLow', 'surveyLowTwice', 'annualTrain', 'annualDismiss'] as const;
export type WarningKind = (typeof WARNING_KINDS)[number];
export const WARNING_KIND_LABELS: Record<WarningKind, string> = {
  bottomThree: '通报批评',
  surveyLow: '书面自查',
  surveyLowTwice: '调整出网格队伍',
  annualTrain: '培训',
  annualDismiss: '辞退',
};

export interface WarningRow {
  subjectId: string;
  name: string;
  kind: WarningKind;
  /** Why, in Chinese with the periods and figures (e.g. 2026年第一、二、三季度均排名倒数第二位). */
  reason: string;
}

export interface RunResults {
  runId: string;
  /** The previous period's frozen run of the same level, if any. */
  previousRunId: string | null;
  previousPeriodLabel: string | null;
  /** Ranked, best first (the run's scores, live while open, the snapshot once frozen). */
  subjects: SubjectResult[];
  warnings: WarningRow[];
}

/** The latest frozen ranking of a level (assessment.ranking): for the wall board and meeting slides. */
export interface RankingView {
  run: { id: string; level: SubjectLevel; periodKey: string; periodLabel: string; frozenAt: number | null } | null;
  previousPeriodLabel: string | null;
  /** How many subjects the run ranked. */
  count: number;
  /** The first N, best first. */
  top: SubjectResult[];
  /** The last N, best first (none repeated from `top`). */
  bottom: SubjectResult[];
}

/** The change of rank on the previous period: positive moved up; null when new (no previous). */
export function rankChange(s: Pick<SubjectResult, 'rank' | 'previous'>): number | null {
  return s.previous ? s.previous.rank - s.rank : null;
}
