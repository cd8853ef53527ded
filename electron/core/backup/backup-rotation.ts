// Which backups rotation removes: of the automatic and manual backups, the newest of each of the
// last `keepDaily` days and the newest of each of the last `keepWeekly` weeks (Monday to Sunday,
// China time) stay; so do the three newest copies saved before a restore. Imported ones stay.
import type { BackupInfo, BackupPolicy } from '../../../shared/backup/backup-types';

const DAY_MS = 86_400_000;
const KEEP_PRE_RESTORE = 3;

/** Days since 1970-01-01 in China time. */
function chinaDay(iso: string): number {
  return Math.floor((Date.parse(iso) + 8 * 3600_000) / DAY_MS);
}

/** The China-time day number of the week's Monday (1970-01-01 was a Thursday). */
function weekOf(iso: string): number {
  const day = chinaDay(iso);
  return day - ((day + 3) % 7);
}

function newestPer(backups: readonly BackupInfo[], key: (b: BackupInfo) => number, count: number): Set<string> {
  const kept = new Set<string>();
  const seen = new Set<number>();
  for (const b of backups) {
    const k = key(b);
    if (seen.has(k)) continue;
    seen.add(k);
    if (seen.size > count) break;
    kept.add(b.file);
  }
  return kept;
}

/** The files to remove; `backups` newest first. */
export function backupsToRemove(backups: readonly BackupInfo[], policy: Pick<BackupPolicy, 'keepDaily' | 'keepWeekly'>): string[] {
  const rotated = backups.filter((b) => (b.kind === 'auto' || b.kind === 'manual') && b.verified);
  const keep = new Set([...newestPer(rotated, (b) => chinaDay(b.createdAt), policy.keepDaily), ...newestPer(rotated, (b) => weekOf(b.createdAt), policy.keepWeekly)]);
  const preRestore = backups.filter((b) => b.kind === 'pre-restore');
  return [...rotated.filter((b) => !keep.has(b.file)), ...preRestore.slice(KEEP_PRE_RESTORE)].map((b) => b.file);
}

/** Whether the day's automatic backup is due: enabled, past the hour, none taken today (China time). */
export function backupDue(now: number, policy: BackupPolicy, newest: BackupInfo | undefined): boolean {
  if (!policy.enabled) return false;
  const hour = new Date(now + 8 * 3600_000).getUTCHours();
  if (hour < policy.hour) return false;
  return !newest || chinaDay(newest.createdAt) < chinaDay(new Date(now).toISOString());
}
