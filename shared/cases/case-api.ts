// RPC methods of the cases domain (事件闭环), spread into shared/api.ts.
import type { z } from 'zod';
import type { MethodDef } from '../rpc/contract';

export const caseApi = {} satisfies Record<string, MethodDef<z.ZodType, unknown>>;
