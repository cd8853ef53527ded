// A failed RPC call as the renderer sees it: a code and a Chinese message for the user.
import type { ApiErrorShape, ErrorCode } from '../../../shared/rpc/errors';
import { ERROR_MESSAGES } from '../../../shared/rpc/errors';

export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly details: { path: string; message: string }[];
  constructor(shape: ApiErrorShape) {
    super(shape.message || ERROR_MESSAGES[shape.code] || ERROR_MESSAGES.INTERNAL);
    this.name = 'ApiError';
    this.code = shape.code;
    this.details = shape.details ?? [];
  }
}

/** The Chinese message of any error thrown at us. */
export function errorMessage(err: unknown): string {
  if (err instanceof ApiError) return err.message;
  return ERROR_MESSAGES.INTERNAL;
}
