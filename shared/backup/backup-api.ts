// RPC methods of 数据备份 (administrators): the backups of this PC, taking one now, the automatic
// schedule and rotation, restoring one at the next start, and one file to move to a new PC.
// Spread into shared/api.ts.
import { z } from 'zod';
import { method, returns, type MethodDef } from '../rpc/contract';
import type { JobStarted } from '../jobs/job-types';
import { backupFileInput, backupPolicySchema, type BackupPolicy, type BackupStatus } from './backup-types';

/** A backup file uploaded to restore on this PC (base64 of at most about 150 MB; larger files are copied into the backup folder). */
export const backupImportInput = z.object({
  fileName: z.string().max(200),
  base64: z.string().min(1).max(200_000_000, '文件过大（超过约 150 MB），请把备份文件复制到本机的备份文件夹后在列表中恢复'),
});

export const backupApi = {
  'backup.status': method({ input: z.object({}), output: returns<BackupStatus>(), access: 'users.manage' }),
  /** Takes a verified backup now (a job; `jobs.result` gives its BackupInfo). */
  'backup.create': method({ input: z.object({}), output: returns<JobStarted>(), access: 'users.manage', job: true }),
  'backup.setPolicy': method({ input: backupPolicySchema, output: returns<BackupPolicy>(), access: 'users.manage', writes: true }),
  /** Verifies the backup and prepares it to replace the database at the next start (a job). */
  'backup.restore': method({ input: backupFileInput, output: returns<JobStarted>(), access: 'users.manage', job: true, writes: true }),
  /** Drops a prepared restore before the restart. */
  'backup.cancelRestore': method({ input: z.object({}), output: returns<{ ok: true }>(), access: 'users.manage', writes: true }),
  /** The backup file for moving to a new PC (a job; `jobs.result` gives a FileResult). */
  'backup.export': method({ input: backupFileInput, output: returns<JobStarted>(), access: 'users.manage', job: true }),
  /** A backup file brought from another PC: verified and kept in the backup folder (a job; then restore it). */
  'backup.import': method({ input: backupImportInput, output: returns<JobStarted>(), access: 'users.manage', job: true }),
} satisfies Record<string, MethodDef<z.ZodType, unknown>>;
