// PIPL audit of the cases domain (SPEC §7): a case read that returns the reporter's phone in
// full, a handler's one-off reveal of a masked phone (拨打/查看号码), and an export that
// carries full phone numbers, each leave a row in the local audit log.
import type { CaseDetail } from '../../../shared/cases/case-types';
import { OPEN_STATUSES, type CaseStatus } from '../../../shared/cases/case-workflow';
import { AppError } from '../../../shared/rpc/errors';
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

/**
 * The reporter's phone in full for a handler calling back (the caller checked the case is in
 * its scope): only while the case is still being handled, and always audited.
 */
export function revealReporterPhone(ctx: CallContext, id: string): { phone: string } {
  const row = ctx.core.db.cached('SELECT number, status, reporter_phone FROM case_record WHERE id = ?').get(id) as
    | { number: string; status: CaseStatus; reporter_phone: string | null }
    | undefined;
  if (!row) throw new AppError('NOT_FOUND', '事件不存在，或不在本账号的办理范围内');
  if (!row.reporter_phone) throw new AppError('NOT_FOUND', '该事件没有登记反映人电话');
  if (!OPEN_STATUSES.includes(row.status)) throw new AppError('INVALID_STATE', '事件已办结，不能再查看反映人电话');
  audit(ctx, { action: 'reveal.phone', table: 'case_record', recordId: id, detail: { number: row.number } });
  return { phone: row.reporter_phone };
}

/** Audits an export when it includes any unmasked phone; the detail names the rows, never the numbers. */
export function auditExport(ctx: CallContext, info: { queue: string; format: string; filter: unknown; rows: number; withPhone: number }): void {
  if (info.withPhone === 0) return;
  audit(ctx, { action: 'export.cases', table: 'case_record', detail: info });
}
