// TanStack Query setup. Query keys are [method, input]. A `changed {tables}` event from the
// core invalidates every cached query whose method reads one of those tables (api[m].reads).
import { QueryClient, type Query } from '@tanstack/react-query';
import { api, type MethodName } from '../../../shared/api';
import type { TableName } from '../../../shared/db/tables';
import { ApiError } from './api-error';

/** Tables a method depends on beyond its contract `reads` (session data, not domain data). */
const EXTRA_READS: Partial<Record<MethodName, readonly TableName[]>> = {
  'auth.me': ['user_account'],
};

export function methodReads(method: string): readonly TableName[] {
  if (!Object.prototype.hasOwnProperty.call(api, method)) return [];
  const m = method as MethodName;
  return [...api[m].reads, ...(EXTRA_READS[m] ?? [])];
}

export function queryReadsAny(query: Pick<Query, 'queryKey'>, tables: readonly TableName[]): boolean {
  const method = query.queryKey[0];
  if (typeof method !== 'string') return false;
  const reads = methodReads(method);
  return reads.some((t) => tables.includes(t));
}

export function invalidateTables(client: QueryClient, tables: readonly TableName[]): Promise<void> {
  if (tables.length === 0) return Promise.resolve();
  return client.invalidateQueries({ predicate: (q) => queryReadsAny(q, tables) });
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Freshness comes from pushed events, not from timers or focus changes.
        staleTime: 5 * 60_000,
        refetchOnWindowFocus: false,
        retry: (failures, err) => err instanceof ApiError && err.code === 'TRANSPORT' && failures < 3,
        retryDelay: (n) => Math.min(1000 * 2 ** n, 8000),
      },
      mutations: { retry: false },
    },
  });
}
