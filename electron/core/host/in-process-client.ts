// The core in the calling thread, behind the same CoreClient interface (tests, tools).
import { createCore, type CoreOptions } from '../app';
import type { MethodOutput } from '../../../shared/api';
import type { RpcResult } from '../../../shared/rpc/errors';
import type { CoreClient } from './core-client';

export function startInProcessCore(opts: CoreOptions): CoreClient & { core: ReturnType<typeof createCore> } {
  const core = createCore(opts);
  const forward = (token: string | null, method: string, input: unknown, client?: string) => core.invokeAsync(token, method, input, client);
  return {
    core,
    // The dispatcher runs the method's own handler, so the result has the method's output type.
    invoke: (token, method, input) => forward(token, method, input) as Promise<RpcResult<MethodOutput<typeof method>>>,
    forward,
    on: (event, listener) => core.on(event, listener),
    close: async () => core.close(),
  };
}
