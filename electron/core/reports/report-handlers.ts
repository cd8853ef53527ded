// Handlers of the work reports (shared/reports/reports-api.ts): the figures for the screen, and
// the .docx and .xlsx as jobs — count the figures (one read), then draw the charts and write the
// file. Each export is audited. The Word and Excel writers and the chart drawing load on the
// first export (large libraries no other method needs).
import type { JobStarted } from '../../../shared/jobs/job-types';
import type { FileResult } from '../../../shared/registry/registry-records';
import { REPORT_KIND_LABELS, type ReportPeriodInput } from '../../../shared/reports/report-periods';
import type { WorkReport } from '../../../shared/reports/report-types';
import { audit } from '../audit/audit-log';
import { rowsProgress, startJob } from '../jobs/start-job';
import { DOCX_MIME } from '../io/docx-units';
import { XLSX_MIME, fileStamp, safeFileName } from '../registry/export/file-names';
import type { CallContext, Handlers } from '../rpc/handler-types';
import { workReport } from './report-figures';

type Format = 'docx' | 'xlsx';
const STEPS: Record<Format, readonly string[]> = { docx: ['统计数据', '绘制图表与排版'], xlsx: ['统计数据', '绘制图表', '写入表格'] };

function exportReport(ctx: CallContext, input: ReportPeriodInput, format: Format): JobStarted {
  return startJob(ctx, {
    kind: format === 'docx' ? 'reports.exportDocx' : 'reports.exportXlsx',
    title: format === 'docx' ? '生成工作报告（Word）' : '生成工作报告（Excel）',
    steps: STEPS[format],
    work: async (job): Promise<FileResult> => {
      job.step('统计数据');
      const report: WorkReport = await ctx.core.exclusive(() => workReport(ctx.core.db, input, ctx.core.now()));
      let data: Buffer;
      if (format === 'docx') {
        job.step('绘制图表与排版');
        const { workReportDocx } = await import('./report-docx');
        data = await workReportDocx(report, rowsProgress(job));
      } else {
        job.step('绘制图表', 3);
        const { workReportWorkbook } = await import('./report-xlsx');
        const spec = await workReportWorkbook(report, rowsProgress(job));
        job.step('写入表格');
        const { writeXlsx } = await import('../io/xlsx-write');
        data = await writeXlsx(spec, { onRows: rowsProgress(job) });
      }
      audit(ctx, { action: 'report.export', detail: { period: report.period.label, kind: report.period.kind, format } });
      const name = `${report.townName}${report.period.label}工作${REPORT_KIND_LABELS[report.period.kind]}${report.partial ? '_截至统计日' : ''}_${fileStamp(ctx.core.now())}.${format}`;
      return { fileName: safeFileName(name), mime: format === 'docx' ? DOCX_MIME : XLSX_MIME, base64: data.toString('base64') };
    },
  });
}

export const reportsHandlers: Pick<Handlers, 'reports.work' | 'reports.exportDocx' | 'reports.exportXlsx'> = {
  'reports.work': (input, ctx) => workReport(ctx.core.db, input, ctx.core.now()),
  'reports.exportDocx': (input, ctx) => exportReport(ctx, input, 'docx'),
  'reports.exportXlsx': (input, ctx) => exportReport(ctx, input, 'xlsx'),
};
