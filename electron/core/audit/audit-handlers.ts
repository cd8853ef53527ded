// Reading the audit log (administrators).
import type { Handlers } from '../rpc/handler-types';
import { listAudit } from './audit-log';

export const auditHandlers: Pick<Handlers, 'audit.list'> = {
  'audit.list': (input, ctx) => listAudit(ctx.core.db, input),
};
