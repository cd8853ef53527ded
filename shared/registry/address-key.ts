// Address matching for houses: two spellings of the same address give the same key
// (full-width/half-width, spaces, punctuation, 幢/栋/号楼, 室/号 at the end, Chinese numerals
// in building and unit numbers).

const CN_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 十二 → 12, 二十 → 20, 三 → 3 (numbers below 100, as used in building and unit numbers). */
function chineseNumber(s: string): string {
  if (s === '十') return '10';
  const m = /^([一二两三四五六七八九])?十([一二三四五六七八九])?$/.exec(s);
  if (m) return String((m[1] ? CN_DIGITS[m[1]]! : 1) * 10 + (m[2] ? CN_DIGITS[m[2]]! : 0));
  if ([...s].every((c) => c in CN_DIGITS)) return [...s].map((c) => CN_DIGITS[c]).join('');
  return s;
}

export function addressKey(...parts: (string | null | undefined)[]): string {
  let s = parts
    .filter((p): p is string => !!p && p.trim() !== '')
    .join('')
    .normalize('NFKC')
    .toLowerCase();
  s = s.replace(/[\s,，.。、\-—–_#/\\()（）[\]【】"'“”‘’]/g, '');
  s = s.replace(/([零〇一二两三四五六七八九十]+)(?=(幢|栋|号楼|单元|楼|层|号|室))/g, (m) => chineseNumber(m));
  s = s.replace(/(\d+)(号楼|栋|座)/g, '$1幢');
  s = s.replace(/(\d+)室$/, '$1');
  s = s.replace(/(\d+)号$/, '$1');
  return s;
}
