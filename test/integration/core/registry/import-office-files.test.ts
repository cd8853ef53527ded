// Registry imports as real offices produce them (issue 7 §5), through preview and commit on
// small generated .xlsx files: values written the many ways offices write them are stored in
// one clean form; notes, signatures, dates and totals under the table are not data; a blank
// cell in an update keeps the stored value unless the user asks for clearing; every reason
// names its field once.
import { describe, expect, it } from 'vitest';
import { validateCitizenId } from '../../../../shared/registry/citizen-id';
import { cid, count, setupTown, xlsxBase64, type Town } from './registry-fixture';

const HEADERS = ['姓名', '公民身份号码', '性别', '出生日期', '民族', '联系电话', '人员类型', '所属网格', '来本地日期', '关爱标签', '工作单位'];

function birthOf(id: string): string {
  const r = validateCitizenId(id);
  if (!r.ok) throw new Error(r.reason);
  return r.birthDate;
}

function people(t: Town, rows: unknown[][]): Promise<string> {
  return xlsxBase64([HEADERS, ...rows], '实有人口', [1]);
}

function column(t: Town, sql: string): unknown[] {
  return t.h.core.services.db.prepare(sql).pluck().all();
}

describe('imports of the spreadsheets offices produce', () => {
  it('stores one clean form of gender, ethnicity, phone and date however the office wrote them', async () => {
    const t = setupTown();
    const { h } = t;
    const ids = [cid(101, '1980-03-07'), cid(102, '1990-11-20'), cid(103, '1975-01-05'), cid(104, '2001-12-31'), cid(105, '1968-08-08'), cid(106, '1999-09-09')];
    const [b0, b1, b2, b3, b4] = ids.map(birthOf);
    const date = (iso: string) => new Date(`${iso}T00:00:00Z`);
    const rows = [
      ['甲', ids[0], '1', b0!.replaceAll('-', ''), '汉', '138 1234 5671', '户籍', t.grid1.name, '', '', ''],
      ['乙', ids[1], '女性', b1!.replaceAll('-', '/'), '汉族', '+86 138-1234-5672', '常住人口', t.grid1.name, '', '', ''],
      ['丙', ids[2], 'M', `${b2!.slice(0, 4)}年${Number(b2!.slice(5, 7))}月${Number(b2!.slice(8))}日`, '01', '(0579) 8512-3456', '外来人口', t.grid1.name, '2026.1.5', '空巢、低保', ''],
      ['丁', ids[3], '２', date(b3!), 3, '0086 13812345674', '暂住', t.grid2.code, '２０２６年１月５日', '五保户', ''],
      ['戊', ids[4], '未说明', b4!.replaceAll('-', '.'), '回', '８６１３８１２３４５６７５', '流动', t.grid2.name, 46027, '4050人员', ''],
      ['己', ids[5], '', '', '维族', '13812345676', '人户分离', t.grid2.name, date('2026-01-05'), '', ''],
    ];
    const p = await h.job(h.adminToken, 'registry.importPreview', { kind: 'person', fileBase64: await people(t, rows) });
    expect(p.invalid).toEqual([]);
    expect(p.willInsert).toBe(6);
    await h.job(h.adminToken, 'registry.importCommit', { jobId: p.jobId, excludeRows: [] });

    expect(column(t, 'SELECT phone FROM person ORDER BY rowid')).toEqual(['13812345671', '13812345672', '0579-85123456', '13812345674', '13812345675', '13812345676']);
    expect(column(t, 'SELECT ethnicity FROM person ORDER BY rowid')).toEqual(['汉族', '汉族', '汉族', '回族', '回族', '维吾尔族']);
    // Counts do not split: one group per ethnicity.
    expect(column(t, 'SELECT ethnicity || count(*) FROM person GROUP BY ethnicity ORDER BY ethnicity')).toEqual(['回族2', '汉族3', '维吾尔族1']);
    expect(column(t, "SELECT arrival_date FROM person WHERE arrival_date IS NOT NULL")).toEqual(['2026-01-05', '2026-01-05', '2026-01-05', '2026-01-05']);
    expect(column(t, "SELECT residence_type FROM person ORDER BY rowid")).toEqual(['registered', 'registered', 'floating', 'floating', 'floating', 'separated']);
    expect(column(t, "SELECT care_tags FROM person WHERE care_tags IS NOT NULL ORDER BY rowid")).toEqual([
      JSON.stringify(['empty_nest', 'low_income']),
      JSON.stringify(['extreme_poverty']),
      JSON.stringify(['hard_to_employ']),
    ]);
    // Gender and birth date agree with the ID: nothing is stored besides the ID.
    expect(column(t, 'SELECT count(*) FROM person WHERE dob_override IS NOT NULL OR gender_override IS NOT NULL')).toEqual([0]);
  });

  it('refuses a gender or birth date that contradicts the ID, naming both values', async () => {
    const t = setupTown();
    const { h } = t;
    const id = cid(111, '1980-03-07'); // odd sequence: male
    const p = await h.job(h.adminToken, 'registry.importPreview', {
      kind: 'person',
      fileBase64: await people(t, [['甲', id, '2', '1980年3月8日', '汉', '', '户籍', t.grid1.name, '', '', '']]),
    });
    expect(p.invalid).toHaveLength(1);
    expect(p.invalid[0]!.reasons).toEqual(['性别“女”与身份证号对应的“男”不一致', '出生日期1980-03-08与身份证号对应的1980-03-07不一致']);
    expect(count(h, 'person')).toBe(0);
  });

  it('skips titles, notes, signatures, dates and totals around the table, and counts only data rows', async () => {
    const t = setupTown();
    const { h } = t;
    const rows: unknown[][] = [
      ['青石村实有人口登记表'],
      ['填报单位：青石村村委会', '', '', '', '', '', '', '', '', '', '制表日期：2026年1月5日'],
      HEADERS,
      ['甲', cid(121), '', '', '汉族', '13812345671', '户籍', t.grid1.name, '', '', ''],
      [],
      ['乙', cid(122), '', '', '汉族', '13812345672', '户籍', t.grid1.name, '', '', ''],
      ['合计', '', '', '', '', '', '', '', '', '', '2人'],
      ['小 计：2人'],
      [],
      ['注：1. 本表一式两份，村、镇各存一份。'],
      ['说明：人员类型填户籍人口、流动人口等'],
      ['填表人：王芳', '', '', '审核人：李明', '', '', '', '联系电话：13800000000'],
      ['2026年1月5日'],
      ['', '', '', '', '', '', '', '', '', '', '制表日期：2026.1.5'],
    ];
    const p = await h.job(h.adminToken, 'registry.importPreview', { kind: 'person', fileBase64: await xlsxBase64(rows, '人员', [1]) });
    expect(p.headerRow).toBe(3);
    expect(p.total).toBe(2);
    expect(p.invalid).toEqual([]);
    expect(p.willInsert).toBe(2);
    // A row with a name but nothing else is still data, and reported.
    const q = await h.job(h.adminToken, 'registry.importPreview', {
      kind: 'person',
      fileBase64: await xlsxBase64([HEADERS, ['甲', cid(121), '', '', '', '', '户籍', t.grid1.name], ['张三']], '人员', [1]),
    });
    expect(q.invalid.map((r) => r.row)).toEqual([3]);
  });

  it('keeps stored values for blank cells in an update, and clears them only when asked, listing them per row', async () => {
    const t = setupTown();
    const { h } = t;
    const first = [
      ['甲', cid(131), '', '', '汉族', '13812345671', '流动', t.grid1.name, '2025-05-01', '老年人', '青溪五金厂'],
      ['乙', cid(132), '', '', '回族', '13812345672', '户籍', t.grid1.name, '', '', '青溪小学'],
    ];
    const p1 = await h.job(h.adminToken, 'registry.importPreview', { kind: 'person', fileBase64: await people(t, first) });
    await h.job(h.adminToken, 'registry.importCommit', { jobId: p1.jobId, excludeRows: [] });

    // The office's next file leaves phone, ethnicity, arrival date, care tags and employer blank for 甲, and changes 乙's phone.
    const second = await people(t, [
      ['甲', cid(131), '', '', '', '', '流动', t.grid1.name, '', '', ''],
      ['乙', cid(132), '', '', '回族', '13812345679', '户籍', t.grid1.name, '', '', '青溪小学'],
    ]);
    const keep = await h.job(h.adminToken, 'registry.importPreview', { kind: 'person', fileBase64: second });
    expect(keep).toMatchObject({ clearBlank: false, clears: [], willUpdate: 1, unchanged: 1 });
    const before = h.changeCount();
    await h.job(h.adminToken, 'registry.importCommit', { jobId: keep.jobId, excludeRows: [] });
    expect(h.changeCount()).toBeGreaterThan(before);
    const jia = () => h.call(h.adminToken, 'registry.people', { search: '甲', reveal: true }).rows[0]!;
    expect(jia()).toMatchObject({ phone: '13812345671', ethnicity: '汉族', arrivalDate: '2025-05-01', careTags: ['elderly'], employer: '青溪五金厂' });

    const clear = await h.job(h.adminToken, 'registry.importPreview', { kind: 'person', fileBase64: second, clearBlank: true });
    expect(clear.clearBlank).toBe(true);
    expect(clear.clears).toEqual([{ row: 2, fields: ['民族', '联系电话', '工作单位', '关爱标签', '来本地日期'], identity: `甲 ${cid(131)}` }]);
    await h.job(h.adminToken, 'registry.importCommit', { jobId: clear.jobId, excludeRows: [] });
    expect(jia()).toMatchObject({ phone: null, ethnicity: null, arrivalDate: null, careTags: [], employer: null });
  });

  it('says each thing once in its reasons', async () => {
    const t = setupTown();
    const { h } = t;
    const p = await h.job(h.adminToken, 'registry.importPreview', {
      kind: 'person',
      fileBase64: await people(t, [
        ['甲', '', '男', '', '汉族', '', '户籍', t.grid1.name, '', '', ''],
        ['乙', '33078219850615', '', '', '火星族', '123', '户籍', t.grid1.name, '2026-02-30', '富豪', ''],
        ['丙', cid(141), '3', '昨天', '', '', '户籍', t.grid1.name, '', '', ''],
      ]),
    });
    const reasons = Object.fromEntries(p.invalid.map((r) => [r.row, r.reasons]));
    expect(reasons[2]).toEqual(['缺少必填项：公民身份号码']);
    expect(reasons[3]).toEqual([
      '民族“火星族”无法识别（应为56个民族之一，如汉族、回族，或GB/T 3304代码）',
      '联系电话“123”不是有效的电话号码（手机号11位，固定电话如0579-85123456）',
      expect.stringMatching(/^关爱标签“富豪”无法识别/),
      '来本地日期“2026-02-30”不存在',
      '身份证号长度应为18位（当前14位）',
    ]);
    expect(reasons[4]).toEqual(['性别“3”无法识别（可填：男、女，或代码1、2）', '出生日期“昨天”无法识别（应填日期，如2024-05-01、2024/5/1、2024年5月1日）']);
    for (const r of p.invalid.flatMap((x) => x.reasons)) {
      expect(r).not.toMatch(/(公民身份号码|身份证号|联系电话|电话号码|出生日期|来本地日期|民族|性别|关爱标签|日期)[^（]*\1/);
    }
  });

  it('reads yes/no cells and enumerations by their synonyms in a house file', async () => {
    const t = setupTown();
    const { h } = t;
    const rows = [
      ['所属网格', '房屋地址', '是否出租', '房屋用途', '产权性质', '房东电话'],
      [t.grid3.name, '凤栖路1号', '√', '住宅', '私房', '0579 8512 3456'],
      [t.grid3.name, '凤栖路2号', '×', '门面', '商品房', '+86 13905791234'],
      [t.grid3.name, '凤栖路3号', '有', '居住', '自建', ''],
      [t.grid3.name, '凤栖路4号', '无', '店面', '公租房', ''],
      [t.grid3.name, '凤栖路5号', 'Y', '商住', '集体', ''],
      [t.grid3.name, '凤栖路6号', 'N', '住房', '农房', ''],
    ];
    const p = await h.job(h.adminToken, 'registry.importPreview', { kind: 'house', fileBase64: await xlsxBase64(rows) });
    expect(p.invalid).toEqual([]);
    await h.job(h.adminToken, 'registry.importCommit', { jobId: p.jobId, excludeRows: [] });
    expect(column(t, 'SELECT is_rental FROM house ORDER BY address')).toEqual([1, 0, 1, 0, 1, 0]);
    expect(column(t, 'SELECT usage FROM house ORDER BY address')).toEqual(['residential', 'shop', 'residential', 'shop', 'mixed', 'residential']);
    expect(column(t, 'SELECT ownership FROM house ORDER BY address')).toEqual(['self_built', 'commercial', 'self_built', 'public', 'collective', 'self_built']);
    expect(column(t, 'SELECT landlord_phone FROM house WHERE landlord_phone IS NOT NULL ORDER BY address')).toEqual(['0579-85123456', '13905791234']);
  });
});
