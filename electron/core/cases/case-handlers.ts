// Handlers of the cases domain: intake, the transitions of the state machine, queues and
// counts, export, intake helpers and emergency alerts; plus the catalogue/time-limit handlers
// (their own file). The calendar and the board's case figures live in their own domains.
import type { caseApi } from '../../../shared/cases/case-api';
import type { CaseActionInput } from '../../../shared/cases/case-inputs';
import type { DuplicateHint } from '../../../shared/cases/case-types';
import { permits, TRANSITIONS, type CaseActionType, type CaseStatus } from '../../../shared/cases/case-workflow';
import { ROLE_PERMISSIONS } from '../../../shared/auth/roles';
import { AppError } from '../../../shared/rpc/errors';
import { addDays, shanghaiDate, shanghaiInstant } from '../calendar';
import type { WriteTx } from '../db/change-writer';
import type { CallContext, Handlers } from '../rpc/handler-types';
import { catalogueHandlers } from './catalogue-handlers';
import { acknowledgeAlert, listAlerts } from './case-alerts';
import { applyAction, registerCase, type Actor, type Env } from './case-engine';
import { exportQueue } from './case-export';
import { locateGrid } from './case-locate';
import { queuePage, queueCounts } from './case-queues';
import { caseScopeOf, requireInScope, scopeCondition } from './case-scope';
import { auditedDetail, revealReporterPhone } from './case-audit';
import { servedUnitsAndGrids } from '../org/served-units';
import { assignees, caseIdByNumber } from './case-people';
import { caseDetail } from './case-repo';
import { dueWindow } from './sla-deadline';
import { callToday } from '../rpc/call-today';

export function actorOf(ctx: CallContext): Actor {
  const s = ctx.session;
  if (!s) throw new AppError('UNAUTHENTICATED');
  return { id: s.userId, name: s.displayName, permissions: ROLE_PERMISSIONS[s.role] };
}

export function envOf(ctx: CallContext, tx: WriteTx, actor: Actor): Env {
  return { tx, now: ctx.core.now(), actor, devicePrefix: ctx.core.device.prefix };
}

/** A grid worker sees and acknowledges only the alerts of the units they serve; other roles all. */
function servedUnits(ctx: CallContext): string[] | undefined {
  return ctx.session?.role === 'grid_worker' ? (servedUnitsAndGrids(ctx.core.db, ctx.session.userId, callToday(ctx)) ?? undefined) : undefined;
}

/** Throws NOT_FOUND unless the case is in the caller's scope (case-scope.ts). */
function inScope(ctx: CallContext, id: string): void {
  requireInScope(ctx.core.db, caseScopeOf(ctx.core.db, ctx.session, callToday(ctx)), id);
}

/** An action the role may never take is refused as such before any case is looked at. */
function requireActionPermission(actor: Actor, type: CaseActionType): void {
  const t = TRANSITIONS[type];
  if (!permits(t.permission, actor.permissions)) throw new AppError('FORBIDDEN', `当前账号无权${t.label}`);
}

const BULK_LABEL = { accept: '受理', dispatch: '派遣', urge: '催办' } as const;

const caseOnlyHandlers: Pick<
  Handlers,
  | 'cases.register'
  | 'cases.get'
  | 'cases.act'
  | 'cases.bulk'
  | 'cases.queue'
  | 'cases.queueCounts'
  | 'cases.export'
  | 'cases.duplicateHints'
  | 'cases.locate'
  | 'cases.alerts'
  | 'cases.ackAlert'
  | 'cases.assignees'
  | 'cases.byNumber'
  | 'cases.attachment'
  | 'cases.revealPhone'
> = {
  'cases.register': (input, ctx) => {
    const actor = actorOf(ctx);
    const id = ctx.core.writer.transaction(actor.id, (tx) => registerCase(envOf(ctx, tx, actor), input));
    return caseDetail(ctx.core.db, id, actor, ctx.core.now());
  },

  'cases.get': ({ id }, ctx) => {
    inScope(ctx, id);
    return auditedDetail(ctx, id, actorOf(ctx));
  },

  'cases.act': ({ id, action }, ctx) => {
    const actor = actorOf(ctx);
    requireActionPermission(actor, action.type);
    inScope(ctx, id);
    ctx.core.writer.transaction(actor.id, (tx) => applyAction(envOf(ctx, tx, actor), id, action));
    return auditedDetail(ctx, id, actor);
  },

  'cases.bulk': ({ ids, action }, ctx) => {
    const actor = actorOf(ctx);
    const unique = [...new Set(ids)];
    requireActionPermission(actor, action.type);
    for (const id of unique) inScope(ctx, id);
    const label = BULK_LABEL[action.type];
    const full: CaseActionInput = { ...action, attachments: [] } as CaseActionInput;
    return ctx.core.writer.transaction(actor.id, (tx) => {
      const env = envOf(ctx, tx, actor);
      const failures: AppError[] = [];
      for (const id of unique) {
        try {
          applyAction(env, id, full);
        } catch (err) {
          if (err instanceof AppError) failures.push(err);
          else throw err;
        }
      }
      if (failures.some((f) => f.code === 'FORBIDDEN')) throw new AppError('FORBIDDEN', `当前账号无权${label}`);
      if (failures.length) {
        const list = failures.slice(0, 20).map((f) => f.message).join('；');
        const more = failures.length > 20 ? `等${failures.length}件` : '';
        throw new AppError('INVALID_STATE', `有${failures.length}件事件不能${label}，全部未执行：${list}${more}`);
      }
      const numbers = tx.db.cached('SELECT number FROM case_record WHERE id IN (SELECT value FROM json_each(?)) ORDER BY number')
        .all(JSON.stringify(unique)) as { number: string }[];
      return { count: unique.length, numbers: numbers.map((n) => n.number) };
    });
  },

  'cases.queue': ({ queue, filter, sort, offset, limit }, ctx) => {
    const { db } = ctx.core;
    const window = dueWindow(db, ctx.core.now());
    return queuePage(db, { queue, filter, sort, viewer: { userId: ctx.actor, scope: caseScopeOf(db, ctx.session, callToday(ctx)) }, window }, offset, limit);
  },

  'cases.queueCounts': ({ filter }, ctx) => {
    const { db } = ctx.core;
    return queueCounts(db, filter, { userId: ctx.actor, scope: caseScopeOf(db, ctx.session, callToday(ctx)) }, dueWindow(db, ctx.core.now()));
  },

  'cases.export': (input, ctx) => exportQueue(ctx, actorOf(ctx), input),

  'cases.duplicateHints': ({ categoryId, gridId, days, excludeId }, ctx) => {
    const since = shanghaiInstant(addDays(shanghaiDate(ctx.core.now()), -days)).getTime();
    const params: Record<string, string | number> = { gridId, categoryId, since, excludeId: excludeId ?? '' };
    const scope = scopeCondition(caseScopeOf(ctx.core.db, ctx.session, callToday(ctx)), params);
    const rows = ctx.core.db.cached(`SELECT c.id, c.number, c.title, c.status, c.received_at, c.address FROM case_record c
         WHERE c.grid_id = @gridId AND c.done = 0 AND c.received_at >= @since AND (c.category_id = @categoryId OR c.subcategory_id = @categoryId) AND c.id <> @excludeId
         ${scope ? `AND ${scope}` : ''}
         ORDER BY c.received_at DESC LIMIT 10`,
      )
      .all(params) as {
      id: string;
      number: string;
      title: string;
      status: CaseStatus;
      received_at: number;
      address: string;
    }[];
    return rows.map((r): DuplicateHint => ({ id: r.id, number: r.number, title: r.title, status: r.status, receivedAt: r.received_at, address: r.address }));
  },

  'cases.locate': (input, ctx) => locateGrid(ctx.core.db, input),

  'cases.alerts': ({ unitId, includeAcknowledged }, ctx) => listAlerts(ctx.core.db, { unitId, includeAcknowledged, units: servedUnits(ctx) }),

  'cases.ackAlert': ({ id }, ctx) => {
    const actor = actorOf(ctx);
    if (!actor.permissions.includes('cases.handle') && !actor.permissions.includes('cases.dispatch')) throw new AppError('FORBIDDEN', '当前账号无权确认联动通报');
    const units = servedUnits(ctx);
    return ctx.core.writer.transaction(actor.id, (tx) => acknowledgeAlert(tx, id, actor, ctx.core.now(), units));
  },

  'cases.assignees': (_input, ctx) => assignees(ctx.core.db),

  'cases.byNumber': ({ number }, ctx) => {
    const found = caseIdByNumber(ctx.core.db, number);
    inScope(ctx, found.id);
    return found;
  },

  'cases.revealPhone': ({ id }, ctx) => {
    inScope(ctx, id);
    return revealReporterPhone(ctx, id);
  },

  'cases.attachment': ({ id }, ctx) => {
    const row = ctx.core.db.cached('SELECT id, case_id, name, mime, data FROM case_attachment WHERE id = ?').get(id) as
      | { id: string; case_id: string; name: string; mime: string; data: string }
      | undefined;
    if (!row) throw new AppError('NOT_FOUND', '附件不存在');
    inScope(ctx, row.case_id);
    return { id: row.id, name: row.name, mime: row.mime, dataBase64: row.data };
  },

};

/** The cases domain's methods in the contract (case-api.ts also carries the calendar's and the board's). */
type CaseMethod = Exclude<keyof typeof caseApi, `calendar.${string}` | `board.${string}`>;

export const caseHandlers: Pick<Handlers, CaseMethod> = {
  ...caseOnlyHandlers,
  ...catalogueHandlers,
};

