// Export of a queue's filtered view (导出), as a job: read the rows (audited), then write
// CSV with a UTF-8 BOM (so Excel opens it in Chinese) or .xlsx with exceljs, reporting
// progress and letting a cancel in between slices of rows.
import { caseScopeOf } from './case-scope';
import { loadExcelJs } from '../io/exceljs-module';
import type { JobStarted } from '../../../shared/jobs/job-types';
import type { FileResult } from '../../../shared/registry/registry-records';
import { CASE_QUEUE_LABELS, type CaseFilter, type CaseQueue, type CaseSort } from '../../../shared/cases/case-inputs';
import {
  CASE_SOURCE_LABELS,
  DUE_STATE_LABELS,
  HANDLING_TYPE_LABELS,
  RESPONSIBILITY_LEVEL_LABELS,
  SATISFACTION_LABELS,
  URGENCY_LABELS,
} from '../../../shared/cases/case-types';
import { CASE_STATUS_LABELS } from '../../../shared/cases/case-workflow';
import { maskPhone } from '../../../shared/registry/citizen-id';
import { AppError } from '../../../shared/rpc/errors';
import type { ReadDb } from '../db/read-db';
import type { CallContext } from '../rpc/handler-types';
import { rowsProgress, startJob } from '../jobs/start-job';
import type { Actor } from './case-engine';
import { auditExport } from './case-audit';
import { queueAll } from './case-queues';
import type { CaseListDbRow } from './case-repo';
import { dueStateOf, dueWindow, overdueWorkingDays, type DueWindow } from './sla-deadline';
import { callToday } from '../rpc/call-today';

export const MAX_EXPORT_ROWS = 100_000;
/** Rows added to the sheet between two pauses. */
const SLICE = 2000;
const STEPS = ['读取事件', '写入表格'] as const;

const SHANGHAI_MS = 8 * 3_600_000;

/** 'YYYY-MM-DD HH:mm' in Asia/Shanghai. */
export function shanghaiDateTime(ms: number | null): string {
  if (ms === null) return '';
  return new Date(ms + SHANGHAI_MS).toISOString().slice(0, 16).replace('T', ' ');
}

export const EXPORT_COLUMNS: { header: string; width: number }[] = [
  { header: '事件编号', width: 20 },
  { header: '标题', width: 30 },
  { header: '状态', width: 10 },
  { header: '大类', width: 12 },
  { header: '小类', width: 14 },
  { header: '来源', width: 12 },
  { header: '处置类型', width: 10 },
  { header: '紧急程度', width: 8 },
  { header: '责任层级', width: 12 },
  { header: '村/社区', width: 12 },
  { header: '网格', width: 16 },
  { header: '地址', width: 30 },
  { header: '反映人', width: 10 },
  { header: '联系电话', width: 14 },
  { header: '登记时间', width: 17 },
  { header: '办理期限', width: 17 },
  { header: '期限状态', width: 10 },
  { header: '超期工作日', width: 10 },
  { header: '承办单位', width: 16 },
  { header: '督办', width: 6 },
  { header: '催办次数', width: 8 },
  { header: '返工次数', width: 8 },
  { header: '满意度', width: 8 },
  { header: '结案时间', width: 17 },
];

export function exportCells(db: ReadDb, r: CaseListDbRow, w: DueWindow, showPhone: boolean): (string | number)[] {
  const due = dueStateOf(r.status, r.deadline_at, w);
  return [
    r.number,
    r.title,
    CASE_STATUS_LABELS[r.status],
    r.category_name ?? '',
    r.subcategory_name ?? '',
    CASE_SOURCE_LABELS[r.source] ?? r.source,
    HANDLING_TYPE_LABELS[r.handling_type] ?? r.handling_type,
    URGENCY_LABELS[r.urgency] ?? r.urgency,
    RESPONSIBILITY_LEVEL_LABELS[r.level] ?? r.level,
    r.village_name ?? '',
    r.grid_name ?? '',
    r.address,
    r.reporter_name ?? '',
    r.reporter_phone ? (showPhone ? r.reporter_phone : maskPhone(r.reporter_phone)) : '',
    shanghaiDateTime(r.received_at),
    shanghaiDateTime(r.deadline_at),
    due ? DUE_STATE_LABELS[due] : '',
    due === 'overdue' ? overdueWorkingDays(db, r.deadline_at, w.now) : '',
    r.assignee_label ?? '',
    r.supervised ? '是' : '',
    r.urge_count,
    r.rework_count,
    r.satisfaction ? SATISFACTION_LABELS[r.satisfaction] : '',
    shanghaiDateTime(r.closed_at),
  ];
}

/** A cell made safe for spreadsheets: quoted for CSV, and text that Excel would run as a formula is prefixed with '. */
function csvCell(v: string | number): string {
  let s = String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(rows: (string | number)[][]): string {
  const lines = [EXPORT_COLUMNS.map((c) => c.header), ...rows].map((r) => r.map(csvCell).join(','));
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

export async function toXlsx(rows: (string | number)[][], sheetName: string, onRows?: (done: number, total: number) => Promise<void>): Promise<Buffer> {
  const { Workbook } = await loadExcelJs();
  const wb = new Workbook();
  wb.creator = 'TownGrid';
  const ws = wb.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = EXPORT_COLUMNS.map((c) => ({ header: c.header, width: c.width }));
  ws.getRow(1).font = { bold: true };
  for (let i = 0; i < rows.length; i += SLICE) {
    ws.addRows(rows.slice(i, i + SLICE));
    await onRows?.(Math.min(i + SLICE, rows.length), rows.length);
  }
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: EXPORT_COLUMNS.length } };
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export function exportFilename(queue: CaseQueue, now: number, ext: 'csv' | 'xlsx'): string {
  const stamp = shanghaiDateTime(now).replace(/[-: ]/g, '').replace(/^(\d{8})/, '$1-');
  return `事件清单-${CASE_QUEUE_LABELS[queue]}-${stamp}.${ext}`;
}

export const MIME = { csv: 'text/csv;charset=utf-8', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } as const;

export function tooMany(count: number): void {
  if (count > MAX_EXPORT_ROWS) throw new AppError('BAD_INPUT', `导出结果超过${MAX_EXPORT_ROWS}条，请缩小筛选范围`);
}

/** Starts the export job: the rows are read (and the export audited) first, then the file is written. */
export function exportQueue(
  ctx: CallContext,
  actor: Actor,
  input: { queue: CaseQueue; filter: CaseFilter; sort?: CaseSort; format: 'csv' | 'xlsx' },
): JobStarted {
  const { queue, filter, sort, format } = input;
  return startJob(ctx, {
    kind: 'cases.export',
    title: format === 'csv' ? '导出事件清单（CSV）' : '生成Excel文件',
    steps: STEPS,
    work: async (job): Promise<FileResult> => {
      job.step('读取事件');
      const { cells, filename } = await ctx.core.exclusive(() => {
        const { db } = ctx.core;
        const now = ctx.core.now();
        const window = dueWindow(db, now);
        const rows = queueAll(db, { queue, filter, sort, viewer: { userId: actor.id, scope: caseScopeOf(db, ctx.session, callToday(ctx)) }, window }, MAX_EXPORT_ROWS + 1);
        tooMany(rows.length);
        const showPhone = actor.permissions.includes('sensitive.read');
        const cells = rows.map((r) => exportCells(db, r, window, showPhone));
        auditExport(ctx, { queue, format, filter, rows: rows.length, withPhone: showPhone ? rows.filter((r) => r.reporter_phone).length : 0 });
        return { cells, filename: exportFilename(queue, now, format) };
      });
      job.step('写入表格', cells.length);
      const data = format === 'csv' ? Buffer.from(toCsv(cells), 'utf8') : await toXlsx(cells, CASE_QUEUE_LABELS[queue], rowsProgress(job));
      return { fileName: filename, mime: MIME[format], base64: data.toString('base64'), rows: cells.length };
    },
  });
}
