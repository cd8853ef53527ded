// The job service on its own: steps and progress as events, a failure that names its step,
// a cancel checked at the next pause.
import { describe, expect, it } from 'vitest';
import type { JobStatus } from '../../../../shared/jobs/job-types';
import { JobService } from '../../../../electron/core/jobs/job-service';

function service() {
  const events: JobStatus[] = [];
  const errors: string[] = [];
  const jobs = new JobService((s) => events.push(s), Date.now, { error: (m) => errors.push(m) });
  return { jobs, events, errors };
}

describe('JobService', () => {
  it('runs the steps in order and hands over the result', async () => {
    const { jobs, events } = service();
    const { jobId } = jobs.start({
      kind: 'test.job',
      title: '生成Excel文件',
      steps: ['读取数据', '写入表格'],
      owner: 'u1',
      work: async (job) => {
        job.step('读取数据');
        job.step('写入表格', 3);
        for (let i = 1; i <= 3; i++) {
          job.progress(i);
          await job.pause();
        }
        return 'ok';
      },
    });
    expect(jobs.status(jobId, 'u1').state).toBe('running');
    expect(await jobs.result(jobId, 'u1')).toBe('ok');
    expect(events.map((e) => [e.stepIndex, e.step, e.state])).toContainEqual([2, '写入表格', 'running']);
    expect(events.at(-1)).toMatchObject({ jobId, owner: 'u1', state: 'done', stepIndex: 2, done: 3, total: 3, error: null });
  });

  it('reports an unexpected failure with the step it happened in, and logs it', async () => {
    const { jobs, events, errors } = service();
    const { jobId } = jobs.start({
      kind: 'test.job',
      title: '生成Excel文件',
      steps: ['读取数据', '写入表格'],
      owner: 'u1',
      work: async (job) => {
        job.step('读取数据');
        job.step('写入表格');
        throw new Error('disk full');
      },
    });
    await expect(jobs.result(jobId, 'u1')).rejects.toMatchObject({ code: 'INTERNAL', message: '生成Excel文件失败（第2步：写入表格）：disk full' });
    expect(events.at(-1)).toMatchObject({ state: 'failed', error: { code: 'INTERNAL', message: '生成Excel文件失败（第2步：写入表格）：disk full' } });
    expect(errors).toHaveLength(1);
  });

  it('stops a cancelled job at its next pause', async () => {
    const { jobs } = service();
    let passes = 0;
    const { jobId } = jobs.start({
      kind: 'test.job',
      title: '导出',
      steps: ['写入表格'],
      owner: 'u1',
      work: async (job) => {
        job.step('写入表格');
        for (;;) {
          passes++;
          await job.pause();
        }
      },
    });
    await new Promise((r) => setImmediate(r));
    await new Promise((r) => setImmediate(r));
    expect(jobs.cancel(jobId, 'u1').state).toBe('running');
    await expect(jobs.result(jobId, 'u1')).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(jobs.status(jobId, 'u1').state).toBe('cancelled');
    expect(passes).toBeGreaterThan(0);
    expect(() => jobs.status(jobId, 'u2')).toThrow('任务不存在');
  });
});
