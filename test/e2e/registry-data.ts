// Realistic rows for the 实有人口 template (e2e only): households of a community and a village
// with consistent ages, valid citizen IDs, phones, addresses, care tags and floating residents.
import ExcelJS from 'exceljs';
import type { Page } from '@playwright/test';
import { makeCitizenId } from '../../shared/registry/citizen-id';

class Rng {
  constructor(private s: number) {}
  next(): number {
    this.s = (this.s * 1664525 + 1013904223) >>> 0;
    return this.s / 2 ** 32;
  }
  int(a: number, b: number): number {
    return a + Math.floor(this.next() * (b - a + 1));
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)]!;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '吴', '周', '徐', '孙', '朱', '胡', '金', '何', '楼', '傅', '方', '骆', '龚', '冯', '蒋', '吕', '郑', '叶', '陆', '施', '鲍', '虞', '丁'];
const MALE = ['建国', '志强', '伟', '国平', '海军', '永福', '文斌', '晓东', '俊杰', '浩然', '子豪', '宇轩', '明辉', '荣华', '立新', '家乐', '振华', '一鸣', '天佑', '博文', '金土', '根水', '有才', '春生'];
const FEMALE = ['秀英', '丽娟', '美华', '桂芳', '晓燕', '雅琴', '玉兰', '婷婷', '欣怡', '梓涵', '诗琪', '佳慧', '彩霞', '素珍', '海燕', '月娥', '雨欣', '若曦', '凤仙', '爱琴'];
const ROADS = ['凤栖路', '文昌街', '锦华路', '稠城大道', '南门街', '新华路', '塔山路', '溪园路'];
const EMPLOYERS = ['青溪镇五金厂', '义乌小商品城', '青溪镇中心小学', '浙江华联针织有限公司', '青溪镇卫生院', '个体经营', '溪园物业公司', '金华顺达物流', '青溪农业合作社', '务农'];
const OCCUPATIONS: Record<string, string> = {
  青溪镇五金厂: '工人',
  义乌小商品城: '经营户',
  青溪镇中心小学: '教师',
  浙江华联针织有限公司: '缝纫工',
  青溪镇卫生院: '护士',
  个体经营: '个体户',
  溪园物业公司: '保安',
  金华顺达物流: '快递员',
  青溪农业合作社: '农技员',
  务农: '农民',
};
/**
 * Home regions of floating residents (GB/T 2260): Anhui, Henan, Jiangxi, Sichuan, Hunan. The
 * codes differ from the demo town's, so imported IDs never collide with its 40,000 residents.
 */
const FLOATING_REGIONS: [string, string][] = [
  ['341222', '安徽省阜阳市太和县'],
  ['411522', '河南省信阳市光山县'],
  ['362421', '江西省吉安市吉安县'],
  ['511725', '四川省达州市渠县'],
  ['431121', '湖南省永州市祁阳县'],
];
/** Registered residents who moved their hukou here from neighbouring counties (IDs keep the birthplace). */
const LOCAL_REGIONS = ['330784', '330726', '330723'];

export interface PersonCells {
  name: string;
  citizenId: string;
  gender: string;
  birthDate: string;
  ethnicity: string;
  phone: string;
  residenceType: string;
  grid: string;
  householdAddress: string;
  address: string;
  householdNo: string;
  relation: string;
  employer: string;
  occupation: string;
  politicalStatus: string;
  careTags: string;
  arrivalDate: string;
  residenceReason: string;
}

/** Columns of the template in order (the header row of the 实有人口 sheet). */
export const PERSON_COLUMNS: (keyof PersonCells)[] = [
  'name',
  'citizenId',
  'gender',
  'birthDate',
  'ethnicity',
  'phone',
  'residenceType',
  'grid',
  'householdAddress',
  'address',
  'householdNo',
  'relation',
  'employer',
  'occupation',
  'politicalStatus',
  'careTags',
  'arrivalDate',
  'residenceReason',
];

function isoDate(y: number, m: number, d: number): string {
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function phone(rng: Rng): string {
  return `${rng.pick(['138', '139', '135', '137', '150', '151', '157', '158', '159', '188', '189', '177', '133', '153', '180'])}${String(rng.int(0, 99_999_999)).padStart(8, '0')}`;
}

/**
 * `count` people in households across `grids` (names as in the template's grid list).
 * `village` grids get rural addresses; the others community addresses.
 */
export function generatePeople(grids: { name: string; village: string; rural: boolean }[], count: number, seed = 20260512): PersonCells[] {
  const rng = new Rng(seed);
  const out: PersonCells[] = [];
  const usedIds = new Set<string>();
  const seqs = new Map<string, number>();
  let household = 0;
  const makeId = (region: string, birth: string, male: boolean): string => {
    for (;;) {
      const key = region + birth;
      let seq = (seqs.get(key) ?? rng.int(10, 400)) + rng.int(1, 40);
      if (seq % 2 === (male ? 0 : 1)) seq += 1;
      seqs.set(key, seq);
      const id = makeCitizenId(region, birth, seq % 1000);
      if (!usedIds.has(id)) {
        usedIds.add(id);
        return id;
      }
    }
  };
  while (out.length < count) {
    const g = grids[household % grids.length]!;
    household += 1;
    const floating = !g.rural && rng.chance(0.3);
    const [region, regionName] = floating ? rng.pick(FLOATING_REGIONS) : [rng.pick(LOCAL_REGIONS), '浙江省金华市青溪镇'];
    const surname = rng.pick(SURNAMES);
    const road = rng.pick(ROADS);
    const address = g.rural
      ? `${g.village}${rng.int(1, 9)}组${rng.int(1, 88)}号`
      : `${road}${rng.int(1, 260)}号${rng.int(1, 18)}幢${rng.int(1, 4)}单元${rng.int(1, 18)}0${rng.int(1, 4)}室`;
    const householdNo = `${floating ? 'LD' : 'HJ'}-${String(household).padStart(5, '0')}`;
    const headAge = floating ? rng.int(22, 52) : rng.int(28, 82);
    const year = 2026;
    const members: { relation: string; age: number; male: boolean; surname: string }[] = [{ relation: '户主', age: headAge, male: rng.chance(0.72), surname }];
    if (rng.chance(0.82)) members.push({ relation: '配偶', age: Math.max(20, headAge + rng.int(-4, 3)), male: !members[0]!.male, surname: rng.pick(SURNAMES) });
    const kids = floating ? rng.int(0, 2) : rng.int(0, 3);
    for (let k = 0; k < kids && headAge > 24; k++) {
      const age = Math.max(0, headAge - rng.int(22, 34));
      members.push({ relation: rng.chance(0.5) ? '子' : '女', age, male: false, surname });
      members[members.length - 1]!.male = members[members.length - 1]!.relation === '子';
    }
    if (!floating && headAge < 55 && rng.chance(0.35)) members.push({ relation: rng.chance(0.5) ? '父亲' : '母亲', age: headAge + rng.int(24, 32), male: false, surname });
    for (const m of members) {
      if (m.relation === '父亲') m.male = true;
      if (out.length >= count) break;
      const birth = isoDate(year - m.age - 1, rng.int(1, 12), rng.int(1, 28));
      const id = makeId(region, birth, m.male);
      const tags: string[] = [];
      if (m.age >= 60) tags.push('老年人');
      if (m.age >= 70 && members.length <= 2 && rng.chance(0.4)) tags.push('空巢老人');
      if (rng.chance(0.03)) tags.push('残疾人');
      if (!floating && rng.chance(0.025)) tags.push('低保户');
      if (m.age >= 16 && m.age < 60 && rng.chance(0.03)) tags.push('4050就业困难');
      const adult = m.age >= 18;
      const employer = adult && m.age < 65 ? rng.pick(EMPLOYERS) : m.age >= 6 && m.age < 18 ? '青溪镇中心小学' : '';
      out.push({
        name: m.surname + (m.male ? rng.pick(MALE) : rng.pick(FEMALE)),
        citizenId: id,
        gender: '',
        birthDate: '',
        ethnicity: rng.chance(0.97) ? '汉族' : rng.pick(['畲族', '回族', '苗族', '土家族']),
        phone: adult ? phone(rng) : '',
        residenceType: floating ? '流动人口' : rng.chance(0.06) ? '人户分离' : '户籍人口',
        grid: g.name,
        householdAddress: floating ? `${regionName}${rng.pick(['城关镇', '新华乡', '和平村', '东风村'])}${rng.int(1, 120)}号` : `${regionName}${address}`,
        address,
        householdNo,
        relation: m.relation,
        employer: adult ? employer : m.age >= 6 ? '青溪镇中心小学' : '',
        occupation: adult && employer ? (OCCUPATIONS[employer] ?? '') : m.age >= 6 && m.age < 18 ? '学生' : '',
        politicalStatus: adult ? (rng.chance(0.12) ? '中共党员' : '群众') : m.age >= 14 ? '共青团员' : '群众',
        careTags: tags.join('、'),
        arrivalDate: floating ? isoDate(rng.int(2012, 2025), rng.int(1, 12), rng.int(1, 28)) : '',
        residenceReason: floating ? rng.pick(['务工', '务工', '经商', '投靠亲友']) : '',
      });
    }
  }
  return out;
}

// ---------- houses and premises for the same people (imported through the API) ----------

const ADDRESS_PARTS = /^(.+?\d+号)(\d+幢)(\d+单元)(\d+室)$/;
const LANDLORD_GIVEN = ['建华', '国庆', '金海', '福根', '美娟', '丽萍', '志明', '卫东'];

/** One house per address the people live at; floating households rent theirs. */
export function generateHouses(people: PersonCells[], seed = 99): Record<string, string>[] {
  const rng = new Rng(seed);
  const byAddress = new Map<string, PersonCells[]>();
  for (const p of people) byAddress.set(p.address, [...(byAddress.get(p.address) ?? []), p]);
  const rows: Record<string, string>[] = [];
  for (const [address, residents] of byAddress) {
    const m = ADDRESS_PARTS.exec(address);
    const rented = residents.some((p) => p.residenceType === '流动人口');
    const rural = !m;
    rows.push({
      所属网格: residents[0]!.grid,
      房屋地址: m ? m[1]! : address,
      楼栋: m ? m[2]! : '',
      单元: m ? m[3]! : '',
      房号: m ? m[4]!.replace('室', '') : '',
      建筑面积: String(rural ? rng.int(110, 260) : rng.int(58, 142)),
      房屋结构: rural ? rng.pick(['砖混', '砖混', '钢混']) : '钢混',
      产权性质: rural ? '自建房' : rng.pick(['商品房', '商品房', '公房']),
      房屋用途: '住宅',
      是否出租: rented ? '是' : '否',
      出租用途: rented ? '居住' : '',
      房东姓名: rented ? rng.pick(SURNAMES) + rng.pick(LANDLORD_GIVEN) : '',
      房东电话: rented ? phone(rng) : '',
      居住人数: String(residents.length),
    });
  }
  return rows;
}

const SHOP_NAMES: [string, string][] = [
  ['便民超市', '小商店'],
  ['百货商店', '小商店'],
  ['家常菜馆', '小餐饮'],
  ['早餐店', '小餐饮'],
  ['拉面馆', '小餐饮'],
  ['快捷宾馆', '小旅馆'],
  ['网咖', '小网吧'],
  ['美发店', '小美容洗浴场所'],
  ['足浴店', '小美容洗浴场所'],
  ['诊所', '小医院/诊所'],
  ['幼儿园', '小学校/幼儿园'],
  ['五金加工坊', '小生产加工企业'],
  ['KTV', '小歌舞娱乐场所'],
  ['电商仓储（住人）', '三合一场所'],
];

/** 九小场所 and a few enterprises along the people's streets. */
export function generatePremises(grids: string[], count: number, seed = 7): Record<string, string>[] {
  const rng = new Rng(seed);
  const rows: Record<string, string>[] = [];
  const used = new Set<string>();
  while (rows.length < count) {
    const [suffix, kind] = rng.pick(SHOP_NAMES);
    const road = rng.pick(ROADS);
    const name = `${rng.pick(['鑫', '华', '顺', '佳', '旺', '兴', '福', '金'])}${rng.pick(['源', '达', '隆', '盛', '丰', '发'])}${suffix}`;
    if (used.has(name)) continue;
    used.add(name);
    const grade = rng.chance(0.7) ? 'A' : rng.chance(0.6) ? 'B' : rng.chance(0.7) ? 'C' : 'D';
    rows.push({
      所属网格: rng.pick(grids),
      单位名称: name,
      场所类别: kind,
      地址: `${road}${rng.int(1, 260)}号`,
      负责人: rng.pick(SURNAMES) + rng.pick([...MALE, ...FEMALE]),
      联系电话: phone(rng),
      从业人数: String(rng.int(1, 12)),
      经营面积: String(rng.int(20, 300)),
      安全等级: grade,
      重点监管: grade === 'C' || grade === 'D' || kind === '三合一场所' ? '是' : '否',
    });
  }
  return rows;
}

/** The signed-in tab's session token (for seeding through the RPC endpoint). */
export function sessionToken(page: Page): Promise<string | null> {
  return page.evaluate(() => (globalThis as unknown as { sessionStorage: { getItem(k: string): string | null } }).sessionStorage.getItem('towngrid.session-token'));
}

/** Imports rows (header → cell text) of a ledger through the RPC endpoint: preview, then commit. */
export async function importRows(page: Page, url: string, kind: 'house' | 'organisation' | 'person', rows: Record<string, string>[]): Promise<number> {
  const token = await sessionToken(page);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('导入');
  const headers = Object.keys(rows[0]!);
  ws.addRow(headers);
  for (const r of rows) ws.addRow(headers.map((h) => r[h] || null));
  const fileBase64 = Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
  const call = async <T>(method: string, data: unknown): Promise<T> => {
    const res = await page.request.post(`${url}/rpc/${method}`, { data, headers: { Authorization: `Bearer ${token}` } });
    const body = (await res.json()) as { ok: boolean; data: T; error?: { message: string } };
    if (!body.ok) throw new Error(`${method}: ${body.error?.message}`);
    return body.data;
  };
  // Each step is a job: its start answers a job id, `jobs.result` waits for what it made.
  const job = async <T>(method: string, data: unknown): Promise<T> => call<T>('jobs.result', { jobId: (await call<{ jobId: string }>(method, data)).jobId });
  const preview = await job<{ jobId: string; invalid: { row: number; reasons: string[] }[] }>('registry.importPreview', { kind, fileBase64, fileName: `${kind}.xlsx` });
  if (preview.invalid.length) throw new Error(`${kind}: ${JSON.stringify(preview.invalid.slice(0, 3))}`);
  const done = await job<{ inserted: number; updated: number }>('registry.importCommit', { jobId: preview.jobId });
  return done.inserted + done.updated;
}
