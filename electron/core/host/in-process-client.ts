// The core in the calling thread, behind the same CoreClient interface (tests, tools).
import { createCore, type CoreOptions } from '../app';
import type { CoreClient } from './core-client';

export function startInProcessCore(opts: CoreOptions): CoreClient & { core: ReturnType<typeof createCore> } {
  const core = createCore(opts);
  return {
    core,
    invoke: (token, method, input) => core.invokeAsync(token, method, input),
    on: (event, listener) => core.on(event, listener),
    close: async () => core.close(),
  };
}
