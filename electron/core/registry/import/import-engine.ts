// The Excel import (SPEC §2), as two jobs on the writer: preview — read the file, map
// columns, check every row, plan against the stored records, write nothing; the plan is kept
// under the job's id — then commit — all rows or none, one transaction through the change
// writer that pauses between batches of 1000 rows to report progress and let a cancel in (a
// cancelled commit rolls back: nothing written, nothing logged, nothing audited). A re-import
// of the same file plans every row as unchanged and writes nothing.
import { monotonicFactory } from 'ulid';
import type { JobStarted } from '../../../../shared/jobs/job-types';
import type { ImportCommitResult, ImportPreview, ImportRowProblem, ImportSampleRow } from '../../../../shared/registry/import-types';
import type { ImportKind, ImportSourceKind } from '../../../../shared/registry/registry-types';
import { AppError } from '../../../../shared/rpc/errors';
import type { Row } from '../../db/change-writer';
import { changeSeq } from '../../db/change-log';
import type { CallContext } from '../../rpc/handler-types';
import { audit } from '../../audit/audit-log';
import { readSpreadsheet } from '../../io/spreadsheet-read';
import type { SheetData } from '../../io/workbook-spec';
import { can, requireSpecial } from '../registry-access';
import { chinaToday } from '../unit-scope';
import type { ImportContext, ImportSource, RowInput } from './import-adapter';
import { displayValue } from './import-display';
import { rowIdentity } from './row-identity';
import { JOB_TTL_MS, type ImportJob } from './import-jobs';
import type { JobContext } from '../../jobs/job-service';
import { startJob } from '../../jobs/start-job';
import { planImport, type ImportPlan } from './import-plan';
import { parseRow } from './field-values';
import { findTable } from './sheet-table';
import { GridResolver } from './grid-resolver';
import { IMPORT_ADAPTERS } from './kinds';
import { confineToScope, requireRowsInScope, rowsOutsideScope } from './import-scope';
import type { ImportField } from '../../../../shared/registry/import-fields';

const BATCH = 1000;
const PREVIEW_STEPS = ['读取文件', '校验数据'] as const;
const COMMIT_STEPS = ['核对数据', '写入数据'] as const;
const SAMPLE_ROWS = 20;


function importContext(ctx: CallContext): ImportContext {
  // Monotonic ids: one random draw per millisecond instead of one per id (ulid() costs ~20 µs
  // each), and ascending keys append to the primary-key index.
  const now = ctx.core.now();
  return { db: ctx.core.db, grids: new GridResolver(ctx.core.db), today: chinaToday(now), newId: monotonicFactory(), now, actorId: ctx.actor };
}

/** A ledger's import: registry.import* jobs, 特殊人群 needs 'special.read', rows stay in the grids the account serves. */
export function ledgerSource(kind: ImportKind): ImportSource {
  const adapter = IMPORT_ADAPTERS[kind];
  return {
    kind,
    adapter,
    jobs: { preview: 'registry.importPreview', commit: 'registry.importCommit' },
    authorize: (ctx) => {
      if (kind === 'special') requireSpecial(ctx);
    },
    outside: (ctx, rows) => rowsOutsideScope(ctx, adapter.table, rows),
    scopeRule: '只能导入本人所服务网格的台账',
  };
}

export interface PreviewInput {
  kind: ImportSourceKind;
  fileBase64: string;
  fileName?: string;
  mapping?: Record<string, number | null>;
  clearBlank?: boolean;
}

/** Starts the preview job; its result is the ImportPreview, whose jobId the commit names. */
export function previewImport(ctx: CallContext, source: ImportSource, input: Omit<PreviewInput, 'kind'>): JobStarted {
  source.authorize(ctx);
  return startJob(ctx, {
    kind: source.jobs.preview,
    title: '检查导入文件',
    steps: PREVIEW_STEPS,
    work: async (job) => {
      job.step('读取文件');
      const sheets = await readSpreadsheet(Buffer.from(input.fileBase64, 'base64'), input.fileName);
      job.step('校验数据');
      return ctx.core.exclusive(() => previewSheets(ctx, source, input, sheets, job));
    },
  });
}

/** Progress of a preview checked outside a job (the bench times reading and checking apart). */
export type PreviewProgress = Pick<JobContext, 'jobId' | 'progress'>;

/** The preview of an already opened spreadsheet, kept under `job.jobId` for the commit. */
export function previewSheets(ctx: CallContext, source: ImportSource, input: Omit<PreviewInput, 'fileBase64' | 'kind'>, sheets: SheetData[], job: PreviewProgress): ImportPreview {
  source.authorize(ctx);
  const jobId = job.jobId;
  const adapter = source.adapter;
  const spec = adapter.spec;
  const table = findTable(sheets, spec);
  const mapping: Record<string, number | null> = { ...table.suggested };
  for (const [key, idx] of Object.entries(input.mapping ?? {})) {
    const field = spec.fields.find((f) => f.key === key);
    if (!field) throw new AppError('BAD_INPUT', `未知的字段：${key}`);
    if (idx !== null && idx >= table.headers.length) throw new AppError('BAD_INPUT', `“${field.label}”对应的列不存在`);
    mapping[key] = idx;
  }
  const usedBy = new Map<number, string>();
  for (const f of spec.fields) {
    const idx = mapping[f.key];
    if (idx === null || idx === undefined) continue;
    const other = usedBy.get(idx);
    if (other) throw new AppError('BAD_INPUT', `“${table.headers[idx]}”列不能同时对应“${other}”和“${f.label}”`);
    usedBy.set(idx, f.label);
  }

  const ictx = importContext(ctx);
  const total = table.rows.length;
  const inputs: RowInput[] = [];
  const cellReasons = new Map<number, string[]>();
  table.rows.forEach(({ row, cells }, i) => {
    const { values, reasons, blank } = parseRow(cells, spec.fields, mapping, ictx.grids, input.clearBlank === true);
    inputs.push({ row, values, ...(blank.length ? { blank } : {}), ...(reasons.length ? { badCells: true as const } : {}) });
    if (reasons.length) cellReasons.set(row, reasons);
    if ((i + 1) % 10_000 === 0) job.progress(i + 1, total * 2);
  });
  const plan = confineToScope(
    planImport(adapter, ictx, inputs, cellReasons, (done) => job.progress(total + done, total * 2)),
    (rows) => source.outside(ctx, rows),
  );
  job.progress(total * 2, total * 2);

  const invalidRows = new Set(plan.invalid.map((p) => p.row));
  const now = ctx.core.now();
  ctx.core.imports.put({
    id: jobId,
    kind: source.kind,
    actor: ctx.actor,
    fileName: input.fileName ?? null,
    createdAt: now,
    rows: inputs.filter((r) => !invalidRows.has(r.row)),
    invalid: plan.invalid,
    changeSeq: changeSeq(ctx.core.db),
    plan,
  });

  // Each problem row says who it is, so the keeper finds it without opening Excel.
  const cellsOf = new Map(table.rows.map((r) => [r.row, r.cells]));
  const mask = !can(ctx, 'sensitive.read');
  const identify = (p: ImportRowProblem): ImportRowProblem => ({ ...p, identity: rowIdentity(spec, cellsOf.get(p.row) ?? [], mapping, mask) });
  const byRow = new Map(inputs.map((r) => [r.row, r]));
  const sample: ImportSampleRow[] = plan.rows.slice(0, SAMPLE_ROWS).map((p) => {
    const values: Record<string, string> = {};
    const input = byRow.get(p.row)!;
    for (const f of spec.fields) if (f.key in input.values) values[f.key] = displayValue(f, input.values[f.key]);
    return { row: p.row, action: p.action, values };
  });
  const count = (a: string) => plan.rows.filter((r) => r.action === a).length;
  const clears = rowClears(spec.fields, plan, byRow).map((c) => ({ ...c, identity: rowIdentity(spec, cellsOf.get(c.row) ?? [], mapping, mask) }));
  return {
    jobId,
    kind: source.kind,
    fileName: input.fileName ?? null,
    sheetName: table.sheetName,
    headerRow: table.headerRow,
    headers: table.headers,
    mapping,
    missingRequired: spec.fields.filter((f) => f.required && (mapping[f.key] === null || mapping[f.key] === undefined)).map((f) => f.label),
    unmappedHeaders: table.headers.filter((h, i) => h !== '' && !usedBy.has(i)),
    total,
    valid: plan.rows.length,
    invalid: plan.invalid.map(identify),
    warnings: plan.warnings.map(identify),
    sample,
    clearBlank: input.clearBlank === true,
    clears,
    willInsert: count('insert'),
    willUpdate: count('update'),
    unchanged: count('unchanged'),
    expiresAt: new Date(now + JOB_TTL_MS).toISOString(),
  };
}

/** Update rows whose blank cells clear a stored value, with the labels of those fields. */
function rowClears(fields: readonly ImportField[], plan: ImportPlan, byRow: ReadonlyMap<number, RowInput>): { row: number; fields: string[] }[] {
  const out: { row: number; fields: string[] }[] = [];
  for (const r of plan.rows) {
    const blank = byRow.get(r.row)?.blank;
    if (r.action !== 'update' || !blank) continue;
    const cleared = fields.filter((f) => blank.includes(f.key) && f.column in r.changed && r.changed[f.column] === null).map((f) => f.label);
    if (cleared.length) out.push({ row: r.row, fields: cleared });
  }
  return out;
}

function rowList(rows: number[]): string {
  const shown = rows.slice(0, 10).join('、');
  return rows.length > 10 ? `${shown}等` : shown;
}

/**
 * Checks the commit at once (refusals need no job), then starts the commit job. `sourceOf`
 * gives the caller's method's source for the previewed kind (none: that method does not
 * import it, e.g. a ledger preview committed through the routine's method).
 */
export function commitImport(ctx: CallContext, input: { jobId: string; excludeRows: number[] }, sourceOf: (kind: ImportSourceKind) => ImportSource | null): JobStarted {
  const jobs = ctx.core.imports;
  const job = jobs.get(input.jobId);
  if (!job) throw new AppError('NOT_FOUND', '导入预览已过期或不存在，请重新上传文件');
  if (job.actor !== ctx.actor) throw new AppError('FORBIDDEN', '只能确认自己上传的导入');
  const source = sourceOf(job.kind);
  if (!source) throw new AppError('NOT_FOUND', '导入预览已过期或不存在，请重新上传文件');
  source.authorize(ctx);
  const excluded = new Set(input.excludeRows);
  const bad = job.invalid.filter((p) => !excluded.has(p.row)).map((p) => p.row);
  if (bad.length > 0) {
    throw new AppError('INVALID_STATE', `还有${bad.length}行数据有误（第${rowList(bad)}行），请修正后重新上传，或排除这些行后再导入。本次未导入任何数据`);
  }
  return startJob(ctx, {
    kind: source.jobs.commit,
    title: '导入数据',
    steps: COMMIT_STEPS,
    work: (run) => ctx.core.exclusive(() => writeImport(ctx, source, job, excluded, run)),
  });
}

async function writeImport(ctx: CallContext, source: ImportSource, job: ImportJob, excluded: Set<number>, run: JobContext): Promise<ImportCommitResult> {
  run.step('核对数据');
  // A second commit of the same preview (e.g. sent twice) finds it gone.
  if (!ctx.core.imports.get(job.id)) throw new AppError('NOT_FOUND', '导入预览已过期或不存在，请重新上传文件');
  const adapter = source.adapter;
  const ictx = importContext(ctx);
  let plan = job.plan as ImportPlan;
  if (changeSeq(ctx.core.db) !== job.changeSeq) {
    // The ledger changed since the preview: plan again against the current records.
    plan = planImport(adapter, ictx, job.rows.filter((r) => !excluded.has(r.row)));
    if (plan.invalid.length > 0) {
      throw new AppError('CONFLICT', `预览后数据已有变化，第${rowList(plan.invalid.map((p) => p.row))}行不再有效，请重新上传预览。本次未导入任何数据`);
    }
  }
  const included = plan.rows.filter((r) => !excluded.has(r.row));
  requireRowsInScope(source.outside(ctx, included), source.scopeRule, rowList);
  const toWrite = included.filter((r) => r.action !== 'unchanged');
  const inserted = toWrite.filter((r) => r.action === 'insert').length;
  const updated = toWrite.length - inserted;
  const total = toWrite.length;

  run.step('写入数据', total);
  try {
    await write();
  } catch (err) {
    // Rolled back (failed or cancelled): the kept plan may hold state of the rows it was
    // writing (e.g. new households), so a retry plans again from the parsed rows.
    job.changeSeq = -1;
    throw err;
  }
  run.progress(total, total);
  ctx.core.imports.delete(job.id);
  return { jobId: job.id, inserted, updated, unchanged: included.length - total, excluded: excluded.size };

  function write(): Promise<void> {
    return ctx.core.writer.transactionAsync(ctx.actor, async (tx) => {
      adapter.before?.(tx, toWrite, plan.state, ictx);
      for (let i = 0; i < toWrite.length; i++) {
        const r = toWrite[i]!;
        if (r.action === 'insert') {
          const row: Row & { id: string } = { id: r.id };
          for (const k in r.columns) {
            const v = r.columns[k];
            if (v !== null && v !== undefined) row[k] = v;
          }
          tx.insert(adapter.table, row);
        } else tx.update(adapter.table, r.id, r.changed);
        if ((i + 1) % BATCH === 0) {
          run.progress(i + 1, total);
          await run.pause();
        }
      }
      run.check();
      audit(ctx, {
        action: 'import',
        table: adapter.table,
        detail: { kind: job.kind, fileName: job.fileName, inserted, updated, unchanged: included.length - total, excluded: excluded.size },
      });
    });
  }
}

export function cancelImport(ctx: CallContext, jobId: string): { ok: true } {
  const jobs = ctx.core.imports;
  const job = jobs.get(jobId);
  if (job && job.actor === ctx.actor) jobs.delete(jobId);
  return { ok: true };
}
