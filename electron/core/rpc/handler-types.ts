// Types binding the core's handlers to the shared contract.
import type { ApiEvents, EventName, HostConnection, MethodName, MethodOutput, MethodParsedInput } from '../../../shared/api';
import type { Role } from '../../../shared/auth/roles';
import type { ReadDb } from '../db/read-db';
import type { AuditAppender } from '../audit/audit-log';
import type { ChangeWriter } from '../db/change-writer';
import type { DeviceIdentity } from '../db/device';
import type { SessionStore } from '../auth/session-store';
import type { LoginThrottle } from '../auth/login-throttle';

export interface Session {
  token: string;
  userId: string;
  username: string;
  displayName: string;
  role: Role;
}

export interface CoreServices {
  /** Read-only: every write goes through its owner (the writer, the session store, the audit log). */
  db: ReadDb;
  /** The only way to write synced tables (logged for sync, refreshes screens). */
  writer: ChangeWriter;
  device: DeviceIdentity;
  sessions: SessionStore;
  /** Appends to this PC's audit log (use `audit()` from audit/audit-log.ts). */
  auditLog: AuditAppender;
  throttle: LoginThrottle;
  version: string;
  /** How this core's host is reached (LAN, TLS fingerprint), as the host told it. */
  connection: HostConnection;
  now: () => number;
  /** Push an event to every connected client (e.g. import progress). */
  emit<E extends EventName>(event: E, payload: ApiEvents[E]): void;
}

export interface CallContext {
  core: CoreServices;
  session: Session | null;
  /** The acting user's id for the change log (null for the system). */
  actor: string | null;
}

export type Handler<M extends MethodName> = (input: MethodParsedInput<M>, ctx: CallContext) => MethodOutput<M>;
export type Handlers = { [M in MethodName]: Handler<M> };
