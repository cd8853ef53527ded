// useRpcQuery / useRpcMutation: TanStack Query bound to the typed RPC client, with failures
// shown as a Chinese antd message.
import { useMutation, useQuery, useQueryClient, type UseMutationOptions, type UseQueryOptions } from '@tanstack/react-query';
import { App } from 'antd';
import { useEffect } from 'react';
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/api';
import { invoke } from './api-client';
import { ApiError, errorMessage } from './api-error';
import { getLiveStatus } from './live-status';

export type RpcQueryKey<M extends MethodName> = readonly [M, MethodInput<M>];

export function rpcKey<M extends MethodName>(method: M, input: MethodInput<M>): RpcQueryKey<M> {
  return [method, input] as const;
}

type QueryOpts<M extends MethodName> = Omit<UseQueryOptions<MethodOutput<M>, ApiError, MethodOutput<M>, RpcQueryKey<M>>, 'queryKey' | 'queryFn'> & {
  /** Do not pop up a message on failure (the caller shows the error itself). */
  silent?: boolean;
};

export function useRpcQuery<M extends MethodName>(method: M, input: MethodInput<M>, options: QueryOpts<M> = {}) {
  const { message } = App.useApp();
  const { silent, ...rest } = options;
  const query = useQuery<MethodOutput<M>, ApiError, MethodOutput<M>, RpcQueryKey<M>>({
    queryKey: rpcKey(method, input),
    queryFn: () => invoke(method, input),
    ...rest,
  });
  const err = query.error;
  useEffect(() => {
    // Sign-out is handled by the session; no need to tell the user twice.
    if (err && !silent && err.code !== 'UNAUTHENTICATED') void message.error({ content: errorMessage(err), key: `q:${method}` });
  }, [err, silent, message, method]);
  return query;
}

type MutationOpts<M extends MethodName> = Omit<UseMutationOptions<MethodOutput<M>, ApiError, MethodInput<M>>, 'mutationFn'> & {
  silent?: boolean;
};

export function useRpcMutation<M extends MethodName>(method: M, options: MutationOpts<M> = {}) {
  const { message } = App.useApp();
  const client = useQueryClient();
  const { silent, onError, onSuccess, ...rest } = options;
  return useMutation<MethodOutput<M>, ApiError, MethodInput<M>>({
    mutationFn: (input) => invoke(method, input),
    onError: (err, ...more) => {
      if (!silent) void message.error(errorMessage(err));
      return onError?.(err, ...more);
    },
    onSuccess: (data, ...more) => {
      // Normally the core's `changed` event refreshes the views; without a live stream, refetch.
      if (getLiveStatus() !== 'live') void client.invalidateQueries();
      return onSuccess?.(data, ...more);
    },
    ...rest,
  });
}
