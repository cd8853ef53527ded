// Handlers of a meeting's records (shared/meetings/meetings-api.ts).
import { AppError } from '../../../shared/rpc/errors';
import type { Handlers } from '../rpc/handler-types';

// Placeholder while the meetings issue is built (replaced by the real handlers in this session).
function notYet(): never {
  throw new AppError('INVALID_STATE', '例会功能尚在建设中');
}

type MeetingMethods = 'meetings.calendar' | 'meetings.get' | 'meetings.create' | 'meetings.update' | 'meetings.saveItem' | 'meetings.removeItem' | 'meetings.reorder' | 'meetings.start' | 'meetings.recordItem' | 'meetings.finish' | 'meetings.cancel' | 'meetings.addAttendee' | 'meetings.signIn' | 'meetings.addTask' | 'meetings.clearTask' | 'meetings.tasks' | 'meetings.carries' | 'meetings.resolveCarry';

export const meetingHandlers: Pick<Handlers, MeetingMethods> = {
  'meetings.calendar': () => notYet(),
  'meetings.get': () => notYet(),
  'meetings.create': () => notYet(),
  'meetings.update': () => notYet(),
  'meetings.saveItem': () => notYet(),
  'meetings.removeItem': () => notYet(),
  'meetings.reorder': () => notYet(),
  'meetings.start': () => notYet(),
  'meetings.recordItem': () => notYet(),
  'meetings.finish': () => notYet(),
  'meetings.cancel': () => notYet(),
  'meetings.addAttendee': () => notYet(),
  'meetings.signIn': () => notYet(),
  'meetings.addTask': () => notYet(),
  'meetings.clearTask': () => notYet(),
  'meetings.tasks': () => notYet(),
  'meetings.carries': () => notYet(),
  'meetings.resolveCarry': () => notYet(),
};
