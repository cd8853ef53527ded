// Type tests of the RPC contract as the core and its hosts see it. Never run: `npm run
// typecheck` compiles this file (tsconfig.node.json); each `@ts-expect-error` fails the
// typecheck if the line below it ever compiles.
import type { ApiEvents, MethodParsedInput, SystemStatus } from '../../../shared/api';
import type { TableName } from '../../../shared/db/tables';
import type { RpcResult } from '../../../shared/rpc/errors';
import type { CoreClient } from '../../../electron/core/host/core-client';
import type { OrgUnit } from '../../../shared/org/org-types';
import type { Handler } from '../../../electron/core/rpc/handler-types';
import type { Harness } from '../../support/core-harness';
import { expectType, hasType, type Equal } from '../type-assert';

// Handlers get the schema's output: defaults filled in, strings trimmed.
expectType<Equal<MethodParsedInput<'system.setup'>['demo'], boolean>>(true);
expectType<Equal<MethodParsedInput<'cases.queue'>['limit'], number>>(true);
expectType<Equal<Parameters<Handler<'auth.login'>>[0], { username: string; password: string }>>(true);

export const loginHandlerMustReturnASession: Handler<'auth.login'> =
  // @ts-expect-error -- auth.login returns a SessionLogin, not a bare token
  () => 'token';

export function harnessCallsAreTyped(h: Harness): void {
  // @ts-expect-error -- the input of auth.login is an object, not a number
  h.call(null, 'auth.login', 42);
  // @ts-expect-error -- there is no such method
  h.call(h.adminToken, 'org.dropEverything', {});
  hasType<OrgUnit[]>()(h.call(h.adminToken, 'org.units', {}));
}

export async function hostClientIsTyped(core: CoreClient): Promise<void> {
  // @ts-expect-error -- the input of auth.login is an object, not a number
  await core.invoke(null, 'auth.login', 42);
  // @ts-expect-error -- there is no such method (a client's call as received goes through forward)
  await core.invoke(null, 'org.dropEverything', {});
  const status = await core.invoke(null, 'system.status', {});
  if (status.ok) hasType<SystemStatus>()(status.data);
  // A host passes on what a client sent; the core validates it.
  hasType<Promise<RpcResult<unknown>>>()(core.forward(null, 'org.dropEverything', 42));

  core.on('changed', (p) => hasType<{ tables: TableName[] }>()(p));
  core.on('job', (p) => hasType<ApiEvents['job']>()(p));
  // @ts-expect-error -- no such event
  core.on('exploded', () => {});
}
