// Handlers of the assessment's methods (shared/assessment/assessment-api.ts). Permission at the
// door; here the rest: a supervisor's manual items only on subjects of its area, an item decided
// by someone other than who entered it, nothing changed on a frozen run, reopening by the
// director alone with a reason.
import { INDICATORS, isIndicatorKey, type IndicatorKey } from '../../../shared/assessment/indicators';
import { SUBJECT_LEVEL_LABELS } from '../../../shared/assessment/scheme';
import { roleHas } from '../../../shared/auth/roles';
import { AppError } from '../../../shared/rpc/errors';
import { audit } from '../audit/audit-log';
import { callToday } from '../rpc/call-today';
import type { CallContext, Handlers } from '../rpc/handler-types';
import { routineScopeOf } from '../routine/routine-scope';
import { drillRows } from './drill';
import { addEvent, adjustmentsOf, eventsOf, getAdjustment, getRun, listRuns, requireOpen, runScores } from './run-store';
import { addAdjustmentTx, decideAdjustmentTx, freezeRunTx, openRunTx, subjectGrids } from './run-writes';
import { getScheme, listSchemes, saveScheme } from './scheme-store';

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
    const who = actor(ctx);
    const id = ctx.core.writer.transaction(who.id, (tx) => openRunTx(tx, level, periodKey, callToday(ctx), who, ctx.core.now()));
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
    if (!isIndicatorKey(indicator)) throw new AppError('BAD_INPUT', `没有“${indicator}”这个考核指标`);
    const info = INDICATORS[indicator];
    if (!info.levels.includes(run.level)) throw new AppError('BAD_INPUT', `指标“${info.label}”不适用于${SUBJECT_LEVEL_LABELS[run.level]}考核`);
    // Household heads' names go only to accounts that may read the registry (not the presenter).
    const showNames = !!ctx.session && roleHas(ctx.session.role, 'registry.read');
    return drillRows(db, run.level, subjectId, { from: run.from, to: run.to }, callToday(ctx), indicator, part, { showNames });
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
    const who = actor(ctx);
    const id = ctx.core.writer.transaction(who.id, (tx) => addAdjustmentTx(tx, input, who, ctx.core.now()));
    return getAdjustment(db, id);
  },

  'assessment.decideAdjustment': ({ id, approve }, ctx) => {
    const who = actor(ctx);
    ctx.core.writer.transaction(who.id, (tx) => decideAdjustmentTx(tx, id, approve, who, ctx.core.now()));
    return getAdjustment(ctx.core.db, id);
  },

  'assessment.freeze': ({ runId }, ctx) => {
    const { db } = ctx.core;
    const who = actor(ctx);
    ctx.core.writer.transaction(who.id, (tx) => freezeRunTx(tx, runId, callToday(ctx), who, ctx.core.now()));
    const run = getRun(db, runId);
    audit(ctx, { action: 'assessment.freeze', table: 'assessment_run', recordId: runId, detail: { period: run.periodKey, level: run.level } });
    return run;
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
