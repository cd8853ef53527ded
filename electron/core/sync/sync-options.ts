// How a host asks for LAN sync (docs/sync.md), and what a started sync node tells it. Types and
// defaults only: the hosts' main threads read them without loading any database code.

/** The port peers listen on unless told otherwise. */
export const DEFAULT_SYNC_PORT = 47810;
/** The UDP port of the discovery beacon. */
export const DEFAULT_DISCOVERY_PORT = 47811;

export interface DiscoveryOptions {
  /** UDP port to listen on for beacons. */
  port: number;
  /** Where to send beacons (`host:port`), e.g. `255.255.255.255:47811`. */
  targets: readonly string[];
  /** How often (default 30 s). */
  intervalMs?: number;
  /** Address to listen on (default all). */
  bind?: string;
}

/** LAN sync on a writer core: where to listen, whom to dial, how to find peers. */
export interface SyncHostOptions {
  /** Address to listen on for peers (`0.0.0.0` on the LAN, `127.0.0.1` for this PC only). */
  host: string;
  /** Port (0: any free port). */
  port: number;
  /** Addresses to dial from the start. */
  peers?: readonly string[];
  discovery?: DiscoveryOptions | null;
  /** The device certificate (PEM key and certificate); by default kept in the database's folder, made on first start. */
  cert?: { key: string; cert: string; fingerprint: string };
}

/** What a started sync node tells its host. */
export interface SyncInfo {
  port: number;
  fingerprint: string;
}

/** How a host on the centre's LAN runs sync unless told otherwise: every interface, the default port, the beacon on the LAN's broadcast address. */
export function lanSyncOptions(): SyncHostOptions {
  return {
    host: '0.0.0.0',
    port: DEFAULT_SYNC_PORT,
    discovery: { port: DEFAULT_DISCOVERY_PORT, targets: [`255.255.255.255:${DEFAULT_DISCOVERY_PORT}`] },
  };
}
