// Type tests of the RPC contract as the renderer sees it. Never run: `npm run typecheck`
// compiles this file (tsconfig.web.json), and each `@ts-expect-error` fails the typecheck if
// the line below it ever compiles.
import type { ApiEvents, MethodInput, MethodOutput, SessionLogin } from '../../../shared/api';
import type { TableName } from '../../../shared/db/tables';
import type { CaseDetail } from '../../../shared/cases/case-types';
import type { OrgUnit } from '../../../shared/org/org-types';
import { invoke } from '../../../renderer/src/app/api-client';
import { rpcKey, useRpcMutation, useRpcQuery } from '../../../renderer/src/app/rpc-hooks';
import { getTransport } from '../../../renderer/src/app/transport';
import { expectType, hasType, type Equal } from '../type-assert';

export async function wrongInputsDoNotCompile(): Promise<void> {
  // @ts-expect-error -- the input of auth.login is an object, not a number
  await invoke('auth.login', 42);
  // @ts-expect-error -- password is required
  await invoke('auth.login', { username: 'admin' });
  // @ts-expect-error -- username is a string
  await invoke('auth.login', { username: 7, password: 'x' });
  // @ts-expect-error -- 'mayor' is not a role
  await invoke('users.create', { username: 'li', displayName: '李', role: 'mayor', password: 'long-enough' });
  // @ts-expect-error -- 'town' is not a kind of unit one can create
  await invoke('org.createUnit', { parentId: 'u', kind: 'town', code: '1', name: '镇' });
  // @ts-expect-error -- there is no such method
  await invoke('org.dropEverything', {});
  // @ts-expect-error -- the queue is required
  await invoke('cases.queue', { filter: {} });
  // @ts-expect-error -- 'later' is not a queue
  await invoke('cases.queue', { queue: 'later', filter: {} });
  // @ts-expect-error -- an action names its type from the workflow
  await invoke('cases.act', { id: 'c', action: { type: 'delete' } });
  // @ts-expect-error -- 'pets' is not an import kind
  await invoke('registry.template', { kind: 'pets' });
  // @ts-expect-error -- the setup needs the administrator's password
  await invoke('system.setup', { townName: '青溪镇', townCode: '330782101', adminUsername: 'admin', adminDisplayName: '管理员' });
}

export async function rightInputsCompile(): Promise<void> {
  await invoke('auth.login', { username: 'admin', password: 'correct-horse-1' });
  // Fields with a default in the schema may be left out by callers.
  await invoke('system.setup', { townName: '青溪镇', townCode: '330782101', adminUsername: 'admin', adminDisplayName: '管理员', adminPassword: 'correct-horse-1' });
  await invoke('org.createUnit', { parentId: 'u', kind: 'grid', code: '330782101001001', name: '第1网格' });
  await invoke('cases.queue', { queue: 'all', filter: {} });
}

export async function outputsAreTheContractsTypes(): Promise<void> {
  hasType<SessionLogin>()(await invoke('auth.login', { username: 'admin', password: 'correct-horse-1' }));
  hasType<OrgUnit>()(await invoke('org.unit', { id: 'u' }));
  hasType<CaseDetail>()(await invoke('cases.get', { id: 'c' }));
  // @ts-expect-error -- org.units returns a list
  hasType<OrgUnit>()(await invoke('org.units', {}));
  expectType<Equal<MethodOutput<'org.units'>, OrgUnit[]>>(true);
  // Callers send the schema's input (defaults optional); the handler gets its output.
  expectType<Equal<MethodInput<'system.setup'>['demo'], boolean | undefined>>(true);
  expectType<Equal<MethodInput<'auth.login'>, { username: string; password: string }>>(true);
}

export function hooksAreTyped(): void {
  // @ts-expect-error -- rpcKey takes the method's input
  rpcKey('org.unit', { id: 1 });
  // @ts-expect-error -- useRpcQuery takes the method's input
  useRpcQuery('org.grids', { parentId: 5 });
  hasType<OrgUnit[] | undefined>()(useRpcQuery('org.units', {}).data);
  const login = useRpcMutation('auth.login');
  // @ts-expect-error -- mutate takes the method's input
  login.mutate({ username: 'admin' });
}

export async function transportAndBridgeAreTyped(): Promise<void> {
  const transport = getTransport();
  // @ts-expect-error -- the transport takes the method's input
  await transport.call('auth.login', 42, null);
  // @ts-expect-error -- there is no such method
  await transport.call('org.dropEverything', {}, null);
  const r = await transport.call('org.unit', { id: 'u' }, null);
  if (r.ok) hasType<OrgUnit>()(r.data);

  transport.listen(null, {
    onEvent(e) {
      if (e.event === 'changed') hasType<TableName[]>()(e.payload.tables);
      if (e.event === 'job') hasType<ApiEvents['job']>()(e.payload);
      // @ts-expect-error -- no such event
      if (e.event === 'exploded') return;
    },
    onReconnect() {},
    onStatus() {},
  });

  const bridge = window.towngrid!;
  // @ts-expect-error -- the bridge takes the method's input
  await bridge.invoke('auth.login', { username: 'admin' }, null);
  bridge.subscribe('job', (p) => hasType<ApiEvents['job']>()(p));
  // @ts-expect-error -- no such event
  bridge.subscribe('exploded', () => {});
}
