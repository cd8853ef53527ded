// The scheme editor's form values and their conversion to and from the stored scheme: rates are
// typed as percentages (95 for 0.95), a rule's fields sit side by side whatever its kind.
import type { SchemeRow } from '../../../../shared/assessment/assessment-types';
import { INDICATORS, isIndicatorKey } from '../../../../shared/assessment/indicators';
import type { PeriodKind, SchemeInput, ScoringRule, SubjectLevel } from '../../../../shared/assessment/scheme';

export interface ItemValues {
  indicator?: string;
  weight?: number;
  kind: ScoringRule['kind'];
  floor?: number;
  target?: number;
  steps?: { min?: number; share?: number }[];
  deduct?: number;
}

export interface SchemeFormValues {
  name: string;
  level: SubjectLevel;
  periodKind: PeriodKind;
  total: 100 | 1000;
  isDefault: boolean;
  items: ItemValues[];
  excellent?: number;
  pass?: number;
  basic?: number;
}

const pct = (x: number) => Math.round(x * 10000) / 100;
const share = (x: number | undefined) => (x ?? Number.NaN) / 100;

export const RULE_KIND_LABELS: Record<ScoringRule['kind'], string> = {
  linear: '线性计分',
  steps: '分档计分',
  perEvent: '按次扣分',
};

export function toFormValues(s: SchemeRow | null, level: SubjectLevel = 'grid'): SchemeFormValues {
  if (!s) return { name: '', level, periodKind: 'quarter', total: 100, isDefault: true, items: [{ kind: 'linear' }], excellent: 90, pass: 75, basic: 60 };
  return {
    name: s.name,
    level: s.level,
    periodKind: s.periodKind,
    total: s.total,
    isDefault: s.isDefault,
    items: s.items.map((i): ItemValues => {
      const base = { indicator: i.indicator, weight: i.weight, kind: i.rule.kind };
      if (i.rule.kind === 'linear') return { ...base, floor: pct(i.rule.floor), target: pct(i.rule.target) };
      if (i.rule.kind === 'steps') return { ...base, steps: i.rule.steps.map((st) => ({ min: pct(st.min), share: pct(st.share) })) };
      return { ...base, deduct: i.rule.deduct };
    }),
    excellent: pct(s.grades.excellent),
    pass: pct(s.grades.pass),
    basic: pct(s.grades.basic),
  };
}

function toRule(i: ItemValues): ScoringRule {
  if (i.kind === 'steps') return { kind: 'steps', steps: (i.steps ?? []).map((st) => ({ min: share(st.min), share: share(st.share) })) };
  if (i.kind === 'perEvent') return { kind: 'perEvent', deduct: i.deduct ?? Number.NaN };
  return { kind: 'linear', floor: share(i.floor), target: share(i.target) };
}

/** The scheme the form describes; the server checks it (weights adding up, indicators for the level …). */
export function toSchemeInput(v: SchemeFormValues): SchemeInput {
  return {
    name: v.name,
    level: v.level,
    periodKind: v.periodKind,
    total: v.total,
    items: v.items.map((i) => ({ indicator: i.indicator ?? '', weight: i.weight ?? Number.NaN, rule: toRule(i) })),
    grades: { excellent: share(v.excellent), pass: share(v.pass), basic: share(v.basic) },
  };
}

/** The indicators a scheme of this level may use, for the picker. */
export function indicatorOptions(level: SubjectLevel): { value: string; label: string }[] {
  return Object.entries(INDICATORS)
    .filter(([, info]) => info.levels.includes(level))
    .map(([key, info]) => ({ value: key, label: info.label }));
}

export function indicatorFormula(key: string | undefined): string | null {
  return key && isIndicatorKey(key) ? INDICATORS[key].formula : null;
}

/**
 * Where a server detail path (scheme.items.2.weight) points in the form: ['items', 2, 'weight']
 * for a field, null for what has no field (the weights' sum, a whole item).
 */
export function formPath(path: string): (string | number)[] | null {
  const parts = path.split('.').filter((p) => p !== 'scheme');
  if (parts[0] === 'grades' && parts[1]) return [parts[1]];
  if (parts[0] === 'items' && parts.length >= 3) {
    const n = Number(parts[1]);
    const field = parts[2] === 'rule' ? (parts[3] ?? null) : parts[2];
    if (!Number.isInteger(n) || !field) return null;
    if (field === 'steps' && parts[4] !== undefined && parts[5]) return ['items', n, 'steps', Number(parts[4]), parts[5]];
    return ['items', n, field];
  }
  if (parts.length === 1 && ['name', 'periodKind', 'total', 'level'].includes(parts[0]!)) return [parts[0]!];
  return null;
}
