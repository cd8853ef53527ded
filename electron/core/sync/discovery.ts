// Finding peers on the LAN: a small UDP beacon ("TownGrid is here: this fingerprint, this port")
// sent every half minute to the configured addresses (the LAN's broadcast address in a centre),
// and heard from others. It is only a hint of where a paired device is now: trust is always the
// certificate checked when the connection opens, and an unpaired device's beacon is ignored.
import { createSocket, type Socket } from 'node:dgram';
import { z } from 'zod';
import { formatAddress } from './sync-transport';
import { DEFAULT_DISCOVERY_PORT, type DiscoveryOptions } from './sync-options';

export { DEFAULT_DISCOVERY_PORT, type DiscoveryOptions };

const beacon = z.object({ app: z.literal('towngrid'), v: z.literal(1), fp: z.string().regex(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/), port: z.number().int().min(1).max(65535) }).strict();

export class Discovery {
  private socket: Socket | null = null;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly opts: DiscoveryOptions,
    private readonly self: { fingerprint: string; port: number; name(): string },
    private readonly onHint: (hint: { fingerprint: string; address: string }) => void,
  ) {}

  start(): Promise<void> {
    const socket = createSocket({ type: 'udp4', reuseAddr: true });
    this.socket = socket;
    socket.on('error', () => {});
    socket.on('message', (msg, rinfo) => {
      if (msg.length > 512) return;
      try {
        const b = beacon.safeParse(JSON.parse(msg.toString('utf8')));
        if (b.success && b.data.fp !== this.self.fingerprint) this.onHint({ fingerprint: b.data.fp, address: formatAddress(rinfo.address, b.data.port) });
      } catch {
        /* not a beacon */
      }
    });
    return new Promise((resolve) => {
      socket.bind(this.opts.port, this.opts.bind, () => {
        try {
          socket.setBroadcast(true);
        } catch {
          /* not allowed here: unicast targets still work */
        }
        this.timer = setInterval(() => this.send(), this.opts.intervalMs ?? 30_000);
        this.timer.unref();
        this.send();
        resolve();
      });
    });
  }

  /** The UDP port listened on (the one asked for, or the one given for 0). */
  get port(): number | null {
    try {
      return this.socket?.address().port ?? null;
    } catch {
      return null;
    }
  }

  private send(): void {
    const msg = Buffer.from(JSON.stringify({ app: 'towngrid', v: 1, fp: this.self.fingerprint, port: this.self.port }));
    for (const t of this.opts.targets) {
      const m = /^(.+):(\d{1,5})$/.exec(t);
      if (!m) continue;
      this.socket?.send(msg, Number(m[2]), m[1]!.replace(/^\[|\]$/g, ''), () => {});
    }
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    try {
      this.socket?.close();
    } catch {
      /* closed */
    }
    this.socket = null;
  }
}
