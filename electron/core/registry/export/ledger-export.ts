// Excel export of any filtered ledger view (SPEC §2): a title, what the view shows and when,
// then the columns of the ledger's import template. Masked unless revealed (audited).
import type { LedgerQuery } from '../../../../shared/registry/ledger-filters';
import type { JobStarted } from '../../../../shared/jobs/job-types';
import { LEDGER_KIND_LABELS } from '../../../../shared/registry/registry-types';
import type { CallContext } from '../../rpc/handler-types';
import { audit } from '../../audit/audit-log';
import { columnLetter } from '../../io/cell-address';
import { writeXlsx } from '../../io/xlsx-write';
import type { RowSpec, WorkbookSpec } from '../../io/workbook-spec';
import { rowsProgress, startJob } from '../../jobs/start-job';
import { LEDGERS, queryEnv } from '../queries/ledgers';
import { guardExactLookup, requireBulkExport, requireSpecial, revealFor } from '../registry-access';
import { getUnitRef } from '../unit-scope';
import { EXPORT_COLUMNS, type ExportColumn } from './export-columns';
import { XLSX_MIME, fileStamp } from './file-names';

const SPACE = '\u3000';

const STEPS = ['读取台账', '写入表格'] as const;

/** Starts the export job: the checks at once, then the reads, then the file (awaited). */
export function exportLedger(ctx: CallContext, query: LedgerQuery & { reveal?: boolean }): JobStarted {
  if (query.kind === 'special') requireSpecial(ctx);
  requireBulkExport(ctx, query.kind);
  const plain = revealFor(ctx, query.reveal);
  guardExactLookup(ctx, query.kind, query.filter.search);
  return startJob(ctx, {
    kind: 'registry.export',
    title: '导出台账',
    steps: STEPS,
    work: async (job) => {
      job.step('读取台账');
      const sheet = await ctx.core.exclusive(() => ledgerSheet(ctx, query, plain));
      job.step('写入表格', sheet.rows);
      const data = await writeXlsx(sheet.workbook, { onRows: rowsProgress(job) });
      return { fileName: sheet.fileName, mime: XLSX_MIME, base64: data.toString('base64'), rows: sheet.rows };
    },
  });
}

function ledgerSheet(ctx: CallContext, query: LedgerQuery, plain: boolean): { workbook: WorkbookSpec; fileName: string; rows: number } {
  const { kind, filter } = query;
  const env = queryEnv(ctx, filter.unitId, plain);
  const rows = (LEDGERS[kind].list as (db: unknown, f: unknown, e: unknown, p: null) => unknown[])(ctx.core.db, filter, env, null);
  const columns = EXPORT_COLUMNS[kind] as ExportColumn<unknown>[];
  const unitName = filter.unitId ? getUnitRef(ctx.core.db, filter.unitId).name : '全镇';
  const title = `${LEDGER_KIND_LABELS[kind]}台账（${unitName}）`;
  const when = new Date(ctx.core.now() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
  const note = `导出时间：${when}${SPACE}共${rows.length}条${filter.search ? `${SPACE}检索：${filter.search}` : ''}${plain ? '' : `${SPACE}身份证号、电话已脱敏`}`;
  const sheetRows: RowSpec[] = [
    { cells: [{ v: title, s: 'title' }], height: 28 },
    { cells: [{ v: note, s: 'subtitle' }] },
    { cells: columns.map((c) => c.header), style: 'header', height: 22 },
    ...rows.map((r) => ({ cells: columns.map((c) => c.value(r)) })),
  ];
  const last = columnLetter(columns.length - 1);
  const workbook: WorkbookSpec = {
    sheets: [
      {
        name: LEDGER_KIND_LABELS[kind],
        columns: columns.map((c) => ({ width: c.width, text: c.text })),
        rows: sheetRows,
        merges: [`A1:${last}1`, `A2:${last}2`],
        freeze: { rows: 3 },
        printTitleRows: [3, 3],
        page: { paper: 'A4', landscape: true },
      },
    ],
  };
  if (kind === 'special' || plain) audit(ctx, { action: 'export', table: kind, detail: { filter, rows: rows.length, plain } });
  return { workbook, fileName: `${title}_${fileStamp(ctx.core.now())}.xlsx`, rows: rows.length };
}
