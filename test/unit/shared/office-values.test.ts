// Cell values as real offices write them (issue 7 §5): every spelling the national standards
// and common practice allow is accepted and stored in one clean form; anything else gets a
// reason that names its field once.
import { describe, expect, it } from 'vitest';
import { enumLookup, parseBool, parseDate, parseEnum, parseEthnicity, parseGender, parsePhone, parseTags } from '../../../shared/registry/cell-parse';
import { ETHNICITIES, ethnicityOf } from '../../../shared/registry/ethnicity';
import { IMPORT_SPECS } from '../../../shared/registry/import-fields';
import { CARE_TAG_LABELS, RESIDENCE_TYPE_LABELS } from '../../../shared/registry/registry-types';

const ok = <T>(value: T) => ({ ok: true, value });

describe('gender (GB/T 2261.1)', () => {
  it('reads the codes and the words offices write', () => {
    for (const v of ['男', '男性', 'M', 'm', 'Male', '1', 1, '１', ' 男 ']) expect(parseGender(v)).toEqual(ok('M'));
    for (const v of ['女', '女性', 'F', 'female', '2', 2, '２']) expect(parseGender(v)).toEqual(ok('F'));
  });

  it('takes 0 未知 and 9 未说明 as “not given”', () => {
    for (const v of ['0', 0, '9', 9, '未知', '未知的性别', '未说明', '未说明的性别']) expect(parseGender(v)).toEqual(ok(null));
  });

  it('names the field once in its reason', () => {
    expect(parseGender('3', '性别')).toEqual({ ok: false, reason: '性别“3”无法识别（可填：男、女，或代码1、2）' });
  });
});

describe('ethnicity (GB/T 3304)', () => {
  it('lists the 56 groups, 其他 and 外国血统中国籍人士 with their codes', () => {
    expect(ETHNICITIES).toHaveLength(58);
    expect(new Set(ETHNICITIES.map(([c]) => c)).size).toBe(58);
    expect(ETHNICITIES.filter(([c]) => Number(c) <= 56)).toHaveLength(56);
  });

  it('stores the full name whether the cell holds the short name, the full name or the code', () => {
    for (const [code, name] of ETHNICITIES) {
      expect(ethnicityOf(name)).toBe(name);
      expect(ethnicityOf(code)).toBe(name);
      expect(ethnicityOf(String(Number(code)))).toBe(name);
      if (name.endsWith('族')) expect(ethnicityOf(name.slice(0, -1))).toBe(name);
    }
    expect(parseEthnicity('汉')).toEqual(ok('汉族'));
    expect(parseEthnicity('蒙古')).toEqual(ok('蒙古族'));
    expect(parseEthnicity(1)).toEqual(ok('汉族'));
    expect(parseEthnicity('０３')).toEqual(ok('回族'));
    expect(parseEthnicity('维族')).toEqual(ok('维吾尔族'));
    expect(parseEthnicity('崩龙族')).toEqual(ok('德昂族'));
    expect(parseEthnicity('外国血统')).toEqual(ok('外国血统中国籍人士'));
    expect(parseEthnicity('其他')).toEqual(ok('其他'));
  });

  it('rejects what is not an ethnic group, naming the field once', () => {
    expect(parseEthnicity('火星族')).toMatchObject({ ok: false, reason: expect.stringMatching(/^民族“火星族”无法识别/) });
    expect(parseEthnicity('57').ok).toBe(false);
  });
});

describe('phone numbers', () => {
  it('stores a mobile as its 11 digits, whatever separators, prefix or width it was written with', () => {
    for (const v of [
      '13812345678',
      13812345678,
      '138 1234 5678',
      '138-1234-5678',
      '138.1234.5678',
      '(138)12345678',
      '+86 138 1234 5678',
      '+86-13812345678',
      '0086 13812345678',
      '86 13812345678',
      '8613812345678',
      '１３８１２３４５６７８',
      '＋８６ １３８－１２３４－５６７８',
    ]) {
      expect(parsePhone(v)).toEqual(ok('13812345678'));
    }
  });

  it('stores a landline as area code - number, with an extension if any', () => {
    for (const v of ['0579-85123456', '0579 8512 3456', '(0579)85123456', '（0579）85123456', '0579.85123456', '057985123456', '+86 579 8512 3456', '0086-579-85123456', '86-0579-85123456']) {
      expect(parsePhone(v)).toEqual(ok('0579-85123456'));
    }
    expect(parsePhone('010-62345678')).toEqual(ok('010-62345678'));
    expect(parsePhone('(021) 6234 5678')).toEqual(ok('021-62345678'));
    expect(parsePhone('+86 10 6234 5678')).toEqual(ok('010-62345678'));
    expect(parsePhone('0579-85123456转801')).toEqual(ok('0579-85123456-801'));
    expect(parsePhone('0579-85123456-801')).toEqual(ok('0579-85123456-801'));
    expect(parsePhone('85123456')).toEqual(ok('85123456'));
  });

  it('rejects numbers that are none of these, naming the field once', () => {
    for (const v of ['12812345678', '1381234567', '138123456789', '电话138', '0579-123', '+1 415 555 0100']) expect(parsePhone(v).ok).toBe(false);
    expect(parsePhone('1380000', '联系电话')).toMatchObject({ ok: false, reason: expect.stringMatching(/^联系电话“1380000”不是有效的电话号码/) });
  });
});

describe('dates', () => {
  it('reads the ways Chinese offices write a date, Excel serials and date cells', () => {
    for (const v of [
      '2026-01-05',
      '2026-1-5',
      '2026/1/5',
      '2026/01/05',
      '2026.1.5',
      '2026.01.05',
      '20260105',
      20260105,
      '2026年1月5日',
      '2026年01月05日',
      '2026年1月5号',
      '2026 年 1 月 5 日',
      '２０２６年１月５日',
      '２０２６－０１－０５',
      '2026-01-05 08:30',
      '2026/1/5 8:30:00',
      46027,
      '46027',
      new Date(Date.UTC(2026, 0, 5)),
    ]) {
      expect(parseDate(v)).toEqual(ok('2026-01-05'));
    }
  });

  it('rejects dates that do not exist, naming the field once', () => {
    expect(parseDate('2026-02-29', '出生日期')).toEqual({ ok: false, reason: '出生日期“2026-02-29”不存在' });
    expect(parseDate('2026年13月1日', '来本地日期')).toEqual({ ok: false, reason: '来本地日期“2026年13月1日”不存在' });
    expect(parseDate('去年', '排查日期')).toMatchObject({ ok: false, reason: expect.stringMatching(/^排查日期“去年”无法识别（应填日期/) });
  });
});

describe('yes/no, residence types, care tags and other enumerations', () => {
  it('reads yes/no cells', () => {
    for (const v of ['是', '√', '✓', '有', 'Y', 'y', 'yes', '1', true, '是的']) expect(parseBool(v, '是否出租')).toEqual(ok(true));
    for (const v of ['否', '×', '✗', '无', 'N', 'n', 'no', '0', false, '没有']) expect(parseBool(v, '是否出租')).toEqual(ok(false));
    expect(parseBool('也许', '是否出租')).toEqual({ ok: false, reason: '是否出租“也许”应填“是”或“否”' });
  });

  it('reads residence types by their common synonyms', () => {
    const lookup = enumLookup(IMPORT_SPECS.person.fields.find((f) => f.key === 'residenceType')!.enum!);
    const cases: [string, string][] = [
      ['户籍人口', 'registered'],
      ['户籍', 'registered'],
      ['常住人口', 'registered'],
      ['流动人口', 'floating'],
      ['外来人口', 'floating'],
      ['暂住', 'floating'],
      ['人户分离', 'separated'],
      ['户在人不在', 'separated'],
      ['境外人员', 'foreign'],
      ['外籍', 'foreign'],
    ];
    for (const [text, code] of cases) expect(parseEnum(text, lookup, '人员类型', RESIDENCE_TYPE_LABELS)).toEqual(ok(code));
  });

  it('reads care tags by their common synonyms, in any list separator', () => {
    const lookup = enumLookup(IMPORT_SPECS.person.fields.find((f) => f.key === 'careTags')!.enum!);
    expect(parseTags('老年人、低保户；五保户,4050人员 残疾', lookup, '关爱标签', CARE_TAG_LABELS)).toEqual(
      ok(['elderly', 'low_income', 'extreme_poverty', 'hard_to_employ', 'disabled']),
    );
    expect(parseTags('富豪', lookup, '关爱标签', CARE_TAG_LABELS)).toMatchObject({ ok: false, reason: expect.stringMatching(/^关爱标签“富豪”无法识别/) });
  });
});
