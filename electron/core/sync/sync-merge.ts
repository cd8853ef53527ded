// The merge rules of LAN sync as pure decisions (docs/sync.md, "Merge rules"): stamps are
// ordered by (hlc, device id) — the device's global id breaks a tie, never a local number — and
// each cell keeps the newest; a tombstone beats the record's older stamp; a record comes back
// after a delete only by a re-creation newer than the tombstone.
import type { SyncStamp } from './sync-records';

/** Whether stamp `a` is newer than stamp `b`. */
export function newer(a: SyncStamp, b: SyncStamp): boolean {
  return a.hlc > b.hlc || (a.hlc === b.hlc && a.device > b.device);
}

export function sameStamp(a: SyncStamp, b: SyncStamp): boolean {
  return a.hlc === b.hlc && a.device === b.device;
}

export interface LocalRecordState {
  stamp: SyncStamp;
  deleted: boolean;
}

/**
 * What to do with an incoming record given the local one: `tombstone` (delete here),
 * `create` (take it whole: new here, or re-created after our tombstone), `merge` (both live:
 * per cell) or `skip` (ours is as new or newer).
 */
export function recordDecision(local: LocalRecordState | null, incoming: { stamp: SyncStamp; deleted: boolean }): 'tombstone' | 'create' | 'merge' | 'skip' {
  if (incoming.deleted) {
    if (local && !newer(incoming.stamp, local.stamp)) return 'skip';
    return 'tombstone';
  }
  if (!local) return 'create';
  if (local.deleted) return newer(incoming.stamp, local.stamp) ? 'create' : 'skip';
  return 'merge';
}
