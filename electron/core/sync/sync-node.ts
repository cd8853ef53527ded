// This PC's place among the centre's PCs (docs/sync.md, "The protocol"): it listens for paired
// devices, dials those whose address it knows, keeps one session per peer, pushes every local
// commit to them, takes pairing requests, and answers the 数据同步 page. It lives in the core that
// holds the writer (both hosts: the desktop app and the station), and writes synced data only
// through the change writer.
import { hostname } from 'node:os';
import type WebSocket from 'ws';
import { AppError } from '../../../shared/rpc/errors';
import type { SyncedTableName } from '../../../shared/db/tables';
import type { SyncConnectResult, SyncIndicator, SyncJoinStatus, SyncPendingPair, SyncStatus } from '../../../shared/sync/sync-types';
import type { AccountSecrets } from '../auth/account-secrets';
import { auditTableLabel } from '../../../shared/audit/audit-types';
import type { Db } from '../db/connection';
import { MAX_CLOCK_AHEAD_MS, type ChangeWriter } from '../db/change-writer';
import { changeSeq, versionVector } from '../db/change-log';
import { getMeta, setMeta } from '../db/device';
import type { ReadDb } from '../db/read-db';
import { describeSyncedTables } from '../db/synced-tables';
import { MIGRATIONS } from '../db/migrations';
import type { DeviceCert } from './device-cert';
import { pairingCode } from './pairing-code';
import { PeerStore, writePeer } from './peer-store';
import { batchSince, SYNC_BATCH_RECORDS } from './sync-records';
import { SyncSession, type SessionHost } from './sync-session';
import { dialPeer, formatAddress, listenForPeers, parseAddress, type Accepted } from './sync-transport';
import { decodeRecord, MAX_PAIR_FRAME, pairFrame, parseFrame, PROTOCOL_VERSION, vectorToWire, type HelloFrame, type PairFrame } from './sync-wire';
import { Discovery, type DiscoveryOptions } from './discovery';

export interface SyncNodeOptions {
  cert: DeviceCert;
  /** Address and port to listen on for peers (port 0: any free port). */
  host: string;
  port: number;
  /** Addresses to dial from the start (`--peer`), besides those remembered. */
  peers?: readonly string[];
  /** A UDP beacon for finding peers on the LAN (a hint only: trust is the certificate). */
  discovery?: DiscoveryOptions | null;
}

export interface SyncNodeDeps {
  db: Db;
  reads: ReadDb;
  writer: ChangeWriter;
  /** This PC's account passwords (joining a centre sets its administrator's here). */
  secrets: AccountSecrets;
  deviceId: string;
  /** Runs `fn` as the connection's only user (the core's DbLock). */
  exclusive<T>(fn: () => T): T | Promise<Awaited<T>>;
  now(): number;
  log(message: string): void;
}

/** A pairing waiting for an administrator, as the page shows it, with its open connection. */
interface Pending extends SyncPendingPair {
  ws: WebSocket;
  /** Outgoing: who asked (recorded as the pairing's author when the other side accepts). */
  by: string | null;
}

/**
 * Records per batch (each batch is one transaction on the receiver). TOWNGRID_SYNC_BATCH_RECORDS
 * makes batches smaller for a slow link (or for a test that needs many of them).
 */
const BATCH_RECORDS = Math.min(50_000, Math.max(1, Number(process.env.TOWNGRID_SYNC_BATCH_RECORDS) || SYNC_BATCH_RECORDS));
const SCHEMA = MIGRATIONS[MIGRATIONS.length - 1]!.version;
const MAX_PENDING = 8;
const PENDING_TTL_MS = 10 * 60_000;
const REDIAL_MIN_MS = 1000;
const REDIAL_MAX_MS = 30_000;
const TICK_MS = 1000;
const PAIR_REPLY_TIMEOUT_MS = 15_000;

export class SyncNode {
  private readonly store: PeerStore;
  private readonly sessions = new Map<string, SyncSession>();
  private readonly pending = new Map<string, Pending>();
  private readonly errors = new Map<string, string>();
  private readonly dialing = new Set<string>();
  private readonly redial = new Map<string, { at: number; wait: number }>();
  private readonly columns: ReadonlyMap<SyncedTableName, ReadonlySet<string>>;
  private listener: Awaited<ReturnType<typeof listenForPeers>> | null = null;
  private discovery: Discovery | null = null;
  private ticker: NodeJS.Timeout | null = null;
  private stopped = false;
  private offlineSince: number;
  private readonly host: SessionHost;

  constructor(
    private readonly deps: SyncNodeDeps,
    private readonly opts: SyncNodeOptions,
  ) {
    this.store = new PeerStore(deps.db, deps.reads);
    this.columns = describeSyncedTables(deps.reads).columns;
    this.offlineSince = deps.now();
    this.host = {
      schema: SCHEMA,
      columns: this.columns,
      hello: (fp) => this.hello(fp),
      readBatch: async (after, known) =>
        await deps.exclusive(() => ({ ...batchSince(deps.reads, after, { limit: BATCH_RECORDS, known }), of: changeSeq(deps.reads) })),
      apply: (fp, records, upTo) => this.applyBatch(fp, records, upTo),
      greeted: (s) => this.greeted(s),
      closed: (s, error) => this.closed(s, error),
      now: deps.now,
      log: deps.log,
    };
  }

  get fingerprint(): string {
    return this.opts.cert.fingerprint;
  }

  get name(): string {
    return getMeta(this.deps.reads, 'device_name') ?? hostname().slice(0, 40);
  }

  /** `host:port` listened on, once started. */
  get listening(): string | null {
    return this.listener ? formatAddress(this.opts.host, this.listener.port) : null;
  }

  get port(): number | null {
    return this.listener?.port ?? null;
  }

  /** The UDP port of the discovery beacon, when it runs. */
  get discoveryPort(): number | null {
    return this.discovery?.port ?? null;
  }

  async start(): Promise<void> {
    this.listener = await listenForPeers({
      cert: this.opts.cert,
      host: this.opts.host,
      port: this.opts.port,
      // Only a paired device may open /sync; any device may ask to pair.
      admit: (path, fp) => fp !== this.fingerprint && (path === '/pair' || this.store.trusted(fp)),
      onPeer: (a) => this.accepted(a),
    });
    for (const address of this.opts.peers ?? []) void this.connect(address, null).catch((err: unknown) => this.deps.log(`同步：连接 ${address} 失败：${(err as Error).message}`));
    if (this.opts.discovery) {
      this.discovery = new Discovery(this.opts.discovery, { fingerprint: this.fingerprint, port: this.listener.port, name: () => this.name }, (hint) => this.discovered(hint));
      await this.discovery.start();
    }
    this.ticker = setInterval(() => this.tick(), TICK_MS);
    this.ticker.unref();
    this.tick();
  }

  stop(): void {
    this.stopped = true;
    if (this.ticker) clearInterval(this.ticker);
    this.discovery?.stop();
    for (const s of this.sessions.values()) s.close(null, 1001);
    for (const p of this.pending.values()) p.ws.terminate();
    this.pending.clear();
    this.listener?.close();
  }

  /** Local commits (and received ones): push them to every peer; a change of the paired list is enforced at once. */
  changed(tables: readonly string[]): void {
    if (tables.includes('sync_peer')) this.enforceTrust();
    for (const s of this.sessions.values()) s.poke();
  }

  // ---- status -------------------------------------------------------------------------------

  status(): SyncStatus {
    const now = this.deps.now();
    const seq = changeSeq(this.deps.reads);
    const links = new Map(this.store.links().map((l) => [l.fingerprint, l]));
    const names = new Map(this.store.peers().map((p) => [p.fingerprint, p.name]));
    const users = new Map((this.deps.reads.cached('SELECT id, display_name FROM user_account').all() as { id: string; display_name: string }[]).map((u) => [u.id, u.display_name]));
    return {
      device: { name: this.name, fingerprint: this.fingerprint, listening: this.listening, schema: SCHEMA },
      enabled: true,
      peers: this.store
        .peers()
        .filter((p) => p.fingerprint !== this.fingerprint)
        .map((p) => {
          const s = this.sessions.get(p.fingerprint);
          const link = links.get(p.fingerprint);
          const live = s?.open && s.peer ? s : null;
          return {
            fingerprint: p.fingerprint,
            name: p.name,
            status: p.status,
            changedAt: p.changed_at,
            changedBy: p.changed_by ? (users.get(p.changed_by) ?? null) : null,
            note: p.note,
            connected: !!live,
            address: link?.address ?? null,
            lastSeenAt: live ? now : (link?.last_seen ?? null),
            behindChanges: live ? Math.max(0, seq - live.acked) : null,
            behindSince: live ? live.behindSince : null,
            catchUp: live && live.peerSeq > live.received ? { done: live.received, total: live.peerSeq } : null,
            error: this.errors.get(p.fingerprint) ?? null,
          };
        }),
      pending: [...this.pending.values()].map(({ ws: _ws, by: _by, ...shown }) => shown),
      quarantine: this.store.quarantined().map((q) => ({
        id: q.id,
        from: names.get(q.fingerprint) ?? q.fingerprint,
        table: auditTableLabel(q.tbl),
        heldAt: q.held_at,
        aheadMs: Math.max(0, q.stamp_ms - q.held_at),
      })),
      conflictCases: this.deps.reads.cached('SELECT count(*) FROM case_record WHERE sync_conflict IS NOT NULL').pluck().get() as number,
    };
  }

  indicator(): SyncIndicator {
    const paired = this.store.peers().filter((p) => p.status === 'paired' && p.fingerprint !== this.fingerprint).length;
    const live = [...this.sessions.values()].filter((s) => s.open && s.peer);
    const quarantined = this.store.quarantineCount();
    if (paired === 0) return { state: 'alone', paired, connected: 0, offlineSince: null, offlineForMs: null, quarantined };
    if (live.length === 0) {
      return { state: 'offline', paired, connected: 0, offlineSince: this.offlineSince, offlineForMs: Math.max(0, this.deps.now() - this.offlineSince), quarantined };
    }
    const catching = live.some((s) => s.peerSeq > s.received || s.behindSince !== null);
    return { state: catching ? 'syncing' : 'ok', paired, connected: live.length, offlineSince: null, offlineForMs: null, quarantined };
  }

  // ---- pairing ------------------------------------------------------------------------------

  /** Connects to the PC at `address`: a paired one syncs at once; another gets a pairing request. */
  async connect(address: string, by: string | null): Promise<SyncConnectResult> {
    if (!parseAddress(address)) throw new AppError('BAD_INPUT', '地址格式不正确，例如 192.168.1.20 或 192.168.1.20:47810');
    let dialed: Awaited<ReturnType<typeof dialPeer>>;
    try {
      dialed = await dialPeer({ cert: this.opts.cert, address, path: '/pair', expect: null });
    } catch (err) {
      throw new AppError('INVALID_STATE', (err as Error).message);
    }
    const { ws, fingerprint } = dialed;
    if (fingerprint === this.fingerprint) {
      ws.close();
      throw new AppError('INVALID_STATE', '这是本机的地址，请填写另一台电脑的地址');
    }
    const reply = await new Promise<PairFrame | null>((resolve) => {
      const timer = setTimeout(() => resolve(null), PAIR_REPLY_TIMEOUT_MS);
      ws.once('message', (data) => {
        clearTimeout(timer);
        resolve(parseFrame(pairFrame, data, MAX_PAIR_FRAME));
      });
      ws.once('close', () => {
        clearTimeout(timer);
        resolve(null);
      });
      ws.send(JSON.stringify({ type: 'pair-request', name: this.name, schema: SCHEMA, proto: PROTOCOL_VERSION, port: this.port } satisfies PairFrame));
    });
    if (!reply) {
      ws.terminate();
      throw new AppError('INVALID_STATE', '对方没有回应配对请求，请确认对方电脑的指挥台已启动');
    }
    if (reply.type === 'refuse') {
      ws.terminate();
      throw new AppError('INVALID_STATE', reply.message);
    }
    if (reply.type === 'pair-accepted') {
      // Already paired there (or accepted at once): trust it here too.
      ws.close();
      await this.deps.exclusive(() => this.trustPeer(fingerprint, reply.name, reply.deviceId, address, by));
      return { outcome: 'connected', fingerprint, name: reply.name, code: null };
    }
    if (reply.type !== 'pair-pending') {
      ws.terminate();
      throw new AppError('INVALID_STATE', '对方的回应无法识别');
    }
    const code = pairingCode(this.fingerprint, fingerprint);
    this.pending.get(fingerprint)?.ws.terminate();
    const entry: Pending = { fingerprint, name: reply.name, address, code, direction: 'outgoing', at: this.deps.now(), ws, by };
    this.pending.set(fingerprint, entry);
    this.errors.delete(fingerprint); // a new request: an earlier one's outcome no longer applies
    ws.on('message', (data) => {
      const f = parseFrame(pairFrame, data, MAX_PAIR_FRAME);
      if (f?.type === 'pair-accepted') {
        this.dropPending(entry);
        ws.close();
        this.locked(() => this.trustPeer(fingerprint, f.name, f.deviceId, address, entry.by));
      } else {
        if (f?.type === 'pair-rejected') this.errors.set(fingerprint, '对方拒绝了配对请求');
        else if (f?.type === 'refuse') this.errors.set(fingerprint, f.message);
        this.dropPending(entry);
        ws.terminate();
      }
    });
    ws.on('close', () => {
      // Ended unanswered (expired there, or the other PC went away): say so, rather than nothing.
      if (this.pending.get(fingerprint) === entry && !this.stopped) this.errors.set(fingerprint, '配对请求已失效（对方未在10分钟内接受，或连接已断开），请重新申请');
      this.dropPending(entry);
    });
    return { outcome: 'pairing', fingerprint, name: reply.name, code };
  }

  /** An administrator here accepted an incoming request (after comparing the codes). */
  accept(fingerprint: string, by: string | null): void {
    const p = this.pending.get(fingerprint);
    if (!p || p.direction !== 'incoming') throw new AppError('NOT_FOUND', '该配对请求已失效，请让对方重新发起');
    // Committing the pairing tells the requester (enforceTrust, on the change).
    this.trustPeer(fingerprint, p.name, null, p.address, by);
    this.enforceTrust();
  }

  reject(fingerprint: string): void {
    const p = this.pending.get(fingerprint);
    if (!p) throw new AppError('NOT_FOUND', '该配对请求已失效');
    try {
      if (p.direction === 'incoming') p.ws.send(JSON.stringify({ type: 'pair-rejected' } satisfies PairFrame));
      p.ws.close();
    } catch {
      /* gone */
    }
    this.dropPending(p);
  }

  revoke(fingerprint: string, reason: string, by: string | null): void {
    if (fingerprint === this.fingerprint) throw new AppError('INVALID_STATE', '不能撤销本机');
    const peer = this.store.peer(fingerprint);
    if (!peer) throw new AppError('NOT_FOUND', '没有与该设备配对');
    this.deps.writer.transaction(by, (tx) =>
      writePeer(tx, { fingerprint, name: peer.name, deviceId: peer.device_id, status: 'revoked', at: this.deps.now(), by, note: reason }),
    );
    this.enforceTrust();
  }

  rename(name: string, by: string | null): void {
    setMeta(this.deps.db, 'device_name', name);
    const self = this.store.peer(this.fingerprint);
    if (self) this.deps.writer.transaction(by, (tx) => writePeer(tx, { fingerprint: this.fingerprint, name, deviceId: this.deps.deviceId, status: self.status, at: this.deps.now(), by }));
  }

  discard(ids: readonly number[]): number {
    return this.store.discard(ids);
  }

  /** Pairs `fingerprint` here: its record and this PC's own, then dials it. */
  private trustPeer(fingerprint: string, name: string, deviceId: string | null, address: string | null, by: string | null): void {
    const at = this.deps.now();
    this.deps.writer.transaction(by, (tx) => {
      const self = this.store.peer(this.fingerprint);
      if (!self || self.status !== 'paired' || self.name !== this.name) {
        writePeer(tx, { fingerprint: this.fingerprint, name: this.name, deviceId: this.deps.deviceId, status: 'paired', at, by });
      }
      writePeer(tx, { fingerprint, name, deviceId, status: 'paired', at, by });
    });
    if (address) this.store.setAddress(fingerprint, address);
    this.errors.delete(fingerprint);
    this.redial.delete(fingerprint);
    this.tick();
  }

  /** A write started by the network (not by a call, which already holds the connection): taken in turn with calls and jobs. */
  private locked(fn: () => void): void {
    Promise.resolve()
      .then(() => (this.stopped ? undefined : this.deps.exclusive(fn)))
      .catch((err: unknown) => this.deps.log(`同步：写入本机同步状态失败：${(err as Error).message}`));
  }

  private dropPending(p: Pending): void {
    if (this.pending.get(p.fingerprint) === p) this.pending.delete(p.fingerprint);
  }

  // ---- sessions -----------------------------------------------------------------------------

  private accepted(a: Accepted): void {
    if (this.stopped) return a.ws.terminate();
    if (a.path === '/sync') {
      new SyncSession(a.ws, a.fingerprint, a.fingerprint, a.remoteAddress, this.host);
      return;
    }
    // A pairing request: remembered for an administrator here, answered with nothing else.
    const timer = setTimeout(() => a.ws.terminate(), PAIR_REPLY_TIMEOUT_MS);
    a.ws.once('message', (data) => {
      clearTimeout(timer);
      const f = parseFrame(pairFrame, data, MAX_PAIR_FRAME);
      if (!f || f.type !== 'pair-request') return a.ws.terminate();
      const refuse = (message: string) => {
        a.ws.send(JSON.stringify({ type: 'refuse', message } satisfies PairFrame));
        a.ws.close();
      };
      if (f.proto !== PROTOCOL_VERSION || f.schema !== SCHEMA) {
        return refuse(f.proto < PROTOCOL_VERSION || f.schema < SCHEMA ? '本机版本较旧，请先升级本机的指挥台' : '对方版本较旧，请先升级对方电脑上的指挥台');
      }
      const address = f.port ? formatAddress(a.remoteAddress.replace(/^::ffff:/, ''), f.port) : null;
      if (this.store.trusted(a.fingerprint)) {
        if (address) this.locked(() => this.store.setAddress(a.fingerprint, address));
        a.ws.send(JSON.stringify({ type: 'pair-accepted', name: this.name, deviceId: this.deps.deviceId } satisfies PairFrame));
        a.ws.close();
        return;
      }
      if (this.store.peer(a.fingerprint)?.status === 'revoked') return refuse('本设备已被撤销，需由管理员重新接受配对');
      const existing = this.pending.get(a.fingerprint);
      if (!existing && [...this.pending.values()].filter((p) => p.direction === 'incoming').length >= MAX_PENDING) return refuse('对方待处理的配对请求过多，请稍后再试');
      existing?.ws.terminate();
      const entry: Pending = { fingerprint: a.fingerprint, name: f.name, address, code: pairingCode(this.fingerprint, a.fingerprint), direction: 'incoming', at: this.deps.now(), ws: a.ws, by: null };
      this.pending.set(a.fingerprint, entry);
      a.ws.send(JSON.stringify({ type: 'pair-pending', name: this.name } satisfies PairFrame));
      const expire = setTimeout(() => a.ws.terminate(), PENDING_TTL_MS);
      expire.unref();
      a.ws.on('message', () => a.ws.terminate());
      a.ws.on('close', () => {
        clearTimeout(expire);
        this.dropPending(entry);
      });
    });
    a.ws.on('close', () => clearTimeout(timer));
  }

  private hello(fingerprint: string): HelloFrame {
    const vector = versionVector(this.deps.reads);
    return {
      type: 'hello',
      proto: PROTOCOL_VERSION,
      schema: SCHEMA,
      deviceId: this.deps.deviceId,
      name: this.name,
      port: this.port,
      seq: changeSeq(this.deps.reads),
      have: this.store.link(fingerprint)?.received_upto ?? 0,
      vector: vectorToWire(vector),
    };
  }

  /** A peer said hello: keep one session per peer, and remember where it listens. */
  private greeted(s: SyncSession): string | null {
    if (this.stopped || !this.store.trusted(s.fingerprint)) return '本设备未配对或已被撤销';
    const peer = s.peer!;
    if (peer.deviceId === this.deps.deviceId) return '两台电脑的设备标识相同（数据文件夹连同 sync 子文件夹被整体复制过）：请在其中一台删除数据文件夹中的 sync 子文件夹后重新启动，再重新配对';
    // A peer whose log restarted (a restored backup) is received from its start; what is already here is skipped.
    const link = this.store.link(s.fingerprint);
    s.received = Math.min(link?.received_upto ?? 0, peer.seq);
    const existing = this.sessions.get(s.fingerprint);
    if (existing && existing !== s && existing.open) {
      // Two connections between the same pair (both dialed): both sides keep the one dialed by the smaller fingerprint.
      const keepNew = existing.dialer === s.dialer || s.dialer < existing.dialer;
      if (!keepNew) return '';
      existing.close(null, 4000);
    }
    this.sessions.set(s.fingerprint, s);
    this.errors.delete(s.fingerprint);
    this.redial.delete(s.fingerprint);
    const at = this.deps.now();
    const received = s.received;
    this.locked(() => {
      if ((this.store.link(s.fingerprint)?.received_upto ?? 0) > received) this.store.setReceived(s.fingerprint, received);
      if (s.dialer === s.fingerprint && peer.port) this.store.setAddress(s.fingerprint, formatAddress(s.remote.replace(/^::ffff:/, ''), peer.port));
      this.store.seen(s.fingerprint, at);
      const p = this.store.peer(s.fingerprint);
      if (p && (p.device_id !== peer.deviceId || p.name !== peer.name)) {
        // The paired record learns the device's stamp id and current name.
        this.deps.writer.transaction(null, (tx) => writePeer(tx, { fingerprint: s.fingerprint, name: peer.name, deviceId: peer.deviceId, status: p.status, at: p.changed_at, by: p.changed_by, note: p.note }));
      }
    });
    return null;
  }

  private closed(s: SyncSession, error: string | null): void {
    if (this.sessions.get(s.fingerprint) === s) {
      this.sessions.delete(s.fingerprint);
      const at = this.deps.now();
      if (s.peer) this.locked(() => this.store.seen(s.fingerprint, at));
      if (this.sessions.size === 0) this.offlineSince = this.deps.now();
    }
    if (error) this.errors.set(s.fingerprint, error);
  }

  private async applyBatch(fingerprint: string, records: ReturnType<typeof decodeRecord>[], upTo: number): Promise<void> {
    await this.deps.exclusive(() => {
      const { held } = this.deps.writer.applyRemote(records as NonNullable<(typeof records)[number]>[]);
      if (held.length > 0) {
        this.store.hold(fingerprint, held, this.deps.now());
        this.deps.log(`同步：${held.length} 条来自 ${this.store.peer(fingerprint)?.name ?? fingerprint} 的记录时间超前本机时钟 5 分钟以上，已隔离`);
      }
      // After the batch's own transaction: a crash in between only makes the peer send it again (skipped here).
      this.store.setReceived(fingerprint, upTo);
      const s = this.sessions.get(fingerprint);
      if (s) s.received = upTo;
      this.claimAdmin(fingerprint);
    });
  }

  /** Sessions of devices no longer paired are closed. */
  private enforceTrust(): void {
    for (const s of this.sessions.values()) if (!this.store.trusted(s.fingerprint)) s.close('本设备已被撤销', 4003, '已撤销');
    // A request accepted here or on another PC: the requester is told, and dials in.
    for (const p of [...this.pending.values()]) {
      if (p.direction !== 'incoming' || !this.store.trusted(p.fingerprint)) continue;
      try {
        p.ws.send(JSON.stringify({ type: 'pair-accepted', name: this.name, deviceId: this.deps.deviceId } satisfies PairFrame));
        p.ws.close();
      } catch {
        /* the requester went away: it will be dialed */
      }
      this.dropPending(p);
    }
  }

  private discovered(hint: { fingerprint: string; address: string }): void {
    if (hint.fingerprint === this.fingerprint || !this.store.trusted(hint.fingerprint) || this.sessions.has(hint.fingerprint)) return;
    const link = this.store.link(hint.fingerprint);
    if (link?.address !== hint.address) this.locked(() => this.store.setAddress(hint.fingerprint, hint.address));
    this.redial.delete(hint.fingerprint);
  }

  /** Once a second: dial paired peers not connected (with a growing wait), retry quarantined records. */
  private tick(): void {
    if (this.stopped) return;
    const now = this.deps.now();
    const links = new Map(this.store.links().map((l) => [l.fingerprint, l]));
    for (const p of this.store.peers()) {
      if (p.status !== 'paired' || p.fingerprint === this.fingerprint || this.sessions.has(p.fingerprint) || this.dialing.has(p.fingerprint)) continue;
      const address = links.get(p.fingerprint)?.address;
      if (!address) continue;
      const r = this.redial.get(p.fingerprint);
      if (r && r.at > now) continue;
      this.dial(p.fingerprint, address, r?.wait ?? 0);
    }
    void this.releaseQuarantine(now);
  }

  private dial(fingerprint: string, address: string, lastWait: number): void {
    this.dialing.add(fingerprint);
    const wait = Math.min(REDIAL_MAX_MS, Math.max(REDIAL_MIN_MS, lastWait * 2));
    this.redial.set(fingerprint, { at: this.deps.now() + wait, wait });
    dialPeer({ cert: this.opts.cert, address, path: '/sync', expect: fingerprint })
      .then(({ ws }) => {
        if (this.stopped) return ws.terminate();
        new SyncSession(ws, fingerprint, this.fingerprint, address, this.host);
      })
      .catch((err: unknown) => this.errors.set(fingerprint, (err as Error).message))
      .finally(() => this.dialing.delete(fingerprint));
  }

  private releasing = false;

  // ---- joining a centre (a new PC's first run) ----------------------------------------------

  private joining: { username: string; hash: string; fingerprint: string; code: string | null; name: string; claimed: boolean; error: string | null } | null = null;

  /** Asks the PC at `address` to take this one into its centre; its administrator account gets `hash` here once it arrives. */
  async join(address: string, username: string, hash: string): Promise<SyncConnectResult> {
    const r = await this.connect(address, null);
    this.joining = { username, hash, fingerprint: r.fingerprint, code: r.code, name: r.name, claimed: false, error: null };
    if (r.outcome === 'connected') this.tick();
    return r;
  }

  joinStatus(): SyncJoinStatus {
    const j = this.joining;
    const idle: SyncJoinStatus = { state: 'idle', code: null, name: null, done: 0, total: 0, error: null };
    if (!j) return idle;
    const base = { code: j.code, name: j.name };
    const s = this.sessions.get(j.fingerprint);
    const progress = s?.peer ? { done: s.received, total: Math.max(s.peerSeq, s.received) } : { done: 0, total: 0 };
    if (j.claimed) return { state: 'ready', ...base, ...progress, error: null };
    const error = j.error ?? (this.pending.has(j.fingerprint) || s ? null : (this.errors.get(j.fingerprint) ?? null));
    if (error) return { state: 'failed', ...base, ...progress, error };
    if (this.pending.has(j.fingerprint)) return { state: 'waiting', ...base, done: 0, total: 0, error: null };
    return { state: 'receiving', ...base, ...progress, error: null };
  }

  /** After a received batch: the joining administrator's account, once it is here, gets the password typed at joining. */
  private claimAdmin(fingerprint: string): void {
    const j = this.joining;
    if (!j || j.claimed || j.fingerprint !== fingerprint) return;
    const user = this.deps.reads.cached('SELECT id, role FROM user_account WHERE username = ? COLLATE NOCASE ORDER BY id').get(j.username) as
      | { id: string; role: string }
      | undefined;
    const s = this.sessions.get(fingerprint);
    if (user?.role === 'admin') {
      this.deps.secrets.set(user.id, { hash: j.hash }, { mustChange: false });
      j.claimed = true;
    } else if (s?.peer && s.received >= s.peerSeq) {
      j.error = user ? `账号 ${j.username} 不是系统管理员，请用中心的管理员账号加入` : `中心数据中没有账号 ${j.username}，请填写中心的管理员账号`;
    }
  }

  /** Records held for a clock ahead are applied once this PC's clock has come near enough. */
  private async releaseQuarantine(now: number): Promise<void> {
    if (this.releasing) return;
    const due = this.store.due(now + MAX_CLOCK_AHEAD_MS - 1000);
    if (due.length === 0) return;
    this.releasing = true;
    try {
      await this.deps.exclusive(() => {
        const records = due.map((q) => decodeRecord(JSON.parse(q.record), this.columns)).filter((r) => r !== null);
        const { held } = this.deps.writer.applyRemote(records);
        const stillHeld = new Set(held.map((r) => `${r.table}/${r.id}`));
        this.store.discard(due.filter((q) => !stillHeld.has(`${q.tbl}/${(JSON.parse(q.record) as { i: string }).i}`)).map((q) => q.id));
      });
    } catch (err) {
      this.deps.log(`同步：隔离记录放行失败：${(err as Error).message}`);
    } finally {
      this.releasing = false;
    }
  }
}
