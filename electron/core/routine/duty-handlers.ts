// Handlers of the centre's duty roster (值班表: read by every routine reader, today's duty on the
// wall board, arranged by the administrator and the director) and of the workers' status.
import type { routineApi } from '../../../shared/routine/routine-api';
import { shanghaiDate } from '../calendar';
import type { Handlers } from '../rpc/handler-types';
import { dutyMonth, dutyOn, saveDuty } from './duty-roster';
import { routineScopeOf } from './routine-scope';
import { workerStatuses } from './staff-status';

type DutyMethod = Extract<keyof typeof routineApi, 'routine.dutyMonth' | 'routine.dutyToday' | 'routine.saveDuty' | 'routine.staffStatus'>;

export const dutyHandlers: Pick<Handlers, DutyMethod> = {
  'routine.dutyMonth': ({ month }, ctx) => dutyMonth(ctx.core.db, month, shanghaiDate(ctx.core.now())),
  'routine.dutyToday': (_input, ctx) => dutyOn(ctx.core.db, shanghaiDate(ctx.core.now())),
  'routine.saveDuty': (input, ctx) => {
    const now = ctx.core.now();
    return saveDuty(ctx.core.db, ctx.core.writer, ctx.actor, now, shanghaiDate(now), input);
  },
  'routine.staffStatus': (_input, ctx) => {
    const today = shanghaiDate(ctx.core.now());
    return workerStatuses(ctx.core.db, today, routineScopeOf(ctx.core.db, ctx.session, today).grids);
  },
};
