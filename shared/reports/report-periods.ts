// The periods of the centre's work reports (月报, 季报): Asia/Shanghai calendar months and
// quarters, each compared with the one before it (环比). Pure, so the screen lists the same
// periods the core counts over.
import { z } from 'zod';
import { periodOfKey } from '../assessment/periods';

export const REPORT_KINDS = ['month', 'quarter'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];
export const REPORT_KIND_LABELS: Record<ReportKind, string> = { month: '月报', quarter: '季报' };

export const reportPeriodInput = z
  .object({
    kind: z.enum(REPORT_KINDS),
    year: z.number().int().min(2000).max(2100),
    /** The month (1–12) or the quarter (1–4). */
    index: z.number().int().min(1).max(12),
  })
  .refine((p) => p.kind === 'month' || p.index <= 4, { message: '季度应为第1至第4季度', path: ['index'] });
export type ReportPeriodInput = z.infer<typeof reportPeriodInput>;

export interface ReportPeriod {
  kind: ReportKind;
  year: number;
  index: number;
  /** First and last day, inclusive (YYYY-MM-DD, Shanghai). */
  from: string;
  to: string;
  /** 「2026年11月」, 「2026年第四季度」 */
  label: string;
}

/** A month, or a quarter as the assessment names it (shared/assessment/periods.ts: 「2026年第四季度」). */
export function reportPeriod({ kind, year, index }: ReportPeriodInput): ReportPeriod {
  if (kind === 'quarter') {
    const q = periodOfKey(`${year}Q${index}`)!;
    return { kind, year, index, from: q.from, to: q.to, label: q.label };
  }
  const mm = String(index).padStart(2, '0');
  const last = new Date(Date.UTC(year, index, 0)).getUTCDate();
  return { kind, year, index, from: `${year}-${mm}-01`, to: `${year}-${mm}-${last}`, label: `${year}年${index}月` };
}

/** The period before (环比): the month or quarter before, across a year's end. */
export function previousReportPeriod(p: ReportPeriodInput): ReportPeriod {
  const count = p.kind === 'month' ? 12 : 4;
  return reportPeriod(p.index === 1 ? { kind: p.kind, year: p.year - 1, index: count } : { kind: p.kind, year: p.year, index: p.index - 1 });
}

/** The period holding a day (YYYY-MM-DD). */
export function reportPeriodOf(kind: ReportKind, date: string): ReportPeriod {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return reportPeriod({ kind, year, index: kind === 'month' ? month : Math.ceil(month / 3) });
}

/**
 * The periods to offer on a day, newest first: the current one (so far) and the `count - 1`
 * before it. The default is the last whole one (reports are filed after a period ends).
 */
export function recentReportPeriods(kind: ReportKind, today: string, count: number): ReportPeriod[] {
  const out = [reportPeriodOf(kind, today)];
  while (out.length < count) out.push(previousReportPeriod(out[out.length - 1]!));
  return out;
}
