// How 数据同步 reads on screen: the lag of a peer, 「离线 N 分钟」, the short fingerprint and the code.
import { describe, expect, it } from 'vitest';
import type { SyncIndicator } from '../../../shared/sync/sync-types';
import { fingerprintLines, indicatorView, lagText, pairingCodeText, shortFingerprint, spanText } from '../../../renderer/src/ui/sync-format';

const NOW = Date.UTC(2026, 10, 30, 8, 0, 0);
const MIN = 60_000;
const indicator = (over: Partial<SyncIndicator>): SyncIndicator => ({ state: 'ok', paired: 2, connected: 2, offlineSince: null, offlineForMs: null, quarantined: 0, ...over });

describe('sync display', () => {
  it('says how far behind a peer is in changes and time', () => {
    expect(lagText({ behindChanges: 120, behindSince: NOW - 3 * MIN - 20_000 }, NOW)).toBe('落后 120 条，约 3 分钟');
    expect(lagText({ behindChanges: 12_345, behindSince: NOW - 26 * 60 * MIN }, NOW)).toBe('落后 12,345 条，约 1 天');
    expect(lagText({ behindChanges: 5, behindSince: null }, NOW)).toBe('落后 5 条');
    expect(lagText({ behindChanges: 0, behindSince: null }, NOW)).toBe('已同步');
    expect(lagText({ behindChanges: null, behindSince: null }, NOW)).toBe('—');
    // A peer's clock a little ahead never shows a negative lag.
    expect(lagText({ behindChanges: 1, behindSince: NOW + 5000 }, NOW)).toBe('落后 1 条，不到 1 分钟');
  });

  it('hides the indicator when alone and counts minutes offline', () => {
    expect(indicatorView(indicator({ state: 'alone', paired: 0, connected: 0 }), NOW)).toBeNull();
    expect(indicatorView(indicator({ state: 'ok' }), NOW)).toEqual({ tone: 'ok', text: '同步正常' });
    expect(indicatorView(indicator({ state: 'syncing' }), NOW)).toEqual({ tone: 'busy', text: '正在同步' });
    expect(indicatorView(indicator({ state: 'offline', connected: 0, offlineSince: NOW - 7 * MIN - 59_000 }), NOW)).toEqual({ tone: 'warn', text: '离线 7 分钟' });
    expect(indicatorView(indicator({ state: 'offline', connected: 0, offlineSince: NOW - 30_000 }), NOW)).toEqual({ tone: 'warn', text: '离线不到 1 分钟' });
    expect(indicatorView(indicator({ state: 'offline', connected: 0, offlineSince: NOW - 3 * 60 * MIN }), NOW)).toEqual({ tone: 'alarm', text: '离线 3 小时' });
    expect(indicatorView(indicator({ state: 'offline', connected: 0, offlineSince: NOW - 50 * 60 * MIN }), NOW)).toEqual({ tone: 'alarm', text: '离线 2 天' });
    // The station's own count wins over this browser's clock (which may be off by minutes).
    expect(indicatorView(indicator({ state: 'offline', connected: 0, offlineSince: NOW - 3 * 60 * MIN, offlineForMs: 7 * MIN }), NOW)).toEqual({ tone: 'warn', text: '离线 7 分钟' });
  });

  it('shortens fingerprints and groups the pairing code', () => {
    const fp = Array.from({ length: 32 }, (_, i) => i.toString(16).toUpperCase().padStart(2, '0')).join(':');
    expect(shortFingerprint(fp)).toBe('00:01:02:03…1E:1F');
    const [first, second] = fingerprintLines(fp);
    expect(first).toMatch(/^00:.*:0F:$/);
    expect(second).toMatch(/^10:.*:1F$/);
    expect(`${first}${second}`).toBe(fp);
    expect(pairingCodeText('482913')).toBe('482 913');
    expect(pairingCodeText('48291')).toBe('48291');
    expect(spanText(59_999)).toBe('不到 1 分钟');
  });
});
