// Shapes of the household visits (入户走访) and their plan by household class. The rules that
// make them are in electron/core/routine/visit-rules.ts; the classes in ./visit-classes.ts.
import type { HouseholdClass, VisitClassKind, VisitPer, VisitPlanSettings, VisitRule } from './visit-classes';

export interface VisitRow {
  id: string;
  householdId: string;
  householdNo: string;
  headName: string | null;
  address: string | null;
  gridId: string;
  gridName: string;
  date: string;
  staffId: string;
  staffName: string;
  /** The household's class and kind on the day of the visit. */
  householdClass: HouseholdClass;
  classKind: VisitClassKind;
  metPersonId: string | null;
  metName: string;
  situation: string;
  needs: string;
  followUp: string;
  caseId: string | null;
  caseNumber: string | null;
  createdAt: number;
  updatedAt: number;
}

/**
 * A household's standing today: overdue — a period of its plan (or the yearly floor) ended short
 * and no visit since; due — the current period still lacks visits; done — met for now.
 */
export type PlanStatus = 'overdue' | 'due' | 'done';

export const PLAN_STATUS_LABELS: Record<PlanStatus, string> = { overdue: '逾期', due: '待走访', done: '已完成' };

export interface MissedPeriod {
  per: VisitPer;
  start: string;
  end: string;
  done: number;
  required: number;
}

export interface PlanHousehold {
  householdId: string;
  householdNo: string;
  headName: string | null;
  address: string | null;
  gridId: string;
  gridName: string;
  classKind: VisitClassKind;
  householdClass: HouseholdClass;
  status: PlanStatus;
  /** The class's rule and its current period. */
  rule: VisitRule;
  periodStart: string;
  periodEnd: string;
  /** Visits in the current period so far, and how many the rule asks. */
  done: number;
  required: number;
  /** By when the next visit is planned (the period's visits spread evenly over it); null when done. */
  nextBy: string | null;
  /** The period that ended short (the class's, or the yearly floor's), when overdue. */
  missed: MissedPeriod | null;
  lastVisit: string | null;
  lastVisitBy: string | null;
}

/** 走访计划: the households a worker (or an area) is to visit, with each one's standing today. */
export interface VisitPlanView {
  today: string;
  /** The Sunday of this week: 本周应访 are the due households planned by then. */
  weekEnd: string;
  settings: VisitPlanSettings;
  households: PlanHousehold[];
}

/** Visit figures of a set of households over a period (see visit-queries.ts for the counting). */
export interface VisitTotals {
  households: number;
  /** Visits the class rules asked for in their periods that ended within the query period. */
  required: number;
  /** Of those, visits made (at most the number asked, per period). */
  done: number;
  /** required − done. */
  missed: number;
  /** Households that ended a period (class rule or yearly floor) short. */
  short: number;
  /** Households with no visit in a whole calendar year within the period (below the yearly floor). */
  yearlyShort: number;
  /** Visits still to make in the periods running today. */
  open: number;
  /** Visits recorded in the period (all, as made). */
  visits: number;
  /** done / required, 0..1; 1 when nothing was asked. */
  rate: number;
}

export interface VisitStatsRow {
  /** The worker's staff id, the grid's or the village's unit id. */
  id: string;
  name: string;
  total: VisitTotals;
  byClass: Record<HouseholdClass, VisitTotals>;
}
