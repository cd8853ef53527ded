// The Excel import (SPEC §2): preview — parse, map columns, check every row, plan against
// the stored records, write nothing — then commit — all rows or none, one transaction
// through the change writer, progress events every 1000 rows. A re-import of the same file
// plans every row as unchanged and writes nothing.
import { monotonicFactory, ulid } from 'ulid';
import type { ImportCommitResult, ImportPreview, ImportRowProblem, ImportSampleRow } from '../../../../shared/registry/import-types';
import type { ImportKind } from '../../../../shared/registry/registry-types';
import { AppError } from '../../../../shared/rpc/errors';
import type { Row } from '../../db/change-writer';
import type { CallContext } from '../../rpc/handler-types';
import { audit } from '../../audit/audit-log';
import { readSpreadsheet } from '../../io/spreadsheet-read';
import type { SheetData } from '../../io/workbook-spec';
import { can, requireSpecial } from '../registry-access';
import { chinaToday } from '../unit-scope';
import type { ImportContext, RowInput } from './import-adapter';
import { displayValue } from './import-display';
import { rowIdentity } from './row-identity';
import { importJobs, JOB_TTL_MS } from './import-jobs';
import { planImport, type ImportPlan } from './import-plan';
import { parseRow } from './field-values';
import { findTable } from './sheet-table';
import { GridResolver } from './grid-resolver';
import { IMPORT_ADAPTERS } from './kinds';

const PROGRESS_EVERY = 1000;
const SAMPLE_ROWS = 20;

function changeSeq(ctx: CallContext): number {
  return (ctx.core.db.prepare('SELECT coalesce(max(seq), 0) AS s FROM change_log').get() as { s: number }).s;
}

function importContext(ctx: CallContext): ImportContext {
  // Monotonic ids: one random draw per millisecond instead of one per id (ulid() costs ~20 µs
  // each), and ascending keys append to the primary-key index.
  return { db: ctx.core.db, grids: new GridResolver(ctx.core.db), today: chinaToday(ctx.core.now()), newId: monotonicFactory() };
}

export interface PreviewInput {
  kind: ImportKind;
  fileBase64: string;
  fileName?: string;
  mapping?: Record<string, number | null>;
  jobId?: string;
}

export function previewImport(ctx: CallContext, input: PreviewInput): ImportPreview {
  if (input.kind === 'special') requireSpecial(ctx);
  const jobId = input.jobId ?? ulid();
  ctx.core.emit('progress', { jobId, phase: '读取文件', done: 0, total: 0 });
  const sheets = readSpreadsheet(Buffer.from(input.fileBase64, 'base64'), input.fileName);
  return previewSheets(ctx, input, sheets, jobId);
}

/** The preview of an already opened spreadsheet (the bench times reading and checking apart). */
export function previewSheets(ctx: CallContext, input: Omit<PreviewInput, 'fileBase64'>, sheets: SheetData[], jobId: string = ulid()): ImportPreview {
  if (input.kind === 'special') requireSpecial(ctx);
  const adapter = IMPORT_ADAPTERS[input.kind];
  const spec = adapter.spec;
  const progress = (phase: string, done: number, total: number) => ctx.core.emit('progress', { jobId, phase, done, total });
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
    const { values, reasons } = parseRow(cells, spec.fields, mapping, ictx.grids);
    inputs.push({ row, values });
    if (reasons.length) cellReasons.set(row, reasons);
    if ((i + 1) % 10_000 === 0) progress('校验', i + 1, total * 2);
  });
  const plan = planImport(adapter, ictx, inputs, cellReasons, (done) => progress('校验', total + done, total * 2));
  progress('校验', total * 2, total * 2);

  const invalidRows = new Set(plan.invalid.map((p) => p.row));
  const now = ctx.core.now();
  importJobs(ctx.core).put({
    id: jobId,
    kind: input.kind,
    actor: ctx.actor,
    fileName: input.fileName ?? null,
    createdAt: now,
    rows: inputs.filter((r) => !invalidRows.has(r.row)),
    invalid: plan.invalid,
    changeSeq: changeSeq(ctx),
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
  return {
    jobId,
    kind: input.kind,
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
    willInsert: count('insert'),
    willUpdate: count('update'),
    unchanged: count('unchanged'),
    expiresAt: new Date(now + JOB_TTL_MS).toISOString(),
  };
}

function rowList(rows: number[]): string {
  const shown = rows.slice(0, 10).join('、');
  return rows.length > 10 ? `${shown}等` : shown;
}

export function commitImport(ctx: CallContext, input: { jobId: string; excludeRows: number[] }): ImportCommitResult {
  const jobs = importJobs(ctx.core);
  const job = jobs.get(input.jobId);
  if (!job) throw new AppError('NOT_FOUND', '导入预览已过期或不存在，请重新上传文件');
  if (job.actor !== ctx.actor) throw new AppError('FORBIDDEN', '只能确认自己上传的导入');
  if (job.kind === 'special') requireSpecial(ctx);
  const adapter = IMPORT_ADAPTERS[job.kind];
  const excluded = new Set(input.excludeRows);
  const bad = job.invalid.filter((p) => !excluded.has(p.row)).map((p) => p.row);
  if (bad.length > 0) {
    throw new AppError('INVALID_STATE', `还有${bad.length}行数据有误（第${rowList(bad)}行），请修正后重新上传，或排除这些行后再导入。本次未导入任何数据`);
  }

  const ictx = importContext(ctx);
  let plan = job.plan as ImportPlan;
  if (changeSeq(ctx) !== job.changeSeq) {
    // The ledger changed since the preview: plan again against the current records.
    plan = planImport(adapter, ictx, job.rows.filter((r) => !excluded.has(r.row)));
    if (plan.invalid.length > 0) {
      throw new AppError('CONFLICT', `预览后台账已有变化，第${rowList(plan.invalid.map((p) => p.row))}行不再有效，请重新上传预览。本次未导入任何数据`);
    }
  }
  const included = plan.rows.filter((r) => !excluded.has(r.row));
  const toWrite = included.filter((r) => r.action !== 'unchanged');
  const inserted = toWrite.filter((r) => r.action === 'insert').length;
  const updated = toWrite.length - inserted;
  const total = toWrite.length;
  const progress = (done: number) => ctx.core.emit('progress', { jobId: job.id, phase: '写入', done, total });

  progress(0);
  ctx.core.writer.transaction(ctx.actor, (tx) => {
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
      if ((i + 1) % PROGRESS_EVERY === 0) progress(i + 1);
    }
    audit(ctx, {
      action: 'import',
      table: adapter.table,
      detail: { kind: job.kind, fileName: job.fileName, inserted, updated, unchanged: included.length - total, excluded: excluded.size },
    });
  });
  progress(total);
  jobs.delete(job.id);
  return { jobId: job.id, inserted, updated, unchanged: included.length - total, excluded: excluded.size };
}

export function cancelImport(ctx: CallContext, jobId: string): { ok: true } {
  const jobs = importJobs(ctx.core);
  const job = jobs.get(jobId);
  if (job && job.actor === ctx.actor) jobs.delete(jobId);
  return { ok: true };
}
