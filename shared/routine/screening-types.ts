// Shapes of the dispute screening (矛盾纠纷排查, every half month per grid) and its mediation
// records (调解工作记录). The rules that make them are in electron/core/routine/screenings.ts.
import type { DisputeKind, DisputeStatus } from '../registry/registry-types';

export const RISK_LEVEL_LABELS = { low: '低风险', medium: '中风险', high: '高风险' } as const;
export type RiskLevel = keyof typeof RISK_LEVEL_LABELS;
export const RISK_LEVELS = Object.keys(RISK_LEVEL_LABELS) as [RiskLevel, ...RiskLevel[]];

export const MEDIATION_OUTCOME_LABELS = { success: '调解成功', failed: '调解未成功', referred: '移交' } as const;
export type MediationOutcome = keyof typeof MEDIATION_OUTCOME_LABELS;
export const MEDIATION_OUTCOMES = Object.keys(MEDIATION_OUTCOME_LABELS) as [MediationOutcome, ...MediationOutcome[]];

/** The sentence a screening that found nothing carries on the form. */
export const NONE_FOUND_TEXT = '未发现矛盾纠纷';

/**
 * A grid's half month: done — a screening is recorded; missing — the half month is over and
 * none is; open — the current half month, not yet screened; future — not begun.
 */
export type ScreeningMark = 'done' | 'missing' | 'open' | 'future';

export interface ScreeningCell {
  period: string;
  mark: ScreeningMark;
  screeningId: string | null;
  screenDate: string | null;
  /** Disputes found in the screening. */
  disputes: number;
  /** Recorded after its half month ended (补录). */
  late: boolean;
}

export interface ScreeningTotals {
  /** Half months due: the finished ones, and the current one once screened. */
  due: number;
  done: number;
  missing: number;
  /** Disputes found in the screenings of the period. */
  disputes: number;
  /** done / due, 0..1; 1 when nothing is due. */
  rate: number;
}

export interface ScreeningRow {
  gridId: string;
  gridName: string;
  villageId: string;
  villageName: string;
  cells: ScreeningCell[];
  totals: ScreeningTotals;
}

export interface ScreeningTable {
  from: string;
  to: string;
  today: string;
  periods: { period: string; label: string; from: string; to: string }[];
  rows: ScreeningRow[];
}

export interface MediationRecord {
  id: string;
  disputeId: string;
  date: string;
  mediators: string;
  parties: string;
  process: string;
  outcome: MediationOutcome;
  agreement: string;
}

export interface ScreenedDispute {
  id: string;
  kind: DisputeKind;
  parties: string;
  summary: string;
  riskLevel: RiskLevel | null;
  status: DisputeStatus;
  foundDate: string;
  resolvedDate: string | null;
  persons: { id: string; name: string }[];
  cases: { id: string; number: string; title: string }[];
  mediations: MediationRecord[];
}

/** 矛盾纠纷排查登记表 of one grid and half month. */
export interface ScreeningDetail {
  id: string;
  gridId: string;
  gridName: string;
  period: string;
  periodLabel: string;
  screenDate: string;
  staffId: string | null;
  staffName: string | null;
  noneFound: boolean;
  notes: string;
  createdAt: number;
  disputes: ScreenedDispute[];
}
