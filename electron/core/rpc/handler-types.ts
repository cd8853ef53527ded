// Types binding the core's handlers to the shared contract.
import type { ApiEvents, EventName, HostConnection, MethodName, MethodOutput, MethodParsedInput } from '../../../shared/api';
import type { Role } from '../../../shared/auth/roles';
import type { ReadDb } from '../db/read-db';
import type { AuditAppender } from '../audit/audit-log';
import type { ChangeWriter } from '../db/change-writer';
import type { DeviceIdentity } from '../db/device';
import type { SessionStore } from '../auth/session-store';
import type { LoginThrottle } from '../auth/login-throttle';
import type { AccountSecrets } from '../auth/account-secrets';
import type { JobService } from '../jobs/job-service';
import type { BackupService } from '../backup/backup-service';
import type { ImportJobs } from '../registry/import/import-jobs';
import type { CoreRole } from './side-write';
import type { SyncNode } from '../sync/sync-node';
import type { SetupProgressCell } from '../system/setup-progress';

export type { CoreRole };

export interface Session {
  token: string;
  userId: string;
  username: string;
  displayName: string;
  role: Role;
  /** The account must choose a new password before anything else (see the dispatcher). */
  mustChangePassword: boolean;
  /** When the session was signed in (epoch ms). */
  createdAt: number;
  /** When the session ends at the latest (epoch ms): idle or absolute limit, whichever is first. */
  expiresAt: number;
}

export interface CoreServices {
  role: CoreRole;
  /** Read-only: every write goes through its owner (the writer, the session store, the audit log). */
  db: ReadDb;
  /** The only way to write synced tables (logged for sync, refreshes screens). */
  writer: ChangeWriter;
  device: DeviceIdentity;
  sessions: SessionStore;
  /** Appends to this PC's audit log (use `audit()` from audit/audit-log.ts). */
  auditLog: AuditAppender;
  /** This PC's account passwords (local, never synced). */
  secrets: AccountSecrets;
  /** Demo accounts made at set-up may sign in as they are (`--demo`); otherwise they start disabled. */
  demoAccountsUsable: boolean;
  throttle: LoginThrottle;
  version: string;
  /** How this core's host is reached (LAN, TLS fingerprint), as the host told it. */
  connection: HostConnection;
  now: () => number;
  /** Push an event to the hosts (`changed` to every client, `job` to the job owner's). */
  emit<E extends EventName>(event: E, payload: ApiEvents[E]): void;
  /**
   * Runs `fn` as the connection's only user (see DbLock): on the writer every call and job
   * that touches the database goes through here; on a reader it just runs `fn`.
   */
  exclusive<T>(fn: () => T): T | Promise<Awaited<T>>;
  /** Long work with progress, cancel and a result (see jobs/job-service.ts). */
  jobs: JobService;
  /** This PC's backups (数据备份): take, verify, list, prepare a restore. */
  backups: BackupService;
  /** Import previews kept for their commit (on the writer). */
  imports: ImportJobs;
  /** LAN sync with the centre's other PCs (on the writer of a host that runs it; else null). */
  sync: SyncNode | null;
  /** The demo build's current step, readable by every worker while the writer builds. */
  setupProgress: SetupProgressCell;
}

export interface CallContext {
  core: CoreServices;
  session: Session | null;
  /** The acting user's id for the change log (null for the system). */
  actor: string | null;
  /** Who is calling, for sign-in throttling: `ip:<address>` over the station, `local` in-process or over IPC. */
  client: string;
}

/** A handler may be async: SQL stays synchronous (one transaction), only file work is awaited. */
export type Handler<M extends MethodName> = (input: MethodParsedInput<M>, ctx: CallContext) => MethodOutput<M> | Promise<MethodOutput<M>>;
export type Handlers = { [M in MethodName]: Handler<M> };
