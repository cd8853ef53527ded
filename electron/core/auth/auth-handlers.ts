// Sign-in, sign-out, the current user, and account management.
import { ulid } from 'ulid';
import { ROLE_PERMISSIONS } from '../../../shared/auth/roles';
import type { SessionUser } from '../../../shared/api';
import { AppError } from '../../../shared/rpc/errors';
import type { CallContext, Handlers } from '../rpc/handler-types';
import { countUsers, findUserById, findUsersByName, listUsers, toUserRow, type UserDbRow } from './user-repo';
import { getDepartment } from '../org/org-repo';
import { accountGrids } from '../org/served-units';
import type { ReadDb } from '../db/read-db';
import { audit } from '../audit/audit-log';
import { callToday } from '../rpc/call-today';

/** The signed-in account as the renderer sees it; `today` decides which covered grids it serves (A/B cover). */
export function sessionUser(db: ReadDb, u: Pick<UserDbRow, 'id' | 'username' | 'display_name' | 'role' | 'must_change'>, today: string): SessionUser {
  return {
    id: u.id,
    username: u.username,
    displayName: u.display_name,
    role: u.role,
    permissions: [...ROLE_PERMISSIONS[u.role]],
    mustChangePassword: u.must_change === 1,
    grids: accountGrids(db, u.id, u.role, today),
  };
}

function requireSession(ctx: CallContext) {
  if (!ctx.session) throw new AppError('UNAUTHENTICATED');
  return ctx.session;
}

const RENEW_AFTER_MS = 24 * 60 * 60_000;

const asActor = (u: UserDbRow) => ({ id: u.id, name: u.display_name, role: u.role });

export const authHandlers: Pick<
  Handlers,
  'auth.login' | 'auth.logout' | 'auth.me' | 'auth.renew' | 'auth.changePassword' | 'users.list' | 'users.create' | 'users.update'
> = {
  // Async: the password check runs scrypt off the core's thread (~0.5 s at OWASP's cost).
  'auth.login': async ({ username, password }, ctx) => {
    const { core, client } = ctx;
    if (countUsers(core.db) === 0) throw new AppError('NOT_SET_UP');
    const wait = core.throttle.waitMs(username, client);
    if (wait > 0) throw new AppError('LOGIN_THROTTLED', `登录失败次数过多，请 ${Math.ceil(wait / 1000)} 秒后再试`);
    // The account whose password this is: a user name that two PCs created apart names two
    // accounts until they are merged, each with its own password; never the other one.
    const candidates = findUsersByName(core.db, username);
    const matching: UserDbRow[] = [];
    for (const c of candidates.length > 0 ? candidates : [undefined]) {
      if ((await core.secrets.check(c?.id ?? null, password)) && c) matching.push(c);
    }
    if (matching.length > 1) {
      // Two accounts with this name and this password: which one is meant cannot be told.
      audit(ctx, { action: 'login.failed', table: 'user_account', recordId: matching[0]!.id, detail: { username, client, reason: 'ambiguous' }, actor: asActor(matching[0]!) });
      throw new AppError('CONFLICT', '该用户名对应两个以上的账号（不同电脑分别创建），请联系管理员在“数据同步”中合并后再登录');
    }
    const user = matching[0];
    if (!user) {
      const named = candidates[0];
      core.throttle.fail(username, client);
      audit(ctx, { action: 'login.failed', table: 'user_account', recordId: named?.id ?? null, detail: { username, client }, actor: named ? asActor(named) : undefined });
      throw new AppError('LOGIN_FAILED');
    }
    if (user.disabled) {
      audit(ctx, { action: 'login.failed', table: 'user_account', recordId: user.id, detail: { username, client, reason: 'disabled' }, actor: asActor(user) });
      throw new AppError('FORBIDDEN', '该账号已停用，请联系管理员');
    }
    core.throttle.succeed(username, client);
    const token = core.sessions.create(user.id);
    audit(ctx, { action: 'login', table: 'user_account', recordId: user.id, detail: { client }, actor: asActor(user) });
    return { token, user: sessionUser(core.db, user, callToday(ctx)) };
  },
  'auth.logout': (_input, ctx) => {
    const s = requireSession(ctx);
    ctx.core.sessions.revoke(s.token);
    audit(ctx, { action: 'logout', table: 'user_account', recordId: s.userId });
    return { ok: true };
  },
  'auth.me': (_input, ctx) => {
    const s = requireSession(ctx);
    const u = findUserById(ctx.core.db, s.userId);
    if (!u) throw new AppError('UNAUTHENTICATED');
    return sessionUser(ctx.core.db, u, callToday(ctx));
  },
  'auth.renew': (_input, ctx) => {
    const s = requireSession(ctx);
    if (s.role !== 'display') throw new AppError('FORBIDDEN', '只有值班大屏账号可以续期登录，其他账号请重新登录');
    // A session signed in less than a day ago is kept as it is.
    const token = ctx.core.now() - s.createdAt < RENEW_AFTER_MS ? s.token : ctx.core.sessions.rotate(s.token, s.userId);
    return { token, user: sessionUser(ctx.core.db, findUserById(ctx.core.db, s.userId)!, callToday(ctx)) };
  },
  'auth.changePassword': async ({ oldPassword, newPassword }, ctx) => {
    const s = requireSession(ctx);
    if (newPassword === oldPassword) throw new AppError('BAD_INPUT', '新密码不能与原密码相同');
    if (!(await ctx.core.secrets.check(s.userId, oldPassword))) throw new AppError('LOGIN_FAILED', '原密码不正确');
    const hash = await ctx.core.secrets.hashAsync(newPassword);
    ctx.core.writer.transaction(ctx.actor, () => {
      ctx.core.secrets.set(s.userId, { hash }, { mustChange: false });
      audit(ctx, { action: 'password.change', table: 'user_account', recordId: s.userId });
    });
    // Everyone else holding this account's sessions is signed out (their sockets close).
    ctx.core.sessions.revokeUser(s.userId, s.token);
    return { ok: true };
  },
  'users.list': (_input, { core }) => listUsers(core.db).map(toUserRow),
  'users.create': ({ username, displayName, role, password, departmentId, mustChangePassword }, ctx) => {
    if (departmentId) getDepartment(ctx.core.db, departmentId);
    const id = ulid();
    ctx.core.writer.transaction(ctx.actor, (tx) => {
      tx.insert('user_account', {
        id,
        username,
        display_name: displayName,
        role,
        disabled: 0,
        department_id: departmentId ?? null,
        created_at: new Date(ctx.core.now()).toISOString(),
      });
      ctx.core.secrets.set(id, { password }, { mustChange: mustChangePassword ?? false });
      audit(ctx, { action: 'account.create', table: 'user_account', recordId: id, detail: { username, role, mustChangePassword: mustChangePassword ?? false } });
    });
    return toUserRow(findUserById(ctx.core.db, id)!);
  },
  'users.update': ({ id, displayName, role, disabled, password, departmentId, mustChangePassword }, ctx) => {
    const u = findUserById(ctx.core.db, id);
    if (!u) throw new AppError('NOT_FOUND', '账号不存在');
    if (departmentId) getDepartment(ctx.core.db, departmentId);
    if (ctx.session?.userId === id && (disabled || (role && role !== 'admin' && u.role === 'admin'))) {
      throw new AppError('INVALID_STATE', '不能停用自己或取消自己的管理员角色');
    }
    if (disabled === false && u.disabled === 1 && !password && !u.has_password) {
      throw new AppError('INVALID_STATE', '该账号在本机还没有密码，启用时请同时为其设置密码');
    }
    ctx.core.writer.transaction(ctx.actor, (tx) => {
      const changed = tx.update('user_account', id, {
        display_name: displayName,
        role,
        disabled: disabled === undefined ? undefined : disabled ? 1 : 0,
        department_id: departmentId,
      });
      if (password) ctx.core.secrets.set(id, { password }, { mustChange: mustChangePassword ?? false });
      const fields = password ? [...changed, 'password'] : changed;
      if (fields.length > 0) audit(ctx, { action: 'account.update', table: 'user_account', recordId: id, detail: { username: u.username, fields, role, disabled } });
    });
    if (disabled || role || password) ctx.core.sessions.revokeUser(id);
    // An administrator who sets a password or re-enables the account lifts its sign-in lock.
    if (password || disabled === false) ctx.core.throttle.clearAccount(u.username);
    return toUserRow(findUserById(ctx.core.db, id)!);
  },
};
