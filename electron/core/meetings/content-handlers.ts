// Handler of the agenda's generated content (shared/meetings/agenda-types.ts; docs/meetings.md
// "议程自动生成"): live for a meeting not yet finished, as frozen at its end for a finished one
// (meeting-content.ts, which the slides read too).
import { callToday } from '../rpc/call-today';
import type { Handlers } from '../rpc/handler-types';
import { meetingContent } from './meeting-content';
import { meetingDetail } from './meeting-store';

type ContentMethods = 'meetings.content';

export const contentHandlers: Pick<Handlers, ContentMethods> = {
  'meetings.content': ({ meetingId }, ctx) => {
    const today = callToday(ctx);
    return meetingContent(ctx.core.db, meetingDetail(ctx.core.db, meetingId, today), today, ctx.core.now());
  },
};
