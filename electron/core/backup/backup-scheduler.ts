// The automatic daily backup: one core of the host (the first reader worker, whose connection
// is read-only, so the copy never holds up a write; the writer when there are no readers)
// checks every few minutes whether the day's backup is due and takes it through the job
// service. A failure is recorded (系统设置 → 数据备份 shows it) and retried an hour later; it
// never reaches the host.
import type { CoreServices } from '../rpc/handler-types';
import { backupJob } from './backup-jobs';

const CHECK_EVERY_MS = 5 * 60_000;
const FIRST_CHECK_MS = 60_000;

export interface BackupLog {
  error(message: string, err?: unknown): void;
}

export class BackupScheduler {
  private timer: NodeJS.Timeout | null = null;
  private first: NodeJS.Timeout | null = null;
  private running = false;

  constructor(
    private readonly core: CoreServices,
    private readonly log: BackupLog = console,
  ) {}

  start(): void {
    this.first = setTimeout(() => void this.tick(), FIRST_CHECK_MS);
    this.timer = setInterval(() => void this.tick(), CHECK_EVERY_MS);
    this.first.unref();
    this.timer.unref();
  }

  stop(): void {
    if (this.first) clearTimeout(this.first);
    if (this.timer) clearInterval(this.timer);
    this.first = this.timer = null;
  }

  /** Takes the day's backup if it is due; resolves when done (tests call it directly). */
  async tick(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      if (!this.core.backups.due()) return;
      const { jobId } = backupJob(this.core, null, 'auto');
      await this.core.jobs.result(jobId, null);
    } catch (err) {
      // Recorded in the backup folder by the service; here only the host's log hears of it.
      this.log.error('[towngrid] 自动备份失败', err instanceof Error ? err.message : err);
    } finally {
      this.running = false;
    }
  }
}
