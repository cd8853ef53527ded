// What the assessment's methods return (docs/assessment.md).
import type { IndicatorInfo, IndicatorKey } from './indicators';
import type { Grade, PeriodKind, SchemeInput, SubjectLevel } from './scheme';

export interface SchemeRow extends SchemeInput {
  id: string;
  familyId: string;
  version: number;
  isDefault: boolean;
  /** Replaced by a newer version; kept for the runs that used it. */
  retired: boolean;
  /** Used by a run: saving it makes a new version. */
  inUse: boolean;
  createdAt: number;
}

export type RunStatus = 'open' | 'frozen';
export const RUN_STATUS_LABELS: Record<RunStatus, string> = { open: '进行中', frozen: '已定版' };

export interface RunRow {
  id: string;
  level: SubjectLevel;
  periodKind: PeriodKind;
  /** 2025Q4, 2025H2, 2025. */
  periodKey: string;
  /** 2025年第四季度 … */
  periodLabel: string;
  from: string;
  to: string;
  schemeId: string;
  schemeName: string;
  schemeVersion: number;
  status: RunStatus;
  frozenAt: number | null;
  frozenByName: string | null;
  createdAt: number;
}

export interface IndicatorValueView {
  numerator: number;
  denominator: number;
  value: number | null;
}

export interface ItemScoreView {
  indicator: IndicatorKey;
  value: IndicatorValueView | null;
  points: number;
}

export interface SubjectScoreView {
  subjectId: string;
  name: string;
  items: ItemScoreView[];
  adjustment: number;
  total: number;
  vetoed: boolean;
  grade: Grade;
  rank: number;
}

export const ADJUSTMENT_KINDS = ['deduct', 'bonus', 'veto'] as const;
export type AdjustmentKind = (typeof ADJUSTMENT_KINDS)[number];
export const ADJUSTMENT_KIND_LABELS: Record<AdjustmentKind, string> = { deduct: '扣分', bonus: '加分', veto: '一票否决' };

export const EVIDENCE_KINDS = ['case', 'log', 'visit', 'document'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];
export const EVIDENCE_KIND_LABELS: Record<EvidenceKind, string> = { case: '事件', log: '工作日志', visit: '走访记录', document: '文件（文号或名称）' };

export type AdjustmentStatus = 'pending' | 'approved' | 'rejected';
export const ADJUSTMENT_STATUS_LABELS: Record<AdjustmentStatus, string> = { pending: '待审核', approved: '已审核', rejected: '未通过' };

export interface AdjustmentRow {
  id: string;
  runId: string;
  subjectId: string;
  kind: AdjustmentKind;
  /** Positive: the points deducted or added (0 for a veto). */
  points: number;
  reason: string;
  evidenceKind: EvidenceKind;
  evidenceRef: string;
  /** What the evidence is, for people (a case's number and title, a log's worker and day). */
  evidenceLabel: string;
  status: AdjustmentStatus;
  enteredByName: string;
  enteredAt: number;
  decidedByName: string | null;
  decidedAt: number | null;
}

export interface RunEventRow {
  at: number;
  actorName: string;
  action: 'opened' | 'frozen' | 'reopened';
  note: string;
}

export interface RunReview {
  run: RunRow;
  scheme: SchemeRow;
  indicators: Partial<Record<IndicatorKey, IndicatorInfo>>;
  /** Ranked, best first: live while open, the frozen snapshot once frozen. */
  subjects: SubjectScoreView[];
  adjustments: AdjustmentRow[];
  events: RunEventRow[];
}
