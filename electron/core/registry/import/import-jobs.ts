// Previewed imports waiting for the user's confirmation, kept in memory under their job id
// for 30 minutes (a few at most: each may hold 100,000 parsed rows). One store per core, in
// its services (the writer's: the commit runs there).
import type { ImportSourceKind } from '../../../../shared/registry/registry-types';
import type { ImportRowProblem } from '../../../../shared/registry/import-types';
import type { RowInput } from './import-adapter';

export const JOB_TTL_MS = 30 * 60_000;
const MAX_JOBS = 4;

export interface ImportJob {
  id: string;
  kind: ImportSourceKind;
  actor: string | null;
  fileName: string | null;
  createdAt: number;
  /** Parsed rows that passed the cell checks (re-planned at commit if the data changed meanwhile). */
  rows: RowInput[];
  invalid: ImportRowProblem[];
  /** Change-log position (changeSeq) when the plan was made. */
  changeSeq: number;
  /** The plan made at preview time (reused at commit when nothing changed since). */
  plan: unknown;
}

export class ImportJobs {
  private readonly jobs = new Map<string, ImportJob>();

  constructor(private readonly now: () => number) {}

  put(job: ImportJob): void {
    this.sweep();
    while (this.jobs.size >= MAX_JOBS) {
      const oldest = [...this.jobs.values()].sort((a, b) => a.createdAt - b.createdAt)[0]!;
      this.jobs.delete(oldest.id);
    }
    this.jobs.set(job.id, job);
  }

  get(id: string): ImportJob | undefined {
    this.sweep();
    return this.jobs.get(id);
  }

  delete(id: string): void {
    this.jobs.delete(id);
  }

  private sweep(): void {
    const now = this.now();
    for (const [id, job] of this.jobs) if (now - job.createdAt > JOB_TTL_MS) this.jobs.delete(id);
  }
}
