// Sign-in, sign-out, the current user, and account management.
import { ulid } from 'ulid';
import { ROLE_PERMISSIONS } from '../../../shared/auth/roles';
import type { SessionUser } from '../../../shared/api';
import { AppError } from '../../../shared/rpc/errors';
import type { CallContext, Handlers } from '../rpc/handler-types';
import { hashPassword, verifyPassword } from './password';
import { countUsers, findUserById, findUserByName, listUsers, toUserRow } from './user-repo';
import { getDepartment } from '../org/org-repo';

export function sessionUser(u: { id: string; username: string; display_name: string; role: SessionUser['role'] }): SessionUser {
  return { id: u.id, username: u.username, displayName: u.display_name, role: u.role, permissions: [...ROLE_PERMISSIONS[u.role]] };
}

function requireSession(ctx: CallContext) {
  if (!ctx.session) throw new AppError('UNAUTHENTICATED');
  return ctx.session;
}

export const authHandlers: Pick<
  Handlers,
  'auth.login' | 'auth.logout' | 'auth.me' | 'auth.changePassword' | 'users.list' | 'users.create' | 'users.update'
> = {
  'auth.login': ({ username, password }, { core }) => {
    if (countUsers(core.db) === 0) throw new AppError('NOT_SET_UP');
    const wait = core.throttle.waitMs(username);
    if (wait > 0) throw new AppError('LOGIN_THROTTLED', `登录失败次数过多，请 ${Math.ceil(wait / 1000)} 秒后再试`);
    const user = findUserByName(core.db, username);
    const ok = user ? verifyPassword(password, user.password_hash) : (hashPassword(password), false);
    if (!user || !ok) {
      core.throttle.fail(username);
      throw new AppError('LOGIN_FAILED');
    }
    if (user.disabled) throw new AppError('FORBIDDEN', '该账号已停用，请联系管理员');
    core.throttle.succeed(username);
    return { token: core.sessions.create(user.id), user: sessionUser(user) };
  },
  'auth.logout': (_input, ctx) => {
    ctx.core.sessions.revoke(requireSession(ctx).token);
    return { ok: true };
  },
  'auth.me': (_input, ctx) => {
    const s = requireSession(ctx);
    const u = findUserById(ctx.core.db, s.userId);
    if (!u) throw new AppError('UNAUTHENTICATED');
    return sessionUser(u);
  },
  'auth.changePassword': ({ oldPassword, newPassword }, ctx) => {
    const s = requireSession(ctx);
    const u = findUserById(ctx.core.db, s.userId)!;
    if (!verifyPassword(oldPassword, u.password_hash)) throw new AppError('LOGIN_FAILED', '原密码不正确');
    ctx.core.writer.transaction(ctx.actor, (tx) => tx.update('user_account', u.id, { password_hash: hashPassword(newPassword) }));
    return { ok: true };
  },
  'users.list': (_input, { core }) => listUsers(core.db).map(toUserRow),
  'users.create': ({ username, displayName, role, password, departmentId }, ctx) => {
    if (findUserByName(ctx.core.db, username)) throw new AppError('CONFLICT', `用户名“${username}”已存在`);
    if (departmentId) getDepartment(ctx.core.db, departmentId);
    const id = ulid();
    ctx.core.writer.transaction(ctx.actor, (tx) =>
      tx.insert('user_account', {
        id,
        username,
        display_name: displayName,
        role,
        password_hash: hashPassword(password),
        disabled: 0,
        department_id: departmentId ?? null,
        created_at: new Date(ctx.core.now()).toISOString(),
      }),
    );
    return toUserRow(findUserById(ctx.core.db, id)!);
  },
  'users.update': ({ id, displayName, role, disabled, password, departmentId }, ctx) => {
    const u = findUserById(ctx.core.db, id);
    if (!u) throw new AppError('NOT_FOUND', '账号不存在');
    if (departmentId) getDepartment(ctx.core.db, departmentId);
    if (ctx.session?.userId === id && (disabled || (role && role !== 'admin' && u.role === 'admin'))) {
      throw new AppError('INVALID_STATE', '不能停用自己或取消自己的管理员角色');
    }
    ctx.core.writer.transaction(ctx.actor, (tx) =>
      tx.update('user_account', id, {
        display_name: displayName,
        role,
        disabled: disabled === undefined ? undefined : disabled ? 1 : 0,
        password_hash: password ? hashPassword(password) : undefined,
        department_id: departmentId,
      }),
    );
    if (disabled || role || password) ctx.core.sessions.revokeUser(id);
    return toUserRow(findUserById(ctx.core.db, id)!);
  },
};
