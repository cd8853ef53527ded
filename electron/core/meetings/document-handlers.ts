// Handlers of a meeting's documents (minutes, agenda, slides, sign-in sheet) through the job service.
import { AppError } from '../../../shared/rpc/errors';
import type { Handlers } from '../rpc/handler-types';

// Placeholder while the meetings issue is built (replaced by the real handlers in this session).
function notYet(): never {
  throw new AppError('INVALID_STATE', '例会功能尚在建设中');
}

type DocumentMethods = 'meetings.exportMinutes' | 'meetings.exportAgenda' | 'meetings.exportSlides' | 'meetings.exportSignIn';

export const documentHandlers: Pick<Handlers, DocumentMethods> = {
  'meetings.exportMinutes': () => notYet(),
  'meetings.exportAgenda': () => notYet(),
  'meetings.exportSlides': () => notYet(),
  'meetings.exportSignIn': () => notYet(),
};
