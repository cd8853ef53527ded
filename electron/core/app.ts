// Composition root: opens the database, applies migrations, ensures the device identity,
// and wires the change writer, sessions and the RPC dispatcher. Host-agnostic: the worker
// (desktop / station) and tests create the core through here.
import { EventEmitter } from 'node:events';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { ApiEvents, EventName, HostConnection } from '../../shared/api';
import type { RpcResult } from '../../shared/rpc/errors';
import { openDatabase, type Db } from './db/connection';
import { migrate } from './db/migrate';
import { ensureDeviceIdentity, type DeviceIdentity } from './db/device';
import { ChangeWriter } from './db/change-writer';
import { readOnlyDb } from './db/read-db';
import { createAuditLog } from './audit/audit-log';
import { SessionStore } from './auth/session-store';
import { LoginThrottle } from './auth/login-throttle';
import { createDispatcher } from './rpc/dispatcher';
import type { CoreServices, Handlers } from './rpc/handler-types';
import { authHandlers } from './auth/auth-handlers';
import { systemHandlers } from './system/system-handlers';
import { orgHandlers } from './org/org-handlers';
import { staffHandlers } from './org/staff-handlers';
import { departmentHandlers } from './org/department-handlers';
import { boardHandlers } from './board/board-handlers';
import { calendarHandlers } from './calendar/calendar-handlers';
import { auditHandlers } from './audit/audit-handlers';
import { caseHandlers } from './cases/case-handlers';
import { registryHandlers } from './registry/registry-handlers';

export const VERSION = '0.1.0';

export interface CoreOptions {
  /** Path of the database file, or ':memory:'. */
  dbFile: string;
  now?: () => number;
  /** How the host is reached; a core without a LAN-serving host says so. */
  connection?: HostConnection;
}

export interface Core {
  invoke(token: string | null, method: string, input: unknown): RpcResult<unknown>;
  on<E extends EventName>(event: E, listener: (payload: ApiEvents[E]) => void): () => void;
  readonly services: CoreServices;
  close(): void;
}

export const handlers: Handlers = {
  ...systemHandlers,
  ...authHandlers,
  ...orgHandlers,
  ...staffHandlers,
  ...departmentHandlers,
  ...boardHandlers,
  ...calendarHandlers,
  ...auditHandlers,
  ...caseHandlers,
  ...registryHandlers,
};

export function createCore(opts: CoreOptions): Core {
  if (opts.dbFile !== ':memory:') mkdirSync(dirname(opts.dbFile), { recursive: true });
  const now = opts.now ?? Date.now;
  const db: Db = openDatabase(opts.dbFile);
  migrate(db);
  const device: DeviceIdentity = ensureDeviceIdentity(db);
  const events = new EventEmitter();
  const writer = new ChangeWriter(db, device.deviceId, (tables) => events.emit('changed', { tables }), now);
  const services: CoreServices = {
    db: readOnlyDb(db),
    writer,
    device,
    sessions: new SessionStore(db, now),
    auditLog: createAuditLog(db),
    throttle: new LoginThrottle(now),
    version: VERSION,
    connection: opts.connection ?? { lan: false, tlsFingerprint: null },
    now,
    emit: (event, payload) => events.emit(event, payload),
  };
  const dispatch = createDispatcher(services, handlers);
  return {
    invoke: dispatch,
    on(event, listener) {
      events.on(event, listener);
      return () => events.off(event, listener);
    },
    services,
    close() {
      // Fold the WAL back into the database file so a closed data folder is one file (copies,
      // backups); closing the last connection would do it too, but not while readers remain.
      db.pragma('wal_checkpoint(TRUNCATE)');
      db.close();
    },
  };
}
