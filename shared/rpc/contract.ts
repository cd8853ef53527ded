// Building blocks of the typed RPC contract (see shared/api.ts).
//
// A method's input type is inferred from its zod schema (callers send `z.input`, handlers get
// `z.output`); only its output type is written by hand, with `output: returns<O>()`:
//
//   'org.unit': method({ input: zId, output: returns<OrgUnit>(), access: 'org.read', reads: ['org_unit'] })
import { z } from 'zod';
import type { Permission } from '../auth/roles';
import type { TableName } from '../db/tables';
import type { JobStatus } from '../jobs/job-types';

/** Who may call a method: anyone, any signed-in session, or sessions holding a permission. */
/** The input of a method that takes none. */
export const emptyInput = z.object({});

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

/**
 * Where a host with a reader pool runs a method: 'reader' — a worker with a read-only
 * connection, which WAL lets read while a write transaction is open; 'writer' — the one
 * worker with the writable connection (every method that writes, and those whose state
 * lives there, such as sign-in sessions being created or import previews kept for commit);
 * 'job' — the worker that runs the job named by the input's `jobId`.
 */
export type RunsOn = 'reader' | 'writer' | 'job';

export interface MethodDef<I extends z.ZodType, O> {
  input: I;
  /** Phantom: carries the output type only. */
  output: O;
  access: Access;
  /** Tables the result depends on; a `changed` event for any of them invalidates cached results. */
  reads: readonly TableName[];
  /** Whether the method writes (display sessions and read-only roles may not call writers). */
  writes: boolean;
  /** Where it runs (see RunsOn); methods that write always run on the writer. */
  runsOn: RunsOn;
  /** The method starts a job: it answers `{ jobId }` and `jobs.result` later gives its output. */
  job: boolean;
  /**
   * The handler takes the writer's connection itself, only for its own writes (it waits on
   * something else meanwhile — the network — and must not hold every other write up).
   */
  unlocked: boolean;
}

export function method<I extends z.ZodType, O>(def: {
  input: I;
  output: Phantom<O>;
  access: Access;
  reads?: readonly TableName[];
  writes?: boolean;
  /** Defaults to 'writer' for methods that write, else 'reader'. */
  runsOn?: RunsOn;
  job?: boolean;
  unlocked?: boolean;
}): MethodDef<I, O> {
  const writes = def.writes ?? false;
  return {
    input: def.input,
    output: undefined as unknown as O,
    access: def.access,
    reads: def.reads ?? [],
    writes,
    runsOn: writes ? 'writer' : (def.runsOn ?? 'reader'),
    job: def.job ?? false,
    unlocked: def.unlocked ?? false,
  };
}

/** Events pushed from the core to connected clients. */
export interface ApiEvents {
  /** To every client, after each commit. */
  changed: { tables: TableName[] };
  /** A job's step, progress and end; only to the clients of the job's owner. */
  job: JobStatus;
}
export type EventName = keyof ApiEvents;

/** One pushed event with its payload, e.g. `{ event: 'changed', payload: { tables } }`. */
export type ApiEvent = { [E in EventName]: { event: E; payload: ApiEvents[E] } }[EventName];

/** Every event name once (the compiler insists on each key of ApiEvents). */
const EVENTS: Record<EventName, true> = { changed: true, job: true };
export const EVENT_NAMES = Object.keys(EVENTS) as EventName[];

export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(EVENTS, name);
}
