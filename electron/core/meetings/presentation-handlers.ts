// Handlers of the slide on show (presenter mode): read it, move it (one transaction).
import { AppError } from '../../../shared/rpc/errors';
import type { Handlers } from '../rpc/handler-types';
import { presentTx, readPresentation } from './presentation-state';

type PresentationMethods = 'meetings.presentation' | 'meetings.present';

export const presentationHandlers: Pick<Handlers, PresentationMethods> = {
  'meetings.presentation': (input, ctx) => readPresentation(ctx.core.db, input.meetingId),

  'meetings.present': (input, ctx) => {
    if (!ctx.session) throw new AppError('UNAUTHENTICATED');
    const { userId, displayName } = ctx.session;
    return ctx.core.writer.transaction(userId, (tx) => presentTx(tx, input, displayName, ctx.core.now()));
  },
};
