// Error codes carried across the RPC boundary, each with a Chinese message for users.

export const ERROR_MESSAGES = {
  UNKNOWN_METHOD: '不支持的操作',
  BAD_INPUT: '输入内容有误',
  UNAUTHENTICATED: '请先登录',
  FORBIDDEN: '当前账号无权执行此操作',
  NOT_FOUND: '记录不存在或已被删除',
  CONFLICT: '数据冲突',
  INVALID_STATE: '当前状态下不能执行此操作',
  LOGIN_FAILED: '用户名或密码错误',
  LOGIN_THROTTLED: '登录失败次数过多，请稍后再试',
  LOOKUP_THROTTLED: '按身份证号或电话精确查找过于频繁，请稍后再试',
  PASSWORD_CHANGE_REQUIRED: '请先修改初始密码，再使用其他功能',
  ALREADY_SET_UP: '系统已完成初始化',
  NOT_SET_UP: '系统尚未初始化',
  CANCELLED: '操作已取消',
  INTERNAL: '系统内部错误，请联系管理员',
  TRANSPORT: '无法连接到指挥台服务',
} as const;

export type ErrorCode = keyof typeof ERROR_MESSAGES;

export interface ApiErrorShape {
  code: ErrorCode;
  message: string;
  /** Field-level details, e.g. which input path was wrong. */
  details?: { path: string; message: string }[];
}

/** Thrown by domain code for a user-facing failure; the dispatcher maps it to {code, message}. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details?: { path: string; message: string }[];
  constructor(code: ErrorCode, message?: string, details?: { path: string; message: string }[]) {
    super(message ?? ERROR_MESSAGES[code]);
    this.code = code;
    this.details = details;
    this.name = 'AppError';
  }
  toShape(): ApiErrorShape {
    return { code: this.code, message: this.message, details: this.details };
  }
}

export type RpcResult<T> = { ok: true; data: T } | { ok: false; error: ApiErrorShape };
