// Time-limit rules (办理时限, SPEC §3 and §4 of the issue): an editable table of rules keyed by
// category, handling type and responsibility level, each field optional. The most specific
// matching rule wins. Specificity weighs the handling type most (an emergency is urgent
// whatever its category), then the category (a subcategory beats its parent), then the level:
//   type 4 + category 2 (subcategory 2.5) + level 1.
// With no matching rule the limit is DEFAULT_SLA_DAYS. Limits are in working days.
import { DEFAULT_LEVEL_BY_TYPE, LEVEL_OF_TARGET, type DispatchTargetKind, type HandlingType, type ResponsibilityLevel } from './case-types';

export const DEFAULT_SLA_DAYS = 5;
/** Longest limit a rule may set (general 7 / complex 15 / major 30 days in some towns). */
export const MAX_SLA_DAYS = 60;

export interface SlaRule {
  id: string;
  categoryId: string | null;
  handlingType: HandlingType | null;
  level: ResponsibilityLevel | null;
  days: number;
  note: string;
}

export interface SlaSubject {
  categoryId: string;
  subcategoryId: string | null;
  handlingType: HandlingType;
  level: ResponsibilityLevel;
}

export interface SlaMatch {
  days: number;
  rule: SlaRule | null;
}

function score(rule: SlaRule, s: SlaSubject): number {
  let n = 0;
  if (rule.handlingType !== null) {
    if (rule.handlingType !== s.handlingType) return -1;
    n += 4;
  }
  if (rule.categoryId !== null) {
    if (s.subcategoryId !== null && rule.categoryId === s.subcategoryId) n += 2.5;
    else if (rule.categoryId === s.categoryId) n += 2;
    else return -1;
  }
  if (rule.level !== null) {
    if (rule.level !== s.level) return -1;
    n += 1;
  }
  return n;
}

export function resolveSla(rules: readonly SlaRule[], subject: SlaSubject): SlaMatch {
  let best: SlaRule | null = null;
  let bestScore = -1;
  for (const r of rules) {
    const sc = score(r, subject);
    if (sc < 0) continue;
    if (sc > bestScore || (sc === bestScore && best !== null && r.id < best.id)) {
      best = r;
      bestScore = sc;
    }
  }
  return best ? { days: best.days, rule: best } : { days: DEFAULT_SLA_DAYS, rule: null };
}

/**
 * The responsibility level a case has once its intake is done: the level of the target it is
 * dispatched to at intake, the grid when it was handled on the spot, else the handling type's
 * default level. Its time limit (and so the deadline the caller is told) follows from it.
 */
export function intakeLevel(handlingType: HandlingType, at: { onSpot?: boolean; targetKind?: DispatchTargetKind | null }): ResponsibilityLevel {
  if (at.targetKind) return LEVEL_OF_TARGET[at.targetKind];
  return at.onSpot ? 'grid' : DEFAULT_LEVEL_BY_TYPE[handlingType];
}
