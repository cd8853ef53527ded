// What the wall may show of a case: no text as staff typed it. The wall is read by anyone in the
// hall, so a case appears as its category and sub-category and its place down to the building,
// and whatever text remains passes a filter for the patterns of personal data: ID numbers,
// phone numbers, and names (the case's own reporter and people, and 张先生-style forms).

const MASK = '＊';

/** 18-digit (last may be X) and old 15-digit ID numbers, also written with spaces. */
const ID_NUMBER = /(?<![0-9])[1-9](?:[\s-]?[0-9]){14}(?:(?:[\s-]?[0-9]){2}[\s-]?[0-9Xx])?(?![0-9])/g;
/** Mobiles (optionally +86 / 86 and separators) and landlines such as 0571-88886666. */
const PHONE = /(?<![0-9])(?:\+?86[\s-]?)?1[3-9][0-9](?:[\s-]?[0-9]){8}(?![0-9])|(?<![0-9])0[0-9]{2,3}[\s-]?[0-9]{7,8}(?![0-9])/g;
/** A surname with a polite form of address: 张先生, 李女士, 王阿姨, 刘师傅 … */
const ADDRESSED = /[\u4e00-\u9fa5](?:先生|女士|小姐|阿姨|大爷|大妈|大伯|大姐|大哥|奶奶|爷爷|师傅|老师|同志)/g;

/** Removes the personal-data patterns from a text; `names` are names known to belong to the case. */
export function redactPersonal(text: string, names: readonly (string | null | undefined)[] = []): string {
  let out = text.replace(ID_NUMBER, (m) => MASK.repeat(Math.min(m.replace(/\D/g, '').length, 4))).replace(PHONE, MASK.repeat(4));
  for (const name of names) {
    const n = name?.trim();
    if (n && n.length >= 2) out = out.split(n).join(MASK.repeat(n.length));
  }
  return out.replace(ADDRESSED, (m) => MASK + m.slice(1));
}

/**
 * An address cut to the building: 「老街18号3单元502室」 → 「老街18号」, 「幸福小区7幢2单元」 → 「幸福小区7幢」.
 * Unit, floor and room numbers (and anything after them) say which home; the wall says which building.
 */
export function buildingOf(address: string): string {
  const a = address.trim().replace(/\s+/g, ' ');
  const m = /^(.*?(?:[0-9０-９一二三四五六七八九十百]+\s*(?:号楼|号院|幢|栋|座|号)))/.exec(a);
  return (m ? m[1]! : a).trim();
}

/** A case's place on the wall: its building, without any personal-data pattern. */
export function wallPlace(address: string, names: readonly (string | null | undefined)[] = []): string {
  return redactPersonal(buildingOf(address), names);
}

/** A case's subject on the wall: 「环境卫生 · 餐饮油烟」. */
export function wallSubject(category: string | null, subcategory: string | null): string {
  return [category, subcategory].filter((s): s is string => !!s).join(' · ');
}
