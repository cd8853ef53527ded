// How 数据同步 states read on screen: a lag in changes and time, minutes offline, a short
// fingerprint, the six-digit code in two groups.
import type { SyncIndicator, SyncPeerView } from '../../../shared/sync/sync-types';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "不到 1 分钟", "3 分钟", "2 小时", "5 天" for a span in ms. */
export function spanText(ms: number): string {
  if (ms < MINUTE) return '不到 1 分钟';
  if (ms < HOUR) return `${Math.floor(ms / MINUTE)} 分钟`;
  if (ms < DAY) return `${Math.floor(ms / HOUR)} 小时`;
  return `${Math.floor(ms / DAY)} 天`;
}

/** 「落后 120 条，约 3 分钟」, 「已同步」, or 「—」 when the peer's position is not known. */
export function lagText(peer: Pick<SyncPeerView, 'behindChanges' | 'behindSince'>, now: number): string {
  const n = peer.behindChanges;
  if (n === null) return '—';
  if (n <= 0) return '已同步';
  const count = `落后 ${n.toLocaleString('zh-CN')} 条`;
  if (peer.behindSince === null) return count;
  const span = Math.max(0, now - peer.behindSince);
  return `${count}，${span < MINUTE ? '' : '约 '}${spanText(span)}`;
}

/** Whole minutes since `since` (never negative), for 「离线 N 分钟」. */
export function minutesSince(since: number, now: number): number {
  return Math.max(0, Math.floor((now - since) / MINUTE));
}

export interface IndicatorView {
  tone: 'ok' | 'busy' | 'warn' | 'alarm';
  text: string;
}

/** What the small sync indicator shows; null when this PC has no paired device (nothing to show). */
export function indicatorView(ind: SyncIndicator, now: number): IndicatorView | null {
  switch (ind.state) {
    case 'alone':
      return null;
    case 'ok':
      return { tone: 'ok', text: '同步正常' };
    case 'syncing':
      return { tone: 'busy', text: '正在同步' };
    case 'offline': {
      if (ind.offlineSince === null) return { tone: 'warn', text: '同步离线' };
      // Counted by the station's clock when it says (a browser's clock may be off); else by this one.
      const minutes = ind.offlineForMs !== null ? Math.floor(ind.offlineForMs / MINUTE) : minutesSince(ind.offlineSince, now);
      // Up to an hour apart is a cable or a PC switched off; longer wants someone to look.
      return { tone: minutes >= 60 ? 'alarm' : 'warn', text: minutes < 1 ? '离线不到 1 分钟' : `离线 ${spanText(minutes * MINUTE)}` };
    }
  }
}

/** `AB:CD:EF:01…9F:00`: enough to tell devices apart in a table (the full one is a tooltip away). */
export function shortFingerprint(fp: string): string {
  const parts = fp.split(':');
  if (parts.length <= 6) return fp;
  return `${parts.slice(0, 4).join(':')}…${parts.slice(-2).join(':')}`;
}

/** The full fingerprint in two lines of 16 bytes, so it never breaks inside a byte. */
export function fingerprintLines(fp: string): string[] {
  const parts = fp.split(':');
  if (parts.length <= 16) return [fp];
  const half = Math.ceil(parts.length / 2);
  return [`${parts.slice(0, half).join(':')}:`, parts.slice(half).join(':')];
}

/** "482 913": the pairing code in two groups of three, easier to compare aloud. */
export function pairingCodeText(code: string): string {
  return /^\d{6}$/.test(code) ? `${code.slice(0, 3)} ${code.slice(3)}` : code;
}
