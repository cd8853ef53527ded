// RPC methods of the registry domain (基础台账), spread into shared/api.ts.
import type { z } from 'zod';
import type { MethodDef } from '../rpc/contract';

export const registryApi = {} satisfies Record<string, MethodDef<z.ZodType, unknown>>;
