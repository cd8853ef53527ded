// Every indicator a scheme may use: its label, the formula shown to the user, which subject
// levels it applies to, and whether lower is better. The case indicators' counts are in
// case-indicators.ts; the core computes each (electron/core/assessment/indicator-values.ts).
import { CASE_INDICATORS, type CaseIndicatorKey } from './case-indicators';
import type { SubjectLevel } from './scheme';

export const ROUTINE_INDICATOR_KEYS = ['logRate', 'patrolRate'] as const;
export type RoutineIndicatorKey = (typeof ROUTINE_INDICATOR_KEYS)[number];
/** From the half-yearly satisfaction surveys (满意度测评, electron/core/assessment/survey-scores.ts). */
export const SURVEY_INDICATOR_KEYS = ['surveyScore'] as const;
export type SurveyIndicatorKey = (typeof SURVEY_INDICATOR_KEYS)[number];
export type IndicatorKey = CaseIndicatorKey | RoutineIndicatorKey | SurveyIndicatorKey;

export interface IndicatorInfo {
  label: string;
  formula: string;
  levels: readonly SubjectLevel[];
  lowerIsBetter: boolean;
}

const ROUTINE_INDICATORS: Record<RoutineIndicatorKey, IndicatorInfo> = {
  logRate: {
    label: '日志填写率',
    formula: '（已提交日志的工作日 + 请假由A/B岗顶岗的工作日）÷ 应填写日志的工作日（按工作日历，节假日不计）',
    levels: ['grid', 'village', 'worker'],
    lowerIsBetter: false,
  },
  patrolRate: {
    label: '巡查率',
    formula: '日志记录了巡查的工作日 ÷ 应填写日志的工作日',
    levels: ['grid', 'village', 'worker'],
    lowerIsBetter: false,
  },
};

const SURVEY_INDICATORS: Record<SurveyIndicatorKey, IndicatorInfo> = {
  surveyScore: {
    label: '群众满意度测评得分率',
    formula: '半年度群众满意度测评得分 ÷ 100（村/社区按样本数加权平均各网格得分；考核期含两个半年时按样本数加权平均）',
    levels: ['grid', 'village'],
    lowerIsBetter: false,
  },
};

// A town department is assessed on the cases it was made responsible for (its last assignment).
const CASE_LEVELS: readonly SubjectLevel[] = ['grid', 'village', 'department'];

function caseInfo(k: CaseIndicatorKey): IndicatorInfo {
  const d = CASE_INDICATORS[k];
  return { label: d.label, formula: d.formula, levels: CASE_LEVELS, lowerIsBetter: d.lowerIsBetter };
}

export const INDICATORS: Record<IndicatorKey, IndicatorInfo> = {
  closeRate: caseInfo('closeRate'),
  onTimeRate: caseInfo('onTimeRate'),
  timelyAcceptRate: caseInfo('timelyAcceptRate'),
  reworkRate: caseInfo('reworkRate'),
  extensionRate: caseInfo('extensionRate'),
  satisfactionRate: caseInfo('satisfactionRate'),
  ...ROUTINE_INDICATORS,
  ...SURVEY_INDICATORS,
};

export const INDICATOR_KEYS = Object.keys(INDICATORS) as IndicatorKey[];

export function isIndicatorKey(key: string): key is IndicatorKey {
  return Object.hasOwn(INDICATORS, key);
}
