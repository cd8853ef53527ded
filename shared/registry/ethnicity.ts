// Ethnic groups of China as GB/T 3304-1991 lists them (中国各民族名称的罗马字母拼写法和代码):
// the two-digit code and the full name. A cell may hold the full name (汉族), the short name
// (汉), the code (01 or 1), or a name in use before a renaming (崩龙族 → 德昂族); the stored
// form is always the full name.

export const ETHNICITIES = [
  ['01', '汉族'], ['02', '蒙古族'], ['03', '回族'], ['04', '藏族'], ['05', '维吾尔族'], ['06', '苗族'], ['07', '彝族'],
  ['08', '壮族'], ['09', '布依族'], ['10', '朝鲜族'], ['11', '满族'], ['12', '侗族'], ['13', '瑶族'], ['14', '白族'],
  ['15', '土家族'], ['16', '哈尼族'], ['17', '哈萨克族'], ['18', '傣族'], ['19', '黎族'], ['20', '傈僳族'], ['21', '佤族'],
  ['22', '畲族'], ['23', '高山族'], ['24', '拉祜族'], ['25', '水族'], ['26', '东乡族'], ['27', '纳西族'], ['28', '景颇族'],
  ['29', '柯尔克孜族'], ['30', '土族'], ['31', '达斡尔族'], ['32', '仫佬族'], ['33', '羌族'], ['34', '布朗族'], ['35', '撒拉族'],
  ['36', '毛南族'], ['37', '仡佬族'], ['38', '锡伯族'], ['39', '阿昌族'], ['40', '普米族'], ['41', '塔吉克族'], ['42', '怒族'],
  ['43', '乌孜别克族'], ['44', '俄罗斯族'], ['45', '鄂温克族'], ['46', '德昂族'], ['47', '保安族'], ['48', '裕固族'], ['49', '京族'],
  ['50', '塔塔尔族'], ['51', '独龙族'], ['52', '鄂伦春族'], ['53', '赫哲族'], ['54', '门巴族'], ['55', '珞巴族'], ['56', '基诺族'],
  ['97', '其他'], ['98', '外国血统中国籍人士'],
] as const;

export type Ethnicity = (typeof ETHNICITIES)[number][1];

/** Full name → itself, for select controls. */
export const ETHNICITY_LABELS: Readonly<Record<string, string>> = Object.fromEntries(ETHNICITIES.map(([, name]) => [name, name]));

/** Spellings offices use besides the code, the full and the short name. */
const OTHER_NAMES: Readonly<Record<string, Ethnicity>> = {
  维族: '维吾尔族',
  蒙族: '蒙古族',
  崩龙族: '德昂族',
  崩龙: '德昂族',
  毛难族: '毛南族',
  毛难: '毛南族',
  其他族: '其他',
  其它: '其他',
  未识别民族: '其他',
  外国血统: '外国血统中国籍人士',
  外国人入籍: '外国血统中国籍人士',
  入籍: '外国血统中国籍人士',
};

const LOOKUP: ReadonlyMap<string, Ethnicity> = (() => {
  const m = new Map<string, Ethnicity>();
  for (const [code, name] of ETHNICITIES) {
    m.set(code, name);
    m.set(String(Number(code)), name);
    m.set(name, name);
    if (name.endsWith('族')) m.set(name.slice(0, -1), name);
  }
  for (const [alias, name] of Object.entries(OTHER_NAMES)) m.set(alias, name);
  return m;
})();

/** The full name of an ethnic group written any accepted way, or null when it is none. */
export function ethnicityOf(text: string): Ethnicity | null {
  return LOOKUP.get(text.normalize('NFKC').replace(/\s+/g, '')) ?? null;
}
