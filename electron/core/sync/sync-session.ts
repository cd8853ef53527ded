// One open connection to a paired peer (docs/sync.md, "The protocol"). Both ends run the same
// session: each sends `hello` (its version vector, its position, and how far it has received
// the other's log), then streams what the other lacks in batches — each applied by the
// receiver in one transaction and acknowledged — and goes on pushing new changes live. A frame
// that is malformed, or a peer on another version, ends the connection; nothing of it is written.
import type WebSocket from 'ws';
import type { SyncedTableName } from '../../../shared/db/tables';
import type { SyncBatch, SyncRecord } from './sync-records';
import {
  decodeBatch,
  encodeBatch,
  MAX_SYNC_FRAME,
  parseFrame,
  PROTOCOL_VERSION,
  syncFrame,
  vectorFromWire,
  type HelloFrame,
  type SyncFrame,
} from './sync-wire';

/** What a session needs from its node. */
export interface SessionHost {
  readonly schema: number;
  readonly columns: ReadonlyMap<SyncedTableName, ReadonlySet<string>>;
  /** This PC's hello for the peer (its vector, position, and the peer's position received here). */
  hello(fingerprint: string): HelloFrame;
  /** The next batch for the peer after `afterSeq`, leaving out what `known` says it has. */
  readBatch(afterSeq: number, known: ReadonlyMap<string, bigint>): Promise<SyncBatch & { of: number }>;
  /** Applies a received batch in one transaction and records the position received. */
  apply(fingerprint: string, records: SyncRecord[], upTo: number): Promise<void>;
  /** The hello was read: null to go on, or the Chinese reason to refuse the peer. */
  greeted(session: SyncSession): string | null;
  closed(session: SyncSession, error: string | null): void;
  now(): number;
  log(message: string): void;
}

const ACK_TIMEOUT_MS = 120_000;
const PING_EVERY_MS = 15_000;
/** Batches sent ahead of their acknowledgement. */
const WINDOW = 3;
/**
 * How long a push is held back while the peer's catch-up is arriving. Not for ever: two PCs
 * both catching up from each other (a joiner whose centre is itself still receiving) would
 * each wait for the other's catch-up to end, and neither would send.
 */
const CATCH_UP_DEFER_MS = 250;

export const VERSION_OLDER_PEER = '对方版本较旧，请先升级对方电脑上的指挥台';
export const VERSION_OLDER_HERE = '本机版本较旧，请先升级本机的指挥台';
export const MALFORMED = '收到的同步数据格式不正确，已断开';

export class SyncSession {
  /** The peer's hello, once read. */
  peer: HelloFrame | null = null;
  /** What the peer is known to have: its hello's vector, raised by what it sends. */
  private known = new Map<string, bigint>();
  /** The position of this PC's log the peer has acknowledged. */
  acked = 0;
  /** The position of the peer's log received and applied here. */
  received = 0;
  /** The peer's own position, as last announced (catch-up progress). */
  peerSeq = 0;
  behindSince: number | null = null;
  private pumping = false;
  /** New changes here while the peer's catch-up was still arriving (see poke). */
  private pokedDuringCatchUp = false;
  private deferTimer: NodeJS.Timeout | null = null;
  private again = false;
  /** Positions sent and not yet acknowledged (at most WINDOW batches in flight). */
  private inflight: number[] = [];
  /** The last position sent. */
  private sent = 0;
  private ackWait: (() => void) | null = null;
  private ackTimer: NodeJS.Timeout | null = null;
  private ended = false;
  private alive = true;
  private readonly pinger: NodeJS.Timeout;
  /** Work done on a received frame, in order (a batch is applied before the next frame is read). */
  private inbox: Promise<void> = Promise.resolve();

  constructor(
    readonly ws: WebSocket,
    readonly fingerprint: string,
    /** The fingerprint of the side that dialed (to keep one connection per pair). */
    readonly dialer: string,
    /** `host:port` of the peer as seen from here. */
    readonly remote: string,
    private readonly host: SessionHost,
  ) {
    ws.on('message', (data, isBinary) => {
      if (isBinary) return this.fail(MALFORMED);
      const frame = parseFrame(syncFrame, data, MAX_SYNC_FRAME);
      if (!frame) return this.fail(MALFORMED);
      this.inbox = this.inbox
        .then(() => this.onFrame(frame))
        .catch((err: unknown) => {
          // The cause goes to the host's log for whoever looks into it; the page shows the Chinese reason.
          this.host.log(`同步：处理来自 ${this.peer?.name ?? this.fingerprint} 的数据失败：${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
          this.fail(err instanceof Error && /[\u4e00-\u9fa5]/.test(err.message) ? err.message : '应用对方的同步数据失败，已断开（未写入任何内容）');
        });
    });
    ws.on('pong', () => (this.alive = true));
    ws.on('close', () => this.end(null));
    ws.on('unexpected-response', () => this.end('连接被拒绝'));
    ws.on('error', () => this.end('连接中断'));
    this.pinger = setInterval(() => {
      if (!this.alive) return this.fail('对方无响应，已断开');
      this.alive = false;
      try {
        ws.ping();
      } catch {
        this.end('连接中断');
      }
    }, PING_EVERY_MS);
    this.pinger.unref();
    this.send(host.hello(fingerprint));
  }

  get open(): boolean {
    return !this.ended;
  }

  /** New local changes: push them. */
  poke(): void {
    if (!this.peer || this.ended) return;
    // While this peer is still sending its catch-up, what is new here is mostly what it sent
    // (nothing to send back): looked at once when the catch-up is done, not after every batch.
    if (this.peerSeq > this.received) {
      this.pokedDuringCatchUp = true;
      this.deferTimer ??= setTimeout(() => this.pushDeferred(), CATCH_UP_DEFER_MS);
      return;
    }
    this.pushNow();
  }

  private pushNow(): void {
    if (this.pumping) this.again = true;
    else void this.pump();
  }

  /** Sends what was held back during the peer's catch-up (when it ended, or when the wait ran out). */
  private pushDeferred(): void {
    if (this.deferTimer) clearTimeout(this.deferTimer);
    this.deferTimer = null;
    if (!this.pokedDuringCatchUp || this.ended) return;
    this.pokedDuringCatchUp = false;
    this.pushNow();
  }

  /** Ends the session: `toPeer` is sent as the refusal's reason, `here` is the error shown on this PC. */
  close(toPeer: string | null = null, code = 1000, here: string | null = toPeer): void {
    if (toPeer) this.send({ type: 'refuse', message: toPeer });
    this.end(here, code);
  }

  private fail(reason: string): void {
    this.close(reason, 1008);
  }

  private send(frame: SyncFrame): void {
    if (this.ws.readyState !== this.ws.OPEN) return;
    this.ws.send(JSON.stringify(frame));
  }

  private end(error: string | null, code = 1000): void {
    if (this.ended) return;
    this.ended = true;
    clearInterval(this.pinger);
    if (this.ackTimer) clearTimeout(this.ackTimer);
    if (this.deferTimer) clearTimeout(this.deferTimer);
    this.wakeSender();
    // A closing handshake lets a refusal reach the peer; a peer that does not answer it is cut.
    try {
      this.ws.close(code);
    } catch {
      /* already closed */
    }
    setTimeout(() => this.ws.terminate(), 2000).unref();
    this.host.closed(this, error);
  }

  private async onFrame(frame: SyncFrame): Promise<void> {
    if (this.ended) return;
    if (frame.type === 'refuse') return this.end(frame.message);
    if (frame.type === 'hello') {
      if (this.peer) return this.fail(MALFORMED);
      if (frame.proto !== PROTOCOL_VERSION || frame.schema !== this.host.schema) {
        const older = frame.proto < PROTOCOL_VERSION || (frame.proto === PROTOCOL_VERSION && frame.schema < this.host.schema);
        // Tell the peer from its side; keep this side's wording.
        return this.close(older ? VERSION_OLDER_HERE : VERSION_OLDER_PEER, 1008, older ? VERSION_OLDER_PEER : VERSION_OLDER_HERE);
      }
      this.peer = frame;
      this.known = vectorFromWire(frame.vector);
      this.acked = frame.have;
      this.peerSeq = frame.seq;
      const refusal = this.host.greeted(this);
      if (refusal !== null) return this.close(refusal === '' ? null : refusal, 4000);
      // Not awaited: the acks it waits for come through this same inbox.
      void this.pump();
      return;
    }
    if (!this.peer) return this.fail(MALFORMED);
    if (frame.type === 'ack') {
      if (frame.upTo > this.sent) return this.fail(MALFORMED);
      this.acked = Math.max(this.acked, frame.upTo);
      this.inflight = this.inflight.filter((u) => u > frame.upTo);
      if (this.ackTimer) clearTimeout(this.ackTimer);
      this.ackTimer = null;
      if (this.inflight.length > 0) this.armAckTimer();
      else if (!this.pumping) this.behindSince = null;
      this.wakeSender();
      return;
    }
    // A batch: every record checked before anything is applied.
    const records = decodeBatch(frame, this.host.columns);
    if (!records) return this.fail(MALFORMED);
    if (frame.upTo < this.received) return this.fail(MALFORMED);
    this.peerSeq = Math.max(this.peerSeq, frame.of);
    await this.host.apply(this.fingerprint, records, frame.upTo);
    this.received = frame.upTo;
    // The peer has what it sent: do not send it back.
    for (const r of records) {
      this.raise(r.stamp.device, r.stamp.hlc);
      for (const c of Object.values(r.cells ?? {})) this.raise(c.device, c.hlc);
    }
    this.send({ type: 'ack', upTo: frame.upTo });
    if (this.pokedDuringCatchUp && this.received >= this.peerSeq) this.pushDeferred();
  }

  private raise(device: string, hlc: bigint): void {
    const k = this.known.get(device);
    if (k === undefined || hlc > k) this.known.set(device, hlc);
  }

  private wakeSender(): void {
    const w = this.ackWait;
    this.ackWait = null;
    w?.();
  }

  private armAckTimer(): void {
    this.ackTimer = setTimeout(() => this.fail('对方长时间未确认，已断开'), ACK_TIMEOUT_MS);
    this.ackTimer.unref();
  }

  /**
   * Sends batches until the peer has everything. Up to WINDOW batches are in flight, so this PC
   * reads the next while the peer applies the last; each is acknowledged once applied there.
   */
  private async pump(): Promise<void> {
    if (this.pumping) {
      this.again = true;
      return;
    }
    this.pumping = true;
    try {
      do {
        this.again = false;
        this.sent = Math.max(this.sent, this.acked);
        while (!this.ended) {
          if (this.inflight.length >= WINDOW) {
            await new Promise<void>((resolve) => (this.ackWait = resolve));
            continue;
          }
          const batch = await this.host.readBatch(this.sent, this.known);
          if (this.ended) return;
          if (batch.upTo <= this.sent) {
            if (this.inflight.length === 0) this.behindSince = null;
            break;
          }
          this.behindSince ??= this.host.now();
          this.send({ type: 'batch', upTo: batch.upTo, of: batch.of, ...encodeBatch(batch.records) });
          this.inflight.push(batch.upTo);
          this.sent = batch.upTo;
          if (!this.ackTimer) this.armAckTimer();
        }
      } while (this.again && !this.ended);
    } finally {
      this.pumping = false;
    }
  }
}
