// Handler of the agenda's generated content (shared/meetings/agenda-types.ts).
import { AppError } from '../../../shared/rpc/errors';
import type { Handlers } from '../rpc/handler-types';

// Placeholder while the meetings issue is built (replaced by the real handlers in this session).
function notYet(): never {
  throw new AppError('INVALID_STATE', '例会功能尚在建设中');
}

type ContentMethods = 'meetings.content';

export const contentHandlers: Pick<Handlers, ContentMethods> = {
  'meetings.content': () => notYet(),
};
