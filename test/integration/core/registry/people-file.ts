// A large, realistic people spreadsheet for volume tests and the bench: households of three
// (户主, 配偶, 子女) sharing a 户号 and a grid, a mix of residence types, care tags and Party members.
import { makeCitizenId } from '../../../../shared/registry/citizen-id';
import { xlsxBase64 } from './registry-fixture';

export const LARGE_HEADERS = ['姓名', '公民身份号码', '联系电话', '人员类型', '所属网格', '户籍地址', '现住址', '户号', '与户主关系', '工作单位', '职业', '政治面貌', '关爱标签'];

const SURNAMES = '陈王张李吴徐金周林杨黄朱何胡刘叶方楼傅蒋';
const GIVEN = ['建国', '秀英', '伟', '芳', '国强', '丽萍', '浩然', '欣怡', '志强', '雨婷', '军', '敏', '海林', '美华', '俊杰', '梦琪'];
const REGIONS = ['330782', '330702', '330781', '511623', '412823', '340826'];
const DAY = 86_400_000;
const FIRST_BIRTH = Date.UTC(1940, 0, 1);
const DAYS = 29_000;

export function personRow(i: number, gridNames: readonly string[]): unknown[] {
  const household = Math.floor(i / 3);
  const grid = gridNames[household % gridNames.length]!;
  const role = i % 3;
  const birth = new Date(FIRST_BIRTH + (i % DAYS) * DAY).toISOString().slice(0, 10);
  const id = makeCitizenId(REGIONS[household % REGIONS.length]!, birth, Math.floor(i / DAYS) % 1000);
  const type = household % 10 < 7 ? '户籍人口' : household % 10 < 9 ? '流动人口' : '人户分离';
  return [
    SURNAMES[household % SURNAMES.length]! + GIVEN[i % GIVEN.length]!,
    id,
    `13${String(100_000_000 + i * 7).slice(-9)}`,
    type,
    grid,
    `浙江省金华市青溪镇${grid}${household % 200}号`,
    `${grid}${household % 500}号`,
    `H${String(household).padStart(6, '0')}`,
    role === 0 ? '户主' : role === 1 ? '配偶' : '子女',
    i % 4 === 0 ? '青溪五金制品有限公司' : '',
    i % 4 === 0 ? '工人' : i % 4 === 1 ? '务农' : '',
    i % 20 === 0 ? '中共党员' : '群众',
    i % 7 === 0 ? '老年人' : i % 31 === 0 ? '残疾人、低保户' : '',
  ];
}

export function peopleRows(n: number, gridNames: readonly string[], offset = 0): unknown[][] {
  const rows: unknown[][] = [LARGE_HEADERS];
  for (let i = 0; i < n; i++) rows.push(personRow(offset + i, gridNames));
  return rows;
}

export function peopleXlsx(n: number, gridNames: readonly string[], offset = 0): Promise<string> {
  return xlsxBase64(peopleRows(n, gridNames, offset), '实有人口', [1, 2, 7]);
}
