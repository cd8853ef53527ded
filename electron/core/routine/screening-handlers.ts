// Handlers of the dispute screening (矛盾纠纷排查) and mediation records: the routine scope's
// grids on the server (a grid worker its own grids, a supervisor its area, the centre the
// town); a grid worker records the screening as itself.
import type { routineApi } from '../../../shared/routine/routine-api';
import { AppError } from '../../../shared/rpc/errors';
import { shanghaiDate } from '../calendar';
import { caseScopeOf, requireInScope } from '../cases/case-scope';
import { gridServed } from '../registry/registry-scope';
import type { CallContext, Handlers } from '../rpc/handler-types';
import { routineScopeOf } from './routine-scope';
import { screeningRows } from './screening-queries';
import { getScreening, saveMediation, saveScreening, type ScreeningAccess, type ScreeningEnv } from './screenings';

type ScreeningMethod = Extract<keyof typeof routineApi, 'routine.screenings' | 'routine.screening' | 'routine.saveScreening' | 'routine.saveMediation'>;

const today = (ctx: CallContext) => shanghaiDate(ctx.core.now());

const grids = (ctx: CallContext) => routineScopeOf(ctx.core.db, ctx.session, today(ctx)).grids;

function access(ctx: CallContext): ScreeningAccess {
  const { db } = ctx.core;
  const caseScope = caseScopeOf(db, ctx.session, today(ctx));
  return {
    grids: grids(ctx),
    personVisible: (gridId) => gridServed(ctx, gridId),
    requireCase: (caseId) => {
      if (!db.cached('SELECT 1 FROM case_record WHERE id = ?').get(caseId)) throw new AppError('NOT_FOUND', '关联的事件不存在');
      requireInScope(db, caseScope, caseId);
    },
  };
}

function env(ctx: CallContext): ScreeningEnv {
  const now = ctx.core.now();
  return { db: ctx.core.db, writer: ctx.core.writer, actorId: ctx.actor, now, today: shanghaiDate(now) };
}

export const screeningHandlers: Pick<Handlers, ScreeningMethod> = {
  'routine.screenings': ({ from, to, villageId, gridId }, ctx) =>
    screeningRows(ctx.core.db, { from, to }, today(ctx), grids(ctx), { villageId, gridId }),

  'routine.screening': ({ id }, ctx) => getScreening(ctx.core.db, grids(ctx), id),

  'routine.saveScreening': (input, ctx) => {
    const { db } = ctx.core;
    const scope = routineScopeOf(db, ctx.session, today(ctx));
    let staffId = input.staffId ?? null;
    if (ctx.session?.role === 'grid_worker') {
      if (!scope.ownStaff) throw new AppError('INVALID_STATE', '当前账号未关联网格员档案，请管理员在“组织架构”中关联后再登记排查');
      if (staffId && staffId !== scope.ownStaff) throw new AppError('FORBIDDEN', '网格员只能以本人名义登记排查');
      staffId = scope.ownStaff;
    } else staffId ??= scope.ownStaff;
    const a = access(ctx);
    const id = saveScreening(env(ctx), a, staffId, input);
    return getScreening(db, a.grids, id);
  },

  'routine.saveMediation': (input, ctx) => saveMediation(env(ctx), access(ctx), input),
};
