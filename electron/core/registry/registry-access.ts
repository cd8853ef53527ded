// Who may see what in the registry: masking of citizen IDs and phones ('sensitive.read')
// and the special populations ('special.read').
import { roleHas, type Permission } from '../../../shared/auth/roles';
import { PEOPLE_LEDGER_KINDS, type LedgerKind } from '../../../shared/registry/registry-types';
import { AppError } from '../../../shared/rpc/errors';
import { audit } from '../audit/audit-log';
import type { CallContext } from '../rpc/handler-types';
import { searchKind } from './queries/query-kit';

/** Exact ID/phone lookups a masked account may make: so many per 10 minutes and per day. */
export const EXACT_LOOKUP_LIMITS = [
  { windowMs: 10 * 60_000, max: 20 },
  { windowMs: 24 * 3_600_000, max: 200 },
] as const;

export function can(ctx: CallContext, permission: Permission): boolean {
  return !!ctx.session && roleHas(ctx.session.role, permission);
}

export function requireSpecial(ctx: CallContext): void {
  if (!can(ctx, 'special.read')) throw new AppError('FORBIDDEN', '当前账号无权查看特殊人群信息');
}

/** Whether a list/export shows plain values: only when asked for and allowed. */
export function revealFor(ctx: CallContext, reveal: boolean | undefined): boolean {
  if (!reveal) return false;
  if (!can(ctx, 'sensitive.read')) throw new AppError('FORBIDDEN', '当前账号无权查看身份证号、电话等敏感信息');
  return true;
}

/**
 * A list of people taken away as a file is personal data in bulk, masked or not (a masked row
 * still names the person and where they live): only accounts that may see it whole export it.
 */
export function requireBulkExport(ctx: CallContext, kind: LedgerKind): void {
  if (PEOPLE_LEDGER_KINDS.has(kind) && !can(ctx, 'sensitive.read')) {
    throw new AppError('FORBIDDEN', '导出人员、房屋或特殊人群台账需要“查看敏感信息”权限，请联系管理员');
  }
}

/**
 * A masked account cannot search IDs and phones by fragment, only by the whole number — which
 * still answers "is this the number?". So each such lookup is audited, and they are limited
 * (counted in the audit log, so every reader worker and a restart see the same count).
 */
export function guardExactLookup(ctx: CallContext, table: string, search: string | undefined): void {
  const q = search?.trim();
  if (!q || searchKind(q) !== 'digits' || can(ctx, 'sensitive.read') || !ctx.session) return;
  const now = ctx.core.now();
  for (const { windowMs, max } of EXACT_LOOKUP_LIMITS) {
    const since = new Date(now - windowMs).toISOString();
    const { n } = ctx.core.db
      .cached("SELECT count(*) AS n FROM audit_log WHERE actor = ? AND at >= ? AND action = 'lookup.exact'")
      .get(ctx.session.userId, since) as { n: number };
    if (n >= max) throw new AppError('LOOKUP_THROTTLED');
  }
  audit(ctx, { action: 'lookup.exact', table, detail: { digits: q.replace(/\D/g, '').length } });
}
