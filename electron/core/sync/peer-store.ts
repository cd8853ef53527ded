// What this PC keeps about its peers:
// - the paired devices (`sync_peer`, synced: pairing and revocation reach every PC), read here and
//   written through the change writer by `writePeer`;
// - each peer's link (`sync_link`, local): the address to dial, the position of the peer's log
//   received up to here, when it was last connected;
// - records held in quarantine (`sync_quarantine`, local): stamped too far ahead of this PC's
//   clock, kept until the clock reaches them or an administrator discards them.
import type { Db } from '../db/connection';
import type { WriteTx } from '../db/change-writer';
import type { ReadDb } from '../db/read-db';
import { peerRecordId } from './pairing-code';
import type { SyncRecord } from './sync-records';
import { encodeRecord } from './sync-wire';
import { hlcMs } from '../db/hlc';

export interface PeerRow {
  id: string;
  fingerprint: string;
  device_id: string | null;
  name: string;
  status: 'paired' | 'revoked';
  changed_at: number;
  changed_by: string | null;
  note: string | null;
}

export interface LinkRow {
  fingerprint: string;
  address: string | null;
  received_upto: number;
  last_seen: number | null;
}

export interface QuarantineRow {
  id: number;
  fingerprint: string;
  held_at: number;
  stamp_ms: number;
  tbl: string;
  record: string;
}

/** Writes (or re-writes) the paired-device record of `fingerprint`, inside a change-writer transaction. */
export function writePeer(
  tx: WriteTx,
  p: { fingerprint: string; name: string; deviceId: string | null; status: 'paired' | 'revoked'; at: number; by: string | null; note?: string | null },
): void {
  const id = peerRecordId(p.fingerprint);
  const patch = { fingerprint: p.fingerprint, name: p.name, status: p.status, changed_at: p.at, changed_by: p.by, note: p.note ?? null };
  const existing = tx.db.prepare('SELECT device_id FROM sync_peer WHERE id = ?').get(id) as { device_id: string | null } | undefined;
  if (existing) tx.update('sync_peer', id, { ...patch, device_id: p.deviceId ?? existing.device_id });
  else tx.insert('sync_peer', { id, ...patch, device_id: p.deviceId });
}

export class PeerStore {
  constructor(
    private readonly db: Db,
    private readonly reads: ReadDb,
  ) {}

  peers(): PeerRow[] {
    return this.reads.cached('SELECT * FROM sync_peer ORDER BY name, fingerprint').all() as PeerRow[];
  }

  peer(fingerprint: string): PeerRow | undefined {
    return this.reads.cached('SELECT * FROM sync_peer WHERE id = ?').get(peerRecordId(fingerprint)) as PeerRow | undefined;
  }

  /** A device may exchange data with this PC only while its record says paired. */
  trusted(fingerprint: string): boolean {
    return this.peer(fingerprint)?.status === 'paired';
  }

  link(fingerprint: string): LinkRow | undefined {
    return this.reads.cached('SELECT * FROM sync_link WHERE fingerprint = ?').get(fingerprint) as LinkRow | undefined;
  }

  links(): LinkRow[] {
    return this.reads.cached('SELECT * FROM sync_link').all() as LinkRow[];
  }

  private ensureLink(fingerprint: string): void {
    this.db.prepare('INSERT INTO sync_link (fingerprint) VALUES (?) ON CONFLICT (fingerprint) DO NOTHING').run(fingerprint);
  }

  setAddress(fingerprint: string, address: string): void {
    this.ensureLink(fingerprint);
    this.db.prepare('UPDATE sync_link SET address = ? WHERE fingerprint = ?').run(address, fingerprint);
  }

  setReceived(fingerprint: string, upTo: number): void {
    this.ensureLink(fingerprint);
    this.db.prepare('UPDATE sync_link SET received_upto = ? WHERE fingerprint = ?').run(upTo, fingerprint);
  }

  seen(fingerprint: string, at: number): void {
    this.ensureLink(fingerprint);
    this.db.prepare('UPDATE sync_link SET last_seen = ? WHERE fingerprint = ?').run(at, fingerprint);
  }

  /** Keeps records held for a clock ahead (the sync page lists them). */
  hold(fingerprint: string, records: readonly SyncRecord[], at: number): void {
    if (records.length === 0) return;
    const insert = this.db.prepare('INSERT INTO sync_quarantine (fingerprint, held_at, stamp_ms, tbl, record) VALUES (?, ?, ?, ?, ?)');
    this.db.transaction(() => {
      for (const r of records) {
        const top = Object.values(r.cells ?? {}).reduce((m, c) => (c.hlc > m ? c.hlc : m), r.stamp.hlc);
        insert.run(fingerprint, at, hlcMs(top), r.table, JSON.stringify(encodeRecord(r)));
      }
    })();
  }

  quarantined(): QuarantineRow[] {
    return this.reads.cached('SELECT * FROM sync_quarantine ORDER BY id LIMIT 1000').all() as QuarantineRow[];
  }

  quarantineCount(): number {
    return this.reads.cached('SELECT count(*) AS n FROM sync_quarantine').pluck().get() as number;
  }

  /** Held records whose stamps this PC's clock has now reached (to apply them). */
  due(beforeMs: number): QuarantineRow[] {
    return this.reads.cached('SELECT * FROM sync_quarantine WHERE stamp_ms < ? ORDER BY id LIMIT 5000').all(beforeMs) as QuarantineRow[];
  }

  discard(ids: readonly number[]): number {
    const del = this.db.prepare('DELETE FROM sync_quarantine WHERE id = ?');
    return this.db.transaction(() => ids.reduce((n, id) => n + del.run(id).changes, 0))();
  }
}
