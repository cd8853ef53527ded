// Handlers of the household visits (入户走访) and their plan by class. Every method applies the
// routine scope (routine-scope.ts) on the server: a grid worker reads and records the visits of
// the households of the grids it serves today (its own, and a colleague's it covers during the
// leave) and only as itself; a supervisor reads its area; the centre the whole town.
import { AppError } from '../../../shared/rpc/errors';
import type { visitApi } from '../../../shared/routine/visit-api';
import { audit } from '../audit/audit-log';
import { caseScopeOf, requireInScope } from '../cases/case-scope';
import { callToday } from '../rpc/call-today';
import type { CallContext, Handlers } from '../rpc/handler-types';
import { writeSetting, SETTING_KEYS } from '../settings/settings-repo';
import { addDays } from '../calendar';
import { parseDate, weekdayOfDay } from '../calendar/dates';
import { scope, writerStaff } from './routine-handlers';
import { requireWorkerInScope, visibleWorkers, type RoutineScope } from './routine-scope';
import { visitPlan, visitPlanSettings, visitStatsRows } from './visit-queries';
import { getVisit, listVisits, saveVisit } from './visits';
import { buildVisitForm } from './visit-form';
import { checkPeriod } from './routine-queries';
import { gridsOnDay } from './work-logs';

type VisitMethod = keyof typeof visitApi;

/** Narrows the scope's grids to a grid, a village's grids or a worker's grids (today's, cover included). */
function gridsFor(ctx: CallContext, sc: RoutineScope, narrow: { gridId?: string; villageId?: string; staffId?: string }): string[] | null {
  const { db } = ctx.core;
  let wanted: string[] | null = null;
  if (narrow.staffId) {
    requireWorkerInScope(db, sc, narrow.staffId);
    wanted = gridsOnDay(db, narrow.staffId, callToday(ctx)).map((g) => g.id);
  } else if (narrow.gridId) wanted = [narrow.gridId];
  else if (narrow.villageId) wanted = (db.cached("SELECT id FROM org_unit WHERE kind = 'grid' AND parent_id = ?").all(narrow.villageId) as { id: string }[]).map((r) => r.id);
  if (!wanted) return sc.grids;
  if (!sc.grids) return wanted;
  const mine = new Set(sc.grids);
  return wanted.filter((g) => mine.has(g));
}

/** Refuses a household (or person) outside the caller's grids as if it did not exist. */
function requireInGrids(ctx: CallContext, grids: readonly string[] | null, table: 'household' | 'person', id: string): void {
  const row = ctx.core.db.cached(`SELECT grid_id FROM ${table} WHERE id = ?`).get(id) as { grid_id: string } | undefined;
  if (!row || (grids && !grids.includes(row.grid_id))) throw new AppError('NOT_FOUND', table === 'household' ? '该户不存在，或不在本账号的查看范围内' : '人员不存在，或不在本账号的查看范围内');
}

export const visitHandlers: Pick<Handlers, VisitMethod> = {
  'routine.visitPlan': (input, ctx) => {
    const sc = scope(ctx);
    const grids = gridsFor(ctx, sc, input);
    if (grids === null) throw new AppError('BAD_INPUT', '请选择村（社区）、网格或网格员');
    const today = callToday(ctx);
    const settings = visitPlanSettings(ctx.core.db);
    const weekEnd = addDays(today, (7 - weekdayOfDay(parseDate(today))) % 7);
    return { today, weekEnd, settings, households: visitPlan(ctx.core.db, grids, today, settings) };
  },

  'routine.visits': (input, ctx) => {
    const sc = scope(ctx);
    const grids = gridsFor(ctx, sc, { gridId: input.gridId, villageId: input.villageId });
    if (input.householdId) requireInGrids(ctx, sc.grids, 'household', input.householdId);
    if (input.personId) requireInGrids(ctx, sc.grids, 'person', input.personId);
    if (input.staffId) requireWorkerInScope(ctx.core.db, sc, input.staffId);
    return listVisits(ctx.core.db, { ...input, grids });
  },

  'routine.saveVisit': (input, ctx) => {
    const staffId = writerStaff(ctx, input.staffId, '走访记录');
    const cases = caseScopeOf(ctx.core.db, ctx.session, callToday(ctx));
    const env = { db: ctx.core.db, writer: ctx.core.writer, actorId: ctx.actor, now: ctx.core.now(), today: callToday(ctx) };
    const id = saveVisit(env, staffId, input, (caseId) => requireInScope(ctx.core.db, cases, caseId));
    audit(ctx, { action: 'visit.save', table: 'household_visit', recordId: id, detail: { householdId: input.householdId, date: input.date, staffId } });
    return getVisit(ctx.core.db, id);
  },

  'routine.visitStats': ({ from, to, by }, ctx) => {
    const { db } = ctx.core;
    const sc = scope(ctx);
    const today = callToday(ctx);
    if (by === 'worker') return visitStatsRows(db, { from, to }, today, by, visibleWorkers(db, sc).map((w) => w.staffId));
    if (by === 'grid') return visitStatsRows(db, { from, to }, today, by, sc.grids);
    const villages = sc.grids
      ? [...new Set((db.prepare("SELECT parent_id FROM org_unit WHERE kind = 'grid' AND id IN (SELECT value FROM json_each(?))").all(JSON.stringify(sc.grids)) as { parent_id: string }[]).map((r) => r.parent_id))]
      : null;
    return visitStatsRows(db, { from, to }, today, by, villages);
  },

  'routine.visitForm': ({ staffId, from, to }, ctx) => {
    checkPeriod({ from, to });
    const worker = requireWorkerInScope(ctx.core.db, scope(ctx), staffId);
    return buildVisitForm(ctx, worker, { from, to });
  },

  'routine.visitSettings': (_input, ctx) => visitPlanSettings(ctx.core.db),

  'routine.saveVisitSettings': (input, ctx) => {
    ctx.core.writer.transaction(ctx.actor, (tx) => writeSetting(tx, SETTING_KEYS.visitPlan, input));
    audit(ctx, { action: 'visit.settings', table: 'setting', recordId: SETTING_KEYS.visitPlan, detail: input });
    return visitPlanSettings(ctx.core.db);
  },
};
