// Handlers of the grid-worker routine (日清周结): the worker's day and its log, cases raised
// from a log, the completeness table, the weekly summary and leave with A/B cover. Every
// method applies the routine scope (routine-scope.ts) on the server.
import type { routineApi } from '../../../shared/routine/routine-api';
import { AppError } from '../../../shared/rpc/errors';
import type { CompletenessTable, MyDay } from '../../../shared/routine/routine-types';
import { addDays } from '../calendar';
import { registerCase } from '../cases/case-engine';
import { actorOf, envOf } from '../cases/case-handlers';
import type { CallContext, Handlers } from '../rpc/handler-types';
import { callToday } from '../rpc/call-today';
import { audit } from '../audit/audit-log';
import { ulid } from 'ulid';
import { getLeave, leavesInPeriod, leavesOf, saveLeave } from './leaves';
import { checkPeriod, completenessRows } from './routine-queries';
import { requireWorkerInScope, routineScopeOf, visibleWorkers, type RoutineScope } from './routine-scope';
import { weeklySummary } from './weekly-summary';
import { screeningHandlers } from './screening-handlers';
import { dutyHandlers } from './duty-handlers';
import { getLog, gridsOnDay, logOfDay, saveLog } from './work-logs';
import { cancelImport, commitImport, previewImport } from '../registry/import/import-engine';
import { workLogSource } from './log-import';
import { visitSource } from './visit-import';
import type { RoutineImportKind } from '../../../shared/registry/registry-types';
import type { ImportSource } from '../registry/import/import-adapter';
import { buildLogForm } from './log-form';

type RoutineMethod = keyof typeof routineApi;

/** The routine's paper records that import through the registry's engine (routine.import*). */
const ROUTINE_IMPORT_SOURCES: Record<RoutineImportKind, ImportSource> = { workLog: workLogSource, visit: visitSource };

const today = callToday;

export function scope(ctx: CallContext): RoutineScope {
  return routineScopeOf(ctx.core.db, ctx.session, today(ctx));
}

/** The caller's own staff record, required to keep a log. */
function ownStaff(ctx: CallContext): string {
  const s = scope(ctx).ownStaff;
  if (!s) throw new AppError('INVALID_STATE', '当前账号未关联网格员档案，请管理员在“组织架构”中关联后再填写工作日志和走访记录');
  return s;
}

/**
 * Whose record a write is for (a log, a visit): a grid worker always its own; others name the
 * worker (in their scope).
 */
export function writerStaff(ctx: CallContext, staffId: string | undefined, what = '工作日志'): string {
  const sc = scope(ctx);
  if (ctx.session?.role === 'grid_worker') {
    const own = ownStaff(ctx);
    if (staffId && staffId !== own) throw new AppError('FORBIDDEN', `网格员只能填写本人的${what}`);
    return own;
  }
  const id = staffId ?? sc.ownStaff;
  if (!id) throw new AppError('BAD_INPUT', '请选择网格员');
  requireWorkerInScope(ctx.core.db, sc, id);
  return id;
}

export const routineHandlers: Pick<Handlers, RoutineMethod> = {
  'routine.myDay': (_input, ctx) => {
    const { db } = ctx.core;
    const staffId = ownStaff(ctx);
    const day = today(ctx);
    const name = (db.cached('SELECT name FROM staff WHERE id = ?').get(staffId) as { name: string }).name;
    const me = { staffId, name, grids: [], partnerId: null };
    const { days, rows } = completenessRows(db, { from: addDays(day, -13), to: day }, day, [me]);
    const recent = rows[0]!.days;
    const result: MyDay = {
      staffId,
      staffName: name,
      today: day,
      todayColumn: days[days.length - 1]!,
      onLeave: leavesOf(db, staffId, day, day)[0] ?? null,
      log: logOfDay(db, staffId, day),
      grids: gridsOnDay(db, staffId, day),
      recent,
      recentTotals: rows[0]!.totals,
    };
    return result;
  },

  'routine.saveLog': (input, ctx) => {
    const staffId = writerStaff(ctx, input.staffId);
    const id = saveLog({ db: ctx.core.db, writer: ctx.core.writer, actorId: ctx.actor, now: ctx.core.now(), today: today(ctx) }, staffId, input);
    return getLog(ctx.core.db, id);
  },

  'routine.raiseCase': ({ logId, case: input }, ctx) => {
    const { db } = ctx.core;
    const log = getLog(db, logId);
    const staffId = writerStaff(ctx, log.staffId);
    if (log.staffId !== staffId) throw new AppError('NOT_FOUND', '工作日志不存在');
    const actor = actorOf(ctx);
    return ctx.core.writer.transaction(actor.id, (tx) => {
      const caseId = registerCase(envOf(ctx, tx, actor), input);
      tx.insert('work_log_case', { id: ulid(), log_id: logId, case_id: caseId });
      const { number } = tx.db.cached('SELECT number FROM case_record WHERE id = ?').get(caseId) as { number: string };
      return { caseId, number };
    });
  },

  'routine.dayLog': ({ staffId, date }, ctx) => {
    requireWorkerInScope(ctx.core.db, scope(ctx), staffId);
    return logOfDay(ctx.core.db, staffId, date);
  },

  'routine.workers': (_input, ctx) => visibleWorkers(ctx.core.db, scope(ctx)),

  'routine.completeness': ({ from, to, villageId, gridId }, ctx) => {
    const { db } = ctx.core;
    const workers = visibleWorkers(db, scope(ctx), { villageId, gridId });
    const day = today(ctx);
    const { days, rows } = completenessRows(db, { from, to }, day, workers);
    const table: CompletenessTable = { from, to, today: day, days, rows };
    return table;
  },

  'routine.weekly': ({ staffId, date }, ctx) => {
    const worker = requireWorkerInScope(ctx.core.db, scope(ctx), staffId);
    return weeklySummary(ctx.core.db, worker, date, today(ctx));
  },

  'routine.leaves': ({ from, to }, ctx) => {
    checkPeriod({ from, to });
    const workers = visibleWorkers(ctx.core.db, scope(ctx));
    return leavesInPeriod(
      ctx.core.db,
      workers.map((w) => w.staffId),
      from,
      to,
    );
  },

  'routine.saveLeave': (input, ctx) => {
    const { db } = ctx.core;
    requireWorkerInScope(db, scope(ctx), input.staffId);
    const id = saveLeave(db, ctx.core.writer, ctx.actor, ctx.core.now(), input);
    audit(ctx, { action: 'leave.save', table: 'staff_leave', recordId: id, detail: { staffId: input.staffId, from: input.fromDate, to: input.toDate, cover: input.coverStaffId } });
    return getLeave(db, id);
  },

  'routine.cancelLeave': ({ id }, ctx) => {
    const { db } = ctx.core;
    const leave = getLeave(db, id);
    requireWorkerInScope(db, scope(ctx), leave.staffId);
    if (leave.cancelled) throw new AppError('INVALID_STATE', '该请假记录已取消');
    ctx.core.writer.transaction(ctx.actor, (tx) => tx.update('staff_leave', id, { cancelled: 1 }));
    audit(ctx, { action: 'leave.cancel', table: 'staff_leave', recordId: id, detail: { staffId: leave.staffId } });
    return getLeave(db, id);
  },

  'routine.importPreview': ({ kind, ...input }, ctx) => previewImport(ctx, ROUTINE_IMPORT_SOURCES[kind], input),

  'routine.importCommit': (input, ctx) => commitImport(ctx, input, (kind) => (Object.hasOwn(ROUTINE_IMPORT_SOURCES, kind) ? ROUTINE_IMPORT_SOURCES[kind as RoutineImportKind] : null)),

  'routine.importCancel': ({ jobId }, ctx) => cancelImport(ctx, jobId),

  'routine.logForm': ({ staffId, from, to }, ctx) => {
    checkPeriod({ from, to });
    const worker = requireWorkerInScope(ctx.core.db, scope(ctx), staffId);
    return buildLogForm(ctx, worker, { from, to });
  },

  ...screeningHandlers,
  ...dutyHandlers,
};
