// Every indicator a scheme may use: its label, the formula shown to the user, which subject
// levels it applies to, whether lower is better, and what its numerator and denominator count
// (the drill-down's tabs). The case indicators' counts are in case-indicators.ts; the core
// computes each (electron/core/assessment/indicator-values.ts) and lists the records behind
// each count (electron/core/assessment/drill.ts).
import { CASE_COUNT_LABELS, CASE_INDICATORS, type CaseIndicatorKey } from './case-indicators';
import type { SubjectLevel } from './scheme';

export const ROUTINE_INDICATOR_KEYS = [
  'logRate',
  'patrolRate',
  'visitRate',
  'visitRateClass1',
  'visitRateClass2',
  'visitRateClass3',
  'verificationRate',
  'screeningRate',
] as const;
export type RoutineIndicatorKey = (typeof ROUTINE_INDICATOR_KEYS)[number];
/** From the half-yearly satisfaction surveys (满意度测评, electron/core/assessment/survey-scores.ts). */
export const SURVEY_INDICATOR_KEYS = ['surveyScore'] as const;
export type SurveyIndicatorKey = (typeof SURVEY_INDICATOR_KEYS)[number];
export type IndicatorKey = CaseIndicatorKey | RoutineIndicatorKey | SurveyIndicatorKey;

/** What the records behind an indicator are: cases, worker-days (or a grid's days), visits due, verified visits, a grid's half months. */
export type DrillKind = 'case' | 'day' | 'visit' | 'verification' | 'screening';

export interface IndicatorInfo {
  label: string;
  formula: string;
  levels: readonly SubjectLevel[];
  lowerIsBetter: boolean;
  /** What the numerator and the denominator count, in words. */
  parts: { numerator: string; denominator: string };
  /** What its drill-down lists; null: nothing to list (a survey's score). */
  drill: DrillKind | null;
}

const ALL_LEVELS: readonly SubjectLevel[] = ['grid', 'village', 'worker'];

const VISIT_RULE =
  '按户类别的走访频次计（一类户老年人每季度、其中空巢独居每月，二类户困难群体每月，三类户其他每季度，次数见走访频次设置）；只计考核期内已结束的月、季、年，每个周期超出要求的走访不计';

function visitInfo(label: string, households: string): IndicatorInfo {
  return {
    label,
    formula: `${households}已完成的走访次数 ÷ ${households}应走访次数（${VISIT_RULE}；网格员计其所包网格的住户，A/B岗任一人走访均算）`,
    levels: ALL_LEVELS,
    lowerIsBetter: false,
    parts: { numerator: `${households}已完成的走访`, denominator: `${households}应走访次数（含未走访）` },
    drill: 'visit',
  };
}

const ROUTINE_INDICATORS: Record<RoutineIndicatorKey, IndicatorInfo> = {
  logRate: {
    label: '日志填写率',
    formula: '（已提交日志的工作日 + 请假由A/B岗顶岗的工作日）÷ 应填写日志的工作日（按工作日历，节假日不计）',
    levels: ALL_LEVELS,
    lowerIsBetter: false,
    parts: { numerator: '已填写或顶岗的工作日', denominator: '应填写日志的工作日' },
    drill: 'day',
  },
  patrolRate: {
    label: '巡查率',
    formula: '日志记录了巡查的工作日 ÷ 应填写日志的工作日',
    levels: ALL_LEVELS,
    lowerIsBetter: false,
    parts: { numerator: '记录了巡查的工作日', denominator: '应填写日志的工作日' },
    drill: 'day',
  },
  visitRate: visitInfo('走访完成率', '各户'),
  visitRateClass1: visitInfo('一类户走访完成率', '一类户（老年人）'),
  visitRateClass2: visitInfo('二类户走访完成率', '二类户（困难群体）'),
  visitRateClass3: visitInfo('三类户走访完成率', '三类户（其他）'),
  verificationRate: {
    label: '入户核实属实率',
    formula:
      '核实结果为“属实”的抽查走访数 ÷ 已核实（属实 + 不属实）的抽查走访数（按走访日期计入考核期；标为“未核实”的和尚未核实的不计；网格员计本人的走访，网格计在本网格的走访）',
    levels: ALL_LEVELS,
    lowerIsBetter: false,
    parts: { numerator: '核实属实的走访', denominator: '已核实的抽查走访（属实 + 不属实）' },
    drill: 'verification',
  },
  screeningRate: {
    label: '排查完成率',
    formula:
      '已录入矛盾纠纷排查的“网格·半月”数 ÷ 应排查的“网格·半月”数（每个网格每半月排查一次；计考核期内已结束的半月，以及已排查的当前半月；网格员计其所包的网格）',
    levels: ALL_LEVELS,
    lowerIsBetter: false,
    parts: { numerator: '已排查的半月', denominator: '应排查的半月（含未排查）' },
    drill: 'screening',
  },
};

const SURVEY_INDICATORS: Record<SurveyIndicatorKey, IndicatorInfo> = {
  surveyScore: {
    label: '群众满意度测评得分率',
    formula: '半年度群众满意度测评得分 ÷ 100（村/社区按样本数加权平均各网格得分；考核期含两个半年时按样本数加权平均）',
    levels: ['grid', 'village'],
    lowerIsBetter: false,
    parts: { numerator: '测评得分（按样本数加权）', denominator: '满分' },
    // The survey itself is the record (考核评价 → 满意度测评); no list behind the score.
    drill: null,
  },
};

// A town department is assessed on the cases it was made responsible for (its last assignment).
const CASE_LEVELS: readonly SubjectLevel[] = ['grid', 'village', 'department'];

function caseInfo(k: CaseIndicatorKey): IndicatorInfo {
  const d = CASE_INDICATORS[k];
  return {
    label: d.label,
    formula: d.formula,
    levels: CASE_LEVELS,
    lowerIsBetter: d.lowerIsBetter,
    parts: { numerator: CASE_COUNT_LABELS[d.numerator], denominator: CASE_COUNT_LABELS[d.denominator] },
    drill: 'case',
  };
}

export const INDICATORS: Record<IndicatorKey, IndicatorInfo> = {
  closeRate: caseInfo('closeRate'),
  onTimeRate: caseInfo('onTimeRate'),
  timelyAcceptRate: caseInfo('timelyAcceptRate'),
  reworkRate: caseInfo('reworkRate'),
  extensionRate: caseInfo('extensionRate'),
  satisfactionRate: caseInfo('satisfactionRate'),
  // Whether grid workers report what they find in time: a grid's and a village's, not a department's.
  reportTimelyRate: { ...caseInfo('reportTimelyRate'), levels: ['grid', 'village'] },
  ...ROUTINE_INDICATORS,
  ...SURVEY_INDICATORS,
};

export const INDICATOR_KEYS = Object.keys(INDICATORS) as IndicatorKey[];

export function isIndicatorKey(key: string): key is IndicatorKey {
  return Object.hasOwn(INDICATORS, key);
}
