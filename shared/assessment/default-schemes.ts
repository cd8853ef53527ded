// The schemes that ship, one per subject level (百分制), modelled on towns' rules: most weight on
// closing cases on time and the residents' satisfaction, then the daily routine (日清周结, 入户走访,
// 半月一排查, 及时上报); a worker on its own routine and whether its visits were found true. A period kind
// other than the quarter takes the same items. The administrator edits them as new versions.
import type { PeriodKind, SchemeInput, ScoringRule, SubjectLevel } from './scheme';

const GRADES = { excellent: 0.9, pass: 0.75, basic: 0.6 };

const SATISFACTION: ScoringRule = { kind: 'steps', steps: [{ min: 0.95, share: 1 }, { min: 0.9, share: 0.8 }, { min: 0.8, share: 0.5 }] };

const ITEMS: Record<SubjectLevel, SchemeInput['items']> = {
  // 网格: the cases (70), then the routine the grid's workers keep for it (30): logs and patrols
  // 日清, visits by the plan, the half-monthly screening, and reporting what they find in time.
  grid: [
    { indicator: 'onTimeRate', weight: 20, rule: { kind: 'linear', floor: 0.6, target: 0.95 } },
    { indicator: 'closeRate', weight: 10, rule: { kind: 'linear', floor: 0.6, target: 0.95 } },
    { indicator: 'timelyAcceptRate', weight: 5, rule: { kind: 'linear', floor: 0.7, target: 1 } },
    { indicator: 'satisfactionRate', weight: 15, rule: SATISFACTION },
    { indicator: 'reworkRate', weight: 5, rule: { kind: 'perEvent', deduct: 1 } },
    { indicator: 'extensionRate', weight: 5, rule: { kind: 'linear', floor: 0.2, target: 0.05 } },
    { indicator: 'reportTimelyRate', weight: 5, rule: { kind: 'linear', floor: 0.7, target: 0.95 } },
    { indicator: 'logRate', weight: 10, rule: { kind: 'linear', floor: 0.8, target: 1 } },
    { indicator: 'patrolRate', weight: 10, rule: { kind: 'linear', floor: 0.6, target: 0.9 } },
    { indicator: 'visitRate', weight: 10, rule: { kind: 'linear', floor: 0.6, target: 1 } },
    { indicator: 'screeningRate', weight: 5, rule: { kind: 'linear', floor: 0.5, target: 1 } },
  ],
  // 村/社区: its cases above all (as before the routine joined), then its grids' logs and visits.
  village: [
    { indicator: 'onTimeRate', weight: 30, rule: { kind: 'linear', floor: 0.6, target: 0.95 } },
    { indicator: 'closeRate', weight: 20, rule: { kind: 'linear', floor: 0.6, target: 0.95 } },
    { indicator: 'timelyAcceptRate', weight: 10, rule: { kind: 'linear', floor: 0.7, target: 1 } },
    { indicator: 'satisfactionRate', weight: 15, rule: SATISFACTION },
    { indicator: 'reworkRate', weight: 10, rule: { kind: 'linear', floor: 0.2, target: 0.02 } },
    { indicator: 'logRate', weight: 10, rule: { kind: 'linear', floor: 0.8, target: 1 } },
    { indicator: 'visitRate', weight: 5, rule: { kind: 'linear', floor: 0.6, target: 1 } },
  ],
  // 网格员: its own routine — 日清周结, the visits by class (the vulnerable and the elderly
  // first), whether the supervisor found its visits true, the half-monthly screening.
  worker: [
    { indicator: 'logRate', weight: 25, rule: { kind: 'linear', floor: 0.8, target: 1 } },
    { indicator: 'patrolRate', weight: 20, rule: { kind: 'linear', floor: 0.6, target: 0.9 } },
    { indicator: 'visitRateClass1', weight: 10, rule: { kind: 'linear', floor: 0.6, target: 1 } },
    { indicator: 'visitRateClass2', weight: 10, rule: { kind: 'linear', floor: 0.6, target: 1 } },
    { indicator: 'visitRateClass3', weight: 5, rule: { kind: 'linear', floor: 0.5, target: 1 } },
    { indicator: 'verificationRate', weight: 15, rule: { kind: 'steps', steps: [{ min: 0.95, share: 1 }, { min: 0.9, share: 0.6 }, { min: 0.8, share: 0.3 }] } },
    { indicator: 'screeningRate', weight: 15, rule: { kind: 'linear', floor: 0.5, target: 1 } },
  ],
  // A town department answers for the cases it was made responsible for: on time above all.
  department: [
    { indicator: 'onTimeRate', weight: 35, rule: { kind: 'linear', floor: 0.6, target: 0.95 } },
    { indicator: 'closeRate', weight: 15, rule: { kind: 'linear', floor: 0.6, target: 0.95 } },
    { indicator: 'timelyAcceptRate', weight: 15, rule: { kind: 'linear', floor: 0.7, target: 1 } },
    { indicator: 'satisfactionRate', weight: 20, rule: { kind: 'steps', steps: [{ min: 0.95, share: 1 }, { min: 0.9, share: 0.8 }, { min: 0.8, share: 0.5 }] } },
    { indicator: 'reworkRate', weight: 10, rule: { kind: 'linear', floor: 0.2, target: 0.02 } },
    { indicator: 'extensionRate', weight: 5, rule: { kind: 'linear', floor: 0.2, target: 0.05 } },
  ],
};

const NAMES: Record<SubjectLevel, string> = { grid: '网格考核（百分制）', village: '村/社区考核（百分制）', worker: '网格员考核（百分制）', department: '镇职能部门考核（百分制）' };

export function defaultScheme(level: SubjectLevel, periodKind: PeriodKind): SchemeInput {
  return { name: NAMES[level], level, periodKind, total: 100, items: ITEMS[level], grades: GRADES };
}
