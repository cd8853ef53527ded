// Excel in and out: templates, import preview/commit, exports of filtered views, handbook
// forms. All but the template run as jobs (progress, cancel, result).
import type { Handlers } from '../rpc/handler-types';
import { XLSX_MIME } from './export/file-names';
import { exportLedger } from './export/ledger-export';
import { buildHandbookForm } from './forms/handbook-form';
import { cancelImport, commitImport, ledgerSource, previewImport } from './import/import-engine';
import { templateWorkbook } from './import/import-template';
import { writeXlsx } from '../io/xlsx-write';
import { requireSpecial } from './registry-access';
import { registryGrids } from './registry-scope';
import { IMPORT_KINDS, type ImportKind, type ImportSourceKind } from '../../../shared/registry/registry-types';

const isLedgerImport = (kind: ImportSourceKind): kind is ImportKind => (IMPORT_KINDS as readonly string[]).includes(kind);

export const excelHandlers: Pick<
  Handlers,
  'registry.template' | 'registry.importPreview' | 'registry.importCommit' | 'registry.importCancel' | 'registry.export' | 'registry.form'
> = {
  // A small workbook: read, then written asynchronously (not a job).
  'registry.template': async ({ kind }, ctx) => {
    if (kind === 'special') requireSpecial(ctx);
    const t = templateWorkbook(ctx.core.db, kind, registryGrids(ctx));
    return { fileName: t.fileName, mime: XLSX_MIME, base64: (await writeXlsx(t.workbook)).toString('base64') };
  },
  'registry.importPreview': ({ kind, ...input }, ctx) => previewImport(ctx, ledgerSource(kind), input),
  'registry.importCommit': (input, ctx) => commitImport(ctx, input, (kind) => (isLedgerImport(kind) ? ledgerSource(kind) : null)),
  'registry.importCancel': ({ jobId }, ctx) => cancelImport(ctx, jobId),
  'registry.export': (input, ctx) => exportLedger(ctx, input),
  'registry.form': (input, ctx) => buildHandbookForm(ctx, input),
};
