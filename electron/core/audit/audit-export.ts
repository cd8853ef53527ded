// 导出审计日志: the filtered log as an xlsx file for the administrator, with the chain's
// checkpoint in its heading (a copy of the head kept outside the database: compare it with a
// later export to see that no row before it was cut or rewritten). The export is audited itself.
import type { JobStarted } from '../../../shared/jobs/job-types';
import type { FileResult } from '../../../shared/registry/registry-records';
import { AppError } from '../../../shared/rpc/errors';
import { ROLE_LABELS, type Role } from '../../../shared/auth/roles';
import { auditTableLabel } from '../../../shared/audit/audit-types';
import { writeXlsx } from '../io/xlsx-write';
import type { RowSpec, WorkbookSpec } from '../io/workbook-spec';
import { rowsProgress, startJob } from '../jobs/start-job';
import type { CallContext } from '../rpc/handler-types';
import { XLSX_MIME, fileStamp } from '../registry/export/file-names';
import { AUDIT_HEAD_KEY, parseHead } from './audit-chain';
import { audit, auditWhere, toAuditEntry, type AuditDbRow, type AuditFilter } from './audit-log';

/** An export holds at most this many rows (narrow the dates for more). */
export const MAX_AUDIT_EXPORT_ROWS = 200_000;
const CHUNK = 5000;
const STEPS = ['读取审计日志', '写入表格'] as const;

const COLUMNS: { header: string; width: number }[] = [
  { header: '序号', width: 9 },
  { header: '时间', width: 20 },
  { header: '账号', width: 14 },
  { header: '角色', width: 12 },
  { header: '操作', width: 30 },
  { header: '对象', width: 16 },
  { header: '记录编号', width: 28 },
  { header: '详情', width: 48 },
  { header: '设备编号', width: 28 },
  { header: '校验值', width: 66 },
];

/** An ISO time as 2026-11-21 09:30:05 in China time. */
function chinaTime(iso: string): string {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? iso : new Date(t + 8 * 3600_000).toISOString().slice(0, 19).replace('T', ' ');
}

export function exportAudit(ctx: CallContext, filter: AuditFilter): JobStarted {
  const { clause, params } = auditWhere(filter);
  const db = ctx.core.db;
  const count = db.prepare(`SELECT count(*) AS n FROM audit_log ${clause}`).get(params) as { n: number };
  if (count.n > MAX_AUDIT_EXPORT_ROWS) {
    throw new AppError('BAD_INPUT', `符合条件的审计记录有 ${count.n.toLocaleString('zh-CN')} 条，一次最多导出 ${MAX_AUDIT_EXPORT_ROWS.toLocaleString('zh-CN')} 条，请缩小时间范围`);
  }
  return startJob(ctx, {
    kind: 'audit.export',
    title: '导出审计日志',
    steps: STEPS,
    work: async (job): Promise<FileResult> => {
      job.step('读取审计日志', count.n);
      const head = parseHead(
        ((await ctx.core.exclusive(() => db.prepare('SELECT value FROM meta WHERE key = ?').get(AUDIT_HEAD_KEY))) as { value: string } | undefined)?.value,
      );
      const upTo = head?.seq ?? 0;
      const page = db.prepare(`SELECT * FROM audit_log ${clause ? `${clause} AND` : 'WHERE'} seq > @after AND seq <= @upTo ORDER BY seq LIMIT @limit`);
      const rows: RowSpec[] = [];
      let after = 0;
      for (;;) {
        const chunk = (await ctx.core.exclusive(() => page.all({ ...params, after, upTo, limit: CHUNK }))) as AuditDbRow[];
        for (const r of chunk) {
          const e = toAuditEntry(r);
          rows.push({
            cells: [
              e.seq,
              chinaTime(e.at),
              e.actorName ?? e.actorId ?? '',
              e.role ? (ROLE_LABELS[e.role as Role] ?? e.role) : '',
              e.actionLabel,
              auditTableLabel(e.table),
              e.recordId ?? '',
              e.detail ?? '',
              e.deviceId,
              e.hash,
            ],
          });
          after = e.seq;
        }
        job.progress(rows.length, count.n);
        await job.pause();
        if (chunk.length < CHUNK) break;
      }
      const stamp = chinaTime(new Date(ctx.core.now()).toISOString());
      const headText = head ? `校验点：第 ${head.seq} 条，校验值 ${head.hash}` : '校验点：无（日志为空）';
      const workbook: WorkbookSpec = {
        sheets: [
          {
            name: '审计日志',
            columns: COLUMNS.map((c) => ({ width: c.width, text: true })),
            rows: [
              { cells: [{ v: '操作审计日志', s: 'title' }], height: 28 },
              { cells: [{ v: `导出时间：${stamp}\u3000共${rows.length}条\u3000${headText}`, s: 'subtitle' }] },
              { cells: COLUMNS.map((c) => c.header), style: 'header', height: 22 },
              ...rows.map((r) => ({ ...r, style: 'cell' as const })),
            ],
            merges: ['A1:J1', 'A2:J2'],
            freeze: { rows: 3 },
            printTitleRows: [3, 3],
            page: { paper: 'A4', landscape: true },
          },
        ],
      };
      job.step('写入表格', rows.length);
      const data = await writeXlsx(workbook, { onRows: rowsProgress(job) });
      audit(ctx, { action: 'audit.export', table: 'audit_log', detail: { filter, rows: rows.length, headSeq: head?.seq ?? 0 } });
      return { fileName: `审计日志_${fileStamp(ctx.core.now())}.xlsx`, mime: XLSX_MIME, base64: data.toString('base64'), rows: rows.length };
    },
  });
}
