// Importing satisfaction survey results (满意度测评) through the registry's Excel import engine:
// the same preview (column mapping, every bad row with its Chinese reasons) and the same
// all-or-nothing commit through the change writer. A row names the grid (by name or code), the
// half-year (or leaves it to the survey date), the score, the sample size and the date; it must
// meet the survey form's rules (checkSurvey, surveys.ts). A grid and half-year already entered is
// updated; the same grid and half-year twice in the file is refused. Only the surveys the file
// names are looked up. Scope: a supervisor imports only for the grids of its area.
import { parseHalfYear, halfYearOfDate, saveSurveyInput } from '../../../shared/assessment/survey-inputs';
import { SURVEY_IMPORT } from '../../../shared/assessment/survey-import';
import { AppError } from '../../../shared/rpc/errors';
import type { ImportRowProblem } from '../../../shared/registry/import-types';
import type { Row } from '../db/change-writer';
import type { GridInfo } from '../registry/unit-scope';
import type { ImportAdapter, ImportContext, ImportSource } from '../registry/import/import-adapter';
import type { CallContext } from '../rpc/handler-types';
import { checkSurvey, SURVEY_SCOPE_RULE, surveyGridsOf } from './surveys';

interface SurveyImportState {
  ctx: ImportContext;
}

const STORED = ['grid_id', 'half_year', 'score', 'sample_size', 'survey_date', 'note'] as const;

export const surveyImport: ImportAdapter<SurveyImportState> = {
  spec: SURVEY_IMPORT,
  table: 'satisfaction_survey',
  keyLabel: '网格和测评半年',

  load(ctx) {
    return { ctx };
  },

  check({ values: v, badCells }, _state, ctx) {
    const grid = v.grid as GridInfo | undefined;
    const date = typeof v.surveyDate === 'string' ? v.surveyDate : '';
    const halfText = typeof v.halfYear === 'string' ? v.halfYear.trim() : '';
    const halfYear = halfText ? parseHalfYear(halfText) : date ? halfYearOfDate(date) : null;
    const key = `${grid?.id ?? '?'}|${halfYear ?? halfText}`;
    if (halfText && !halfYear) return { key, columns: {}, reasons: [`测评半年“${halfText}”应写作“2026年上半年”或“2026H1”`], warnings: [] };
    // A cell that could not be read is reported already; the survey rules would only repeat it.
    if (!grid || !halfYear || badCells) return { key, columns: {}, reasons: [], warnings: [] };
    const parsed = saveSurveyInput.safeParse({
      gridId: grid.id,
      halfYear,
      score: v.score,
      sampleSize: v.sampleSize,
      surveyDate: date,
      note: typeof v.note === 'string' ? v.note : '',
    });
    if (!parsed.success) return { key, columns: {}, reasons: parsed.error.issues.map((i) => i.message), warnings: [] };
    try {
      const values = checkSurvey(ctx.db, ctx.today, parsed.data);
      return { key, columns: { ...values, created_by: ctx.actorId, created_at: ctx.now, updated_at: ctx.now }, reasons: [], warnings: [] };
    } catch (err) {
      if (err instanceof AppError) return { key, columns: {}, reasons: [err.message], warnings: [] };
      throw err;
    }
  },

  /** The survey already entered for the row's grid and half-year: only the file's keys are looked up. */
  existing(key, { ctx }) {
    const [gridId, halfYear] = key.split('|');
    const r = ctx.db.cached('SELECT * FROM satisfaction_survey WHERE grid_id = ? AND half_year = ? ORDER BY id LIMIT 1').get(gridId, halfYear) as (Row & { id: string }) | undefined;
    if (!r) return undefined;
    const row: Row = { created_by: ctx.actorId, created_at: ctx.now, updated_at: ctx.now };
    for (const c of STORED) row[c] = r[c];
    // The creation stamp stays; only the survey's own columns count as a change.
    return { id: r.id, row };
  },

  before(_tx, rows, { ctx }) {
    for (const r of rows) if (r.action === 'update') r.changed = { ...r.changed, updated_at: ctx.now };
    return 0;
  },
};

function rowsOutsideArea(ctx: CallContext, rows: readonly { row: number; columns: Row }[]): ImportRowProblem[] {
  const area = surveyGridsOf(ctx);
  if (!area) return [];
  return rows.filter((r) => !area.has(r.columns.grid_id as string)).map((r) => ({ row: r.row, reasons: [SURVEY_SCOPE_RULE] }));
}

export const surveySource: ImportSource = {
  kind: 'survey',
  adapter: surveyImport as ImportAdapter<unknown>,
  jobs: { preview: 'assessment.surveyImportPreview', commit: 'assessment.surveyImportCommit' },
  // The methods that run it require 'assessment.adjust' (shared/assessment/assessment-api.ts); a supervisor's rows are checked by `outside`.
  authorize: () => undefined,
  outside: rowsOutsideArea,
  scopeRule: SURVEY_SCOPE_RULE,
};
