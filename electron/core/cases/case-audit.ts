// PIPL audit of the cases domain (SPEC §7): a case read that returns the reporter's phone in
// full, and an export that carries full phone numbers, each leave a row in the local audit log.
import type { CaseDetail } from '../../../shared/cases/case-types';
import { audit } from '../audit/audit-log';
import type { CallContext } from '../rpc/handler-types';
import type { Actor } from './case-engine';
import { caseDetail } from './case-repo';

/** The case's detail for `actor`, audited when it shows the reporter's phone unmasked. */
export function auditedDetail(ctx: CallContext, id: string, actor: Actor): CaseDetail {
  const d = caseDetail(ctx.core.db, id, actor, ctx.core.now());
  if (d.reporterPhone && !d.reporterPhoneMasked) audit(ctx, { action: 'read.case', table: 'case_record', recordId: d.id, detail: { number: d.number } });
  return d;
}

/** Audits an export when it includes any unmasked phone; the detail names the rows, never the numbers. */
export function auditExport(ctx: CallContext, info: { queue: string; format: string; filter: unknown; rows: number; withPhone: number }): void {
  if (info.withPhone === 0) return;
  audit(ctx, { action: 'export.cases', table: 'case_record', detail: info });
}
