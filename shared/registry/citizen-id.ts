// Resident identity card numbers (公民身份号码, GB 11643-1999) and masking of personal data.
// Pure functions, no Node imports: used by the core (imports, ledgers) and the renderer (forms).
//
// Layout of the 18-digit number: 6-digit region code (GB/T 2260), 8-digit birth date
// YYYYMMDD, 3-digit sequence (odd = male, even = female), 1 check character.
// The legacy 15-digit number has a 2-digit year and no check character.

export type CitizenIdResult =
  | {
      ok: true;
      /** The 18-digit form, upper-case X. */
      normalized: string;
      /** YYYY-MM-DD */
      birthDate: string;
      gender: 'M' | 'F';
      regionCode: string;
      /** Present (true) when the input was a 15-digit legacy number converted to 18 digits. */
      legacy?: true;
    }
  | { ok: false; reason: string };

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';

/**
 * First two digits of valid region codes: the provinces of GB/T 2260, plus 81/82/83 used by
 * residence permits for Hong Kong, Macao and Taiwan residents.
 */
const PROVINCE_CODES = new Set([
  '11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37',
  '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65',
  '71', '81', '82', '83',
]);

/** The check character for the first 17 digits. */
export function citizenIdCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new Error('citizenIdCheckChar needs exactly 17 digits');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 48) * WEIGHTS[i]!;
  return CHECK_CHARS[sum % 11]!;
}

/** Today's date in China (UTC+8, no daylight saving) as YYYY-MM-DD. */
function todayInChina(): string {
  return new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
}

function isRealDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const days = [31, (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return d <= days[m - 1]!;
}

/** Full-width digits and X (common in pasted Chinese text and spreadsheets) → ASCII; trims spaces. */
function normalizeInput(id: string): string {
  return id
    .replace(/[\s\u3000]/g, '')
    .replace(/[\uFF10-\uFF19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xff10 + 48))
    .replace(/[xｘＸ]/g, 'X');
}

function checkRegion(region: string): string | null {
  // Foreigners' permanent residence ID cards (2023 edition) start with 9 and use the same scheme.
  if (region[0] === '9') return null;
  if (!PROVINCE_CODES.has(region.slice(0, 2))) return '地区码无效';
  return null;
}

function checkBirthDate(yyyymmdd: string, today: string): string | null {
  const y = Number(yyyymmdd.slice(0, 4));
  const m = Number(yyyymmdd.slice(4, 6));
  const d = Number(yyyymmdd.slice(6, 8));
  if (!isRealDate(y, m, d)) return '出生日期无效';
  if (y < 1900) return '出生日期无效（早于1900年）';
  const iso = `${yyyymmdd.slice(0, 4)}-${yyyymmdd.slice(4, 6)}-${yyyymmdd.slice(6, 8)}`;
  if (iso > today) return '出生日期无效（晚于今天）';
  return null;
}

/**
 * Validates an 18-digit (or legacy 15-digit) citizen ID number.
 * `today` (YYYY-MM-DD) defaults to the current date in China; birth dates after it are rejected.
 */
export function validateCitizenId(id: string, opts: { today?: string } = {}): CitizenIdResult {
  const s = normalizeInput(id ?? '');
  if (s.length === 0) return { ok: false, reason: '不能为空' };
  const today = opts.today ?? todayInChina();

  if (s.length === 15) {
    if (!/^\d{15}$/.test(s)) return { ok: false, reason: '为15位（旧号码）时只能包含数字' };
    const region = s.slice(0, 6);
    const regionErr = checkRegion(region);
    if (regionErr) return { ok: false, reason: regionErr };
    const birth = '19' + s.slice(6, 12);
    const dateErr = checkBirthDate(birth, today);
    if (dateErr) return { ok: false, reason: dateErr };
    const first17 = region + birth + s.slice(12, 15);
    const normalized = first17 + citizenIdCheckChar(first17);
    return { ok: true, normalized, ...derive(normalized), legacy: true };
  }

  if (s.length !== 18) return { ok: false, reason: `长度应为18位（当前${s.length}位）` };
  if (!/^\d{17}[\dX]$/.test(s)) return { ok: false, reason: '只能包含数字，最后一位可以是X' };
  const regionErr = checkRegion(s.slice(0, 6));
  if (regionErr) return { ok: false, reason: regionErr };
  const dateErr = checkBirthDate(s.slice(6, 14), today);
  if (dateErr) return { ok: false, reason: dateErr };
  if (citizenIdCheckChar(s.slice(0, 17)) !== s[17]) return { ok: false, reason: '校验位错误' };
  return { ok: true, normalized: s, ...derive(s) };
}

function derive(id18: string): { birthDate: string; gender: 'M' | 'F'; regionCode: string } {
  return {
    birthDate: `${id18.slice(6, 10)}-${id18.slice(10, 12)}-${id18.slice(12, 14)}`,
    gender: (id18.charCodeAt(16) - 48) % 2 === 1 ? 'M' : 'F',
    regionCode: id18.slice(0, 6),
  };
}

/**
 * Builds a valid 18-digit number from a 6-digit region code, a YYYY-MM-DD birth date and a
 * 3-digit sequence (odd = male, even = female). For generators and tests.
 */
export function makeCitizenId(regionCode6: string, birthDate: string, seq3: number | string): string {
  if (!/^\d{6}$/.test(regionCode6)) throw new Error('regionCode6 must be 6 digits');
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(birthDate);
  if (!m || !isRealDate(Number(m[1]), Number(m[2]), Number(m[3]))) throw new Error(`Invalid birth date ${birthDate}`);
  const seq = typeof seq3 === 'number' ? String(seq3).padStart(3, '0') : seq3;
  if (!/^\d{3}$/.test(seq)) throw new Error('seq3 must be 0–999 or 3 digits');
  const first17 = regionCode6 + m[1] + m[2] + m[3] + seq;
  return first17 + citizenIdCheckChar(first17);
}

/** Masks an ID number for display: keeps the first 6 and last 4 characters ('330782********123X'). */
export function maskCitizenId(id: string): string {
  const s = (id ?? '').trim().toUpperCase();
  if (s.length <= 10) return '*'.repeat(s.length);
  return s.slice(0, 6) + '*'.repeat(s.length - 10) + s.slice(-4);
}

/** Masks a phone number: '13812345678' → '138****5678'; landlines keep the first 3 and last 4. */
export function maskPhone(phone: string): string {
  const s = (phone ?? '').trim();
  if (s.length >= 8) return s.slice(0, 3) + '*'.repeat(s.length - 7) + s.slice(-4);
  if (s.length > 2) return '*'.repeat(s.length - 2) + s.slice(-2);
  return '*'.repeat(s.length);
}
