// Messages between a host thread and a core worker.
import type { HostConnection } from '../../../shared/api';
import type { DatabaseKey } from './database-key';
import type { HostEventName, HostEvents } from './event-names';
import type { RpcResult } from '../../../shared/rpc/errors';
import type { CoreRole, SideWrite } from '../rpc/side-write';
import type { SyncHostOptions, SyncInfo } from '../sync/sync-options';

export interface WorkerInit {
  dbFile: string;
  /** The database key (docs/encryption.md). */
  dbKey: DatabaseKey;
  /** How the host is reached (the station with --lan tells its certificate's fingerprint). */
  connection?: HostConnection;
  /** 'writer' (default): the one writable connection; 'reader': a read-only one. */
  role?: CoreRole;
  /** Demo accounts made at set-up can sign in without a password change (the station's `--demo`). */
  demoAccountsUsable?: boolean;
  /** This worker takes the automatic daily backups (one worker per host). */
  scheduleBackups?: boolean;
  /** LAN sync (the writer only). */
  sync?: SyncHostOptions | null;
  /** The demo build's current step, shared by all of a host's workers. */
  setupProgress?: SharedArrayBuffer;
}

export type ToWorker =
  | { type: 'invoke'; id: number; token: string | null; method: string; input: unknown; client?: string }
  /** A reader's side write, forwarded to the writer. */
  | { type: 'side'; write: SideWrite }
  | { type: 'close' };

export type FromWorker =
  /** `sync`: where LAN sync listens, when it was asked for and started. */
  | { type: 'ready'; sync?: SyncInfo | null }
  | { type: 'fatal'; message: string }
  | { type: 'result'; id: number; result: RpcResult<unknown> }
  | { type: 'event'; event: HostEventName; payload: HostEvents[HostEventName] }
  /** A reader's side write, for the host to forward to the writer. */
  | { type: 'side'; write: SideWrite }
  | { type: 'closed' };
