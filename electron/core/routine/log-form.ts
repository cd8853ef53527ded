// The handbook's 网格员工作日志 form for one worker over a period, as .xlsx: one sheet per
// month, one row per working day (and any other day with a log) — date, weekday, patrol and its
// times, the places walked, 民情, the cases raised, notes, and the day's standing by the
// completeness rule (已提交 / 补填 / 草稿 / 请假 with the cover / 缺) — a summary line of the
// month (due, done, leave, missing, patrol days) and the signature line, printed landscape.
import type { JobStarted } from '../../../shared/jobs/job-types';
import type { CompletenessRow, DayCell, RoutineWorker, WorkLog } from '../../../shared/routine/routine-types';
import type { CellValue } from '../../../shared/registry/cell-parse';
import type { CallContext } from '../rpc/handler-types';
import { formSheet, type FormColumn } from '../io/form-sheet';
import type { SheetSpec } from '../io/workbook-spec';
import { writeXlsx } from '../io/xlsx-write';
import { rowsProgress, startJob } from '../jobs/start-job';
import { fileStamp, sheetName, XLSX_MIME } from '../registry/export/file-names';
import { shanghaiDate } from '../calendar';
import { parseDate, weekdayOfDay } from '../calendar/dates';
import { totalsOf } from './completeness';
import { completenessRows, type Period } from './routine-queries';
import { logsOfPeriod } from './work-logs';

const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];
/** Two ideographic spaces, as forms space their fields. */
const GAP = '\u3000\u3000';

const COLUMNS: FormColumn[] = [
  { header: '日期', width: 11, center: true },
  { header: '星期', width: 6, center: true },
  { header: '是否巡查', width: 7, center: true },
  { header: '巡查时间', width: 12, center: true },
  { header: '巡查地点（楼栋、路线）', width: 30 },
  { header: '民情（社情民意、发现的问题）', width: 46 },
  { header: '登记事件', width: 24 },
  { header: '备注', width: 18 },
  { header: '情况', width: 14, center: true },
];

function standing(cell: DayCell, log: WorkLog | undefined): string {
  switch (cell.mark) {
    case 'done':
      return cell.late ? '已提交（补填）' : '已提交';
    case 'leave':
      return cell.cover ? `请假（替岗：${cell.cover.name}）` : '请假';
    case 'missing':
      return log ? '缺（草稿未提交）' : '缺';
    case 'open':
      return log ? '今日草稿' : '今日待填';
    case 'off':
      return '休息日';
    default:
      return '';
  }
}

function dayRow(cell: DayCell, log: WorkLog | undefined): CellValue[] {
  const weekday = WEEKDAYS[weekdayOfDay(parseDate(cell.date))]!;
  if (!log) return [cell.date, weekday, null, null, null, null, null, null, standing(cell, log)];
  return [
    cell.date,
    weekday,
    log.patrolled ? '是' : '否',
    log.patrolled && log.patrolStart && log.patrolEnd ? `${log.patrolStart}-${log.patrolEnd}` : null,
    log.places.map((p) => p.name).join('、') || null,
    log.observations || null,
    log.cases.map((c) => `${c.number} ${c.title}`).join('\n') || null,
    log.notes || null,
    standing(cell, log),
  ];
}

/** The form's sheets: one per month of the period (the reads only; no file yet). */
export function logFormSheets(worker: RoutineWorker, row: CompletenessRow, logs: readonly WorkLog[], period: Period): SheetSpec[] {
  const byDate = new Map(logs.map((l) => [l.workDate, l]));
  const months = new Map<string, DayCell[]>();
  for (const c of row.days) {
    const m = c.date.slice(0, 7);
    months.set(m, [...(months.get(m) ?? []), c]);
  }
  const taken = new Set<string>();
  const grids = worker.grids.map((g) => g.name).join('、');
  const sheets: SheetSpec[] = [];
  for (const [month, cells] of months) {
    const shown = cells.filter((c) => c.mark !== 'off' || byDate.has(c.date));
    const t = totalsOf(cells);
    const from = cells[0]!.date > period.from ? cells[0]!.date : period.from;
    const to = cells[cells.length - 1]!.date;
    const label = `${Number(month.slice(0, 4))}年${Number(month.slice(5, 7))}月`;
    sheets.push(
      formSheet({
        name: sheetName(label, taken),
        title: '网格员工作日志',
        info: `网格员：${worker.name}${GAP}负责网格：${grids}${GAP}时间：${from} 至 ${to}`,
        columns: COLUMNS,
        rows: shown.map((c) => dayRow(c, byDate.get(c.date))),
        total: [
          '本月小计',
          null,
          null,
          null,
          `应填 ${t.due} 天，已提交 ${t.done} 天，请假 ${t.leave} 天，缺 ${t.missing} 天，巡查 ${t.patrolDays} 天`,
          null,
          null,
          null,
          t.due === 0 ? '—' : `完成率 ${Math.round(t.rate * 100)}%`,
        ],
        footer: `网格员（签字）：${GAP.repeat(4)}督导员（签字）：${GAP.repeat(4)}审核日期：`,
        paper: 'A4',
      }),
    );
    const last = sheets[sheets.length - 1]!;
    // The subtotal's text spans the middle columns.
    last.merges = [...(last.merges ?? []), `E${last.rows.length - 2}:H${last.rows.length - 2}`];
  }
  return sheets;
}

/** Starts the form job for a worker in the caller's routine scope (the handler checks the scope first). */
export function buildLogForm(ctx: CallContext, worker: RoutineWorker, period: Period): JobStarted {
  return startJob(ctx, {
    kind: 'routine.logForm',
    title: '生成网格员工作日志',
    steps: ['汇总日志', '写入表格'],
    work: async (job) => {
      job.step('汇总日志');
      const sheets = await ctx.core.exclusive(() => {
        const { db } = ctx.core;
        const today = shanghaiDate(ctx.core.now());
        const { rows } = completenessRows(db, period, today, [worker]);
        return logFormSheets(worker, rows[0]!, logsOfPeriod(db, worker.staffId, period.from, period.to), period);
      });
      job.step('写入表格', sheets.reduce((n, s) => n + s.rows.length, 0));
      const data = await writeXlsx({ sheets }, { onRows: rowsProgress(job) });
      return { fileName: `网格员工作日志_${worker.name}_${period.from}至${period.to}_${fileStamp(ctx.core.now())}.xlsx`, mime: XLSX_MIME, base64: data.toString('base64') };
    },
  });
}
