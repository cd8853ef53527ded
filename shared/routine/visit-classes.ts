// Household classes of the visit plan (入户走访分类, SPEC §4) — the ONE place that maps the
// ledgers' care tags (registry `person.care_tags`, shared/registry/registry-types.ts) and ages
// to a class, and that holds the default frequencies (editable by the administrator):
//   class 2 困难群体 (vulnerable): a member tagged 低保户, 特困人员, 残疾人 or 重病患者 — monthly ≥2;
//   class 1 重点老人 (special elderly): a member tagged 空巢老人 or 独居老人 — monthly ≥1;
//   class 1 老年人 (elderly): a member aged 60 or more on the day (or tagged 老年人) — quarterly ≥1;
//   class 3 其他 (others: employees, private business owners, floating households) — quarterly ≥2;
//   and every household at least once a year.
// The first kind that applies wins, in that order (the stricter plan first).
import type { CareTag } from '../registry/registry-types';

export type VisitClassKind = 'vulnerable' | 'elderly_alone' | 'elderly' | 'other';

/** In order of precedence: a household takes the first kind that applies. */
export const VISIT_CLASS_KINDS = ['vulnerable', 'elderly_alone', 'elderly', 'other'] as const satisfies readonly VisitClassKind[];

export type HouseholdClass = 1 | 2 | 3;

/** The class (一类/二类/三类户) of each kind: the verification sample's rates are per class. */
export const CLASS_OF_KIND: Record<VisitClassKind, HouseholdClass> = { vulnerable: 2, elderly_alone: 1, elderly: 1, other: 3 };

export const VISIT_CLASS_KIND_LABELS: Record<VisitClassKind, string> = {
  vulnerable: '二类·困难群体',
  elderly_alone: '一类·空巢独居老人',
  elderly: '一类·老年人',
  other: '三类·其他户',
};

export const HOUSEHOLD_CLASS_LABELS: Record<HouseholdClass, string> = { 1: '一类户（老年人）', 2: '二类户（困难群体）', 3: '三类户（其他）' };

/** Care tags that put a household in a kind (any member holding one). */
export const CLASS_CARE_TAGS: Record<Exclude<VisitClassKind, 'other'>, readonly CareTag[]> = {
  vulnerable: ['low_income', 'extreme_poverty', 'disabled', 'seriously_ill'],
  elderly_alone: ['empty_nest', 'living_alone'],
  elderly: ['elderly'],
};

/** A member aged this or more on the day makes the household class 1 (elderly). */
export const ELDERLY_AGE = 60;

export interface ClassMember {
  careTags: readonly string[];
  /** YYYY-MM-DD, or null when unknown. */
  birthDate: string | null;
}

/** Born on or before this day: aged ELDERLY_AGE or more on `date` (YYYY-MM-DD). */
export function elderlyBornBy(date: string): string {
  return `${String(Number(date.slice(0, 4)) - ELDERLY_AGE).padStart(4, '0')}${date.slice(4)}`;
}

/** The household's kind on `date` from its members' care tags and ages. */
export function householdClassKind(members: readonly ClassMember[], date: string): VisitClassKind {
  const has = (tags: readonly CareTag[]) => members.some((m) => m.careTags.some((t) => (tags as readonly string[]).includes(t)));
  if (has(CLASS_CARE_TAGS.vulnerable)) return 'vulnerable';
  if (has(CLASS_CARE_TAGS.elderly_alone)) return 'elderly_alone';
  const born = elderlyBornBy(date);
  if (has(CLASS_CARE_TAGS.elderly) || members.some((m) => m.birthDate !== null && m.birthDate <= born)) return 'elderly';
  return 'other';
}

export type VisitPer = 'month' | 'quarter' | 'year';

export const VISIT_PER_LABELS: Record<VisitPer, string> = { month: '每月', quarter: '每季度', year: '每年' };

/** At least `times` visits in each calendar month, quarter or year. */
export interface VisitRule {
  per: VisitPer;
  times: number;
}

/** The town's visit frequencies (setting `visit_plan`), edited by the administrator. */
export interface VisitPlanSettings {
  rules: Record<VisitClassKind, VisitRule>;
  /** Every household at least this many times per calendar year (0: no yearly floor). */
  yearly: number;
}

export const DEFAULT_VISIT_PLAN: VisitPlanSettings = {
  rules: {
    vulnerable: { per: 'month', times: 2 },
    elderly_alone: { per: 'month', times: 1 },
    elderly: { per: 'quarter', times: 1 },
    other: { per: 'quarter', times: 2 },
  },
  yearly: 1,
};

/** The rule as people read it: 每月不少于2次. */
export function ruleText(rule: VisitRule): string {
  return rule.times === 0 ? '不作要求' : `${VISIT_PER_LABELS[rule.per]}不少于${rule.times}次`;
}
