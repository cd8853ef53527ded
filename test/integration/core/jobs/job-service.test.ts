// The job service as a user meets it through the import: progress pushed as `job` events
// with named steps, a cancel that leaves the ledger, the change log and the audit log exactly
// as they were, an error that names the step it happened in, and jobs private to their owner.
import { describe, expect, it } from 'vitest';
import type { JobStatus } from '../../../../shared/jobs/job-types';
import { peopleXlsx } from '../registry/people-file';
import { count, setupTown } from '../registry/registry-fixture';
import { changeSeq } from '../../../../electron/core/db/change-log';

const ROWS = 5000;

function gridNames(t: ReturnType<typeof setupTown>): string[] {
  return [t.grid1.name, t.grid2.name, t.grid3.name];
}

describe('job service', () => {
  it('reports an import commit step by step, and a cancel in the middle writes nothing', async () => {
    const t = setupTown();
    const { h } = t;
    const preview = await h.job(h.adminToken, 'registry.importPreview', { kind: 'person', fileBase64: await peopleXlsx(ROWS, gridNames(t)) });
    expect(preview.willInsert).toBe(ROWS);
    const snapshot = () => ({
      people: count(h, 'person'),
      households: count(h, 'household'),
      stamps: count(h, 'sync_row') + count(h, 'sync_cell'),
      history: count(h, 'row_history'),
      seq: changeSeq(h.core.services.db),
      audit: count(h, 'audit_log'),
    });
    const before = snapshot();

    const events: JobStatus[] = [];
    const { jobId } = h.call(h.adminToken, 'registry.importCommit', { jobId: preview.jobId, excludeRows: [] });
    h.core.on('job', (e) => {
      if (e.jobId !== jobId) return;
      events.push(e);
      // Cancel from another call as soon as the first rows are written inside the transaction.
      if (e.step === '写入数据' && e.done > 0 && e.state === 'running' && h.core.services.db.inTransaction) {
        expect(h.call(h.adminToken, 'jobs.cancel', { jobId }).state).toBe('running');
      }
    });
    const result = await h.core.invokeAsync(h.adminToken, 'jobs.result', { jobId });
    expect(result).toMatchObject({ ok: false, error: { code: 'CANCELLED', message: '导入数据已取消，未作任何更改' } });
    expect(events.map((e) => e.step)).toContain('核对数据');
    expect(events.some((e) => e.step === '写入数据' && e.done > 0 && e.done < ROWS)).toBe(true);
    expect(events.at(-1)).toMatchObject({ state: 'cancelled', step: '写入数据', stepIndex: 2, steps: 2 });
    expect(h.call(h.adminToken, 'jobs.get', { jobId }).state).toBe('cancelled');
    expect(snapshot()).toEqual(before);

    // The preview is still there: committing it again imports everything, once.
    expect(await h.job(h.adminToken, 'registry.importCommit', { jobId: preview.jobId, excludeRows: [] })).toMatchObject({ inserted: ROWS });
    expect(count(h, 'person')).toBe(ROWS);
  });

  it('names the step a job failed in, with a Chinese message', async () => {
    const { h } = setupTown();
    const broken = Buffer.from('PK\x03\x04 not really a workbook').toString('base64');
    const r = await h.runJob(h.adminToken, 'registry.importPreview', { kind: 'person', fileBase64: broken, fileName: '人员.xlsx' });
    expect(r).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', message: '检查导入文件失败（第1步：读取文件）：无法读取该Excel文件，请确认是有效的 .xlsx 文件' } });
  });

  it('keeps a job to its owner: others can neither see, cancel nor collect it', async () => {
    const t = setupTown();
    const { h } = t;
    const { jobId } = h.call(h.adminToken, 'registry.export', { kind: 'person', filter: {} });
    const other = h.tokenFor('dispatcher');
    for (const method of ['jobs.get', 'jobs.cancel', 'jobs.result'] as const) {
      expect(await h.core.invokeAsync(other, method, { jobId })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    }
    expect(await h.callAsync(h.adminToken, 'jobs.result', { jobId })).toMatchObject({ mime: expect.stringContaining('spreadsheetml') });
  });
});
