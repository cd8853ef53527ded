// What a work report (月报, 季报) says: the centre's figures for a period against the period
// before (环比). The core computes them once (electron/core/reports/report-figures.ts); the
// screen, the .docx and the .xlsx only lay them out, so all three say the same.
import type { ReportPeriod } from './report-periods';

/** The counts of one group of cases (by the assessment's rules, shared/assessment/case-indicators.ts). */
export interface ReportCounts {
  /** Cases received in the period (merged and rejected ones left out). */
  received: number;
  /** Of those, closed by now. */
  closed: number;
  /** Of the closed, handled by their deadline. */
  closedOnTime: number;
  /** Of the received, evaluated by the reporter. */
  evaluated: number;
  /** Of the evaluated, 满意 or 基本满意. */
  satisfied: number;
  /** 结案率, 按期结案率, 满意率 in percent with one decimal; null when nothing was counted. */
  closeRate: number | null;
  onTimeRate: number | null;
  satisfactionRate: number | null;
}

/** One row of a dimension (a source, a category, a village …): this period and the one before. */
export interface ReportRow {
  key: string;
  name: string;
  current: ReportCounts;
  /** The same group's counts in the previous period. */
  previous: ReportCounts;
  /** Received now minus received before; its rate in percent (null when none before). */
  change: number;
  changeRate: number | null;
  /** Share of the period's received cases, in percent. */
  share: number | null;
}

export const REPORT_DIMENSIONS = ['source', 'category', 'village', 'handlingType'] as const;
export type ReportDimension = (typeof REPORT_DIMENSIONS)[number];
export const REPORT_DIMENSION_LABELS: Record<ReportDimension, string> = {
  source: '事件来源',
  category: '事件类别',
  village: '村(社区)',
  handlingType: '处置类型',
};

/** An address where cases came back: how many of the period's cases name it. */
export interface RepeatAddress {
  address: string;
  village: string;
  cases: number;
  /** The categories reported there, the most frequent first. */
  categories: string[];
}

export interface SatisfactionSplit {
  satisfied: number;
  basically: number;
  dissatisfied: number;
}

export interface WorkReport {
  townName: string;
  /** 「XX镇网格化服务管理中心」 */
  centre: string;
  /** 「XX镇网格化服务管理中心2026年11月工作月报」 */
  title: string;
  period: ReportPeriod;
  previous: ReportPeriod;
  /** The period has not ended yet: the figures run to the day before 统计截止. */
  partial: boolean;
  /** When the figures were counted (epoch ms): cases stand as they were then. */
  countedAt: number;
  total: { current: ReportCounts; previous: ReportCounts; change: number; changeRate: number | null };
  /** Every dimension's rows, the most received first (rows with cases in either period only). */
  dimensions: Record<ReportDimension, ReportRow[]>;
  satisfaction: { current: SatisfactionSplit; previous: SatisfactionSplit };
  /** 突出问题: the most frequent grids (locations) and the addresses with two or more cases. */
  topGrids: ReportRow[];
  repeatAddresses: RepeatAddress[];
}
