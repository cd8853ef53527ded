// The one entry point for every RPC call, whichever host carries it: looks up the method,
// checks the session and permission, validates input with the contract's zod schema, runs
// the handler and maps any failure to {code, message} with a Chinese message.
//
// Handlers may be async. A synchronous handler's answer comes back synchronously (so the
// in-process core stays a plain function call); an async one's as a promise. On the writer
// every call runs as the connection's only user (core.exclusive), except the job methods,
// which must get through while a long write job holds the connection (e.g. to cancel it), and
// `unlocked` methods, which take the connection themselves around their own writes.
import { z } from 'zod';
import { api, type MethodName } from '../../../shared/api';
import { roleHas, type Permission } from '../../../shared/auth/roles';
import { AppError, ERROR_MESSAGES, type RpcResult } from '../../../shared/rpc/errors';
import type { CallContext, CoreServices, Handlers } from './handler-types';

z.config(z.locales.zhCN());

export interface DispatchLog {
  error(message: string, err: unknown): void;
}

export type MaybePromise<T> = T | Promise<T>;

/** What a session that must change its password may still do. */
const BEFORE_PASSWORD_CHANGE: ReadonlySet<string> = new Set(['auth.me', 'auth.logout', 'auth.changePassword']);

function isMethod(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(api, name);
}

function sqliteError(err: unknown): AppError | null {
  const code = (err as { code?: unknown })?.code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return null;
  if (code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY') return new AppError('CONFLICT', '记录重复：编码或名称已存在');
  if (code.startsWith('SQLITE_CONSTRAINT')) return new AppError('CONFLICT', '数据不符合约束，操作未执行');
  if (code === 'SQLITE_BUSY') return new AppError('INTERNAL', '数据库忙，请稍后重试');
  return null;
}

export function createDispatcher(core: CoreServices, handlers: Handlers, log: DispatchLog = console) {
  const failure = (methodName: string, err: unknown): RpcResult<unknown> => {
    if (err instanceof AppError) return { ok: false, error: err.toShape() };
    const mapped = sqliteError(err);
    if (mapped) return { ok: false, error: mapped.toShape() };
    log.error(`RPC ${methodName} failed`, err);
    return { ok: false, error: { code: 'INTERNAL', message: ERROR_MESSAGES.INTERNAL } };
  };

  const run = (token: string | null | undefined, methodName: MethodName, rawInput: unknown, client: string): MaybePromise<RpcResult<unknown>> => {
    try {
      const def = api[methodName];
      // Job calls look the session up without writing: they may run while a write job holds the connection.
      const session = token ? core.sessions.resolve(token, def.runsOn !== 'job') : null;
      if (def.access !== 'public') {
        if (!session) throw new AppError('UNAUTHENTICATED');
        if (def.access !== 'session' && !roleHas(session.role, def.access as Permission)) throw new AppError('FORBIDDEN');
      }
      if (session?.mustChangePassword && def.access !== 'public' && !BEFORE_PASSWORD_CHANGE.has(methodName)) throw new AppError('PASSWORD_CHANGE_REQUIRED');
      // The wall display writes nothing — except its own password, which it may be made to change.
      if (def.writes && session?.role === 'display' && methodName !== 'auth.changePassword') throw new AppError('FORBIDDEN', '值班大屏账号只能查看，不能修改数据');
      const parsed = (def.input as z.ZodType).safeParse(rawInput ?? {});
      if (!parsed.success) {
        const details = parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
        const first = details[0];
        throw new AppError('BAD_INPUT', `${ERROR_MESSAGES.BAD_INPUT}：${first ? (first.path ? `${first.path} ` : '') + first.message : ''}`, details);
      }
      const ctx: CallContext = { core, session, actor: session?.userId ?? null, client };
      const handler = handlers[methodName] as (input: unknown, ctx: CallContext) => unknown;
      const data = handler(parsed.data, ctx);
      if (data instanceof Promise) return data.then((d: unknown) => ({ ok: true as const, data: d }), (err: unknown) => failure(methodName, err));
      return { ok: true, data };
    } catch (err) {
      return failure(methodName, err);
    }
  };

  return function dispatch(token: string | null | undefined, methodName: string, rawInput: unknown, client = 'local'): MaybePromise<RpcResult<unknown>> {
    if (!isMethod(methodName)) {
      return failure(methodName, new AppError('UNKNOWN_METHOD', `${ERROR_MESSAGES.UNKNOWN_METHOD}：${String(methodName).slice(0, 60)}`));
    }
    const def = api[methodName];
    if (core.role === 'reader' && def.runsOn === 'writer') {
      return failure(methodName, new Error(`${methodName} must run on the writer, not on a reader`));
    }
    if (def.runsOn === 'job' || def.unlocked || core.role === 'reader') return run(token, methodName, rawInput, client);
    try {
      return core.exclusive(() => run(token, methodName, rawInput, client));
    } catch (err) {
      return failure(methodName, err);
    }
  };
}

export type Dispatch = ReturnType<typeof createDispatcher>;
