// Reading the satisfaction surveys (满意度测评, docs/assessment.md "Satisfaction surveys"): one
// per grid and half-year, score 0–100 with its sample size.
import type { SurveyRow } from '../../../shared/assessment/survey-types';
import { periodOfKey } from '../../../shared/assessment/periods';
import type { ReadDb } from '../db/read-db';

interface SurveyDbRow {
  id: string;
  grid_id: string;
  grid_name: string;
  grid_code: string;
  village_name: string | null;
  half_year: string;
  score: number;
  sample_size: number;
  survey_date: string;
  note: string;
  updated_at: number;
}

const SURVEY_SQL = `SELECT s.id, s.grid_id, g.name AS grid_name, g.code AS grid_code, v.name AS village_name, s.half_year, s.score, s.sample_size,
  s.survey_date, s.note, s.updated_at
  FROM satisfaction_survey s JOIN org_unit g ON g.id = s.grid_id LEFT JOIN org_unit v ON v.id = g.parent_id`;

function toSurvey(r: SurveyDbRow): SurveyRow {
  return {
    id: r.id,
    gridId: r.grid_id,
    gridName: r.grid_name,
    gridCode: r.grid_code,
    villageName: r.village_name ?? '',
    halfYear: r.half_year,
    halfYearLabel: periodOfKey(r.half_year)?.label ?? r.half_year,
    score: r.score,
    sampleSize: r.sample_size,
    surveyDate: r.survey_date,
    note: r.note,
    updatedAt: r.updated_at,
  };
}

/** The surveys of the half-years given (every one when empty), by grid code then half-year. */
export function listSurveys(db: ReadDb, halfYears: readonly string[] = []): SurveyRow[] {
  const rows = halfYears.length
    ? (db.cached(`${SURVEY_SQL} WHERE s.half_year IN (SELECT value FROM json_each(?)) ORDER BY g.code, s.half_year, s.id`).all(JSON.stringify(halfYears)) as SurveyDbRow[])
    : (db.cached(`${SURVEY_SQL} ORDER BY s.half_year DESC, g.code, s.id`).all() as SurveyDbRow[]);
  return rows.map(toSurvey);
}

export function getSurvey(db: ReadDb, id: string): SurveyRow | null {
  const r = db.cached(`${SURVEY_SQL} WHERE s.id = ?`).get(id) as SurveyDbRow | undefined;
  return r ? toSurvey(r) : null;
}

/** The survey of a grid and half-year, if entered (the first by id should sync have brought two). */
export function surveyOf(db: ReadDb, gridId: string, halfYear: string): SurveyRow | null {
  const r = db.cached(`${SURVEY_SQL} WHERE s.grid_id = ? AND s.half_year = ? ORDER BY s.id LIMIT 1`).get(gridId, halfYear) as SurveyDbRow | undefined;
  return r ? toSurvey(r) : null;
}
