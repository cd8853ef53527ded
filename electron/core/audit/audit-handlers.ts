// The audit log for administrators: reading it, verifying its hash chain, exporting it.
import type { Handlers } from '../rpc/handler-types';
import { startJob } from '../jobs/start-job';
import { verifyChain } from './audit-chain';
import { exportAudit } from './audit-export';
import { audit, listAudit } from './audit-log';

export const auditHandlers: Pick<Handlers, 'audit.list' | 'audit.verify' | 'audit.export'> = {
  'audit.list': (input, ctx) => listAudit(ctx.core.db, input),
  'audit.verify': (_input, ctx) =>
    startJob(ctx, {
      kind: 'audit.verify',
      title: '校验审计日志',
      steps: ['逐条校验'],
      work: async (job) => {
        job.step('逐条校验');
        const result = await verifyChain(ctx.core.db, {
          now: ctx.core.now,
          exclusive: ctx.core.exclusive,
          onChunk: async (checked, total) => {
            job.progress(checked, total);
            await job.pause();
          },
        });
        audit(ctx, { action: 'audit.verify', table: 'audit_log', detail: { ok: result.ok, checked: result.checked, brokenAt: result.broken?.seq ?? null } });
        return result;
      },
    }),
  'audit.export': (input, ctx) => exportAudit(ctx, input),
};
