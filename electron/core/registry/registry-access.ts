// Who may see what in the registry: masking of citizen IDs and phones ('sensitive.read')
// and the special populations ('special.read').
import { roleHas, type Permission } from '../../../shared/auth/roles';
import { AppError } from '../../../shared/rpc/errors';
import type { CallContext } from '../rpc/handler-types';

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
