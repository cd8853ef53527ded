// The job service: long work (imports, exports, handbook forms; later reports and sync
// catch-up) started by an RPC call that answers `{ jobId }` at once. The job runs in named
// steps; each step change and its progress go out as `job` events (to the owner's clients
// only — the hosts filter by `owner`), no polling. `cancel` aborts its signal, which the job
// checks between steps and batches: a cancelled write rolls back and writes nothing. A failure
// is reported with the step it happened in. Finished jobs keep their result for a while.
import { AppError, type ErrorCode } from '../../../shared/rpc/errors';
import type { JobStatus } from '../../../shared/jobs/job-types';
import { ulid } from 'ulid';

const KEEP_MS = 15 * 60_000;
const MAX_KEPT = 50;
/** Progress within a step is pushed at most this often (a step change always is). */
const PROGRESS_EVERY_MS = 100;

export class JobCancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'JobCancelled';
  }
}

export interface JobContext {
  readonly jobId: string;
  readonly signal: AbortSignal;
  /** Enters the named step (one of the job's `steps`); throws if the job was cancelled. */
  step(name: string, total?: number): void;
  /** Progress within the current step. */
  progress(done: number, total?: number): void;
  /** Throws if the job was cancelled. */
  check(): void;
  /** Lets the worker answer other messages (e.g. a cancel), then checks for cancellation. */
  pause(): Promise<void>;
}

export interface JobSpec<R> {
  /** The method that started it. */
  kind: string;
  /** What it does, e.g. 「导出台账」; failures read 「导出台账失败（第2步：写入表格）：…」. */
  title: string;
  steps: readonly string[];
  owner: string | null;
  /** A job id chosen by the caller (import previews are kept under their job's id). */
  jobId?: string;
  work(job: JobContext): Promise<R>;
}

interface Job {
  status: JobStatus;
  controller: AbortController;
  finished: Promise<void>;
  result?: unknown;
  endedAt: number | null;
  lastPush: number;
}

export interface JobLog {
  error(message: string, err: unknown): void;
}

export class JobService {
  private readonly jobs = new Map<string, Job>();

  constructor(
    private readonly emit: (status: JobStatus) => void,
    private readonly now: () => number,
    private readonly log: JobLog = console,
  ) {}

  start<R>(spec: JobSpec<R>): { jobId: string } {
    this.sweep();
    const jobId = spec.jobId ?? ulid();
    const controller = new AbortController();
    const status: JobStatus = {
      jobId,
      owner: spec.owner,
      kind: spec.kind,
      title: spec.title,
      step: spec.steps[0] ?? '',
      stepIndex: 1,
      steps: spec.steps.length,
      done: 0,
      total: 0,
      state: 'running',
      error: null,
    };
    const job: Job = { status, controller, finished: Promise.resolve(), endedAt: null, lastPush: 0 };
    let stepPushes = 0;
    const push = (force: boolean) => {
      const t = this.now();
      // A step's first progress always goes out; then at most every PROGRESS_EVERY_MS, and its end.
      if (!force && stepPushes > 1 && t - job.lastPush < PROGRESS_EVERY_MS && status.done < status.total) return;
      stepPushes++;
      job.lastPush = t;
      this.emit({ ...status });
    };
    const check = () => {
      if (controller.signal.aborted) throw new JobCancelled();
    };
    const ctx: JobContext = {
      jobId,
      signal: controller.signal,
      step(name, total = 0) {
        check();
        const i = spec.steps.indexOf(name);
        if (i < 0) throw new Error(`Unknown job step ${name}`);
        status.step = name;
        status.stepIndex = i + 1;
        status.done = 0;
        status.total = total;
        stepPushes = 0;
        push(true);
      },
      progress(done, total) {
        status.done = done;
        if (total !== undefined) status.total = total;
        push(false);
      },
      check,
      pause: () =>
        new Promise<void>((resolve) => setImmediate(resolve)).then(() => {
          check();
        }),
    };
    this.jobs.set(jobId, job);
    // Start on the next turn: the caller gets the job id (and subscribes) before any event.
    job.finished = new Promise<void>((resolve) => setImmediate(resolve))
      .then(() => {
        push(true);
        return spec.work(ctx);
      })
      .then(
        (result) => {
          job.result = result;
          status.state = 'done';
          status.done = status.total;
        },
        (err: unknown) => {
          if (err instanceof JobCancelled || controller.signal.aborted) {
            status.state = 'cancelled';
            return;
          }
          status.state = 'failed';
          status.error = this.describe(spec.title, status, err);
        },
      )
      .finally(() => {
        job.endedAt = this.now();
        push(true);
      });
    return { jobId };
  }

  /** The job's state, for its owner only. */
  status(jobId: string, owner: string | null): JobStatus {
    return { ...this.find(jobId, owner).status };
  }

  cancel(jobId: string, owner: string | null): JobStatus {
    const job = this.find(jobId, owner);
    if (job.status.state === 'running') job.controller.abort();
    return { ...job.status };
  }

  /**
   * The job's output, or its error (naming the step) as an AppError; for a running job, a
   * promise of them. An unknown job is refused at once.
   */
  result(jobId: string, owner: string | null): unknown {
    const job = this.find(jobId, owner);
    if (job.endedAt === null) return job.finished.then(() => this.outcome(job));
    return this.outcome(job);
  }

  private outcome(job: Job): unknown {
    const { status } = job;
    if (status.state === 'cancelled') throw new AppError('CANCELLED', `${status.title}已取消，未作任何更改`);
    if (status.state === 'failed') throw new AppError(status.error!.code as ErrorCode, status.error!.message);
    return job.result;
  }

  /** Jobs still running (e.g. for a host closing down). */
  running(): number {
    let n = 0;
    for (const job of this.jobs.values()) if (job.status.state === 'running') n++;
    return n;
  }

  private find(jobId: string, owner: string | null): Job {
    const job = this.jobs.get(jobId);
    if (!job || job.status.owner !== owner) throw new AppError('NOT_FOUND', '任务不存在或已过期，请重新操作');
    return job;
  }

  private describe(title: string, status: JobStatus, err: unknown): { code: string; message: string } {
    const where = `${title}失败（第${status.stepIndex}步：${status.step}）`;
    if (err instanceof AppError) return { code: err.code, message: `${where}：${err.message}` };
    this.log.error(`Job ${status.kind} ${status.jobId} failed in step ${status.step}`, err);
    const detail = err instanceof Error ? err.message : String(err);
    return { code: 'INTERNAL', message: `${where}：${detail.slice(0, 200) || '系统内部错误'}` };
  }

  private sweep(): void {
    const t = this.now();
    const ended = [...this.jobs.values()].filter((j) => j.endedAt !== null).sort((a, b) => a.endedAt! - b.endedAt!);
    let excess = ended.length - MAX_KEPT;
    for (const j of ended) {
      if (excess > 0 || t - j.endedAt! > KEEP_MS) {
        this.jobs.delete(j.status.jobId);
        excess--;
      }
    }
  }
}
