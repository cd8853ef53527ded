// RPC methods of the audit log (操作审计): who read or changed what, when; its integrity check
// and its export. Spread into shared/api.ts.
import { z } from 'zod';
import { method, returns, type MethodDef } from '../rpc/contract';
import type { JobStarted } from '../jobs/job-types';
import type { AuditEntry } from './audit-types';

const auditFilter = {
  actorId: z.string().max(64).optional(),
  table: z.string().max(64).optional(),
  recordId: z.string().max(64).optional(),
  action: z.string().max(64).optional(),
  from: z.string().max(40).optional(),
  to: z.string().max(40).optional(),
};

const auditListInput = z.object({
  ...auditFilter,
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(1000).default(100),
});

export const auditExportInput = z.object(auditFilter);

export const auditApi = {
  'audit.list': method({ input: auditListInput, output: returns<{ rows: AuditEntry[]; total: number }>(), access: 'users.manage', reads: ['audit_log'] }),
  /** Walks the whole hash chain in chunks (a job; `jobs.result` gives an AuditVerifyResult). */
  'audit.verify': method({ input: z.object({}), output: returns<JobStarted>(), access: 'users.manage', job: true }),
  /** The filtered log as an xlsx file (a job; `jobs.result` gives a FileResult); audited itself. */
  'audit.export': method({ input: auditExportInput, output: returns<JobStarted>(), access: 'users.manage', job: true }),
} satisfies Record<string, MethodDef<z.ZodType, unknown>>;
