// Excel out (SPEC §2): templates with Chinese headers, an example row and notes; exports of
// filtered views that import again; the handbook forms filled from the data.
import { describe, expect, it } from 'vitest';
import { cid, openXlsx, setupTown, sheetText, xlsxBase64 } from './registry-fixture';

function populate() {
  const t = setupTown({ now: () => Date.parse('2026-11-21T02:00:00Z') });
  const { h } = t;
  const house = h.call(h.adminToken, 'registry.createHouse', {
    gridId: t.grid3.id,
    address: '凤栖路12号',
    isRental: true,
    usage: 'shop',
    rentalUse: 'business',
    areaM2: 45,
    landlordName: '王建国',
    landlordPhone: '13905791234',
    landlordCitizenId: cid(31, '1960-01-01'),
  });
  const a = h.call(h.adminToken, 'registry.createPerson', { citizenId: cid(3, '1991-01-01'), name: '赵六', phone: '13800000003', residenceType: 'floating', gridId: t.grid3.id, houseId: house.id, arrivalDate: '2024-03-01', residenceReason: '经商', employer: '赵记小吃' });
  h.call(h.adminToken, 'registry.createPerson', { citizenId: cid(5, '1993-01-01'), name: '钱七', phone: '13800000005', residenceType: 'floating', gridId: t.grid3.id, houseId: house.id });
  h.call(h.adminToken, 'registry.createPerson', { citizenId: cid(7, '1950-01-01'), name: '孙八', residenceType: 'registered', gridId: t.grid1.id, careTags: ['disabled', 'low_income'] });
  const sp = h.call(h.adminToken, 'registry.createSpecial', { personId: a.id, kind: 'released', supervisionLevel: 'strict', startDate: '2025-01-10', helperName: '王芳', helperPhone: '13811112222' });
  h.call(h.adminToken, 'registry.addSpecialVisit', { specialId: sp.id, visitDate: '2026-11-01', visitor: '王芳', method: 'home', content: '了解近况，就业稳定' });
  h.call(h.adminToken, 'registry.createDispute', { gridId: t.grid3.id, foundDate: '2026-11-05', parties: '赵六与邻居', kind: 'neighbour', summary: '油烟扰民', mediator: '王芳' });
  const leader = h.call(h.adminToken, 'staff.create', { name: '周敏', phone: '13700001111' });
  h.call(h.adminToken, 'staff.assign', { staffId: leader.id, unitId: t.grid3.id, teamRole: 'leader' });
  return { ...t, house };
}

describe('excel out', () => {
  it('offers a template for every ledger with required headers, an example row, notes and the grid list', async () => {
    const t = setupTown();
    const { h } = t;
    for (const kind of ['person', 'house', 'organisation', 'facility', 'special', 'dispute'] as const) {
      const file = await h.callAsync(h.adminToken, 'registry.template', { kind });
      expect(file.fileName).toMatch(/导入模板\.xlsx$/);
      const wb = await openXlsx(file.base64);
      expect(wb.worksheets.map((w) => w.name)).toContain('填写说明');
    }
    const wb = await openXlsx((await h.callAsync(h.adminToken, 'registry.template', { kind: 'person' })).base64);
    const data = sheetText(wb.getWorksheet('实有人口')!);
    expect(data[0]!.slice(0, 5)).toEqual(['姓名*', '公民身份号码*', '性别', '出生日期', '民族']);
    expect(data[1]![0]).toBe('张伟');
    expect(wb.getWorksheet('实有人口')!.getColumn(2).numFmt).toBe('@');
    expect(sheetText(wb.getWorksheet('网格列表')!).slice(1).map((r) => r[1])).toEqual([t.grid1.name, t.grid2.name, t.grid3.name]);
    const notes = sheetText(wb.getWorksheet('填写说明')!).map((r) => r.join('|')).join('\n');
    expect(notes).toContain('按公民身份号码匹配');
    expect(notes).toContain('户籍人口、流动人口、人户分离、境外人员');
  });

  it('imports a filled-in template (the example row is skipped)', async () => {
    const t = setupTown();
    const { h } = t;
    const tpl = await openXlsx((await h.callAsync(h.adminToken, 'registry.template', { kind: 'person' })).base64);
    const ws = tpl.getWorksheet('实有人口')!;
    ws.getRow(3).values = ['周九', cid(9), '男', '', '汉族', '13812340009', '户籍人口', t.grid2.name];
    const base64 = Buffer.from(await tpl.xlsx.writeBuffer()).toString('base64');
    const p = await h.job(h.adminToken, 'registry.importPreview', { kind: 'person', fileBase64: base64 });
    expect(p).toMatchObject({ total: 1, valid: 1, willInsert: 1, invalid: [] });
    expect(p.sample[0]!.values).toMatchObject({ name: '周九', gender: '男', ethnicity: '汉族', grid: t.grid2.name });
  });

  it('exports a filtered view masked by default, and the export imports again unchanged', async () => {
    const t = populate();
    const { h } = t;
    const masked = await h.job(h.adminToken, 'registry.export', { kind: 'person', filter: { unitId: t.grid3.id } });
    expect(masked.rows).toBe(2);
    let rows = sheetText((await openXlsx(masked.base64)).worksheets[0]!);
    expect(rows[0]![0]).toBe('实有人口台账（凤栖社区第1网格）');
    expect(rows[1]![0]).toContain('共2条');
    expect(rows[1]![0]).toContain('已脱敏');
    expect(rows[2]!.slice(0, 4)).toEqual(['姓名', '公民身份号码', '性别', '出生日期']);
    // Sorted by pinyin: 钱七 (qq) before 赵六 (zl).
    expect(rows.slice(3).map((r) => r[0])).toEqual(['钱七', '赵六']);
    expect(rows[4]!.slice(0, 2)).toEqual(['赵六', cid(3, '1991-01-01').slice(0, 6) + '********' + cid(3, '1991-01-01').slice(-4)]);

    const plain = await h.job(h.adminToken, 'registry.export', { kind: 'person', filter: { unitId: t.grid3.id }, reveal: true });
    rows = sheetText((await openXlsx(plain.base64)).worksheets[0]!);
    expect(rows[4]!.slice(0, 8)).toEqual(['赵六', cid(3, '1991-01-01'), '男', '1991-01-01', '', '13800000003', '流动人口', '凤栖社区第1网格']);
    const before = h.changeCount();
    const p = await h.job(h.adminToken, 'registry.importPreview', { kind: 'person', fileBase64: plain.base64 });
    expect(p).toMatchObject({ total: 2, unchanged: 2, willInsert: 0, willUpdate: 0, invalid: [] });
    await h.job(h.adminToken, 'registry.importCommit', { jobId: p.jobId, excludeRows: [] });
    expect(h.changeCount()).toBe(before);

    const orgs = await h.job(h.adminToken, 'registry.export', { kind: 'house', filter: { isRental: true } });
    expect(sheetText((await openXlsx(orgs.base64)).worksheets[0]!)[3]!.slice(0, 2)).toEqual(['凤栖社区第1网格', '凤栖路12号']);
  });

  it('fills the five handbook forms from the data, one grid or all grids', async () => {
    const t = populate();
    const { h } = t;
    const open = async (form: string, unitId?: string, reveal?: boolean) =>
      openXlsx((await h.job(h.adminToken, 'registry.form', { form: form as never, unitId, reveal })).base64);

    const stats = sheetText((await open('area_stats')).worksheets[0]!);
    expect(stats[0]![0]).toBe('责任区基本情况统计表');
    expect(stats[1]![0]).toContain('填报单位：青溪镇');
    expect(stats[2]!.slice(0, 7)).toEqual(['序号', '村/社区', '网格', '网格长', '专职网格员', '户数', '人口（人）']);
    expect(stats[3]!.slice(6, 11)).toEqual(['实有人口', '户籍', '流动', '人户分离', '境外']);
    const grid3 = stats.find((r) => r[2] === '凤栖社区第1网格')!;
    expect(grid3.slice(3, 9)).toEqual(['周敏', '', '0', '2', '0', '2']);
    const total = stats.find((r) => r[0] === '合计')!;
    expect(total.slice(6, 9)).toEqual(['3', '1', '2']);

    const floating = await open('floating', t.grid3.id);
    expect(floating.worksheets.map((w) => w.name)).toEqual(['凤栖社区第1网格']);
    const fl = sheetText(floating.worksheets[0]!);
    expect(fl[0]![0]).toBe('流动人口登记表');
    expect(fl[4]!.slice(0, 4)).toEqual(['2', '赵六', '男', '1991-01-01']);
    expect(fl[4]![5]).toContain('****');
    expect(fl[4]!.slice(8, 11)).toEqual(['2024-03-01', '经商', '赵记小吃']);
    expect(fl[4]![13]).toBe('王建国');

    const rentals = sheetText((await open('rentals', undefined, true)).worksheets[0]!);
    expect(rentals[0]![0]).toBe('出租房屋商铺登记表');
    // Two-level header: the group cell spans its columns (a merged cell reads the same in each).
    expect(rentals[2]!.slice(5, 11)).toEqual(['房东（出租人）', '房东（出租人）', '房东（出租人）', '承租人', '承租人', '承租人']);
    expect(rentals[3]!.slice(5, 11)).toEqual(['姓名', '身份证号', '联系电话', '姓名', '身份证号', '联系电话']);
    expect(rentals[4]!.slice(0, 11)).toEqual(['1', '凤栖路12号', '商铺', '经营', '45', '王建国', cid(31, '1960-01-01'), '13905791234', '赵六', cid(3, '1991-01-01'), '13800000003']);
    expect(rentals[5]!.slice(8, 11)).toEqual(['钱七', cid(5, '1993-01-01'), '13800000005']);

    const special = sheetText((await open('special')).worksheets[0]!);
    expect(special[0]![0]).toBe('重点特殊人员基本信息登记表');
    expect(special[3]!.slice(1, 3)).toEqual(['赵六', '男']);
    expect(special[3]!.slice(5, 7)).toEqual(['刑满释放/安置帮教', '严管（一级）']);
    expect(special[3]!.slice(12, 14)).toEqual(['2026-11-01', '1']);

    const disputes = sheetText((await open('disputes', t.communityId)).worksheets[0]!);
    expect(disputes[0]![0]).toBe('矛盾纠纷排查登记表');
    expect(disputes[3]!.slice(0, 6)).toEqual(['1', '2026-11-05', '赵六与邻居', '邻里纠纷', '油烟扰民', '调处中']);

    // All grids: one sheet per grid with rows; a single empty grid still gets its form.
    expect((await open('floating')).worksheets.map((w) => w.name)).toEqual(['凤栖社区第1网格']);
    expect(sheetText((await open('floating', t.grid1.id)).worksheets[0]!).some((r) => r[0] === '（无）')).toBe(true);
    const audit = h.call(h.adminToken, 'audit.list', { action: 'form' });
    expect(audit.rows.length).toBe(2); // the revealed rentals form and the special form
  });

  it('prints forms landscape on A4 or A3 with the header repeated on every page', async () => {
    const t = populate();
    const { h } = t;
    const a3 = await openXlsx((await h.job(h.adminToken, 'registry.form', { form: 'floating', paper: 'A3' })).base64);
    const ws = a3.worksheets[0]!;
    expect(ws.pageSetup).toMatchObject({ paperSize: 8, orientation: 'landscape', fitToWidth: 1 });
    expect(ws.pageSetup.printTitlesRow).toBe('3:3');
    const a4 = await openXlsx((await h.job(h.adminToken, 'registry.form', { form: 'area_stats' })).base64);
    expect(a4.worksheets[0]!.pageSetup.paperSize).toBe(9);
    expect(a4.worksheets[0]!.pageSetup.printTitlesRow).toBe('3:4');
  });

  it('exports with xlsx helpers that survive odd input', async () => {
    const t = setupTown();
    const { h } = t;
    const file = await xlsxBase64([['单位名称', '场所类别', '所属网格', '安全等级', '重点监管'], ['老街网吧', '网吧', t.grid1.name, 'D级', '是']]);
    const p = await h.job(h.adminToken, 'registry.importPreview', { kind: 'organisation', fileBase64: file });
    expect(p.invalid).toEqual([]);
    await h.job(h.adminToken, 'registry.importCommit', { jobId: p.jobId, excludeRows: [] });
    const out = sheetText((await openXlsx((await h.job(h.adminToken, 'registry.export', { kind: 'organisation', filter: { safetyGrades: ['D'] } })).base64)).worksheets[0]!);
    expect(out[3]!.slice(0, 3)).toEqual([t.grid1.name, '老街网吧', '小网吧']);
  });
});
