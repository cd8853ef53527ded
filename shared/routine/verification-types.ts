// 入户核实 (verification sampling, docs/routine.md): each quarter a reproducible sample of a
// supervisor's area's household visits is drawn at a rate per household class, and the
// supervisor records each drawn visit's outcome. The rules are in
// electron/core/routine/verification-*.ts; these are the shapes both sides share.
import { z } from 'zod';
import type { HouseholdClass } from './visit-classes';

/** 属实 (the visit happened as recorded), 不属实 (it did not), 未核实 (could not be checked). */
export const VERIFICATION_OUTCOMES = ['accurate', 'inaccurate', 'unverified'] as const;
export type VerificationOutcome = (typeof VERIFICATION_OUTCOMES)[number];

export const VERIFICATION_OUTCOME_LABELS: Record<VerificationOutcome, string> = { accurate: '属实', inaccurate: '不属实', unverified: '未核实' };

export const HOUSEHOLD_CLASSES = [1, 2, 3] as const satisfies readonly HouseholdClass[];

/** The minimum share of a quarter's visits to verify, in whole percent, per household class. */
export type VerificationRates = Record<`class${HouseholdClass}`, number>;

/** 一类户 ≥50 %, 二类户 ≥30 %, 三类户 ≥20 % (SPEC §4); the administrator may raise or lower them. */
export const DEFAULT_VERIFICATION_RATES: VerificationRates = { class1: 50, class2: 30, class3: 20 };

const ratePct = z.number().int('比例应为整数百分比').min(1, '抽查比例不能低于1%').max(100, '抽查比例不能超过100%');
export const verificationRatesInput = z.object({ class1: ratePct, class2: ratePct, class3: ratePct });

/** A calendar quarter, as methods take it: 2026-Q1. */
export const quarterInput = z.string().regex(/^\d{4}-Q[1-4]$/, '季度格式应为YYYY-Qn，如2026-Q1');

/** The quarter a date (YYYY-MM-DD) lies in. */
export function quarterOf(date: string): string {
  return `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
}

/** The first and last day of a quarter. */
export function quarterRange(quarter: string): { from: string; to: string } {
  const year = quarter.slice(0, 4);
  const q = Number(quarter.slice(6));
  const first = (q - 1) * 3 + 1;
  const last = first + 2;
  const lastDay = [31, 30, 30, 31][q - 1];
  return { from: `${year}-${String(first).padStart(2, '0')}-01`, to: `${year}-${String(last).padStart(2, '0')}-${lastDay}` };
}

/** The quarter before. */
export function previousQuarter(quarter: string): string {
  const year = Number(quarter.slice(0, 4));
  const q = Number(quarter.slice(6));
  return q === 1 ? `${year - 1}-Q4` : `${year}-Q${q - 1}`;
}

/** 2026年第1季度 */
export function quarterLabel(quarter: string): string {
  return `${quarter.slice(0, 4)}年第${quarter.slice(6)}季度`;
}

/** One drawn visit with its outcome (null: not yet recorded). */
export interface VerificationRow {
  id: string;
  visitId: string;
  visitDate: string;
  householdClass: HouseholdClass;
  householdId: string;
  /** 户号 and address, as the registry has them (empty when the household is unknown here). */
  householdLabel: string;
  gridId: string;
  gridName: string;
  workerId: string;
  workerName: string;
  metName: string;
  situation: string;
  outcome: VerificationOutcome | null;
  note: string;
  verifiedOn: string | null;
  verifierName: string | null;
}

/** A class's figures in one area and quarter. */
export interface ClassSampling {
  householdClass: HouseholdClass;
  /** Visits of the class in the area's grids in the quarter. */
  visits: number;
  /** The configured rate (percent) and the count it requires (rounded up). */
  ratePct: number;
  required: number;
  /** Drawn into the sample (any outcome or none yet). */
  drawn: number;
  accurate: number;
  inaccurate: number;
  unverified: number;
  /** Drawn, outcome not yet recorded. */
  pending: number;
  /** (属实 + 不属实) / visits, 0..1; 1 when there were no visits. */
  achievedRate: number;
  /** 属实 + 不属实 ≥ required. */
  met: boolean;
}

/** A worker's verification outcomes over a period: its 入户核实属实率. */
export interface WorkerVerification {
  staffId: string;
  name: string;
  drawn: number;
  accurate: number;
  inaccurate: number;
  unverified: number;
  pending: number;
  /** 属实 / (属实 + 不属实); null when none was verified. */
  trueRate: number | null;
}

export interface VerificationSample {
  quarter: string;
  from: string;
  to: string;
  /** The area's grids; null: the whole town. */
  gridIds: string[] | null;
  areaLabel: string;
  rates: VerificationRates;
  classes: ClassSampling[];
  /** Visits a draw would add now to reach the rates (0: the sample is complete). */
  toDraw: number;
  rows: VerificationRow[];
  workers: WorkerVerification[];
}

export interface DrawResult {
  added: number;
  sample: VerificationSample;
}
