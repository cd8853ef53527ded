// 数据备份 for administrators: status, back up now, the schedule, restore at the next start,
// and one file to move the data set to another PC. Each action is audited.
import type { BackupInfo } from '../../../shared/backup/backup-types';
import type { FileResult } from '../../../shared/registry/registry-records';
import { audit } from '../audit/audit-log';
import { startJob } from '../jobs/start-job';
import type { Handlers } from '../rpc/handler-types';
import { backupJob } from './backup-jobs';
import { BACKUP_POLICY_KEY } from './backup-service';

type BackupMethods = 'backup.status' | 'backup.create' | 'backup.setPolicy' | 'backup.restore' | 'backup.cancelRestore' | 'backup.export' | 'backup.import';

export const backupHandlers: Pick<Handlers, BackupMethods> = {
  'backup.status': (_input, ctx) => ctx.core.backups.status(),
  'backup.create': (_input, ctx) => {
    const started = backupJob(ctx.core, ctx.actor, 'manual');
    audit(ctx, { action: 'backup.create', detail: { jobId: started.jobId } });
    return started;
  },
  'backup.setPolicy': (policy, ctx) => {
    ctx.core.writer.transaction(ctx.actor, (tx) => tx.setMeta(BACKUP_POLICY_KEY, JSON.stringify(policy)));
    audit(ctx, { action: 'backup.policy', detail: policy });
    return ctx.core.backups.policy();
  },
  'backup.restore': ({ file }, ctx) =>
    startJob(ctx, {
      kind: 'backup.restore',
      title: '准备恢复',
      steps: ['校验备份'],
      work: async (job): Promise<BackupInfo> => {
        job.step('校验备份');
        await job.pause();
        const info = await ctx.core.exclusive(() => ctx.core.backups.prepareRestore(file));
        audit(ctx, { action: 'backup.restore', detail: { file, createdAt: info.createdAt, counts: info.counts } });
        return info;
      },
    }),
  'backup.cancelRestore': (_input, ctx) => {
    ctx.core.backups.cancelRestore();
    audit(ctx, { action: 'backup.restore', detail: { cancelled: true } });
    return { ok: true };
  },
  'backup.export': ({ file }, ctx) =>
    startJob(ctx, {
      kind: 'backup.export',
      title: '导出全部数据',
      steps: ['校验备份'],
      work: async (job): Promise<FileResult> => {
        job.step('校验备份');
        await job.pause();
        const bytes = ctx.core.backups.read(file);
        audit(ctx, { action: 'backup.export', detail: { file, size: bytes.length } });
        return { fileName: file, mime: 'application/vnd.sqlite3', base64: bytes.toString('base64') };
      },
    }),
  'backup.import': ({ base64, fileName }, ctx) =>
    startJob(ctx, {
      kind: 'backup.import',
      title: '导入备份文件',
      steps: ['校验备份'],
      work: async (job): Promise<BackupInfo> => {
        job.step('校验备份');
        await job.pause();
        const info = ctx.core.backups.importFile(Buffer.from(base64, 'base64'));
        audit(ctx, { action: 'backup.import', detail: { fileName: fileName.slice(0, 120), file: info.file, counts: info.counts } });
        return info;
      },
    }),
};
