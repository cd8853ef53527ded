// The case indicators of the assessment (SPEC §6, docs/assessment.md): what each counts, and the
// formula shown to the user in Chinese. The core computes them (electron/core/assessment); the
// screens and the reports show the same words.

/** What is counted for one subject (a grid, a village/community, the town) over a period. */
export interface CaseCounts {
  /** Cases received in the period (by receipt time), merged and rejected ones left out. */
  received: number;
  /** Of those, closed (结案) by the end of the period. */
  closed: number;
  /** Of the closed, handled no later than their deadline (an approved extension moves it). */
  closedOnTime: number;
  /** Of the received, accepted (受理) within one working day (registered on the spot counts). */
  acceptedTimely: number;
  /** Of the received, handled (处置) by the end of the period. */
  handled: number;
  /** Of the handled, returned for rework (返工) at least once. */
  reworked: number;
  /** Of the received, given an approved extension (延期) at least once. */
  extended: number;
  /** Of the received, evaluated by the reporter by the end of the period. */
  evaluated: number;
  /** Of the evaluated, 满意 or 基本满意. */
  satisfied: number;
  /** Of the received, reported by a grid worker: source 网格巡查上报, or raised from a work log. */
  workerReported: number;
  /** Of those, received by the end of the working day after the day the problem was found (the log's day; without a log, when received). */
  reportedTimely: number;
}

export type CaseCountKey = keyof CaseCounts;

/** What each count lists, as the drill-down's tabs name it. */
export const CASE_COUNT_LABELS: Record<CaseCountKey, string> = {
  received: '期内受理的事件',
  closed: '期末已结案的事件',
  closedOnTime: '按期办结的事件',
  acceptedTimely: '1个工作日内受理的事件',
  handled: '已处置的事件',
  reworked: '被退回返工过的事件',
  extended: '批准过延期的事件',
  evaluated: '已评价的事件',
  satisfied: '评价为满意或基本满意的事件',
  workerReported: '网格员上报的事件',
  reportedTimely: '发现后1个工作日内上报的事件',
};

export const CASE_INDICATOR_KEYS = ['closeRate', 'onTimeRate', 'timelyAcceptRate', 'reworkRate', 'extensionRate', 'satisfactionRate', 'reportTimelyRate'] as const;
export type CaseIndicatorKey = (typeof CASE_INDICATOR_KEYS)[number];

export interface CaseIndicatorDef {
  label: string;
  /** The formula in words, as the review table and the report print it. */
  formula: string;
  numerator: CaseCountKey;
  denominator: CaseCountKey;
  /** A lower rate is better (返工率, 延期率). */
  lowerIsBetter: boolean;
}

export const CASE_INDICATORS: Record<CaseIndicatorKey, CaseIndicatorDef> = {
  closeRate: {
    label: '结案率',
    formula: '期末已结案的事件数 ÷ 期内受理的事件数（不含合并、不予受理的事件）',
    numerator: 'closed',
    denominator: 'received',
    lowerIsBetter: false,
  },
  onTimeRate: {
    label: '按期结案率',
    formula: '按期办结的事件数 ÷ 已结案的事件数（办结时间不晚于办理期限；批准延期后以延长后的期限计）',
    numerator: 'closedOnTime',
    denominator: 'closed',
    lowerIsBetter: false,
  },
  timelyAcceptRate: {
    label: '及时受理率',
    formula: '1个工作日内受理的事件数 ÷ 期内受理的事件数（现场处置后登记的视为即时受理）',
    numerator: 'acceptedTimely',
    denominator: 'received',
    lowerIsBetter: false,
  },
  reworkRate: {
    label: '返工率',
    formula: '被退回返工过的事件数 ÷ 已处置的事件数',
    numerator: 'reworked',
    denominator: 'handled',
    lowerIsBetter: true,
  },
  extensionRate: {
    label: '延期率',
    formula: '批准过延期的事件数 ÷ 期内受理的事件数',
    numerator: 'extended',
    denominator: 'received',
    lowerIsBetter: true,
  },
  satisfactionRate: {
    label: '满意率',
    formula: '评价为“满意”或“基本满意”的事件数 ÷ 已评价的事件数',
    numerator: 'satisfied',
    denominator: 'evaluated',
    lowerIsBetter: false,
  },
  reportTimelyRate: {
    label: '信息上报及时率',
    formula:
      '发现后1个工作日内上报的事件数 ÷ 网格员上报的事件数（网格员上报：来源为“网格巡查上报”或从工作日志上报的事件；发现日为所出自工作日志的日期，不出自日志的以登记时间为准；不含合并、不予受理的事件）',
    numerator: 'reportedTimely',
    denominator: 'workerReported',
    lowerIsBetter: false,
  },
};

/** A rate from its counts: null when nothing was counted (shown as “—”, never as 0 % or 100 %). */
export function caseRate(counts: CaseCounts, key: CaseIndicatorKey): number | null {
  const def = CASE_INDICATORS[key];
  const den = counts[def.denominator];
  return den === 0 ? null : counts[def.numerator] / den;
}

export function emptyCaseCounts(): CaseCounts {
  return { received: 0, closed: 0, closedOnTime: 0, acceptedTimely: 0, handled: 0, reworked: 0, extended: 0, evaluated: 0, satisfied: 0, workerReported: 0, reportedTimely: 0 };
}
