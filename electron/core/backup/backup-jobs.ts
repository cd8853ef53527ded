// Taking a backup as a job (with its steps as progress), for the button and the schedule alike.
import type { JobStarted } from '../../../shared/jobs/job-types';
import type { BackupInfo } from '../../../shared/backup/backup-types';
import type { CoreServices } from '../rpc/handler-types';

const STEPS = ['复制数据库', '校验备份'] as const;

export function backupJob(core: CoreServices, owner: string | null, kind: 'auto' | 'manual'): JobStarted {
  return core.jobs.start<BackupInfo>({
    kind: 'backup.create',
    title: kind === 'auto' ? '自动备份' : '备份数据',
    steps: STEPS,
    owner,
    work: (job) =>
      core.backups.take(kind, {
        exclusive: core.exclusive,
        step: async (name) => {
          job.step(name);
          await job.pause();
        },
      }),
  });
}
