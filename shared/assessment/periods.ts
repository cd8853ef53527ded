// Assessment periods by key: 2025Q4 (a quarter), 2025H2 (a half-year), 2025 (a year).
import { PERIOD_KEY } from './assessment-inputs';
import type { PeriodKind } from './scheme';

export interface AssessmentPeriod {
  key: string;
  kind: PeriodKind;
  /** First and last day, inclusive. */
  from: string;
  to: string;
  label: string;
}

const QUARTER_NAMES = ['第一季度', '第二季度', '第三季度', '第四季度'];
const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, month: number) => new Date(Date.UTC(y, month, 0)).getUTCDate();

/** The period a key names; null when the key is not one. */
export function periodOfKey(key: string): AssessmentPeriod | null {
  const m = PERIOD_KEY.exec(key);
  if (!m) return null;
  const y = Number(m[1]);
  const span = (first: number, last: number) => ({ from: `${y}-${pad(first)}-01`, to: `${y}-${pad(last)}-${pad(lastDay(y, last))}` });
  if (m[2]) {
    const q = Number(m[2]);
    return { key, kind: 'quarter', ...span(q * 3 - 2, q * 3), label: `${y}年${QUARTER_NAMES[q - 1]}` };
  }
  if (m[3]) {
    const h = Number(m[3]);
    return { key, kind: 'half', ...span(h * 6 - 5, h * 6), label: `${y}年${h === 1 ? '上半年' : '下半年'}` };
  }
  return { key, kind: 'year', ...span(1, 12), label: `${y}年度` };
}

/** The key of the quarter before (2025Q1 → 2024Q4). */
export function previousQuarter(key: string): string | null {
  const m = /^(\d{4})Q([1-4])$/.exec(key);
  if (!m) return null;
  const y = Number(m[1]);
  const q = Number(m[2]);
  return q === 1 ? `${y - 1}Q4` : `${y}Q${q - 1}`;
}

/** The key of the same kind's period before (2025Q1 → 2024Q4, 2025H1 → 2024H2, 2025 → 2024). */
export function previousPeriodKey(key: string): string | null {
  const period = periodOfKey(key);
  if (!period) return null;
  const y = Number(key.slice(0, 4));
  if (period.kind === 'quarter') return previousQuarter(key);
  if (period.kind === 'half') return key.endsWith('H1') ? `${y - 1}H2` : `${y}H1`;
  return String(y - 1);
}

/** The half-years (2026H1) a period lies in: a quarter's half, a half itself, a year's two. */
export function halfYearsOf(key: string): string[] {
  const period = periodOfKey(key);
  if (!period) return [];
  const y = key.slice(0, 4);
  if (period.kind === 'year') return [`${y}H1`, `${y}H2`];
  return [`${y}H${period.from.slice(5, 7) <= '06' ? 1 : 2}`];
}
