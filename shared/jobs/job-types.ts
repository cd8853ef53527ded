// Long work (imports, exports, handbook forms) runs as a job in the core: the method that
// starts it answers `{ jobId }` at once, the core pushes `job` events with the job's step and
// progress to the owner's clients only, `jobs.cancel` stops it between steps or batches
// (a cancelled import writes nothing), and `jobs.result` hands over what it produced.
import { z } from 'zod';
import type { ImportCommitResult, ImportPreview } from '../registry/import-types';
import type { FileResult } from '../registry/registry-records';
import type { AuditVerifyResult } from '../audit/audit-types';
import type { BackupInfo } from '../backup/backup-types';

export type JobState = 'running' | 'done' | 'failed' | 'cancelled';

export interface JobStatus {
  jobId: string;
  /** The user who started it: its events go to this user's clients only. */
  owner: string | null;
  /** The method that started it, e.g. 'registry.export'. */
  kind: string;
  /** What the job does, in Chinese, e.g. 「导出台账」. */
  title: string;
  /** The current step's name and its 1-based number of `steps`. */
  step: string;
  stepIndex: number;
  steps: number;
  /** Progress within the current step (total 0 when unknown). */
  done: number;
  total: number;
  state: JobState;
  /** Why it failed, naming the step, e.g. 「生成Excel文件失败（第2步：写入表格）：…」. */
  error: { code: string; message: string } | null;
}

export interface JobStarted {
  jobId: string;
}

/** What `jobs.result` returns for a job started by each method. */
export interface JobResults {
  'registry.importPreview': ImportPreview;
  'registry.importCommit': ImportCommitResult;
  'registry.export': FileResult;
  'registry.form': FileResult;
  'routine.importPreview': ImportPreview;
  'routine.importCommit': ImportCommitResult;
  'routine.logForm': FileResult;
  'routine.visitForm': FileResult;
  'assessment.surveyImportPreview': ImportPreview;
  'assessment.surveyImportCommit': ImportCommitResult;
  'cases.export': FileResult;
  'audit.verify': AuditVerifyResult;
  'audit.export': FileResult;
  'backup.create': BackupInfo;
  'backup.restore': BackupInfo;
  'backup.export': FileResult;
  'backup.import': BackupInfo;
  'assessment.exportReport': FileResult;
  'assessment.exportScores': FileResult;
  'meetings.exportMinutes': FileResult;
  'meetings.exportAgenda': FileResult;
  'meetings.exportSlides': FileResult;
  'meetings.exportSignIn': FileResult;
  'reports.exportDocx': FileResult;
  'reports.exportXlsx': FileResult;
}
export type JobMethod = keyof JobResults;

export const jobIdInput = z.object({ jobId: z.string().min(1).max(64) });
