// The typed RPC client: invoke('org.grids', {...}) resolves to the method's output or throws
// an ApiError. A call refused for a missing/expired session signs the tab out.
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/api';
import { api } from '../../../shared/api';
import { ApiError } from './api-error';
import { getToken, setToken } from './session-token';
import { getTransport } from './transport';

export async function invoke<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const token = getToken();
  const result = await getTransport().call(method, input, token);
  if (result.ok) return result.data;
  if (result.error.code === 'UNAUTHENTICATED' && token && token === getToken() && api[method].access !== 'public') {
    // The session expired or the account was disabled: back to the sign-in screen (unless the
    // tab has meanwhile moved to another session, e.g. the wall display's renewal).
    setToken(null);
  }
  throw new ApiError(result.error);
}
