// The handbook's 入户走访记录 form for one worker over a period, as .xlsx: one sheet per month,
// one row per visit in date order — 序号, date, the household (户号, head, address) and its class
// at the visit, who was met, the situation, the needs, the follow-up and the case raised — the
// month's subtotal (visits and households, by class) and the signature line, printed landscape.
// The form shows what routine.visits shows the same caller: no citizen IDs or phone numbers,
// so nothing is left to mask; the handler checks the worker is in the caller's scope.
import type { JobStarted } from '../../../shared/jobs/job-types';
import type { CellValue } from '../../../shared/registry/cell-parse';
import type { RoutineWorker } from '../../../shared/routine/routine-types';
import type { VisitRow } from '../../../shared/routine/visit-types';
import type { CallContext } from '../rpc/handler-types';
import { formSheet, type FormColumn } from '../io/form-sheet';
import type { SheetSpec } from '../io/workbook-spec';
import { writeXlsx } from '../io/xlsx-write';
import { rowsProgress, startJob } from '../jobs/start-job';
import { fileStamp, sheetName, XLSX_MIME } from '../registry/export/file-names';
import type { Period } from './routine-queries';
import { visitsOfWorker } from './visits';

/** Two ideographic spaces, as forms space their fields. */
const GAP = '\u3000\u3000';
const CLASS_NAMES = { 1: '一类', 2: '二类', 3: '三类' } as const;

const COLUMNS: FormColumn[] = [
  { header: '序号', width: 5, center: true },
  { header: '走访日期', width: 11, center: true },
  { header: '户号', width: 10, center: true, text: true },
  { header: '户主', width: 9, center: true },
  { header: '门牌地址', width: 22 },
  { header: '户类别', width: 7, center: true },
  { header: '见到的人', width: 9, center: true },
  { header: '走访情况', width: 36 },
  { header: '诉求', width: 24 },
  { header: '跟进措施', width: 24 },
  { header: '登记事件', width: 16 },
];

function visitRow(v: VisitRow, i: number): CellValue[] {
  return [i + 1, v.date, v.householdNo, v.headName, v.address, `${CLASS_NAMES[v.householdClass]}户`, v.metName, v.situation, v.needs || null, v.followUp || null, v.caseNumber];
}

/** The month's subtotal: visits and households, by class. */
function subtotal(visits: readonly VisitRow[]): string {
  const households = new Set(visits.map((v) => v.householdId)).size;
  const byClass = ([1, 2, 3] as const).map((c) => `${CLASS_NAMES[c]} ${visits.filter((v) => v.householdClass === c).length}`).join('，');
  return `走访 ${visits.length} 次、${households} 户（${byClass}）`;
}

/** The form's sheets: one per month of the period holding visits, or one empty sheet when there are none. */
export function visitFormSheets(worker: RoutineWorker, visits: readonly VisitRow[], period: Period): SheetSpec[] {
  const months = new Map<string, VisitRow[]>();
  for (const v of visits) {
    const m = v.date.slice(0, 7);
    months.set(m, [...(months.get(m) ?? []), v]);
  }
  if (months.size === 0) months.set(period.from.slice(0, 7), []);
  const taken = new Set<string>();
  const grids = worker.grids.map((g) => g.name).join('、');
  const sheets: SheetSpec[] = [];
  for (const [month, list] of months) {
    const from = `${month}-01` > period.from ? `${month}-01` : period.from;
    const to = monthEnd(month) < period.to ? monthEnd(month) : period.to;
    const label = `${Number(month.slice(0, 4))}年${Number(month.slice(5, 7))}月`;
    const sheet = formSheet({
      name: sheetName(label, taken),
      title: '入户走访记录',
      info: `网格员：${worker.name}${GAP}负责网格：${grids}${GAP}时间：${from} 至 ${to}`,
      columns: COLUMNS,
      rows: list.map(visitRow),
      total: ['本月小计', null, subtotal(list), null, null, null, null, null, null, null, null],
      footer: `网格员（签字）：${GAP.repeat(4)}督导员（签字）：${GAP.repeat(4)}审核日期：`,
      paper: 'A4',
    });
    // The subtotal's text spans the household and situation columns.
    sheet.merges = [...(sheet.merges ?? []), `C${sheet.rows.length - 2}:K${sheet.rows.length - 2}`];
    sheets.push(sheet);
  }
  return sheets;
}

/** The last day of a month (YYYY-MM). */
function monthEnd(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
}

/** Starts the form job for a worker in the caller's routine scope (the handler checks the scope first). */
export function buildVisitForm(ctx: CallContext, worker: RoutineWorker, period: Period): JobStarted {
  return startJob(ctx, {
    kind: 'routine.visitForm',
    title: '生成入户走访记录',
    steps: ['汇总走访', '写入表格'],
    work: async (job) => {
      job.step('汇总走访');
      const sheets = await ctx.core.exclusive(() => visitFormSheets(worker, visitsOfWorker(ctx.core.db, worker.staffId, period.from, period.to), period));
      job.step('写入表格', sheets.reduce((n, s) => n + s.rows.length, 0));
      const data = await writeXlsx({ sheets }, { onRows: rowsProgress(job) });
      return { fileName: `入户走访记录_${worker.name}_${period.from}至${period.to}_${fileStamp(ctx.core.now())}.xlsx`, mime: XLSX_MIME, base64: data.toString('base64') };
    },
  });
}
