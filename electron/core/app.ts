// Composition root: opens the database, applies migrations, ensures the device identity,
// and wires the change writer, sessions, the job service and the RPC dispatcher.
// Host-agnostic: the workers (desktop / station) and tests create the core through here.
//
// A core is either the writer — the one writable connection; it migrates, writes, emits
// `changed` — or a reader of the host's reader pool: a read-only connection (WAL lets it read
// while the writer is inside a transaction) whose side writes (audit entries of sensitive
// reads, session touches) go to `forward` and on to the writer.
import { EventEmitter } from 'node:events';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { ApiEvents, EventName, HostConnection } from '../../shared/api';
import type { HostEventName, HostEvents } from './host/event-names';
import type { RpcResult } from '../../shared/rpc/errors';
import { openDatabase, type Db } from './db/connection';
import type { DatabaseKey } from './host/database-key';
import { migrate } from './db/migrate';
import { keepAgeCuts } from './db/age-cuts';
import { DEVICE_CERT_KEY, ensureDeviceIdentity, setMeta, type DeviceIdentity } from './db/device';
import { ChangeWriter } from './db/change-writer';
import { readOnlyDb } from './db/read-db';
import { audit, createAuditLog } from './audit/audit-log';
import { DbLock } from './db/db-lock';
import { SessionStore } from './auth/session-store';
import { LoginThrottle } from './auth/login-throttle';
import { AccountSecrets } from './auth/account-secrets';
import type { ScryptParams } from './auth/password';
import { JobService } from './jobs/job-service';
import { jobHandlers } from './jobs/job-handlers';
import { ImportJobs } from './registry/import/import-jobs';
import { createDispatcher } from './rpc/dispatcher';
import { applySideWrite } from './rpc/side-writes';
import type { SideWrite } from './rpc/side-write';
import type { CoreRole, CoreServices, Handlers } from './rpc/handler-types';
import { authHandlers } from './auth/auth-handlers';
import { systemHandlers } from './system/system-handlers';
import { SetupProgressCell } from './system/setup-progress';
import { orgHandlers } from './org/org-handlers';
import { staffHandlers } from './org/staff-handlers';
import { departmentHandlers } from './org/department-handlers';
import { boardHandlers } from './board/board-handlers';
import { boardLayoutHandlers } from './board/board-layout-handlers';
import { boardPanelHandlers } from './board/board-panel-handlers';
import { boardAlarmHandlers } from './board/board-alarm-handlers';
import { calendarHandlers } from './calendar/calendar-handlers';
import { auditHandlers } from './audit/audit-handlers';
import { backupHandlers } from './backup/backup-handlers';
import { duplicatesHandlers } from './sync/duplicates-handlers';
import { BackupService } from './backup/backup-service';
import { BackupScheduler } from './backup/backup-scheduler';
import { applyPendingRestore } from './backup/backup-restore';
import { caseHandlers } from './cases/case-handlers';
import { startHandlers } from './start/start-handlers';
import { registryHandlers } from './registry/registry-handlers';
import { routineHandlers } from './routine/routine-handlers';
import { assessmentHandlers } from './assessment/assessment-handlers';
import { resultsHandlers } from './assessment/results-handlers';
import { reportHandlers } from './assessment/report-handlers';
import { reportsHandlers } from './reports/report-handlers';
import { contentHandlers } from './meetings/content-handlers';
import { documentHandlers } from './meetings/document-handlers';
import { meetingHandlers } from './meetings/meeting-handlers';
import { notificationHandlers } from './notifications/notification-handlers';
import { presentationHandlers } from './meetings/presentation-handlers';
import { surveyHandlers } from './assessment/survey-handlers';
import { verificationHandlers } from './routine/verification-handlers';
import { visitHandlers } from './routine/visit-handlers';
import { syncHandlers } from './sync/sync-handlers';
import { SyncNode } from './sync/sync-node';
import { certFingerprintOnDisk, loadOrCreateDeviceCert, makeDeviceCert } from './sync/device-cert';
import type { SyncHostOptions, SyncInfo } from './sync/sync-options';
import { warmCaseKeys } from './cases/case-keys';
import { READER_WARM_AFTER_MS, warmInSteps } from './db/warm-steps';
import { gridCharSteps } from './registry/queries/grid-chars';
import { recordKeySteps } from './registry/queries/record-keys';
import { HOUSE_CHARS } from './registry/queries/house-search';
import { HOUSEHOLD_CHARS } from './registry/queries/household-search';

export type { SyncHostOptions, SyncInfo };

export const VERSION = '0.1.0';

export interface CoreOptions {
  /** Path of the database file, or ':memory:'. */
  dbFile: string;
  /** The database key (docs/encryption.md); null only with ':memory:'. */
  dbKey: DatabaseKey | null;
  now?: () => number;
  /** How the host is reached; a core without a LAN-serving host says so. */
  connection?: HostConnection;
  /** 'writer' (default) or 'reader' (read-only connection; needs `forward`). */
  role?: CoreRole;
  /** A reader's side writes, for the host to pass on to the writer in order. */
  forward?: (w: SideWrite) => void;
  /** Demo accounts made at set-up can sign in without a password change (`--demo`, tests). */
  demoAccountsUsable?: boolean;
  /** scrypt cost; only tests lower it (the default is OWASP's, see auth/password.ts). */
  passwordCost?: ScryptParams;
  /** A session's absolute lifetime (default 7 days); only tests whose clock runs for months change it. */
  sessionAbsoluteMs?: number;
  /** This core takes the automatic daily backups (one core per host: see backup/backup-scheduler.ts). */
  scheduleBackups?: boolean;
  /** The demo build's current step, shared by a host's workers (see system/setup-progress.ts). */
  setupProgress?: SharedArrayBuffer;
}

export interface Core {
  /** Any call: its answer once the handler (which may be async) is done. Hosts use this. */
  /** `client` identifies the caller for sign-in throttling (`ip:<address>`); default `local`. */
  invokeAsync(token: string | null, method: string, input: unknown, client?: string): Promise<RpcResult<unknown>>;
  /**
   * A call whose handler answers synchronously (most do; tests use this). Throws for one
   * that answered with a promise (file work, or the connection held by a write job).
   */
  invoke(token: string | null, method: string, input: unknown, client?: string): RpcResult<unknown>;
  on<E extends HostEventName>(event: E, listener: (payload: HostEvents[E]) => void): () => void;
  /** Applies a side write forwarded from a reader (writer only). */
  applySideWrite(w: SideWrite): void | Promise<void>;
  /** Starts LAN sync on this writer core: listens, dials known peers, pushes every commit. */
  startSync(opts: SyncHostOptions): Promise<SyncInfo>;
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
  ...boardLayoutHandlers,
  ...boardPanelHandlers,
  ...boardAlarmHandlers,
  ...calendarHandlers,
  ...auditHandlers,
  ...backupHandlers,
  ...duplicatesHandlers,
  ...caseHandlers,
  ...registryHandlers,
  ...routineHandlers,
  ...verificationHandlers,
  ...assessmentHandlers,
  ...resultsHandlers,
  ...reportHandlers,
  ...reportsHandlers,
  ...surveyHandlers,
  ...visitHandlers,
  ...meetingHandlers,
  ...contentHandlers,
  ...presentationHandlers,
  ...documentHandlers,
  ...syncHandlers,
  ...jobHandlers,
  ...notificationHandlers,
  ...startHandlers,
};

export function createCore(opts: CoreOptions): Core {
  const role = opts.role ?? 'writer';
  const now = opts.now ?? Date.now;
  let db: Db;
  let restored: ReturnType<typeof applyPendingRestore> = null;
  let stopAgeCuts = () => {};
  if (role === 'writer') {
    if (opts.dbFile !== ':memory:') mkdirSync(dirname(opts.dbFile), { recursive: true });
    // A restore prepared in 系统设置 replaces the database now, before any connection opens it.
    restored = applyPendingRestore(opts.dbFile, now(), opts.dbKey);
    if (restored) console.log(`[towngrid] ${restored.message}`);
    db = openDatabase(opts.dbFile, { key: opts.dbKey });
    migrate(db);
    // The stored per-grid counts' age cuts follow the day (db/age-cuts.ts).
    stopAgeCuts = keepAgeCuts(db, now);
  } else {
    if (!opts.forward) throw new Error('A reader core needs `forward` for its side writes');
    db = openDatabase(opts.dbFile, { key: opts.dbKey, readonly: true });
  }
  const forward = opts.forward ?? (() => {});
  // A database copied to another PC (without its certificate) becomes a new device here.
  const device: DeviceIdentity = ensureDeviceIdentity(db, role === 'writer' && opts.dbFile !== ':memory:' ? certFingerprintOnDisk(dirname(opts.dbFile)) : undefined);
  const events = new EventEmitter();
  const emit = <E extends EventName>(event: E, payload: ApiEvents[E]) => void events.emit(event, payload);
  const lock = new DbLock();
  const writer = new ChangeWriter(db, device.deviceId, (tables) => events.emit('changed', { tables }), now);
  const services: CoreServices = {
    role,
    db: readOnlyDb(db),
    writer,
    device,
    sessions: new SessionStore(db, now, {
      sideWrite: role === 'reader' ? forward : null,
      onEnded: (tokenHashes) => events.emit('sessionsEnded', { tokenHashes }),
      absoluteMs: opts.sessionAbsoluteMs,
    }),
    auditLog: role === 'writer' ? createAuditLog(db, () => events.emit('changed', { tables: ['audit_log'] })) : { append: (row) => forward({ kind: 'audit', row }) },
    secrets: new AccountSecrets(db, opts.passwordCost, now),
    demoAccountsUsable: opts.demoAccountsUsable ?? false,
    throttle: new LoginThrottle(now),
    version: VERSION,
    connection: opts.connection ?? { lan: false, tlsFingerprint: null },
    now,
    emit,
    exclusive: role === 'writer' ? (fn) => lock.run(fn) : (fn) => fn(),
    jobs: new JobService((status) => emit('job', status), now),
    imports: new ImportJobs(now),
    backups: new BackupService(db, opts.dbFile, opts.dbKey, now),
    sync: null,
    setupProgress: new SetupProgressCell(opts.setupProgress),
  };
  if (restored?.ok) {
    audit({ core: services, session: null, actor: null, client: 'local' }, { action: 'backup.restore', detail: { applied: true, file: restored.file, savedAs: restored.savedAs } });
  }
  const scheduler = opts.scheduleBackups && opts.dbFile !== ':memory:' ? new BackupScheduler(services) : null;
  scheduler?.start();
  // A host's readers answer the queues' and the ledgers' searches: their case keys are read from
  // the start; the houses' and people's keys and the houses' and households' character tallies
  // (needed by fewer searches) once the start's own work is done, half a minute later — a search
  // before then reads what it needs itself.
  const warming =
    role === 'reader'
      ? [
          warmCaseKeys(services.db),
          warmInSteps([...recordKeySteps(services.db, ['house', 'person']), ...gridCharSteps(services.db, [HOUSE_CHARS, HOUSEHOLD_CHARS])], { afterMs: READER_WARM_AFTER_MS }),
        ]
      : [];
  const dispatch = createDispatcher(services, handlers);
  return {
    invokeAsync: async (token, method, input, client) => dispatch(token, method, input, client),
    invoke(token, method, input, client) {
      const r = dispatch(token, method, input, client);
      if (r instanceof Promise) {
        r.catch(() => {});
        throw new Error(`${method} answered asynchronously: use invokeAsync`);
      }
      return r;
    },
    on(event, listener) {
      events.on(event, listener);
      return () => events.off(event, listener);
    },
    applySideWrite(w) {
      if (role !== 'writer') throw new Error('Side writes are applied on the writer');
      return applySideWrite(services, w);
    },
    async startSync(syncOpts) {
      if (role !== 'writer') throw new Error('Sync runs on the writer core');
      if (services.sync) throw new Error('Sync already started');
      const cert =
        syncOpts.cert ??
        (opts.dbFile === ':memory:' ? await makeDeviceCert(device.deviceId) : await loadOrCreateDeviceCert(dirname(opts.dbFile), device.deviceId));
      const node = new SyncNode(
        { db, reads: services.db, writer, secrets: services.secrets, deviceId: device.deviceId, exclusive: services.exclusive, now, log: (m) => console.error(`[towngrid] ${m}`) },
        { cert, host: syncOpts.host, port: syncOpts.port, peers: syncOpts.peers, discovery: syncOpts.discovery },
      );
      await node.start();
      // The database now belongs with this certificate (see ensureDeviceIdentity).
      setMeta(db, DEVICE_CERT_KEY, cert.fingerprint);
      services.sync = node;
      events.on('changed', ({ tables }: { tables: string[] }) => node.changed(tables));
      return { port: node.port!, fingerprint: node.fingerprint };
    },
    services,
    close() {
      services.sync?.stop();
      scheduler?.stop();
      for (const w of warming) w.stop();
      stopAgeCuts();
      // The writer folds the WAL back into the database file so a closed data folder is one file
      // (copies, backups); closing the last connection would do it too, but not while readers
      // remain. A reader's connection is read-only: a checkpoint there is a disk I/O error.
      if (role === 'writer') db.pragma('wal_checkpoint(TRUNCATE)');
      db.close();
    },
  };
}
