// Assessment runs (docs/assessment.md): opened for a level and period with the scheme then in
// force; reviewed with the scores computed live; manual items entered and decided; frozen with a
// snapshot that later data and later scheme versions do not change; reopened only by the
// director with a reason. Every step is in the run's history (assessment_event).
import { ulid } from 'ulid';
import type { AdjustmentKind, AdjustmentRow, AdjustmentStatus, EvidenceKind, RunEventRow, RunRow, RunStatus, SubjectScoreView } from '../../../shared/assessment/assessment-types';
import { periodOfKey } from '../../../shared/assessment/periods';
import type { PeriodKind, SubjectLevel } from '../../../shared/assessment/scheme';
import { AppError } from '../../../shared/rpc/errors';
import type { WriteTx } from '../db/change-writer';
import type { ReadDb } from '../db/read-db';
import type { IndicatorKey } from '../../../shared/assessment/indicators';
import { scoreSubjects } from './assessment-scores';
import type { HouseholdFiguresMemo } from '../routine/visit-queries';
import { indicatorValues, type IndicatorValues } from './indicator-values';
import { getScheme } from './scheme-store';

interface RunDbRow {
  id: string;
  level: SubjectLevel;
  period_key: string;
  period_from: string;
  period_to: string;
  scheme_id: string;
  scheme_name: string;
  scheme_version: number;
  period_kind: PeriodKind;
  status: RunStatus;
  snapshot: string | null;
  frozen_at: number | null;
  frozen_by_name: string | null;
  created_at: number;
}

const RUN_SQL = `SELECT r.*, s.name AS scheme_name, s.version AS scheme_version, s.period_kind AS period_kind,
  (SELECT u.display_name FROM user_account u WHERE u.id = r.frozen_by) AS frozen_by_name
  FROM assessment_run r JOIN assessment_scheme s ON s.id = r.scheme_id`;

function toRun(r: RunDbRow): RunRow {
  return {
    id: r.id,
    level: r.level,
    periodKind: r.period_kind,
    periodKey: r.period_key,
    periodLabel: periodOfKey(r.period_key)?.label ?? r.period_key,
    from: r.period_from,
    to: r.period_to,
    schemeId: r.scheme_id,
    schemeName: r.scheme_name,
    schemeVersion: r.scheme_version,
    status: r.status,
    frozenAt: r.frozen_at,
    frozenByName: r.frozen_by_name,
    createdAt: r.created_at,
  };
}

export function listRuns(db: ReadDb): RunRow[] {
  return (db.cached(`${RUN_SQL} ORDER BY r.period_key DESC, r.level`).all() as RunDbRow[]).map(toRun);
}

function runRow(db: ReadDb, id: string): RunDbRow {
  const r = db.cached(`${RUN_SQL} WHERE r.id = ?`).get(id) as RunDbRow | undefined;
  if (!r) throw new AppError('NOT_FOUND', '考核不存在');
  return r;
}

export function getRun(db: ReadDb, id: string): RunRow {
  return toRun(runRow(db, id));
}

export function requireOpen(db: ReadDb, id: string): RunRow {
  const run = getRun(db, id);
  if (run.status === 'frozen') throw new AppError('INVALID_STATE', `${run.periodLabel}考核已定版，不能修改；如确需调整，请中心主任说明理由后重新打开`);
  return run;
}

interface AdjustmentDbRow {
  id: string;
  run_id: string;
  subject_id: string;
  kind: AdjustmentKind;
  points: number;
  reason: string;
  evidence_kind: EvidenceKind;
  evidence_ref: string;
  evidence_label: string;
  status: AdjustmentStatus;
  entered_by: string | null;
  entered_by_name: string;
  entered_at: number;
  decided_by_name: string | null;
  decided_at: number | null;
}

function toAdjustment(r: AdjustmentDbRow): AdjustmentRow {
  return {
    id: r.id,
    runId: r.run_id,
    subjectId: r.subject_id,
    kind: r.kind,
    points: r.points,
    reason: r.reason,
    evidenceKind: r.evidence_kind,
    evidenceRef: r.evidence_ref,
    evidenceLabel: r.evidence_label,
    status: r.status,
    enteredByName: r.entered_by_name,
    enteredAt: r.entered_at,
    decidedByName: r.decided_by_name,
    decidedAt: r.decided_at,
  };
}

export function adjustmentsOf(db: ReadDb, runId: string): AdjustmentRow[] {
  return (db.cached('SELECT * FROM assessment_adjustment WHERE run_id = ? ORDER BY entered_at, id').all(runId) as AdjustmentDbRow[]).map(toAdjustment);
}

export function getAdjustment(db: ReadDb, id: string): AdjustmentRow & { enteredBy: string | null } {
  const r = db.cached('SELECT * FROM assessment_adjustment WHERE id = ?').get(id) as AdjustmentDbRow | undefined;
  if (!r) throw new AppError('NOT_FOUND', '加减分记录不存在');
  return { ...toAdjustment(r), enteredBy: r.entered_by };
}

export function eventsOf(db: ReadDb, runId: string): RunEventRow[] {
  return (db.cached('SELECT at, actor_name, action, note FROM assessment_event WHERE run_id = ? ORDER BY at, id').all(runId) as {
    at: number;
    actor_name: string;
    action: RunEventRow['action'];
    note: string;
  }[]).map((e) => ({ at: e.at, actorName: e.actor_name, action: e.action, note: e.note }));
}

export function addEvent(tx: WriteTx, runId: string, actor: { id: string; name: string }, now: number, action: RunEventRow['action'], note = ''): void {
  tx.insert('assessment_event', { id: ulid(), run_id: runId, at: now, actor_id: actor.id, actor_name: actor.name, action, note });
}

/** The scores of a run: its snapshot once frozen, else computed now with the approved manual items. */
/** The indicators' values of an open run's subjects as of `today` (its scores before manual items). */
export function runIndicatorValues(db: ReadDb, runId: string, today: string, visitMemo?: HouseholdFiguresMemo): IndicatorValues {
  const r = runRow(db, runId);
  const scheme = getScheme(db, r.scheme_id);
  return indicatorValues(db, scheme.items.map((i) => i.indicator as IndicatorKey), scheme.level, { from: r.period_from, to: r.period_to }, today, visitMemo);
}

/** A run's scores: the snapshot once frozen; else computed as of `today` (from `values` when the caller has them). */
export function runScores(db: ReadDb, runId: string, today: string, values?: IndicatorValues): SubjectScoreView[] {
  const r = runRow(db, runId);
  if (r.status === 'frozen' && r.snapshot) return JSON.parse(r.snapshot) as SubjectScoreView[];
  const scheme = getScheme(db, r.scheme_id);
  const approved = adjustmentsOf(db, runId).filter((a) => a.status === 'approved');
  const adjustments = new Map<string, number>();
  for (const a of approved) {
    if (a.kind === 'veto') continue;
    adjustments.set(a.subjectId, (adjustments.get(a.subjectId) ?? 0) + (a.kind === 'bonus' ? a.points : -a.points));
  }
  const vetoed = new Set(approved.filter((a) => a.kind === 'veto').map((a) => a.subjectId));
  return scoreSubjects(db, scheme, { from: r.period_from, to: r.period_to }, today, { adjustments, vetoed, values });
}
