// Handlers of a run's outputs (shared/assessment/report-api.ts): the 督查专报's content for the
// printed view, the .docx and the scores' .xlsx as jobs. Each export is audited. The Word
// writer and its chart drawing load on the first report (large libraries no other method needs).
import type { JobStarted } from '../../../shared/jobs/job-types';
import type { FileResult } from '../../../shared/registry/registry-records';
import { SUBJECT_LEVEL_LABELS } from '../../../shared/assessment/scheme';
import { audit } from '../audit/audit-log';
import { rowsProgress, startJob } from '../jobs/start-job';
import { writeXlsx } from '../io/xlsx-write';
import { XLSX_MIME, fileStamp, safeFileName } from '../registry/export/file-names';
import { callToday } from '../rpc/call-today';
import type { CallContext, Handlers } from '../rpc/handler-types';
import { buildRunReport } from './report-model';
import { runResults } from './run-results';
import { adjustmentsOf, getRun, runScores } from './run-store';
import { getScheme } from './scheme-store';
import { scoresWorkbook } from './scores-xlsx';

function exportReport(ctx: CallContext, runId: string): JobStarted {
  getRun(ctx.core.db, runId);
  return startJob(ctx, {
    kind: 'assessment.exportReport',
    title: '生成督查专报',
    steps: ['汇总得分', '绘制图表与排版'],
    work: async (job): Promise<FileResult> => {
      job.step('汇总得分');
      const report = await ctx.core.exclusive(() => buildRunReport(ctx.core.db, runId, { today: callToday(ctx), now: ctx.core.now() }));
      job.step('绘制图表与排版', report.sections.length);
      // docx, ECharts and resvg load on first use (each core thread would otherwise load them at start).
      const { DOCX_MIME, reportDocx } = await import('./report-docx');
      const data = await reportDocx(report, rowsProgress(job));
      audit(ctx, { action: 'assessment.export', table: 'assessment_run', recordId: runId, detail: { file: 'report', period: report.periodLabel, draft: report.draft } });
      const name = `督查专报_${report.periodLabel}${report.draft ? '_未定版草稿' : ''}_${fileStamp(ctx.core.now())}.docx`;
      return { fileName: safeFileName(name), mime: DOCX_MIME, base64: data.toString('base64') };
    },
  });
}

function exportScores(ctx: CallContext, runId: string): JobStarted {
  getRun(ctx.core.db, runId);
  return startJob(ctx, {
    kind: 'assessment.exportScores',
    title: '导出得分表',
    steps: ['汇总得分', '写入表格'],
    work: async (job): Promise<FileResult> => {
      job.step('汇总得分');
      const { spec, run, rows } = await ctx.core.exclusive(() => {
        const { db } = ctx.core;
        const run = getRun(db, runId);
        const scheme = getScheme(db, run.schemeId);
        const subjects = runScores(db, runId, callToday(ctx));
        const draft = run.status !== 'frozen';
        const previous = new Map(runResults(db, runId, callToday(ctx), subjects).subjects.map((r) => [r.subjectId, r.previous]));
        const when = new Date((run.frozenAt ?? ctx.core.now()) + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
        const spec = scoresWorkbook({
          title: `${run.periodLabel}${SUBJECT_LEVEL_LABELS[run.level]}考核得分表${draft ? '【未定版（草稿）】' : ''}`,
          note: `${scheme.name}（第${scheme.version}版，${scheme.total}分制）\u3000统计截止：${when}${draft ? '（未定版，数据仍会变化）' : `（${run.frozenByName ?? ''}定版）`}\u3000共${subjects.length}个考核对象`,
          level: run.level,
          scheme,
          subjects,
          adjustments: adjustmentsOf(db, runId),
          previous: (id) => previous.get(id) ?? null,
        });
        return { spec, run, rows: subjects.length };
      });
      job.step('写入表格', rows);
      const data = await writeXlsx(spec, { onRows: rowsProgress(job) });
      audit(ctx, { action: 'assessment.export', table: 'assessment_run', recordId: runId, detail: { file: 'scores', period: run.periodLabel, draft: run.status !== 'frozen' } });
      const name = `考核得分表_${run.periodLabel}${SUBJECT_LEVEL_LABELS[run.level]}${run.status !== 'frozen' ? '_未定版草稿' : ''}_${fileStamp(ctx.core.now())}.xlsx`;
      return { fileName: safeFileName(name), mime: XLSX_MIME, base64: data.toString('base64'), rows };
    },
  });
}

export const reportHandlers: Pick<Handlers, 'assessment.report' | 'assessment.exportReport' | 'assessment.exportScores'> = {
  'assessment.report': ({ runId }, ctx) => buildRunReport(ctx.core.db, runId, { today: callToday(ctx), now: ctx.core.now() }),
  'assessment.exportReport': ({ runId }, ctx) => exportReport(ctx, runId),
  'assessment.exportScores': ({ runId }, ctx) => exportScores(ctx, runId),
};
