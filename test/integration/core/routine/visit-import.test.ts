// Paper visit records (走访记录) imported from Excel through the registry's preview and
// all-or-nothing commit, checked by the visit form's own rules (checkVisit: one Chinese reason
// per bad row, nothing written while a bad row is left in), households found by the keys in
// the file, duplicates in the file and against stored visits refused, and the routine scope
// applied on the server.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { count } from '../registry/registry-fixture';
import { at, routineTown, type RoutineTown } from './routine-fixture';
import { households } from './visit-fixture';

const HEADER = ['户号', '户主姓名', '门牌地址', '走访日期', '走访网格员', '见到的人', '走访情况', '诉求', '跟进措施'];

/** An .xlsx of the rows under `header`; a title row above it, as paper-form transcriptions have. */
async function visitSheet(rows: unknown[][], header = HEADER): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('走访记录');
  ws.addRow(['入户走访记录（纸质补录）']);
  ws.addRow(header);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}

function visitsOf(r: RoutineTown): { no: string; date: string; staff: string; met: string; metPerson: string | null; needs: string; cls: number }[] {
  return r.t.h.core.services.db
    .prepare(
      `SELECT hh.household_no AS no, v.visit_date AS date, s.name AS staff, v.met_name AS met, v.met_person_id AS metPerson, v.needs, v.household_class AS cls
       FROM household_visit v JOIN household hh ON hh.id = v.household_id JOIN staff s ON s.id = v.staff_id ORDER BY v.visit_date, hh.household_no`,
    )
    .all() as never;
}

/** Four households: 0001 (elderly) and 0002 in grid 1 (甲 and 乙), 0003 in grid 3 (丙), 0004 in the community (丁). */
function town(): RoutineTown {
  const r = routineTown(at('2025-11-20', '16:00'));
  households(r, [
    { gridId: r.t.grids[0]!, no: '0001', born: '1950-03-01' },
    { gridId: r.t.grids[0]!, no: '0002', born: '1985-03-01', head: '王秀兰', address: '青石村前街8号' },
    { gridId: r.t.grids[2]!, no: '0003', born: '1985-03-01' },
    { gridId: r.t.communityGrid, no: '0004', born: '1985-03-01' },
  ]);
  return r;
}

describe('importing paper visit records', () => {
  it('previews every row with the visit rules, writes nothing while a bad row is left in, then writes the good rows in one transaction', async () => {
    const r = town();
    const { h } = r.t;
    const admin = h.adminToken;
    h.call(admin, 'routine.saveVisit', { staffId: r.staff.jia, householdId: 'HH-0002', date: '2025-11-10', metName: '王秀兰', situation: '家中整洁' });
    r.leave('jia', '2025-11-18', '2025-11-19', 'yi');
    const file = await visitSheet([
      ['0001', '户主0001', '', '2025-11-17', '甲', '户主0001', '身体尚可', '希望安装扶手', '已报村委会'],
      ['', '王秀兰', '前街8号', new Date('2025-11-14T00:00:00Z'), '乙', '其女儿', '家中整洁，无异常', '', ''],
      ['0003', '', '', '2025-11-17', '甲', '户主0003', '身体尚可', '', ''],
      ['0009', '', '', '2025-11-17', '甲', '户主0009', '身体尚可', '', ''],
      ['0001', '', '', '2025-11-21', '甲', '户主0001', '身体尚可', '', ''],
      ['0001', '', '', '2025/11/17', '乙', '户主0001', '身体尚可', '', ''],
      ['0002', '', '', '2025-11-10', '乙', '王秀兰', '身体尚可', '', ''],
      ['0001', '', '', '2025-11-19', '甲', '户主0001', '身体尚可', '', ''],
      ['0001', '', '', '2025-11-12', '某某', '户主0001', '身体尚可', '', ''],
      ['0001', '', '', '2025-11-12', '甲', '户主0001', '', '', ''],
      ['', '', '青石村前街8号', '2025-11-12', '甲', '王秀兰', '身体尚可', '', ''],
      ['0001', '李四', '', '2025-11-12', '甲', '户主0001', '身体尚可', '', ''],
      ['0001', '', '', '2025-11-13', '甲', '', '身体尚可', '', ''],
    ]);
    const before = { visits: count(h, 'household_visit'), changes: h.changeCount() };
    const p = await h.job(admin, 'routine.importPreview', { kind: 'visit', fileBase64: file, fileName: '十一月走访记录.xlsx' });
    expect(p).toMatchObject({ kind: 'visit', headerRow: 2, total: 13, valid: 2, willInsert: 2, missingRequired: [] });
    expect(p.invalid.map((x) => [x.row, x.identity, x.reasons.join('；')])).toEqual([
      [5, '0003 2025-11-17', '户0003属于青石村第3网格，不在甲2025-11-17负责的网格内'],
      [6, '0009 2025-11-17', '户号“0009”的户不存在或已注销'],
      [7, '0001 2025-11-21', '走访日期（2025-11-21）不能晚于今天'],
      [8, '0001 2025/11/17', '与第3行的户和走访日期重复'],
      [9, '0002 2025-11-10', '户0002在2025-11-10已有甲的走访记录，请打开原记录修改'],
      [10, '0001 2025-11-19', '甲2025-11-19在请假期间（2025-11-18至2025-11-19），不能登记当天的走访'],
      [11, '0001 2025-11-12', '网格员“某某”不存在，请核对姓名'],
      [12, '0001 2025-11-12', '缺少必填项：走访情况'],
      [13, '2025-11-12', '请填写户号或户主姓名，以确定走访的户'],
      [14, '0001 李四 2025-11-12', '户号“0001”的户主是户主0001，不是“李四”，请核对'],
      [15, '0001 2025-11-13', '缺少必填项：见到的人'],
    ]);
    // The preview wrote nothing; a commit with bad rows left in is refused and writes nothing.
    expect(count(h, 'household_visit')).toBe(before.visits);
    const refused = await h.runJob(admin, 'routine.importCommit', { jobId: p.jobId, excludeRows: [5] });
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_STATE', message: expect.stringContaining('还有10行数据有误') } });
    expect(h.changeCount()).toBe(before.changes);

    const done = await h.job(admin, 'routine.importCommit', { jobId: p.jobId, excludeRows: p.invalid.map((x) => x.row) });
    expect(done).toMatchObject({ inserted: 2, excluded: 11 });
    expect(h.changeCount()).toBe(before.changes + 1);
    expect(visitsOf(r)).toEqual([
      { no: '0002', date: '2025-11-10', staff: '甲', met: '王秀兰', metPerson: null, needs: '', cls: 3 },
      { no: '0002', date: '2025-11-14', staff: '乙', met: '其女儿', metPerson: null, needs: '', cls: 3 },
      // The person met is the household's member of that name; the class is the household's on the day.
      { no: '0001', date: '2025-11-17', staff: '甲', met: '户主0001', metPerson: 'P-0001', needs: '希望安装扶手', cls: 1 },
    ]);
    const audit = h.core.services.db.prepare("SELECT tbl, detail FROM audit_log WHERE action = 'import' ORDER BY seq DESC LIMIT 1").get() as { tbl: string; detail: string };
    expect(audit.tbl).toBe('household_visit');
    expect(JSON.parse(audit.detail)).toMatchObject({ kind: 'visit', fileName: '十一月走访记录.xlsx', inserted: 2 });
    // The imported visits count in the household's plan and history like any other.
    expect(h.call(admin, 'routine.visits', { householdId: 'HH-0001' }).map((v) => [v.date, v.staffName, v.situation])).toEqual([['2025-11-17', '甲', '身体尚可']]);
    // The same preview cannot be committed twice.
    expect(await h.runJob(admin, 'routine.importCommit', { jobId: p.jobId, excludeRows: [] })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('reads the headers offices use for the same columns', async () => {
    const r = town();
    const file = await visitSheet(
      [['0001', '户主0001', '0001号', '2025-11-17', '甲', '户主0001', '家中整洁', '反映路灯不亮', '已上报']],
      ['户编号', '户主', '家庭住址', '入户日期', '走访人', '接待人', '基本情况', '群众诉求', '处理情况'],
    );
    const p = await r.t.h.job(r.t.h.adminToken, 'routine.importPreview', { kind: 'visit', fileBase64: file });
    expect(p).toMatchObject({ valid: 1, invalid: [], missingRequired: [], unmappedHeaders: [] });
    expect(p.mapping).toEqual({ householdNo: 0, headName: 1, address: 2, date: 3, worker: 4, phone: null, metName: 5, situation: 6, needs: 7, followUp: 8 });
    await r.t.h.job(r.t.h.adminToken, 'routine.importCommit', { jobId: p.jobId, excludeRows: [] });
    expect(visitsOf(r)).toEqual([{ no: '0001', date: '2025-11-17', staff: '甲', met: '户主0001', metPerson: 'P-0001', needs: '反映路灯不亮', cls: 1 }]);
  });

  it('tells apart households of the same head name by the address or the worker’s grid, and asks when it cannot', async () => {
    const r = town();
    households(r, [
      { gridId: r.t.grids[2]!, no: '0102', born: '1985-03-01', head: '王秀兰', address: '青石村后街3号' },
      { gridId: r.t.grids[0]!, no: '0103', born: '1985-03-01', head: '李建国', address: '青石村东头1号' },
      { gridId: r.t.grids[0]!, no: '0104', born: '1985-03-01', head: '李建国', address: '青石村西头2号' },
    ]);
    const file = await visitSheet([
      ['', '王秀兰', '', '2025-11-17', '丙', '王秀兰', '家中整洁', '', ''],
      ['', '王秀兰', '', '2025-11-17', '甲', '王秀兰', '家中整洁', '', ''],
      ['', '李建国', '西头2号', '2025-11-17', '甲', '李建国', '家中整洁', '', ''],
      ['', '李建国', '', '2025-11-18', '甲', '李建国', '家中整洁', '', ''],
    ]);
    const p = await r.t.h.job(r.t.h.adminToken, 'routine.importPreview', { kind: 'visit', fileBase64: file });
    expect(p.invalid.map((x) => [x.row, x.reasons])).toEqual([[6, ['有2户符合户主“李建国”，请填写户号或门牌地址以区分']]]);
    await r.t.h.job(r.t.h.adminToken, 'routine.importCommit', { jobId: p.jobId, excludeRows: [6] });
    expect(visitsOf(r).map((v) => [v.no, v.staff])).toEqual([
      ['0002', '甲'],
      ['0102', '丙'],
      ['0104', '甲'],
    ]);
  });

  it('checks the rows again at commit when visits changed since the preview, and writes none', async () => {
    const r = town();
    const { h } = r.t;
    const file = await visitSheet([
      ['0001', '', '', '2025-11-17', '甲', '户主0001', '身体尚可', '', ''],
      ['0002', '', '', '2025-11-17', '甲', '王秀兰', '身体尚可', '', ''],
    ]);
    const p = await h.job(h.adminToken, 'routine.importPreview', { kind: 'visit', fileBase64: file });
    expect(p.valid).toBe(2);
    h.call(h.adminToken, 'routine.saveVisit', { staffId: r.staff.yi, householdId: 'HH-0002', date: '2025-11-17', metName: '王秀兰', situation: '家中整洁' });
    const before = { visits: count(h, 'household_visit'), changes: h.changeCount() };
    expect(await h.runJob(h.adminToken, 'routine.importCommit', { jobId: p.jobId, excludeRows: [] })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringContaining('第4行不再有效') },
    });
    expect({ visits: count(h, 'household_visit'), changes: h.changeCount() }).toEqual(before);
  });

  it('keeps each importer to its scope on the server: a grid worker its own visits in its grids, a supervisor its area', async () => {
    const r = town();
    const { h } = r.t;
    const file = await visitSheet([
      ['0001', '', '', '2025-11-17', '甲', '户主0001', '身体尚可', '', ''],
      ['0002', '', '', '2025-11-17', '乙', '王秀兰', '身体尚可', '', ''],
      ['0003', '', '', '2025-11-17', '甲', '户主0003', '身体尚可', '', ''],
      ['0004', '', '', '2025-11-17', '丁', '户主0004', '身体尚可', '', ''],
    ]);
    const worker = await h.job(r.tokenOf('jia'), 'routine.importPreview', { kind: 'visit', fileBase64: file });
    expect(worker.invalid.map((x) => [x.row, x.reasons])).toEqual([
      [4, ['网格员只能导入本人的走访记录']],
      [5, ['户0003属于青石村第3网格，不在甲2025-11-17负责的网格内']],
      [6, ['网格员只能导入本人的走访记录']],
    ]);
    // Excluding only some of them is not enough: nothing is written.
    const before = h.changeCount();
    expect(await h.runJob(r.tokenOf('jia'), 'routine.importCommit', { jobId: worker.jobId, excludeRows: [4] })).toMatchObject({ ok: false, error: { code: 'INVALID_STATE' } });
    expect(h.changeCount()).toBe(before);
    const supervisor = await h.job(r.t.token('supervisor'), 'routine.importPreview', { kind: 'visit', fileBase64: file });
    expect(supervisor.invalid.map((x) => [x.row, x.reasons])).toEqual([
      [5, ['户0003属于青石村第3网格，不在甲2025-11-17负责的网格内']],
      [6, ['该网格员不在本账号的管理范围内，只能导入本人所管理网格的网格员走访记录']],
    ]);
    await h.job(r.t.token('supervisor'), 'routine.importCommit', { jobId: supervisor.jobId, excludeRows: [5, 6] });
    expect(visitsOf(r).map((v) => [v.no, v.staff])).toEqual([
      ['0001', '甲'],
      ['0002', '乙'],
    ]);
    expect(await h.runJob(r.t.token('dispatcher'), 'routine.importPreview', { kind: 'visit', fileBase64: file })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('imports 2,000 visits in one commit', async () => {
    const r = routineTown(at('2025-12-31', '16:00'));
    const { h } = r.t;
    const n = 2000;
    const list = Array.from({ length: n }, (_, i) => ({ gridId: r.t.grids[0]!, no: `9${String(i).padStart(5, '0')}`, born: '1985-03-01' }));
    households(r, list);
    const rows = list.map((x, i) => [x.no, '', '', `2025-${String(1 + (i % 12)).padStart(2, '0')}-15`, i % 2 ? '甲' : '乙', `户主${x.no}`, '身体尚可', '', '']);
    const p = await h.job(h.adminToken, 'routine.importPreview', { kind: 'visit', fileBase64: await visitSheet(rows) });
    expect(p).toMatchObject({ total: n, valid: n, willInsert: n, invalid: [] });
    const before = h.changeCount();
    expect(await h.job(h.adminToken, 'routine.importCommit', { jobId: p.jobId, excludeRows: [] })).toMatchObject({ inserted: n });
    expect(h.changeCount()).toBe(before + 1);
    expect(count(h, 'household_visit')).toBe(n);
  });
});

