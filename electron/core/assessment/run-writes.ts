// The writes of a quarterly run (docs/assessment.md), each inside the caller's transaction with
// its rules checked there: open a run, enter a manual item, decide it, freeze. The method
// handlers call them with the session's user and the core's clock; the demo town calls the
// same ones with its demo users and past dates, so the demo's runs obey the same rules.
import { ulid } from 'ulid';
import type { AdjustmentKind, EvidenceKind } from '../../../shared/assessment/assessment-types';
import { periodOfKey } from '../../../shared/assessment/periods';
import { SUBJECT_LEVEL_LABELS, type SubjectLevel } from '../../../shared/assessment/scheme';
import { AppError } from '../../../shared/rpc/errors';
import type { WriteTx } from '../db/change-writer';
import type { ReadDb } from '../db/read-db';
import { allWorkers } from '../routine/routine-scope';
import type { IndicatorValues } from './indicator-values';
import { addEvent, adjustmentsOf, getAdjustment, requireOpen, runScores } from './run-store';
import { schemeForRun } from './scheme-store';

export interface RunActor {
  id: string;
  name: string;
}

/** The grids of the subject (a grid, a village's grids, a worker's grids; a department has none); null: not a subject of the level. */
export function subjectGrids(db: ReadDb, level: SubjectLevel, subjectId: string): string[] | null {
  if (level === 'department') return db.cached('SELECT id FROM department WHERE id = ?').get(subjectId) ? [] : null;
  if (level === 'worker') return allWorkers(db).find((w) => w.staffId === subjectId)?.grids.map((g) => g.id) ?? null;
  if (level === 'grid') {
    const g = db.cached("SELECT id FROM org_unit WHERE id = ? AND kind = 'grid'").get(subjectId);
    return g ? [subjectId] : null;
  }
  const v = db.cached("SELECT id FROM org_unit WHERE id = ? AND kind IN ('village', 'community')").get(subjectId);
  if (!v) return null;
  return (db.cached("SELECT id FROM org_unit WHERE parent_id = ? AND kind = 'grid'").all(subjectId) as { id: string }[]).map((g) => g.id);
}

/** What the evidence names, for people; refuses evidence that does not exist. */
function evidenceLabel(db: ReadDb, kind: EvidenceKind, ref: string): string {
  if (kind === 'document') return ref;
  if (kind === 'case') {
    const c = db.cached('SELECT number, title FROM case_record WHERE id = ? OR number = ?').get(ref, ref) as { number: string; title: string } | undefined;
    if (!c) throw new AppError('BAD_INPUT', `作为依据的事件“${ref}”不存在`, [{ path: 'evidenceRef', message: '事件不存在' }]);
    return `${c.number} ${c.title}`;
  }
  if (kind === 'log') {
    const l = db.cached('SELECT s.name, l.work_date FROM work_log l JOIN staff s ON s.id = l.staff_id WHERE l.id = ?').get(ref) as { name: string; work_date: string } | undefined;
    if (!l) throw new AppError('BAD_INPUT', '作为依据的工作日志不存在', [{ path: 'evidenceRef', message: '工作日志不存在' }]);
    return `${l.name} ${l.work_date} 工作日志`;
  }
  const v = db.cached('SELECT s.name, v.visit_date FROM household_visit v JOIN staff s ON s.id = v.staff_id WHERE v.id = ?').get(ref) as { name: string; visit_date: string } | undefined;
  if (!v) throw new AppError('BAD_INPUT', '作为依据的走访记录不存在', [{ path: 'evidenceRef', message: '走访记录不存在' }]);
  return `${v.name} ${v.visit_date} 走访记录`;
}

/** Opens the run of a level and period (which must have begun by `today`) with the scheme in force; returns its id. */
export function openRunTx(tx: WriteTx, level: SubjectLevel, periodKey: string, today: string, who: RunActor, now: number): string {
  const period = periodOfKey(periodKey);
  if (!period) throw new AppError('BAD_INPUT', '考核期应写作 2025Q4（季度）、2025H2（半年）或 2025（年度）');
  if (period.from > today) throw new AppError('BAD_INPUT', `${period.label}尚未开始，不能考核`);
  const taken = tx.db.cached('SELECT id FROM assessment_run WHERE level = ? AND period_key = ?').get(level, periodKey);
  if (taken) throw new AppError('CONFLICT', `${period.label}的${SUBJECT_LEVEL_LABELS[level]}考核已存在`);
  const scheme = schemeForRun(tx, level, period.kind, who.id, now);
  const runId = ulid();
  tx.insert('assessment_run', {
    id: runId,
    level,
    period_key: periodKey,
    period_from: period.from,
    period_to: period.to,
    scheme_id: scheme.id,
    status: 'open',
    snapshot: null,
    frozen_at: null,
    frozen_by: null,
    created_by: who.id,
    created_at: now,
    updated_at: now,
  });
  addEvent(tx, runId, who, now, 'opened', `采用方案“${scheme.name}”第${scheme.version}版`);
  return runId;
}

export interface AdjustmentEntry {
  runId: string;
  subjectId: string;
  kind: AdjustmentKind;
  points: number;
  reason: string;
  evidenceKind: EvidenceKind;
  evidenceRef: string;
}

/** Enters a manual item (pending its decision) on an open run; the subject and the evidence must exist. Returns its id. */
export function addAdjustmentTx(tx: WriteTx, input: AdjustmentEntry, who: RunActor, now: number): string {
  const run = requireOpen(tx.db, input.runId);
  if (!subjectGrids(tx.db, run.level, input.subjectId)) throw new AppError('NOT_FOUND', '考核对象不存在');
  const label = evidenceLabel(tx.db, input.evidenceKind, input.evidenceRef);
  const id = ulid();
  tx.insert('assessment_adjustment', {
    id,
    run_id: run.id,
    subject_id: input.subjectId,
    kind: input.kind,
    points: input.kind === 'veto' ? 0 : input.points,
    reason: input.reason,
    evidence_kind: input.evidenceKind,
    evidence_ref: input.evidenceRef,
    evidence_label: label,
    status: 'pending',
    entered_by: who.id,
    entered_by_name: who.name,
    entered_at: now,
    decided_by: null,
    decided_by_name: null,
    decided_at: null,
  });
  return id;
}

/** Approves or rejects a pending item, by someone other than who entered it. */
export function decideAdjustmentTx(tx: WriteTx, id: string, approve: boolean, who: RunActor, now: number): void {
  const item = getAdjustment(tx.db, id);
  requireOpen(tx.db, item.runId);
  if (item.status !== 'pending') throw new AppError('INVALID_STATE', '该加减分已审核过');
  if (item.enteredBy === who.id) throw new AppError('FORBIDDEN', '登记人不能审核自己登记的加减分，请由另一位负责人审核');
  tx.update('assessment_adjustment', id, { status: approve ? 'approved' : 'rejected', decided_by: who.id, decided_by_name: who.name, decided_at: now });
}

/**
 * Freezes an open run with no item waiting: its scores as of `today` become its snapshot (from
 * `values` when the caller has just computed them). Returns how many subjects it holds.
 */
export function freezeRunTx(tx: WriteTx, runId: string, today: string, who: RunActor, now: number, values?: IndicatorValues): number {
  requireOpen(tx.db, runId);
  const pending = adjustmentsOf(tx.db, runId).filter((a) => a.status === 'pending').length;
  if (pending > 0) throw new AppError('INVALID_STATE', `还有${pending}项加减分待审核，审核后才能定版`);
  const scores = runScores(tx.db, runId, today, values);
  if (scores.length === 0) throw new AppError('INVALID_STATE', '没有可考核的对象，不能定版');
  tx.update('assessment_run', runId, { status: 'frozen', snapshot: JSON.stringify(scores), frozen_at: now, frozen_by: who.id, updated_at: now });
  addEvent(tx, runId, who, now, 'frozen', `${scores.length}个考核对象定版`);
  return scores.length;
}
