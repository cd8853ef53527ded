// Handlers of the role start screens (shared/start/start-api.ts).
import { AppError } from '../../../shared/rpc/errors';
import { callToday } from '../rpc/call-today';
import type { Handlers } from '../rpc/handler-types';
import { caseFocus } from './case-focus';
import { monthFigures } from './month-figures';

export const startHandlers: Pick<Handlers, 'start.focus' | 'start.month'> = {
  'start.focus': ({ group, limit }, ctx) => {
    if (!ctx.session) throw new AppError('UNAUTHENTICATED');
    return caseFocus(ctx.core.db, ctx.session, callToday(ctx), ctx.core.now(), group, limit);
  },
  'start.month': (_input, ctx) => monthFigures(ctx.core.db, ctx.core.now()),
};
