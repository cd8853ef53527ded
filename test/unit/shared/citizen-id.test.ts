import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  citizenIdCheckChar,
  makeCitizenId,
  maskCitizenId,
  maskPhone,
  validateCitizenId,
} from '../../../shared/registry/citizen-id';

const TODAY = '2026-06-01';

describe('validateCitizenId', () => {
  it('accepts the GB 11643 example number and derives birth date, gender and region', () => {
    expect(validateCitizenId('11010519491231002X', { today: TODAY })).toEqual({
      ok: true,
      normalized: '11010519491231002X',
      birthDate: '1949-12-31',
      gender: 'F',
      regionCode: '110105',
    });
    const male = makeCitizenId('330782', '1985-07-14', 123);
    expect(validateCitizenId(male, { today: TODAY })).toMatchObject({ ok: true, gender: 'M', birthDate: '1985-07-14', regionCode: '330782' });
  });

  it('accepts a lower-case x and normalises it', () => {
    const r = validateCitizenId('11010519491231002x', { today: TODAY });
    expect(r).toMatchObject({ ok: true, normalized: '11010519491231002X' });
    expect(validateCitizenId(' 11010519491231002X ', { today: TODAY }).ok).toBe(true);
  });

  it('accepts full-width digits pasted from Chinese text', () => {
    expect(validateCitizenId('１１０１０５１９４９１２３１００２Ｘ', { today: TODAY })).toMatchObject({ ok: true, normalized: '11010519491231002X' });
  });

  it('rejects a wrong check digit', () => {
    expect(validateCitizenId('110105194912310021', { today: TODAY })).toEqual({ ok: false, reason: '校验位错误' });
  });

  it('rejects impossible, future and too-early birth dates', () => {
    const withCheck = (first17: string) => first17 + citizenIdCheckChar(first17);
    const feb30 = validateCitizenId(withCheck('33078219900230123'), { today: TODAY });
    expect(feb30.ok).toBe(false);
    expect(!feb30.ok && feb30.reason).toContain('出生日期无效');
    const feb29 = validateCitizenId(withCheck('33078219010229123'), { today: TODAY }); // 1901 is not a leap year
    expect(!feb29.ok && feb29.reason).toContain('出生日期无效');
    expect(validateCitizenId(withCheck('33078220000229123'), { today: TODAY }).ok).toBe(true); // 2000 is
    const month13 = validateCitizenId(withCheck('33078219901301123'), { today: TODAY });
    expect(!month13.ok && month13.reason).toContain('出生日期无效');
    const future = validateCitizenId(makeCitizenId('330782', '2026-06-02', 1), { today: TODAY });
    expect(!future.ok && future.reason).toContain('晚于今天');
    expect(validateCitizenId(makeCitizenId('330782', '2026-06-01', 1), { today: TODAY }).ok).toBe(true);
    const early = validateCitizenId(makeCitizenId('330782', '1899-12-31', 1), { today: TODAY });
    expect(!early.ok && early.reason).toContain('1900');
  });

  it('converts a 15-digit legacy number to 18 digits', () => {
    expect(validateCitizenId('110105491231002', { today: TODAY })).toEqual({
      ok: true,
      normalized: '11010519491231002X',
      birthDate: '1949-12-31',
      gender: 'F',
      regionCode: '110105',
      legacy: true,
    });
    const r = validateCitizenId('330782850714123', { today: TODAY });
    expect(r).toMatchObject({ ok: true, legacy: true, normalized: makeCitizenId('330782', '1985-07-14', 123), gender: 'M' });
    const bad = validateCitizenId('330782850230123', { today: TODAY });
    expect(!bad.ok && bad.reason).toContain('出生日期无效');
  });

  it('reports length, character and region problems in Chinese', () => {
    expect(validateCitizenId('', { today: TODAY })).toEqual({ ok: false, reason: '不能为空' });
    const short = validateCitizenId('1101051949123100', { today: TODAY });
    expect(!short.ok && short.reason).toContain('长度应为18位');
    const letters = validateCitizenId('1101051949123100AX', { today: TODAY });
    expect(!letters.ok && letters.reason).toContain('只能包含数字');
    const xInside = validateCitizenId('11010519491231X021', { today: TODAY });
    expect(xInside.ok).toBe(false);
    const region = validateCitizenId(makeCitizenId('000000', '1980-01-01', 1), { today: TODAY });
    expect(region).toEqual({ ok: false, reason: '地区码无效' });
  });
});

describe('makeCitizenId', () => {
  const provinces = ['11', '31', '33', '44', '51', '65', '82'];
  const idArb = fc
    .record({
      province: fc.constantFrom(...provinces),
      rest: fc.integer({ min: 0, max: 9999 }),
      day: fc.integer({ min: 0, max: 45_000 }), // days after 1900-01-01 (up to 2023)
      seq: fc.integer({ min: 0, max: 999 }),
    })
    .map(({ province, rest, day, seq }) => {
      const birth = new Date(Date.UTC(1900, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
      return { id: makeCitizenId(province + String(rest).padStart(4, '0'), birth, seq), birth, seq };
    });

  it('always produces a number that validates, with the same birth date and gender', () => {
    fc.assert(
      fc.property(idArb, ({ id, birth, seq }) => {
        const r = validateCitizenId(id, { today: TODAY });
        expect(r).toMatchObject({ ok: true, normalized: id, birthDate: birth, gender: seq % 2 === 1 ? 'M' : 'F' });
      }),
    );
  });

  it('changing any single character breaks it', () => {
    fc.assert(
      fc.property(idArb, fc.integer({ min: 0, max: 17 }), fc.integer({ min: 1, max: 10 }), ({ id }, pos, delta) => {
        const alphabet = pos === 17 ? '0123456789X' : '0123456789';
        const cur = alphabet.indexOf(id[pos]!);
        const replacement = alphabet[(cur + delta) % alphabet.length]!;
        fc.pre(replacement !== id[pos]);
        const changed = id.slice(0, pos) + replacement + id.slice(pos + 1);
        expect(validateCitizenId(changed, { today: TODAY }).ok).toBe(false);
      }),
    );
  });

  it('refuses bad inputs', () => {
    expect(() => makeCitizenId('33078', '1980-01-01', 1)).toThrow();
    expect(() => makeCitizenId('330782', '1980-02-30', 1)).toThrow();
    expect(() => makeCitizenId('330782', '1980-01-01', 1000)).toThrow();
  });
});

describe('masking', () => {
  it('keeps the first 6 and last 4 of an ID number', () => {
    expect(maskCitizenId('33078219850714123X')).toBe('330782********123X');
    expect(maskCitizenId('33078219850714123x')).toBe('330782********123X');
    expect(maskCitizenId('330782850714123')).toBe('330782*****4123');
    expect(maskCitizenId('12345')).toBe('*****');
  });

  it('masks the middle of a phone number', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone('0579-85123456')).toBe('057******3456');
    expect(maskPhone('110')).toBe('*10');
    expect(maskPhone('')).toBe('');
  });
});
