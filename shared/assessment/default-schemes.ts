// The schemes that ship, one per subject level (百分制), modelled on towns' rules: most weight on
// closing cases on time and the residents' satisfaction, then the daily routine. A period kind
// other than the quarter takes the same items. The administrator edits them as new versions.
import type { PeriodKind, SchemeInput, SubjectLevel } from './scheme';

const GRADES = { excellent: 0.9, pass: 0.75, basic: 0.6 };

const ITEMS: Record<SubjectLevel, SchemeInput['items']> = {
  grid: [
    { indicator: 'onTimeRate', weight: 25, rule: { kind: 'linear', floor: 0.6, target: 0.95 } },
    { indicator: 'closeRate', weight: 15, rule: { kind: 'linear', floor: 0.6, target: 0.95 } },
    { indicator: 'timelyAcceptRate', weight: 10, rule: { kind: 'linear', floor: 0.7, target: 1 } },
    { indicator: 'satisfactionRate', weight: 20, rule: { kind: 'steps', steps: [{ min: 0.95, share: 1 }, { min: 0.9, share: 0.8 }, { min: 0.8, share: 0.5 }] } },
    { indicator: 'reworkRate', weight: 5, rule: { kind: 'perEvent', deduct: 1 } },
    { indicator: 'extensionRate', weight: 5, rule: { kind: 'linear', floor: 0.2, target: 0.05 } },
    { indicator: 'logRate', weight: 10, rule: { kind: 'linear', floor: 0.8, target: 1 } },
    { indicator: 'patrolRate', weight: 10, rule: { kind: 'linear', floor: 0.6, target: 0.9 } },
  ],
  village: [
    { indicator: 'onTimeRate', weight: 30, rule: { kind: 'linear', floor: 0.6, target: 0.95 } },
    { indicator: 'closeRate', weight: 20, rule: { kind: 'linear', floor: 0.6, target: 0.95 } },
    { indicator: 'timelyAcceptRate', weight: 10, rule: { kind: 'linear', floor: 0.7, target: 1 } },
    { indicator: 'satisfactionRate', weight: 20, rule: { kind: 'steps', steps: [{ min: 0.95, share: 1 }, { min: 0.9, share: 0.8 }, { min: 0.8, share: 0.5 }] } },
    { indicator: 'reworkRate', weight: 10, rule: { kind: 'linear', floor: 0.2, target: 0.02 } },
    { indicator: 'logRate', weight: 10, rule: { kind: 'linear', floor: 0.8, target: 1 } },
  ],
  worker: [
    { indicator: 'logRate', weight: 60, rule: { kind: 'linear', floor: 0.8, target: 1 } },
    { indicator: 'patrolRate', weight: 40, rule: { kind: 'linear', floor: 0.6, target: 0.9 } },
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
