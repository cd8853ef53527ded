// The day a call is made on (YYYY-MM-DD, Shanghai), by the core's clock: what scopes that change
// with the date (A/B cover during a leave) and the routine's "today" are decided by.
import { shanghaiDate } from '../calendar';
import type { CallContext } from './handler-types';

export function callToday(ctx: Pick<CallContext, 'core'>): string {
  return shanghaiDate(ctx.core.now());
}
