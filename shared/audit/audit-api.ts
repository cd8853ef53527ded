// RPC methods of the audit log (操作审计): who read or changed what, when; spread into
// shared/api.ts.
import { z } from 'zod';
import { method, returns, type MethodDef } from '../rpc/contract';
import type { AuditEntry } from './audit-types';

const auditListInput = z.object({
  actorId: z.string().optional(),
  table: z.string().optional(),
  recordId: z.string().optional(),
  action: z.string().optional(),
  from: z.string().optional(),
  to: z.string().optional(),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(1000).default(100),
});

export const auditApi = {
  'audit.list': method({ input: auditListInput, output: returns<{ rows: AuditEntry[]; total: number }>(), access: 'users.manage' }),
} satisfies Record<string, MethodDef<z.ZodType, unknown>>;
