// Inputs of the satisfaction survey methods (满意度测评, docs/assessment.md "Satisfaction
// surveys"), checked with Chinese messages; the half-year as 2026H1 or as people write it.
import { z } from 'zod';
import { isoDate } from '../calendar/calendar-api';

export const HALF_YEAR_KEY = /^\d{4}H[12]$/;

/** A half-year as written in a form or a spreadsheet: 2026H1, 2026年上半年, 2026上半年, 2026年下半年 … */
export function parseHalfYear(text: string): string | null {
  const s = text.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
  if (HALF_YEAR_KEY.test(s)) return s;
  const m = /^(\d{4})年?(上|下)半年度?$/.exec(s);
  return m ? `${m[1]}H${m[2] === '上' ? 1 : 2}` : null;
}

/** The half-year a day lies in (2026-07-03 → 2026H2). */
export function halfYearOfDate(date: string): string {
  return `${date.slice(0, 4)}H${date.slice(5, 7) <= '06' ? 1 : 2}`;
}

export const halfYearInput = z.string().trim().regex(HALF_YEAR_KEY, '测评半年应写作 2026H1（上半年）或 2026H2（下半年）');

export const surveysInput = z.object({ halfYear: halfYearInput.optional() });

export const saveSurveyInput = z.object({
  /** A survey's id: saves over it. None: a new survey (one per grid and half-year). */
  id: z.string().min(1).optional(),
  gridId: z.string().min(1, '请选择网格'),
  halfYear: halfYearInput,
  score: z.number({ error: '请填写测评得分' }).min(0, '测评得分应在0到100分之间').max(100, '测评得分应在0到100分之间'),
  sampleSize: z.number({ error: '请填写样本数' }).int('样本数应为整数').min(1, '样本数至少为1份').max(100_000, '样本数不能超过100000份'),
  surveyDate: isoDate,
  note: z.string().trim().max(500, '备注最多500字').default(''),
});
export type SaveSurveyInput = z.infer<typeof saveSurveyInput>;

/** A spreadsheet of survey results to check before importing (the registry's preview: mapping, bad rows, nothing written). */
export const surveyImportInput = z.object({
  fileBase64: z.string().min(1, '请选择文件').max(2_000_000, '文件过大（上限约1.5MB）'),
  fileName: z.string().max(255).optional(),
  mapping: z.record(z.string(), z.number().int().min(0).max(1000).nullable()).optional(),
});

export const surveyImportCommitInput = z.object({ jobId: z.string().min(1), excludeRows: z.array(z.number().int().min(1)).max(100_000).default([]) });
