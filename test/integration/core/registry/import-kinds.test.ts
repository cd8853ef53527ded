// Imports of the other ledgers: houses (matched by address, with buildings and landlords),
// organisations (by grid + name), facilities (by code), special populations (by person + kind,
// 'special.read' only) and the dispute register.
import { describe, expect, it } from 'vitest';
import { badCheckDigit, cid, count, setupTown, xlsxBase64 } from './registry-fixture';

describe('imports of houses, premises, facilities, special populations and disputes', () => {
  it('imports houses matched by normalised address, creating buildings and linking landlords', async () => {
    const t = setupTown();
    const { h } = t;
    const landlord = h.call(h.adminToken, 'registry.createPerson', { citizenId: cid(41, '1960-02-02'), name: '王建国', residenceType: 'registered', gridId: t.grid3.id });
    const header = ['所属网格', '房屋坐落', '幢号', '单元', '房号', '面积(㎡)', '结构', '用途', '是否出租', '出租用途', '房主姓名', '房主电话', '出租人身份证号', '居住人数'];
    const rows = [
      header,
      [t.grid3.name, '凤栖路12号', '3幢', '2单元', '301', 89.5, '框架', '住宅', '是', '居住', '王建国', '13905791234', cid(41, '1960-02-02'), 3],
      [t.grid3.name, '凤栖路12号', '3幢', '2单元', '302', 89.5, '钢混', '住宅', '否', '', '', '', '', 2],
      [t.grid3.name, '凤栖路14号', '', '', '', 40, '砖混', '门面', '是', '经营', '李四', '', badCheckDigit(cid(43)), 1],
      [t.grid3.name, '凤栖路12号', '3幢', '2单元', '301室', 90, '', '', '', '', '', '', '', ''],
    ];
    const p = await h.job(h.adminToken, 'registry.importPreview', { kind: 'house', fileBase64: await xlsxBase64(rows) });
    expect(p.invalid).toEqual([
      { row: 4, reasons: [expect.stringContaining('房东身份证号校验位错误')], identity: '凤栖路14号' },
      { row: 5, reasons: ['与第2行的房屋地址重复'], identity: '凤栖路12号 3幢 2单元 301室' },
    ]);
    await h.job(h.adminToken, 'registry.importCommit', { jobId: p.jobId, excludeRows: [4, 5] });
    expect(count(h, 'house')).toBe(2);
    expect(count(h, 'building')).toBe(1);
    const houses = h.call(h.adminToken, 'registry.houses', { isRental: true, reveal: true });
    expect(houses.rows).toHaveLength(1);
    expect(houses.rows[0]).toMatchObject({ buildingName: '3幢', unit: '2单元', room: '301', structure: 'steel_concrete', rentalUse: 'living', landlordPersonId: landlord.id, occupants: 3 });
    // A person whose 现住址 matches the house is linked to it on import.
    const people = [['姓名', '公民身份号码', '人员类型', '所属网格', '现住址'], ['租客甲', cid(45), '流动', t.grid3.name, '凤栖路12号3幢2单元301室']];
    const pp = await h.job(h.adminToken, 'registry.importPreview', { kind: 'person', fileBase64: await xlsxBase64(people) });
    await h.job(h.adminToken, 'registry.importCommit', { jobId: pp.jobId, excludeRows: [] });
    expect(h.call(h.adminToken, 'registry.house', { id: houses.rows[0]!.id }).residents.map((r) => r.name)).toEqual(['租客甲']);
  });

  it('imports organisations by grid and name, with the nine small premises and safety grades', async () => {
    const t = setupTown();
    const { h } = t;
    const rows = [
      ['场所名称', '类别', '所属网格', '负责人', '电话', '安全等级', '是否重点监管', '从业人数'],
      ['青溪便民超市', '便利店', t.grid1.name, '李明', '13757912345', 'A', '否', 3],
      ['老街足浴', '足浴', t.grid1.name, '', '', '较大隐患', '是', 'x'],
      ['青溪五金制品有限公司', '公司', t.grid2.name, '', '', '', '', 120],
      ['红星KTV', 'KTV', t.grid2.name, '', '', 'E', '', ''],
    ];
    const p = await h.job(h.adminToken, 'registry.importPreview', { kind: 'organisation', fileBase64: await xlsxBase64(rows) });
    expect(p.invalid.map((r) => [r.row, r.reasons.join('')])).toEqual([
      [3, '从业人数“x”不是数字'],
      [5, expect.stringContaining('安全等级“E”无法识别')],
    ]);
    await h.job(h.adminToken, 'registry.importCommit', { jobId: p.jobId, excludeRows: [3, 5] });
    const list = h.call(h.adminToken, 'registry.organisations', {});
    expect(list.rows.map((o) => [o.name, o.kind, o.safetyGrade, o.keySupervision])).toEqual([
      ['青溪便民超市', 'small_shop', 'A', false],
      ['青溪五金制品有限公司', 'enterprise', null, false],
    ]);
    rows[1]![5] = 'B';
    const again = await h.job(h.adminToken, 'registry.importPreview', { kind: 'organisation', fileBase64: await xlsxBase64(rows) });
    expect(again).toMatchObject({ willInsert: 0, willUpdate: 1, unchanged: 1 });
  });

  it('imports facilities by code with coordinates and condition', async () => {
    const t = setupTown();
    const { h } = t;
    const rows = [
      ['部件编号', '设施类型', '所属网格', '位置', '经度', '纬度', '状态'],
      ['LD-0001', '路灯', t.grid3.name, '凤栖路口', 120.1021, 29.3012, '完好'],
      ['JG-0001', '窨井盖', t.grid3.name, '文昌街', 120.1031, '', '破损'],
      ['LD-0001', '路灯', t.grid3.name, '', '', '', ''],
    ];
    const p = await h.job(h.adminToken, 'registry.importPreview', { kind: 'facility', fileBase64: await xlsxBase64(rows) });
    expect(p.invalid).toEqual([
      { row: 3, reasons: ['经度和纬度须同时填写'], identity: 'JG-0001' },
      { row: 4, reasons: ['与第2行的部件编码重复'], identity: 'LD-0001' },
    ]);
    await h.job(h.adminToken, 'registry.importCommit', { jobId: p.jobId, excludeRows: [3, 4] });
    expect(h.call(h.adminToken, 'registry.facilities', {}).rows[0]).toMatchObject({ code: 'LD-0001', kind: 'street_light', lon: 120.1021, lat: 29.3012, condition: 'good' });
  });

  it('imports special populations only for roles with special.read, for people already in the ledger', async () => {
    const t = setupTown();
    const { h } = t;
    h.call(h.adminToken, 'registry.createPerson', { citizenId: cid(51), name: '钱某', residenceType: 'registered', gridId: t.grid1.id });
    const rows = [
      ['身份证号', '姓名', '人员类别', '管控级别', '列管日期', '帮教责任人'],
      [cid(51), '钱某', '社区矫正人员', '二级', '2025-01-01', '王芳'],
      [cid(53), '孙某', '吸毒', '严管', '', ''],
      [cid(51), '钱小某', '精神障碍', '宽管', '', ''],
    ];
    const file = await xlsxBase64(rows);
    expect(h.core.invoke(h.tokenFor('grid_worker'), 'registry.importPreview', { kind: 'special', fileBase64: file })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await h.core.invokeAsync(h.tokenFor('grid_worker'), 'registry.template', { kind: 'special' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const p = await h.job(h.adminToken, 'registry.importPreview', { kind: 'special', fileBase64: file });
    expect(p.invalid).toEqual([
      { row: 3, reasons: ['实有人口台账中没有该身份证号的人员，请先导入人员'], identity: `孙某 ${cid(53)}` },
      { row: 4, reasons: ['姓名与实有人口台账不一致（台账为“钱某”）'], identity: `钱小某 ${cid(51)}` },
    ]);
    await h.job(h.adminToken, 'registry.importCommit', { jobId: p.jobId, excludeRows: [3, 4] });
    expect(h.call(h.adminToken, 'registry.specials', {}).rows[0]).toMatchObject({ name: '钱某', kind: 'correction', supervisionLevel: 'normal', gridId: t.grid1.id, status: 'active' });
  });

  it('imports the dispute register', async () => {
    const t = setupTown();
    const { h } = t;
    const rows = [
      ['网格', '排查日期', '当事人', '纠纷类型', '简要情况', '调处状态', '化解日期'],
      [t.grid1.name, '2026/11/3', '张某与李某', '宅基地', '围墙越界', '已调解', '2026-11-10'],
      [t.grid1.name, '2026-11-20', '王某与赵某', '欠薪', '拖欠工资', '调处中', '2026-11-01'],
    ];
    const p = await h.job(h.adminToken, 'registry.importPreview', { kind: 'dispute', fileBase64: await xlsxBase64(rows) });
    expect(p.invalid).toEqual([{ row: 3, reasons: ['化解日期早于排查日期'], identity: '2026-11-20 王某与赵某' }]);
    await h.job(h.adminToken, 'registry.importCommit', { jobId: p.jobId, excludeRows: [3] });
    expect(h.call(h.adminToken, 'registry.disputes', {}).rows[0]).toMatchObject({ foundDate: '2026-11-03', kind: 'homestead', status: 'resolved', resolvedDate: '2026-11-10' });
  });

  it('refuses a file without a recognisable header, and an unknown job', async () => {
    const t = setupTown();
    const { h } = t;
    const r = await h.runJob(h.adminToken, 'registry.importPreview', { kind: 'person', fileBase64: await xlsxBase64([['a', 'b'], [1, 2]]) });
    expect(!r.ok && r.error.message).toContain('未找到表头');
    expect(await h.runJob(h.adminToken, 'registry.importCommit', { jobId: 'nope', excludeRows: [] })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    // Another user cannot confirm someone else's preview.
    const p = await h.job(h.adminToken, 'registry.importPreview', { kind: 'person', fileBase64: await xlsxBase64([['姓名', '公民身份号码', '人员类型', '所属网格'], ['某', cid(61), '户籍', t.grid1.name]]) });
    expect(h.core.invoke(h.tokenFor('director'), 'registry.importCommit', { jobId: p.jobId, excludeRows: [] })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('plans again at commit when the ledger changed after the preview', async () => {
    const t = setupTown();
    const { h } = t;
    const p = await h.job(h.adminToken, 'registry.importPreview', { kind: 'person', fileBase64: await xlsxBase64([['姓名', '公民身份号码', '人员类型', '所属网格'], ['某甲', cid(71), '户籍', t.grid1.name]]) });
    expect(p.willInsert).toBe(1);
    h.call(h.adminToken, 'registry.createPerson', { citizenId: cid(71), name: '某乙', residenceType: 'registered', gridId: t.grid1.id });
    expect(await h.job(h.adminToken, 'registry.importCommit', { jobId: p.jobId, excludeRows: [] })).toMatchObject({ inserted: 0, updated: 1 });
    expect(h.call(h.adminToken, 'registry.people', {}).rows.map((r) => r.name)).toEqual(['某甲']);
  });
});
