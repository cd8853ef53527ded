// Building blocks of the typed RPC contract (see shared/api.ts).
//
// A method's input type is inferred from its zod schema (callers send `z.input`, handlers get
// `z.output`); only its output type is written by hand, with `output: returns<O>()`:
//
//   'org.unit': method({ input: zId, output: returns<OrgUnit>(), access: 'org.read', reads: ['org_unit'] })
import type { z } from 'zod';
import type { Permission } from '../auth/roles';
import type { TableName } from '../db/tables';

/** Who may call a method: anyone, any signed-in session, or sessions holding a permission. */
export type Access = 'public' | 'session' | Permission;

/** A value that exists only to carry a type (the output of a method). */
declare const phantom: unique symbol;
export interface Phantom<T> {
  readonly [phantom]: T;
}

/** Names a method's output type in the contract: `output: returns<CaseDetail>()`. */
export function returns<T>(): Phantom<T> {
  return undefined as unknown as Phantom<T>;
}

export interface MethodDef<I extends z.ZodType, O> {
  input: I;
  /** Phantom: carries the output type only. */
  output: O;
  access: Access;
  /** Tables the result depends on; a `changed` event for any of them invalidates cached results. */
  reads: readonly TableName[];
  /** Whether the method writes (display sessions and read-only roles may not call writers). */
  writes: boolean;
}

export function method<I extends z.ZodType, O>(def: {
  input: I;
  output: Phantom<O>;
  access: Access;
  reads?: readonly TableName[];
  writes?: boolean;
}): MethodDef<I, O> {
  return { input: def.input, output: undefined as unknown as O, access: def.access, reads: def.reads ?? [], writes: def.writes ?? false };
}

/** Events pushed from the core to every connected client. */
export interface ApiEvents {
  changed: { tables: TableName[] };
  /** Progress of a long job (e.g. an import) started by an RPC call; `jobId` comes from that call. */
  progress: { jobId: string; phase: string; done: number; total: number };
}
export type EventName = keyof ApiEvents;

/** One pushed event with its payload, e.g. `{ event: 'changed', payload: { tables } }`. */
export type ApiEvent = { [E in EventName]: { event: E; payload: ApiEvents[E] } }[EventName];

/** Every event name once (the compiler insists on each key of ApiEvents). */
const EVENTS: Record<EventName, true> = { changed: true, progress: true };
export const EVENT_NAMES = Object.keys(EVENTS) as EventName[];

export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(EVENTS, name);
}
