// Backups of this PC's database (数据备份): when they are taken, how many are kept, what each
// verification found, and a restore waiting for the next start.
import { z } from 'zod';

export const backupPolicySchema = z.object({
  /** Take a backup every day by itself. */
  enabled: z.boolean(),
  /** The hour (China time, 0–23) from which the day's backup is taken; later if the PC was off. */
  hour: z.number().int().min(0).max(23),
  /** The newest backup of each of this many days is kept … */
  keepDaily: z.number().int().min(1).max(90),
  /** … and the newest of each of this many weeks. */
  keepWeekly: z.number().int().min(0).max(104),
});
export type BackupPolicy = z.infer<typeof backupPolicySchema>;

export const DEFAULT_BACKUP_POLICY: BackupPolicy = { enabled: true, hour: 12, keepDaily: 7, keepWeekly: 4 };

export type BackupKind = 'auto' | 'manual' | 'pre-restore' | 'imported';

export const BACKUP_KIND_LABELS: Record<BackupKind, string> = {
  auto: '自动备份',
  manual: '手动备份',
  'pre-restore': '恢复前的数据',
  imported: '导入的备份',
};

/** One backup file and what its verification found. */
export interface BackupInfo {
  /** File name in the backup folder, e.g. towngrid-20261130-1230-auto.db. */
  file: string;
  kind: BackupKind;
  /** When it was taken (ISO 8601). */
  createdAt: string;
  size: number;
  /** Opened with this PC's key, `PRAGMA integrity_check` answered ok and its tables read. */
  verified: boolean;
  /** What the check said when it failed (Chinese). */
  problem: string | null;
  /** Schema version (migrations applied). */
  schemaVersion: number;
  /** Rows of a few main tables, for a sanity check by eye. */
  counts: { accounts: number; people: number; cases: number; audit: number };
}

export interface BackupAttempt {
  at: string;
  ok: boolean;
  kind: BackupKind;
  file: string | null;
  /** Chinese: what was done, or why it failed. */
  message: string;
}

export interface BackupStatus {
  /** The folder the backups are in (on the PC running the core). */
  dir: string;
  policy: BackupPolicy;
  /** Newest first. */
  backups: BackupInfo[];
  lastAttempt: BackupAttempt | null;
  /** A restore prepared and waiting for the next start. */
  pendingRestore: { file: string; preparedAt: string } | null;
}

export const backupFileInput = z.object({ file: z.string().regex(/^[A-Za-z0-9._-]{1,120}\.db$/, '备份文件名无效') });
