// 导出: the filtered queue as CSV (ready at once) or .xlsx (built in the background by the
// core; polled until ready), saved under the Chinese file name the core chose.
import type { CaseFilter, CaseQueue, CaseSort } from '../../../../shared/cases/case-inputs';
import type { CaseExportResult } from '../../../../shared/cases/case-api';
import { invoke } from '../../app/api-client';
import { downloadBase64 } from '../../ui/file-download';

const POLL_MS = 800;
const GIVE_UP_MS = 3 * 60_000;

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function exportQueue(args: { queue: CaseQueue; filter: CaseFilter; sort?: CaseSort; format: 'csv' | 'xlsx' }): Promise<CaseExportResult> {
  let r = await invoke('cases.export', args);
  const started = Date.now();
  while (r.status === 'pending') {
    if (Date.now() - started > GIVE_UP_MS) throw new Error('导出超时，请缩小筛选范围后重试');
    await wait(POLL_MS);
    r = await invoke('cases.exportResult', { jobId: r.jobId });
  }
  if (r.status === 'failed' || !r.dataBase64) throw new Error(r.message ?? '导出失败');
  downloadBase64({ base64: r.dataBase64, fileName: r.filename, mime: r.mime });
  return r;
}
