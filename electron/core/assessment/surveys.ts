// Satisfaction surveys (满意度测评, docs/assessment.md "Satisfaction surveys"): one per grid and
// half-year, score 0–100 with its sample size, the day it was taken and a note. checkSurvey is
// the one place for a survey's rules — the form (assessment.saveSurvey) and the spreadsheet import
// (survey-import.ts) both call it. Entered with 考核加减分 (assessment.adjust): a supervisor only
// for the grids of its area, the centre for any grid.
import { ulid } from 'ulid';
import { periodOfKey } from '../../../shared/assessment/periods';
import type { SaveSurveyInput } from '../../../shared/assessment/survey-inputs';
import type { SurveyRow } from '../../../shared/assessment/survey-types';
import { AppError } from '../../../shared/rpc/errors';
import { audit } from '../audit/audit-log';
import type { ReadDb } from '../db/read-db';
import { callToday } from '../rpc/call-today';
import type { CallContext } from '../rpc/handler-types';
import { routineScopeOf } from '../routine/routine-scope';
import { getSurvey } from './survey-store';

export interface SurveyValues {
  grid_id: string;
  half_year: string;
  score: number;
  sample_size: number;
  survey_date: string;
  note: string;
}

const bad = (message: string, path: string) => new AppError('BAD_INPUT', message, [{ path, message }]);

/** A survey's columns once its rules hold: the grid exists, the half-year has begun, the date lies in it and not ahead of today. */
export function checkSurvey(db: ReadDb, today: string, input: SaveSurveyInput): SurveyValues {
  const grid = db.cached("SELECT id FROM org_unit WHERE id = ? AND kind = 'grid' AND archived = 0").get(input.gridId);
  if (!grid) throw bad('网格不存在或已撤销', 'gridId');
  const half = periodOfKey(input.halfYear)!;
  if (half.from > today) throw bad(`${half.label}尚未开始，不能登记测评`, 'halfYear');
  if (input.surveyDate > today) throw bad(`测评日期${input.surveyDate}晚于今天，请核对`, 'surveyDate');
  if (input.surveyDate < half.from) throw bad(`测评日期${input.surveyDate}早于${half.label}，请核对测评日期或测评半年`, 'surveyDate');
  return {
    grid_id: input.gridId,
    half_year: input.halfYear,
    score: input.score,
    sample_size: input.sampleSize,
    survey_date: input.surveyDate,
    note: input.note,
  };
}

/** The grids the caller may enter surveys for; null: every grid. */
export function surveyGridsOf(ctx: CallContext): ReadonlySet<string> | null {
  if (ctx.session?.role !== 'supervisor') return null;
  const grids = routineScopeOf(ctx.core.db, ctx.session, callToday(ctx)).grids;
  return grids ? new Set(grids) : null;
}

export const SURVEY_SCOPE_RULE = '只能登记本人督导范围内网格的满意度测评';

export function saveSurvey(ctx: CallContext, input: SaveSurveyInput): SurveyRow {
  const { db } = ctx.core;
  const area = surveyGridsOf(ctx);
  const before = input.id ? getSurvey(db, input.id) : null;
  if (input.id && !before) throw new AppError('NOT_FOUND', '满意度测评记录不存在');
  for (const grid of [input.gridId, before?.gridId]) {
    if (grid && area && !area.has(grid)) throw new AppError('FORBIDDEN', SURVEY_SCOPE_RULE);
  }
  const values = checkSurvey(db, callToday(ctx), input);
  const now = ctx.core.now();
  const id = input.id ?? ulid();
  ctx.core.writer.transaction(ctx.actor, (tx) => {
    if (before) tx.update('satisfaction_survey', id, { ...values, updated_at: now });
    else tx.insert('satisfaction_survey', { id, ...values, created_by: ctx.actor, created_at: now, updated_at: now });
  });
  audit(ctx, { action: 'survey.save', table: 'satisfaction_survey', recordId: id, detail: { grid: values.grid_id, halfYear: values.half_year, score: values.score, edited: before !== null } });
  return getSurvey(db, id)!;
}
