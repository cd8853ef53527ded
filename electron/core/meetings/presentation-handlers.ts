// Handlers of the slide on show (presenter mode).
import { AppError } from '../../../shared/rpc/errors';
import type { Handlers } from '../rpc/handler-types';

// Placeholder while the meetings issue is built (replaced by the real handlers in this session).
function notYet(): never {
  throw new AppError('INVALID_STATE', '例会功能尚在建设中');
}

type PresentationMethods = 'meetings.presentation' | 'meetings.present';

export const presentationHandlers: Pick<Handlers, PresentationMethods> = {
  'meetings.presentation': () => notYet(),
  'meetings.present': () => notYet(),
};
