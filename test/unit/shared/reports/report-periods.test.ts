// The work reports' periods: calendar months and quarters, the one before across a year's end,
// and the list the screen offers (the current period first).
import { describe, expect, it } from 'vitest';
import { previousReportPeriod, recentReportPeriods, reportPeriod, reportPeriodInput } from '../../../../shared/reports/report-periods';

describe('report periods', () => {
  it('are calendar months and quarters, each against the one before', () => {
    expect(reportPeriod({ kind: 'month', year: 2028, index: 2 })).toMatchObject({ from: '2028-02-01', to: '2028-02-29', label: '2028年2月' });
    expect(previousReportPeriod({ kind: 'month', year: 2027, index: 1 })).toMatchObject({ from: '2026-12-01', to: '2026-12-31', label: '2026年12月' });
    expect(reportPeriod({ kind: 'quarter', year: 2026, index: 4 })).toMatchObject({ from: '2026-10-01', to: '2026-12-31', label: '2026年第四季度' });
    expect(previousReportPeriod({ kind: 'quarter', year: 2027, index: 1 })).toMatchObject({ from: '2026-10-01', to: '2026-12-31' });
  });

  it('offers the current period first, then the ones before', () => {
    expect(recentReportPeriods('month', '2026-01-15', 3).map((p) => p.label)).toEqual(['2026年1月', '2025年12月', '2025年11月']);
    expect(recentReportPeriods('quarter', '2026-12-01', 2).map((p) => p.label)).toEqual(['2026年第四季度', '2026年第三季度']);
  });

  it('refuses a quarter past the fourth and a month past the twelfth', () => {
    expect(reportPeriodInput.safeParse({ kind: 'quarter', year: 2026, index: 5 }).success).toBe(false);
    expect(reportPeriodInput.safeParse({ kind: 'month', year: 2026, index: 13 }).success).toBe(false);
    expect(reportPeriodInput.safeParse({ kind: 'month', year: 2026, index: 12 }).success).toBe(true);
  });
});
