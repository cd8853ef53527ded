// Running a job of the core (import check and commit, exports, handbook forms): start it,
// follow its `job` events (step, progress), cancel it, and get its result — which the core
// hands over when the job ends (one call that waits, no polling).
import { App } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { MethodInput } from '../../../shared/api';
import type { JobMethod, JobResults, JobStarted, JobStatus } from '../../../shared/jobs/job-types';
import type { FileResult } from '../../../shared/registry/registry-records';
import { downloadBase64 } from '../ui/file-download';
import { invoke } from './api-client';
import { ApiError, errorMessage } from './api-error';
import { subscribeJobs } from './job-events';

export interface JobRun {
  /** The running (or last) job's latest state; null before the first run. */
  status: JobStatus | null;
  running: boolean;
  /** Starts the job and resolves to its result; rejects with an ApiError (CANCELLED when cancelled). */
  run<M extends JobMethod>(method: M, input: MethodInput<M>): Promise<JobResults[M]>;
  /** Asks the running job to stop at its next step or batch. */
  cancel(): void;
}

export function useJob(): JobRun {
  const [status, setStatus] = useState<JobStatus | null>(null);
  const [running, setRunning] = useState(false);
  const current = useRef<string | null>(null);
  const stops = useRef(new Set<() => void>());
  useEffect(() => {
    const all = stops.current;
    return () => {
      for (const stop of all) stop();
      all.clear();
    };
  }, []);

  const run = useCallback(async <M extends JobMethod>(method: M, input: MethodInput<M>): Promise<JobResults[M]> => {
    // Events may come before the start's answer: keep each job's latest until the id is known.
    const seen = new Map<string, JobStatus>();
    let mine: string | null = null;
    const stop = subscribeJobs((s) => {
      if (mine === null) seen.set(s.jobId, s);
      else if (s.jobId === mine) setStatus(s);
    });
    stops.current.add(stop);
    setRunning(true);
    setStatus(null);
    try {
      const { jobId } = (await invoke(method, input)) as JobStarted;
      mine = jobId;
      current.current = jobId;
      setStatus(seen.get(jobId) ?? null);
      return (await invoke('jobs.result', { jobId })) as JobResults[M];
    } finally {
      stop();
      stops.current.delete(stop);
      current.current = null;
      setRunning(false);
    }
  }, []);

  const cancel = useCallback(() => {
    const jobId = current.current;
    if (jobId) void invoke('jobs.cancel', { jobId }).catch(() => undefined);
  }, []);

  return { status, running, run, cancel };
}

/** The jobs whose result is a file to download. */
export type FileJobMethod =
  | 'registry.export'
  | 'registry.form'
  | 'cases.export'
  | 'audit.export'
  | 'backup.export'
  | 'routine.logForm'
  | 'routine.visitForm'
  | 'assessment.exportReport'
  | 'assessment.exportScores'
  | 'meetings.exportMinutes'
  | 'meetings.exportAgenda'
  | 'meetings.exportSlides'
  | 'meetings.exportSignIn'
  | 'reports.exportDocx'
  | 'reports.exportXlsx';

export const isCancelled = (err: unknown) => err instanceof ApiError && err.code === 'CANCELLED';

/** A job that makes a file: runs it, downloads the file, and says so (or why not). */
export function useFileJob(): JobRun & { download<M extends FileJobMethod>(method: M, input: MethodInput<M>): Promise<FileResult | null> } {
  const job = useJob();
  const { message } = App.useApp();
  const { run } = job;
  const download = useCallback(
    async <M extends FileJobMethod>(method: M, input: MethodInput<M>): Promise<FileResult | null> => {
      try {
        const file: FileResult = await run(method, input);
        downloadBase64(file);
        void message.success(file.rows !== undefined ? `已导出 ${file.rows.toLocaleString('zh-CN')} 条：${file.fileName}` : `已生成：${file.fileName}`);
        return file;
      } catch (err) {
        if (isCancelled(err)) void message.info('已取消');
        else void message.error(errorMessage(err));
        return null;
      }
    },
    [run, message],
  );
  return { ...job, download };
}
