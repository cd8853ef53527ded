import { describe, it, expect } from 'vitest';
import { HolidayCalendar, loadOfficialCalendar, officialHolidayData } from '../../../../electron/core/calendar';

const cal = loadOfficialCalendar();
const range = (from: string, to: string): string[] => {
  const out: string[] = [];
  for (let t = Date.parse(from); t <= Date.parse(to); t += 86_400_000) out.push(new Date(t).toISOString().slice(0, 10));
  return out;
};

describe('official data', () => {
  it('covers 2020–2026 with a State Council source per year', () => {
    expect(cal.knownYears()).toEqual([2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    for (const [year, s] of Object.entries(officialHolidayData.years)) {
      expect(s.source).toBe(`国务院办公厅关于${year}年部分节假日安排的通知`);
    }
  });

  it('make-up workdays are all weekends', () => {
    for (const s of Object.values(officialHolidayData.years)) {
      for (const w of s.workdays) expect([0, 6]).toContain(new Date(`${w.date}T00:00Z`).getUTCDay());
    }
  });
});

describe('National Day 2025 (国庆节、中秋节)', () => {
  it('Oct 1–8 are holidays', () => {
    for (const d of range('2025-10-01', '2025-10-08')) {
      expect(cal.isWorkingDay(d)).toBe(false);
      expect(cal.dayInfo(d)).toEqual({ date: d, working: false, reason: 'holiday', holidayName: '国庆节、中秋节' });
    }
  });

  it('Sun Sep 28 and Sat Oct 11 are make-up working days', () => {
    expect(cal.isWorkingDay('2025-09-28')).toBe(true);
    expect(cal.isWorkingDay('2025-10-11')).toBe(true);
    expect(cal.dayInfo('2025-10-11')).toMatchObject({ working: true, reason: 'makeup', holidayName: '国庆节、中秋节调休' });
  });

  it('ordinary days around it', () => {
    expect(cal.dayInfo('2025-09-30')).toEqual({ date: '2025-09-30', working: true, reason: 'weekday' });
    expect(cal.dayInfo('2025-09-27')).toEqual({ date: '2025-09-27', working: false, reason: 'weekend' });
    expect(cal.isWorkingDay('2025-10-09')).toBe(true);
    expect(cal.isWorkingDay('2025-10-12')).toBe(false);
  });
});

describe('Spring Festival 2026 (春节)', () => {
  it('Feb 15–23 are off (9 days)', () => {
    const days = range('2026-02-15', '2026-02-23');
    expect(days).toHaveLength(9);
    for (const d of days) expect(cal.dayInfo(d)).toMatchObject({ working: false, reason: 'holiday', holidayName: '春节' });
  });

  it('Sat Feb 14 and Sat Feb 28 are working; Feb 24 is back to work', () => {
    expect(cal.dayInfo('2026-02-14').reason).toBe('makeup');
    expect(cal.dayInfo('2026-02-28').reason).toBe('makeup');
    expect(cal.isWorkingDay('2026-02-24')).toBe(true);
  });

  it('rest of 2026', () => {
    expect(cal.isWorkingDay('2026-01-04')).toBe(true);
    expect(cal.isWorkingDay('2026-05-05')).toBe(false);
    expect(cal.isWorkingDay('2026-05-09')).toBe(true);
    expect(cal.isWorkingDay('2026-06-19')).toBe(false);
    expect(cal.isWorkingDay('2026-09-20')).toBe(true);
    expect(cal.isWorkingDay('2026-09-25')).toBe(false);
    expect(cal.isWorkingDay('2026-10-07')).toBe(false);
    expect(cal.isWorkingDay('2026-10-10')).toBe(true);
  });
});

describe('special cases in the data', () => {
  it('2020 Spring Festival extension cancels the Feb 1 make-up day', () => {
    expect(cal.dayInfo('2020-01-31')).toMatchObject({ working: false, reason: 'holiday', holidayName: '春节（延长假期）' });
    expect(cal.isWorkingDay('2020-02-01')).toBe(false);
    expect(cal.isWorkingDay('2020-02-02')).toBe(false);
    expect(cal.isWorkingDay('2020-02-03')).toBe(true);
    expect(cal.isWorkingDay('2020-01-19')).toBe(true);
  });

  it('2023 New Year starts on 2022-12-31 (from the 2023 notice)', () => {
    expect(cal.dayInfo('2022-12-31')).toMatchObject({ reason: 'holiday', holidayName: '元旦' });
    expect(cal.isWorkingDay('2023-01-02')).toBe(false);
  });
});

describe('years without a schedule', () => {
  it('count weekends only and are reported missing', () => {
    expect(cal.hasYear(2030)).toBe(false);
    expect(cal.hasYear(2025)).toBe(true);
    expect(cal.isWorkingDay('2030-01-01')).toBe(true);
    expect(cal.dayInfo('2030-10-01')).toEqual({ date: '2030-10-01', working: true, reason: 'weekday' });
    expect(cal.dayInfo('2030-10-05').reason).toBe('weekend');
    expect(cal.missingYears(2019, 2027)).toEqual([2019, 2027]);
  });

  it('administrator years are added and replace official ones', () => {
    const admin = new HolidayCalendar(officialHolidayData.years, {
      '2027': { source: '管理员录入', holidays: [{ name: '元旦', dates: ['2027-01-01'] }], workdays: [] },
      '2025': { source: '管理员录入', holidays: [], workdays: [] },
    });
    expect(admin.hasYear(2027)).toBe(true);
    expect(admin.isWorkingDay('2027-01-01')).toBe(false);
    expect(admin.isWorkingDay('2025-10-01')).toBe(true);
    expect(admin.isWorkingDay('2026-02-16')).toBe(false);
  });

  it('rejects malformed dates', () => {
    expect(() => cal.isWorkingDay('2025-02-30')).toThrow(RangeError);
    expect(() => cal.isWorkingDay('2025/10/01')).toThrow(RangeError);
  });
});
