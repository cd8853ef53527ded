// The handbook forms as one .xlsx: for one grid, a village/community, or the whole town.
import { HANDBOOK_FORM_LABELS, type HandbookForm, type PaperSize } from '../../../../shared/registry/handbook-forms';
import type { JobStarted } from '../../../../shared/jobs/job-types';
import type { CallContext } from '../../rpc/handler-types';
import { audit } from '../../audit/audit-log';
import { writeXlsx } from '../../io/xlsx-write';
import { rowsProgress, startJob } from '../../jobs/start-job';
import type { SheetSpec } from '../../io/workbook-spec';
import { fileStamp, XLSX_MIME } from '../export/file-names';
import { requireSpecial, revealFor } from '../registry-access';
import { areaStatsForm } from './area-stats-form';
import { disputesForm } from './disputes-form';
import { floatingForm } from './floating-form';
import { formContext, type FormContext } from './form-context';
import { rentalsForm } from './rentals-form';
import { specialForm } from './special-form';

const BUILDERS: Record<HandbookForm, (fc: FormContext) => SheetSpec[]> = {
  area_stats: areaStatsForm,
  floating: floatingForm,
  rentals: rentalsForm,
  special: specialForm,
  disputes: disputesForm,
};

type FormInput = { form: HandbookForm; unitId?: string; reveal?: boolean; paper?: PaperSize };
const STEPS = ['汇总数据', '写入表格'] as const;

/** Starts the form job: the checks at once, then the reads, then the file (awaited). */
export function buildHandbookForm(ctx: CallContext, input: FormInput): JobStarted {
  if (input.form === 'special') requireSpecial(ctx);
  const plain = revealFor(ctx, input.reveal);
  return startJob(ctx, {
    kind: 'registry.form',
    title: `生成${HANDBOOK_FORM_LABELS[input.form]}`,
    steps: STEPS,
    work: async (job) => {
      job.step('汇总数据');
      const { sheets, fileName } = await ctx.core.exclusive(() => formSheets(ctx, input, plain));
      job.step('写入表格', sheets.reduce((n, s) => n + s.rows.length, 0));
      const data = await writeXlsx({ sheets }, { onRows: rowsProgress(job) });
      return { fileName, mime: XLSX_MIME, base64: data.toString('base64') };
    },
  });
}

function formSheets(ctx: CallContext, input: FormInput, plain: boolean): { sheets: SheetSpec[]; fileName: string } {
  const fc = formContext(ctx, input.unitId, plain, input.paper ?? 'A4');
  let sheets = BUILDERS[input.form](fc);
  const label = HANDBOOK_FORM_LABELS[input.form];
  if (sheets.length === 0) sheets = [{ name: label.slice(0, 31), rows: [{ cells: [{ v: `${label}：${fc.unitName}暂无数据`, s: 'subtitle' }] }], columns: [{ width: 60 }] }];
  if (input.form === 'special' || plain) audit(ctx, { action: 'form', detail: { form: input.form, unitId: input.unitId ?? null, plain, sheets: sheets.length } });
  return { sheets, fileName: `${label}_${fc.unitName}_${fileStamp(ctx.core.now())}.xlsx` };
}
