// What the 数据同步 page and the sync indicator show (LAN sync between the centre's PCs).

/** A paired device's state as this PC sees it. */
export interface SyncPeerView {
  /** SHA-256 fingerprint of the device's certificate (`AB:CD:…`): its identity. */
  fingerprint: string;
  name: string;
  status: 'paired' | 'revoked';
  /** When it was paired or revoked (epoch ms), and by whom (display name). */
  changedAt: number;
  changedBy: string | null;
  /** A revocation's reason. */
  note: string | null;
  /** A connection to it is open now. */
  connected: boolean;
  /** The address this PC dials it at (`host:port`), if known. */
  address: string | null;
  /** When a connection to it was last open (epoch ms). */
  lastSeenAt: number | null;
  /** Changes of this PC it has not acknowledged yet (positions of this PC's log). */
  behindChanges: number | null;
  /** Since when it has been behind this PC (epoch ms), null when caught up or unknown. */
  behindSince: number | null;
  /** Catch-up in progress from it: positions received of those it announced. */
  catchUp: { done: number; total: number } | null;
  /** The last error of the connection, in Chinese (version mismatch, refused …). */
  error: string | null;
}

/** A pairing waiting for an administrator (incoming: a device asks to join through this PC; outgoing: this PC asked another). */
export interface SyncPendingPair {
  fingerprint: string;
  name: string;
  address: string | null;
  /** The short code both screens show (六位数字): compare before accepting. */
  code: string;
  direction: 'incoming' | 'outgoing';
  at: number;
}

/** A record held back because its stamp was too far ahead of this PC's clock. */
export interface SyncQuarantineItem {
  id: number;
  /** The sender's name (or fingerprint when unknown). */
  from: string;
  /** The record's table, in Chinese. */
  table: string;
  heldAt: number;
  /** How far ahead of this PC's clock it was stamped, in ms, when held. */
  aheadMs: number;
}

export interface SyncStatus {
  device: {
    name: string;
    fingerprint: string;
    /** `host:port` this PC listens on for peers, null when sync is off on this host. */
    listening: string | null;
    /** The database schema version peers must match. */
    schema: number;
  };
  /** Sync runs on this host (off for an in-memory core or when the host turned it off). */
  enabled: boolean;
  peers: SyncPeerView[];
  pending: SyncPendingPair[];
  quarantine: SyncQuarantineItem[];
  /** Cases flagged 冲突待核 waiting for a person. */
  conflictCases: number;
}

/** The small indicator on the board and the workbench (no personal data). */
export interface SyncIndicator {
  /** alone: no paired device; ok: connected to every paired device that is reachable and caught up; syncing: catching up; offline: no peer connected. */
  state: 'alone' | 'ok' | 'syncing' | 'offline';
  paired: number;
  connected: number;
  /** Since when no peer has been connected (epoch ms, this PC's clock). */
  offlineSince: number | null;
  /** How long that is, as this PC counts it (a browser's clock may differ), for 「离线 N 分钟」. */
  offlineForMs: number | null;
  /** Records held for a clock ahead: an alarm for administrators. */
  quarantined: number;
}

/** What connecting to an address led to. */
export interface SyncConnectResult {
  /** connected: the device there is already paired; pairing: a pairing request waits for its administrator. */
  outcome: 'connected' | 'pairing';
  fingerprint: string;
  name: string;
  /** The code to compare with the other screen (pairing only). */
  code: string | null;
}

/** Joining a centre from a new PC's first run. */
export interface SyncJoinStatus {
  /** idle: not joining; waiting: the other PC's administrator has not accepted yet; receiving: data is arriving; ready: the administrator account can sign in here; failed: see error. */
  state: 'idle' | 'waiting' | 'receiving' | 'ready' | 'failed';
  /** The code to compare with the other screen while waiting. */
  code: string | null;
  /** The other PC's name. */
  name: string | null;
  /** Catch-up progress while receiving. */
  done: number;
  total: number;
  error: string | null;
}
