// The Excel import of people (SPEC §2; the must-show cases): bad rows are listed with
// their reasons and nothing is written until the user confirms; a commit with an unexcluded
// bad row writes nothing; a re-import is a no-op; an updated file updates in place.
import type { JobStatus } from '../../../../shared/jobs/job-types';
import { describe, expect, it } from 'vitest';
import { validateCitizenId } from '../../../../shared/registry/citizen-id';
import { badCheckDigit, cid, count, PERSON_HEADERS, setupTown, xlsxBase64, type Town } from './registry-fixture';
import { changesSince, changeSeq } from '../../../../electron/core/db/change-log';

/** Ten people in five two-person households (odd i is the head), alternately in grid 1 (by name) and grid 2 (by code). */
function goodRow(t: Town, i: number): unknown[] {
  const pair = Math.ceil(i / 2);
  return [
    `测试${i}`,
    cid(100 + i),
    `1380000${String(1000 + i)}`,
    i % 3 === 0 ? '流动人口' : '户籍',
    pair % 2 ? t.grid1.name : t.grid2.code,
    `青石村${pair}号`,
    `QS-${pair}`,
    i % 2 ? '户主' : '配偶',
    i % 3 === 0 ? '2023-05-01' : '',
    i === 1 ? '老年人、低保户' : '',
  ];
}

async function tenGoodFiveBad(t: Town) {
  const rows: unknown[][] = [PERSON_HEADERS];
  for (let i = 1; i <= 10; i++) rows.push(goodRow(t, i));
  rows.push(['校验位错', badCheckDigit(cid(201)), '13800002001', '户籍', t.grid1.name, '', '', '', '', '']); // row 12
  rows.push(['无此网格', cid(202), '13800002002', '户籍', '不存在的网格', '', '', '', '', '']); // row 13
  rows.push(['重复身份证', cid(101), '13800002003', '户籍', t.grid1.name, '', '', '', '', '']); // row 14
  rows.push(['', cid(204), '13800002004', '流动', t.grid1.name, '', '', '', '', '']); // row 15
  rows.push(['日期有误', cid(205), '13800002005', '流动', t.grid1.name, '', '', '', '2023年13月45日', '']); // row 16
  return xlsxBase64(rows, '人员', [1, 2]);
}

describe('people import', () => {
  it('reports exactly the five bad rows with their reasons and writes nothing before commit', async () => {
    const t = setupTown();
    const { h } = t;
    const before = h.changeCount();
    const p = await h.job(h.adminToken, 'registry.importPreview', { kind: 'person', fileBase64: await tenGoodFiveBad(t), fileName: '人员.xlsx' });
    expect(p.total).toBe(15);
    expect(p.valid).toBe(10);
    expect(p.willInsert).toBe(10);
    expect(p.invalid.map((r) => r.row)).toEqual([12, 13, 14, 15, 16]);
    const reasons = Object.fromEntries(p.invalid.map((r) => [r.row, r.reasons.join('；')]));
    expect(reasons[12]).toContain('校验位错误');
    expect(reasons[13]).toContain('所属网格“不存在的网格”不存在');
    expect(reasons[14]).toContain('与第2行的公民身份号码重复');
    expect(reasons[15]).toContain('缺少必填项：姓名');
    expect(reasons[16]).toContain('来本地日期');
    // Each bad row says who it is (name and ID as typed; the admin may see IDs in full).
    expect(p.invalid.map((r) => [r.row, r.identity])).toEqual([
      [12, `校验位错 ${badCheckDigit(cid(201))}`],
      [13, `无此网格 ${cid(202)}`],
      [14, `重复身份证 ${cid(101)}`],
      [15, cid(204)],
      [16, `日期有误 ${cid(205)}`],
    ]);
    expect(p.missingRequired).toEqual([]);
    expect(p.sample[0]).toMatchObject({ row: 2, action: 'insert', values: { name: '测试1', careTags: '老年人、低保户', grid: t.grid1.name } });
    expect(h.changeCount()).toBe(before);
    expect(count(h, 'person')).toBe(0);
  });

  it('refuses to commit while a bad row is not excluded, and writes nothing', async () => {
    const t = setupTown();
    const { h } = t;
    const p = await h.job(h.adminToken, 'registry.importPreview', { kind: 'person', fileBase64: await tenGoodFiveBad(t) });
    const before = h.changeCount();
    const r = await h.runJob(h.adminToken, 'registry.importCommit', { jobId: p.jobId, excludeRows: [12, 13, 14, 15] });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('INVALID_STATE');
      expect(r.error.message).toContain('还有1行数据有误（第16行）');
    }
    const none = await h.runJob(h.adminToken, 'registry.importCommit', { jobId: p.jobId, excludeRows: [] });
    expect(!none.ok && none.error.message).toContain('还有5行数据有误');
    expect(h.changeCount()).toBe(before);
    expect(count(h, 'person')).toBe(0);
    expect(count(h, 'household')).toBe(0);
  });

  it('commits the ten good rows with the five bad ones excluded, in one go, with progress', async () => {
    const t = setupTown();
    const { h } = t;
    const p = await h.job(h.adminToken, 'registry.importPreview', { kind: 'person', fileBase64: await tenGoodFiveBad(t) });
    const events: JobStatus[] = [];
    const changed: string[][] = [];
    h.core.on('job', (e) => e.kind === 'registry.importCommit' && events.push(e));
    h.core.on('changed', (e) => changed.push(e.tables));
    const res = await h.job(h.adminToken, 'registry.importCommit', { jobId: p.jobId, excludeRows: [12, 13, 14, 15, 16] });
    expect(res).toMatchObject({ inserted: 10, updated: 0, unchanged: 0, excluded: 5 });
    expect(count(h, 'person')).toBe(10);
    expect(count(h, 'household')).toBe(5);
    expect(events.at(-1)).toMatchObject({ state: 'done', step: '写入数据', stepIndex: 2, steps: 2, done: 10, total: 10, error: null });
    expect(changed).toHaveLength(1);
    expect(changed[0]!.sort()).toEqual(['household', 'person']);
    const people = h.call(h.adminToken, 'registry.people', { unitId: t.grid1.id, reveal: true });
    const first = people.rows.find((r) => r.name === '测试1')!;
    expect(first).toMatchObject({ citizenId: cid(101), gender: 'M', birthDate: '1985-06-15', careTags: ['elderly', 'low_income'], relationToHead: '户主', householdNo: 'QS-1' });
    const hh = h.call(h.adminToken, 'registry.household', { id: first.householdId! });
    expect(hh.household.headName).toBe('测试1');
    expect(hh.members.map((m) => m.name)).toEqual(['测试1', '测试2']);
    // The committed job is gone.
    expect(await h.runJob(h.adminToken, 'registry.importCommit', { jobId: p.jobId, excludeRows: [12, 13, 14, 15, 16] })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('reports the preview\'s steps as job events', async () => {
    const t = setupTown();
    const { h } = t;
    const events: JobStatus[] = [];
    h.core.on('job', (e) => events.push(e));
    const p = await h.job(h.adminToken, 'registry.importPreview', { kind: 'person', fileBase64: await tenGoodFiveBad(t) });
    expect(events.every((e) => e.jobId === p.jobId && e.owner === h.call(h.adminToken, 'auth.me', {}).id)).toBe(true);
    expect(events[0]).toMatchObject({ step: '读取文件', stepIndex: 1, state: 'running' });
    expect(events.at(-1)).toMatchObject({ step: '校验数据', stepIndex: 2, state: 'done' });
  });

  it('re-importing the same file changes nothing (no change-log rows)', async () => {
    const t = setupTown();
    const { h } = t;
    const file = await tenGoodFiveBad(t);
    const bad = [12, 13, 14, 15, 16];
    const p1 = await h.job(h.adminToken, 'registry.importPreview', { kind: 'person', fileBase64: file });
    await h.job(h.adminToken, 'registry.importCommit', { jobId: p1.jobId, excludeRows: bad });
    const before = h.changeCount();
    const p2 = await h.job(h.adminToken, 'registry.importPreview', { kind: 'person', fileBase64: file });
    expect(p2).toMatchObject({ willInsert: 0, willUpdate: 0, unchanged: 10 });
    const changed: string[][] = [];
    h.core.on('changed', (e) => changed.push(e.tables));
    expect(await h.job(h.adminToken, 'registry.importCommit', { jobId: p2.jobId, excludeRows: bad })).toMatchObject({ inserted: 0, updated: 0, unchanged: 10 });
    expect(h.changeCount()).toBe(before);
    expect(changed).toEqual([]);
  });

  it('an updated file updates the matching people in place and adds the new ones', async () => {
    const t = setupTown();
    const { h } = t;
    const rows: unknown[][] = [PERSON_HEADERS];
    for (let i = 1; i <= 10; i++) rows.push(goodRow(t, i));
    const p1 = await h.job(h.adminToken, 'registry.importPreview', { kind: 'person', fileBase64: await xlsxBase64(rows, '人员', [1, 2]) });
    await h.job(h.adminToken, 'registry.importCommit', { jobId: p1.jobId, excludeRows: [] });
    rows[2]![2] = '13912345678'; // 测试2's phone
    rows[4]![3] = '流动人口'; // 测试4 becomes floating
    rows.push(['新来的', cid(300), '13700000000', '流动', t.grid3.name, '', '', '', '2024-02-01', '']);
    const db = h.core.services.db;
    const lastSeq = changeSeq(db);
    const p2 = await h.job(h.adminToken, 'registry.importPreview', { kind: 'person', fileBase64: await xlsxBase64(rows, '人员', [1, 2]) });
    expect(p2).toMatchObject({ willInsert: 1, willUpdate: 2, unchanged: 8, invalid: [] });
    await h.job(h.adminToken, 'registry.importCommit', { jobId: p2.jobId, excludeRows: [] });
    expect(count(h, 'person')).toBe(11);
    expect(db.prepare('SELECT phone FROM person WHERE citizen_id = ?').get(cid(102))).toEqual({ phone: '13912345678' });
    expect(db.prepare('SELECT residence_type FROM person WHERE citizen_id = ?').get(cid(104))).toEqual({ residence_type: 'floating' });
    const logged = changesSince(db, lastSeq).filter((c) => c.table === 'person');
    // 测试2's phone, 测试4's residence type, and the new person's cells; nothing else.
    const newId = (db.prepare('SELECT id FROM person WHERE citizen_id = ?').get(cid(300)) as { id: string }).id;
    expect(logged.filter((l) => l.rowId !== newId).map((l) => l.col).sort()).toEqual(['phone', 'residence_type']);
    expect(logged.filter((l) => l.col === 'phone')).toHaveLength(2);
    expect(logged.filter((l) => l.col === 'residence_type')).toHaveLength(2);
    expect(new Set(logged.map((l) => l.rowId)).size).toBe(3);
    const id = (db.prepare('SELECT id FROM person WHERE citizen_id = ?').get(cid(102)) as { id: string }).id;
    const history = h.call(h.adminToken, 'registry.history', { table: 'person', id });
    expect(history[0]).toMatchObject({ action: 'update', actionLabel: '修改', actorName: '管理员', changes: [{ field: 'phone', label: '联系电话', from: '13800001002', to: '13912345678' }] });
    expect(history.at(-1)).toMatchObject({ action: 'create', actionLabel: '新建' });
  });

  it('brings an archived person back when the file lists them again', async () => {
    const t = setupTown();
    const { h } = t;
    const file = await xlsxBase64([PERSON_HEADERS.slice(0, 5), ['回来的人', cid(77), '', '户籍', t.grid1.name]]);
    const p1 = await h.job(h.adminToken, 'registry.importPreview', { kind: 'person', fileBase64: file });
    await h.job(h.adminToken, 'registry.importCommit', { jobId: p1.jobId, excludeRows: [] });
    const id = h.call(h.adminToken, 'registry.people', {}).rows[0]!.id;
    h.call(h.adminToken, 'registry.archive', { kind: 'person', id, archived: true });
    const p2 = await h.job(h.adminToken, 'registry.importPreview', { kind: 'person', fileBase64: file });
    expect(p2).toMatchObject({ willUpdate: 1, willInsert: 0 });
    await h.job(h.adminToken, 'registry.importCommit', { jobId: p2.jobId, excludeRows: [] });
    expect(h.call(h.adminToken, 'registry.people', {}).total).toBe(1);
  });

  it('recognises common header variants and lets the user correct the mapping', async () => {
    const t = setupTown();
    const { h } = t;
    const rows = [
      ['人口信息采集表'],
      ['序号', '名字', '身份证号码', '手机号', '居住类型', '网格名称', '居住地址', '出生年月'],
      [1, '王五', cid(7, '1950-01-02'), '13811112222', '户籍', t.grid1.name, '青石村5号', '1950-01-02'],
    ];
    const p = await h.job(h.adminToken, 'registry.importPreview', { kind: 'person', fileBase64: await xlsxBase64(rows) });
    expect(p.headerRow).toBe(2);
    expect(p.mapping).toMatchObject({ name: 1, citizenId: 2, phone: 3, residenceType: 4, grid: 5, address: 6, birthDate: 7 });
    expect(p.unmappedHeaders).toEqual(['序号']);
    expect(p.invalid).toEqual([]);
    // Correct the mapping: no address column.
    const p2 = await h.job(h.adminToken, 'registry.importPreview', { kind: 'person', fileBase64: await xlsxBase64(rows), mapping: { address: null } });
    expect(p2.mapping.address).toBeNull();
    expect(p2.sample[0]!.values.address).toBeUndefined();
    const e = await h.runJob(h.adminToken, 'registry.importPreview', { kind: 'person', fileBase64: await xlsxBase64(rows), mapping: { name: 2 } });
    expect(!e.ok && e.error.message).toContain('不能同时对应');
  });

  it('gives clear reasons for numeric IDs, impossible dates, bad phones, unknown values and a birth date that contradicts the ID', async () => {
    const t = setupTown();
    const { h } = t;
    const rows: unknown[][] = [
      ['姓名', '公民身份号码', '联系电话', '人员类型', '所属网格', '出生日期', '来本地日期', '关爱标签'],
      ['甲', Number('330782198506150012'), '13800000001', '户籍', t.grid1.name, '', '', ''], // an ID Excel stored as a number
      ['乙', cid(3), '1380000', '户籍', t.grid1.name, '', '', ''],
      ['丙', cid(5), '13800000003', '外星人', t.grid1.name, '', '', ''],
      ['丁', cid(9), '13800000004', '户籍', t.grid1.name, '1990-01-01', '', ''],
      ['戊', cid(11), '13800000005', '流动', t.grid1.name, '', '2023-02-30', '老人、富豪'],
      ['己', cid(13), '13800000006', '流动', t.grid1.name, '', 45000, ''],
    ];
    const p = await h.job(h.adminToken, 'registry.importPreview', { kind: 'person', fileBase64: await xlsxBase64(rows) });
    const reasons = Object.fromEntries(p.invalid.map((r) => [r.row, r.reasons.join('；')]));
    expect(reasons[2]).toContain('被Excel存成了数字');
    expect(reasons[3]).toContain('联系电话“1380000”不是有效的电话号码');
    expect(reasons[4]).toContain('人员类型“外星人”无法识别');
    const born = validateCitizenId(cid(9));
    expect(reasons[5]).toContain(`出生日期1990-01-01与身份证号对应的${born.ok ? born.birthDate : ''}不一致`);
    expect(reasons[6]).toContain('来本地日期“2023-02-30”不存在');
    // Each reason names its field once.
    for (const r of Object.values(reasons)) expect(r).not.toMatch(/(联系电话|出生日期|来本地日期|身份证号)[^；]*\1/);
    expect(reasons[6]).toContain('关爱标签“富豪”无法识别');
    expect(reasons[7]).toBeUndefined(); // Excel date serial 45000 = 2023-03-15
    expect(p.valid).toBe(1);
  });

  it('reads CSV files in UTF-8 and as saved by Chinese Excel (GB18030), skipping the template example row', async () => {
    const t = setupTown();
    const { h } = t;
    const csv = ['姓名,公民身份号码,人员类型,所属网格', '张伟,330782198805120016,户籍人口,凤栖社区第1网格', `李娜,${cid(20)},流动,"${t.grid3.name}"`].join('\r\n');
    const p = await h.job(h.adminToken, 'registry.importPreview', { kind: 'person', fileBase64: Buffer.from('\ufeff' + csv, 'utf8').toString('base64'), fileName: 'a.csv' });
    // The first data row equals the template's example (张伟 / 330782198805120016 / 户籍人口 / 凤栖社区第1网格): skipped.
    expect(p).toMatchObject({ total: 1, valid: 1, invalid: [] });
    // "姓名,公民身份号码,人员类型,所属网格\r\n李娜,{ID},流动,凤栖社区第1网格\r\n" encoded in GB18030.
    const gbHex = 'd0d5c3fb2cb9abc3f1c9edb7ddbac5c2eb2cc8cbd4b1c0e0d0cd2ccbf9caf4cdf8b8f10d0ac0eec4c82c7b49447d2cc1f7b6af2cb7efc6dcc9e7c7f8b5da31cdf8b8f10d0a';
    const gb = Buffer.from(Buffer.from(gbHex, 'hex').toString('latin1').replace('{ID}', cid(20)), 'latin1');
    const p2 = await h.job(h.adminToken, 'registry.importPreview', { kind: 'person', fileBase64: gb.toString('base64'), fileName: 'b.csv' });
    expect(p2).toMatchObject({ total: 1, valid: 1, invalid: [] });
    expect(p2.sample[0]!.values).toMatchObject({ name: '李娜', residenceType: '流动人口', grid: t.grid3.name });
    const xls = await h.runJob(h.adminToken, 'registry.importPreview', { kind: 'person', fileBase64: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 1, 2]).toString('base64'), fileName: 'old.xls' });
    expect(!xls.ok && xls.error.message).toContain('不支持旧版 .xls 文件');
  });
});
