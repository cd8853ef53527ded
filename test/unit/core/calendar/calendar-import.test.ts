import { describe, it, expect } from 'vitest';
import {
  HolidayCalendar,
  formatYearScheduleText,
  officialHolidayData,
  parseYearSchedule,
  type ImportResult,
} from '../../../../electron/core/calendar';

const errorsOf = (r: ImportResult): string[] => (r.ok ? [] : r.errors);

describe('text form', () => {
  it('parses holidays and make-up days', () => {
    const r = parseYearSchedule(
      2027,
      '# 来源：测试通知\n\n2027-01-01 休 元旦\n2027-02-06 班 春节调休\n2027-02-08 休 春节\n2027-02-09 休 春节\n',
    );
    expect(r).toEqual({
      ok: true,
      year: 2027,
      entry: {
        source: '测试通知',
        holidays: [
          { name: '元旦', dates: ['2027-01-01'] },
          { name: '春节', dates: ['2027-02-08', '2027-02-09'] },
        ],
        workdays: [{ name: '春节调休', date: '2027-02-06' }],
      },
    });
    const cal = new HolidayCalendar(r.ok ? { '2027': r.entry } : {});
    expect(cal.hasYear(2027)).toBe(true);
    expect(cal.isWorkingDay('2027-02-06')).toBe(true);
    expect(cal.isWorkingDay('2027-02-08')).toBe(false);
  });

  it('reports line-numbered errors in Chinese', () => {
    const text = [
      '2027-01-01 休 元旦',
      '',
      '2027-13-01 休 元旦',
      '2027-01-01 休 元旦',
      '2026-05-01 休 劳动节',
      '2027-01-01 班 元旦调休',
      '2027-02-08 班 春节调休',
      '2027-02-10 放 春节',
      '2027-02-11',
      '2027-02-12 休',
    ].join('\n');
    expect(errorsOf(parseYearSchedule(2027, text))).toEqual([
      '第3行：日期格式错误',
      '第4行：日期 2027-01-01 重复',
      '第5行：日期 2026-05-01 不属于 2027 年',
      '第6行：日期 2027-01-01 既是放假日又是调休上班日',
      '第7行：2027-02-08 是星期一，本就是工作日，不能设为调休上班日',
      '第8行：类型“放”无效，应为“休”或“班”',
      '第9行：缺少类型（休/班）',
      '第10行：缺少名称',
    ]);
  });

  it('allows the previous December (元旦 bridging) but nothing earlier', () => {
    expect(parseYearSchedule(2027, '2026-12-31 休 元旦').ok).toBe(true);
    expect(errorsOf(parseYearSchedule(2027, '2026-11-30 休 元旦'))).toEqual(['第1行：日期 2026-11-30 不属于 2027 年']);
  });

  it('rejects empty input and bad years', () => {
    expect(errorsOf(parseYearSchedule(2027, '# 只有注释\n'))).toEqual(['未包含任何放假或调休安排']);
    expect(errorsOf(parseYearSchedule(27, '2027-01-01 休 元旦'))).toEqual(['年份 27 无效']);
  });
});

describe('JSON form', () => {
  it('accepts the per-year shape (object or string) and the {years} wrapper', () => {
    const year = { source: '通知', holidays: [{ name: '元旦', dates: ['2027-01-01'] }], workdays: [] };
    expect(parseYearSchedule(2027, year)).toMatchObject({ ok: true, entry: year });
    expect(parseYearSchedule(2027, JSON.stringify(year))).toMatchObject({ ok: true, entry: year });
    expect(parseYearSchedule(2027, { years: { '2027': year } })).toMatchObject({ ok: true, entry: year });
  });

  it('reports errors', () => {
    const r = parseYearSchedule(2027, {
      holidays: [{ name: '元旦', dates: ['2027-01-01', '2027-1-2'] }, { dates: ['2027-02-08'] }, { name: '春节', dates: [] }],
      workdays: [{ name: '春节调休', date: '2027-01-01' }],
      amendments: [],
    });
    expect(errorsOf(r)).toEqual([
      '不支持修订（amendments），请将最终安排直接写入 holidays 和 workdays',
      '第1个放假安排“元旦”的第2个日期：日期格式错误',
      '第2个放假安排：缺少名称',
      '第3个放假安排“春节”：缺少日期',
      '第1个调休上班日：日期 2027-01-01 既是放假日又是调休上班日',
    ]);
    expect(errorsOf(parseYearSchedule(2027, '{ oops'))).toEqual(['JSON 格式错误，无法解析']);
    expect(errorsOf(parseYearSchedule(2027, 42))).toEqual(['内容应为 JSON 对象']);
  });
});

describe('official data passes validation', () => {
  for (const [key, schedule] of Object.entries(officialHolidayData.years)) {
    it(`${key}: base schedule and text round-trip`, () => {
      const year = Number(key);
      const base = { ...schedule };
      delete base.amendments;
      expect(errorsOf(parseYearSchedule(year, base))).toEqual([]);

      const r = parseYearSchedule(year, formatYearScheduleText(schedule));
      expect(errorsOf(r)).toEqual([]);
      if (!r.ok) return;
      const official = new HolidayCalendar({ [key]: schedule });
      const reparsed = new HolidayCalendar({ [key]: r.entry });
      for (let t = Date.UTC(year - 1, 11, 1); t < Date.UTC(year + 1, 0, 1); t += 86_400_000) {
        const d = new Date(t).toISOString().slice(0, 10);
        expect(reparsed.dayInfo(d), d).toEqual(official.dayInfo(d));
      }
    });
  }
});
