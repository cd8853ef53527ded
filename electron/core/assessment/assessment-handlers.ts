// Handlers of the assessment's methods (shared/assessment/assessment-api.ts). Permission at the
// door; here the rest: a supervisor's manual items only on subjects of its area, an item decided
// by someone other than who entered it, nothing changed on a frozen run, reopening by the
// director alone with a reason.
import { ulid } from 'ulid';
import { CASE_INDICATORS, type CaseIndicatorKey } from '../../../shared/assessment/case-indicators';
import { INDICATORS, isIndicatorKey, type IndicatorKey } from '../../../shared/assessment/indicators';
import { periodOfKey } from '../../../shared/assessment/periods';
import { SUBJECT_LEVEL_LABELS, type SubjectLevel } from '../../../shared/assessment/scheme';
import { AppError } from '../../../shared/rpc/errors';
import { audit } from '../audit/audit-log';
import type { ReadDb } from '../db/read-db';
import { callToday } from '../rpc/call-today';
import type { CallContext, Handlers } from '../rpc/handler-types';
import { allWorkers, routineScopeOf } from '../routine/routine-scope';
import { casesBehind } from './case-indicators';
import { addEvent, adjustmentsOf, eventsOf, getAdjustment, getRun, listRuns, requireOpen, runScores } from './run-store';
import { getScheme, listSchemes, saveScheme, schemeForRun } from './scheme-store';

type AssessmentMethods =
  | 'assessment.schemes'
  | 'assessment.saveScheme'
  | 'assessment.runs'
  | 'assessment.openRun'
  | 'assessment.review'
  | 'assessment.drill'
  | 'assessment.addAdjustment'
  | 'assessment.decideAdjustment'
  | 'assessment.freeze'
  | 'assessment.reopen';

function actor(ctx: CallContext): { id: string; name: string } {
  if (!ctx.session) throw new AppError('UNAUTHENTICATED');
  return { id: ctx.session.userId, name: ctx.session.displayName };
}

/** The grids of the subject (a grid, a village's grids, a worker's grids; a department has none); null: not a subject of the level. */
function subjectGrids(db: ReadDb, level: SubjectLevel, subjectId: string): string[] | null {
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
function evidenceLabel(db: ReadDb, kind: string, ref: string): string {
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

export const assessmentHandlers: Pick<Handlers, AssessmentMethods> = {
  'assessment.schemes': (_input, ctx) => listSchemes(ctx.core.db),

  'assessment.saveScheme': (input, ctx) => {
    const who = actor(ctx);
    const id = ctx.core.writer.transaction(who.id, (tx) => saveScheme(tx, input, who.id, ctx.core.now()));
    audit(ctx, { action: 'assessment.scheme', table: 'assessment_scheme', recordId: id, detail: { name: input.scheme.name } });
    return getScheme(ctx.core.db, id);
  },

  'assessment.runs': (_input, ctx) => listRuns(ctx.core.db),

  'assessment.openRun': ({ level, periodKey }, ctx) => {
    const period = periodOfKey(periodKey)!;
    if (period.from > callToday(ctx)) throw new AppError('BAD_INPUT', `${period.label}尚未开始，不能考核`);
    const taken = ctx.core.db.cached('SELECT id FROM assessment_run WHERE level = ? AND period_key = ?').get(level, periodKey);
    if (taken) throw new AppError('CONFLICT', `${period.label}的${SUBJECT_LEVEL_LABELS[level]}考核已存在`);
    const who = actor(ctx);
    const now = ctx.core.now();
    const id = ctx.core.writer.transaction(who.id, (tx) => {
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
    });
    return getRun(ctx.core.db, id);
  },

  'assessment.review': ({ runId }, ctx) => {
    const { db } = ctx.core;
    const run = getRun(db, runId);
    const scheme = getScheme(db, run.schemeId);
    const indicators = Object.fromEntries(scheme.items.filter((i) => isIndicatorKey(i.indicator)).map((i) => [i.indicator, INDICATORS[i.indicator as IndicatorKey]]));
    return { run, scheme, indicators, subjects: runScores(db, runId, callToday(ctx)), adjustments: adjustmentsOf(db, runId), events: eventsOf(db, runId) };
  },

  'assessment.drill': ({ runId, subjectId, indicator, part }, ctx) => {
    const { db } = ctx.core;
    const run = getRun(db, runId);
    if (!Object.hasOwn(CASE_INDICATORS, indicator)) throw new AppError('BAD_INPUT', '该指标的明细请在网格员工作页面查看（日志与巡查按日查看）');
    if (run.level === 'worker') throw new AppError('BAD_INPUT', '网格员考核没有事件类指标');
    const def = CASE_INDICATORS[indicator as CaseIndicatorKey];
    const rows = casesBehind(db, run.level, subjectId, { from: run.from, to: run.to }, part === 'numerator' ? def.numerator : def.denominator);
    return rows.map((c) => ({ id: c.id, label: c.number, title: c.title }));
  },

  'assessment.addAdjustment': (input, ctx) => {
    const { db } = ctx.core;
    const run = requireOpen(db, input.runId);
    const grids = subjectGrids(db, run.level, input.subjectId);
    if (!grids) throw new AppError('NOT_FOUND', '考核对象不存在');
    const area = routineScopeOf(db, ctx.session, callToday(ctx)).grids;
    if (ctx.session!.role === 'supervisor' && area !== null && !grids.some((g) => area.includes(g))) {
      throw new AppError('FORBIDDEN', '只能对本人督导范围内的考核对象登记加减分');
    }
    const label = evidenceLabel(db, input.evidenceKind, input.evidenceRef);
    const who = actor(ctx);
    const id = ulid();
    ctx.core.writer.transaction(who.id, (tx) =>
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
        entered_at: ctx.core.now(),
        decided_by: null,
        decided_by_name: null,
        decided_at: null,
      }),
    );
    return getAdjustment(db, id);
  },

  'assessment.decideAdjustment': ({ id, approve }, ctx) => {
    const { db } = ctx.core;
    const item = getAdjustment(db, id);
    requireOpen(db, item.runId);
    if (item.status !== 'pending') throw new AppError('INVALID_STATE', '该加减分已审核过');
    const who = actor(ctx);
    if (item.enteredBy === who.id) throw new AppError('FORBIDDEN', '登记人不能审核自己登记的加减分，请由另一位负责人审核');
    ctx.core.writer.transaction(who.id, (tx) =>
      tx.update('assessment_adjustment', id, { status: approve ? 'approved' : 'rejected', decided_by: who.id, decided_by_name: who.name, decided_at: ctx.core.now() }),
    );
    return getAdjustment(db, id);
  },

  'assessment.freeze': ({ runId }, ctx) => {
    const { db } = ctx.core;
    const run = requireOpen(db, runId);
    const pending = adjustmentsOf(db, runId).filter((a) => a.status === 'pending').length;
    if (pending > 0) throw new AppError('INVALID_STATE', `还有${pending}项加减分待审核，审核后才能定版`);
    const scores = runScores(db, runId, callToday(ctx));
    if (scores.length === 0) throw new AppError('INVALID_STATE', '没有可考核的对象，不能定版');
    const who = actor(ctx);
    const now = ctx.core.now();
    ctx.core.writer.transaction(who.id, (tx) => {
      tx.update('assessment_run', runId, { status: 'frozen', snapshot: JSON.stringify(scores), frozen_at: now, frozen_by: who.id, updated_at: now });
      addEvent(tx, runId, who, now, 'frozen', `${scores.length}个考核对象定版`);
    });
    audit(ctx, { action: 'assessment.freeze', table: 'assessment_run', recordId: runId, detail: { period: run.periodKey, level: run.level } });
    return getRun(db, runId);
  },

  'assessment.reopen': ({ runId, reason }, ctx) => {
    const { db } = ctx.core;
    if (ctx.session!.role !== 'director') throw new AppError('FORBIDDEN', '只有中心主任可以重新打开已定版的考核');
    const run = getRun(db, runId);
    if (run.status !== 'frozen') throw new AppError('INVALID_STATE', '该考核尚未定版');
    const who = actor(ctx);
    const now = ctx.core.now();
    ctx.core.writer.transaction(who.id, (tx) => {
      tx.update('assessment_run', runId, { status: 'open', snapshot: null, frozen_at: null, frozen_by: null, updated_at: now });
      addEvent(tx, runId, who, now, 'reopened', reason);
    });
    audit(ctx, { action: 'assessment.reopen', table: 'assessment_run', recordId: runId, detail: { reason } });
    return getRun(db, runId);
  },
};
