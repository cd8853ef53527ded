import { describe, expect, it } from 'vitest';
import { cellProse, cellText, enumLookup, parseBool, parseDate, parseEnum, parseNumber, parsePhone, parseTags } from '../../../../shared/registry/cell-parse';
import { CARE_TAG_LABELS, RESIDENCE_TYPE_LABELS } from '../../../../shared/registry/registry-types';
import { IMPORT_SPECS } from '../../../../shared/registry/import-fields';

describe('cell parsing', () => {
  it('reads dates in the spellings offices use, and rejects impossible ones', () => {
    for (const v of ['2024-05-01', '2024/5/1', '2024.5.1', '2024年5月1日', '20240501', 20240501, 45413, new Date(Date.UTC(2024, 4, 1)), '2024-05-01 08:30:00']) {
      expect(parseDate(v)).toEqual({ ok: true, value: '2024-05-01' });
    }
    expect(parseDate('2023-02-29')).toEqual({ ok: false, reason: '日期“2023-02-29”不存在' });
    expect(parseDate('2024-02-29')).toEqual({ ok: true, value: '2024-02-29' });
    expect(parseDate('明天')).toMatchObject({ ok: false, reason: expect.stringContaining('无法识别（应填日期') });
    expect(parseDate('2024-13-01').ok).toBe(false);
  });

  it('normalises phones and rejects malformed ones', () => {
    expect(parsePhone('138 1234 5678')).toEqual({ ok: true, value: '13812345678' });
    expect(parsePhone('+8613812345678')).toEqual({ ok: true, value: '13812345678' });
    expect(parsePhone(13812345678)).toEqual({ ok: true, value: '13812345678' });
    expect(parsePhone('(0579)85123456')).toEqual({ ok: true, value: '0579-85123456' });
    expect(parsePhone('0579-85123456')).toEqual({ ok: true, value: '0579-85123456' });
    expect(parsePhone('12812345678').ok).toBe(false);
    expect(parsePhone('1381234567').ok).toBe(false);
  });

  it('recognises enum labels, codes and aliases, full-width and spaced', () => {
    const residence = IMPORT_SPECS.person.fields.find((f) => f.key === 'residenceType')!.enum!;
    const lookup = enumLookup(residence);
    for (const [text, code] of [
      ['户籍人口', 'registered'],
      ['户籍', 'registered'],
      ['流 动', 'floating'],
      ['外来人口', 'floating'],
      ['floating', 'floating'],
      ['境外人员', 'foreign'],
    ] as const) {
      expect(parseEnum(text, lookup, '人员类型', RESIDENCE_TYPE_LABELS)).toEqual({ ok: true, value: code });
    }
    expect(parseEnum('外星人', lookup, '人员类型', RESIDENCE_TYPE_LABELS)).toMatchObject({ ok: false, reason: expect.stringContaining('人员类型“外星人”无法识别') });
    const care = enumLookup(IMPORT_SPECS.person.fields.find((f) => f.key === 'careTags')!.enum!);
    expect(parseTags('老年人、低保；残疾人,4050', care, '关爱标签', CARE_TAG_LABELS)).toEqual({ ok: true, value: ['elderly', 'low_income', 'disabled', 'hard_to_employ'] });
  });

  it('reads yes/no, numbers and full-width text', () => {
    expect(parseBool('是', '出租')).toEqual({ ok: true, value: true });
    expect(parseBool('√', '出租')).toEqual({ ok: true, value: true });
    expect(parseBool('否', '出租')).toEqual({ ok: true, value: false });
    expect(parseBool('也许', '出租').ok).toBe(false);
    expect(parseNumber('89.5㎡', '面积')).toEqual({ ok: true, value: 89.5 });
    expect(parseNumber('1,200', '人数', { integer: true })).toEqual({ ok: true, value: 1200 });
    expect(parseNumber('2.5', '人数', { integer: true }).ok).toBe(false);
    expect(cellText('　ＡＢＣ１２３　')).toBe('ABC123');
    expect(cellText(3.5)).toBe('3.5');
  });
});

describe('cellProse', () => {
  it('keeps Chinese punctuation in narrative text; full-width letters, digits and spaces become ASCII', () => {
    expect(cellProse('  村口桥头：垃圾堆放（约３车），已通知清运！\u200b ')).toBe('村口桥头：垃圾堆放（约3车），已通知清运！');
    expect(cellProse('ＡＢ栋\u3000１０１室')).toBe('AB栋 101室');
    expect(cellProse(12)).toBe('12');
    expect(cellProse(null)).toBe('');
  });
});
