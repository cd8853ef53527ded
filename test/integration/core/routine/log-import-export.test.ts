// Paper work logs imported from Excel through the registry's preview and all-or-nothing
// commit, checked by the log form's own rules (one Chinese reason per bad row, nothing written
// while a bad row is not excluded), within the importer's routine scope on the server; and
// the handbook's 工作日志 form exported per worker and period, scope-checked.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { count, openXlsx, sheetText } from '../registry/registry-fixture';
import { at, routineTown, type RoutineTown } from './routine-fixture';

const HEADER = ['网格员', '日期', '是否巡查', '巡查开始时间', '巡查结束时间', '巡查地点', '民情', '备注'];

/** An .xlsx of the rows; a title row above the header, as paper-form transcriptions have. */
async function logSheet(rows: unknown[][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('工作日志');
  ws.addRow(['网格员工作日志（纸质补录）']);
  ws.addRow(HEADER);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}

/** A time cell as Excel stores one typed as 8:30 (a date on 1899-12-30, UTC). */
const time = (hhmm: string) => new Date(`1899-12-30T${hhmm}:00Z`);

function logsOf(r: RoutineTown): { staff: string; date: string; places: string; status: string; patrolled: number }[] {
  return r.t.h.core.services.db
    .prepare('SELECT s.name AS staff, l.work_date AS date, l.places, l.status, l.patrolled FROM work_log l JOIN staff s ON s.id = l.staff_id ORDER BY l.work_date, s.name')
    .all() as never;
}

describe('importing paper work logs', () => {
  it('previews every row with the log rules, writes nothing while a bad row is left in, then writes the good rows in one transaction', async () => {
    const r = routineTown(at('2025-11-20', '16:00'));
    const { h } = r.t;
    const admin = h.adminToken;
    r.logDay('jia', '2025-11-20');
    r.leave('jia', '2025-11-18', '2025-11-19', 'yi');
    const file = await logSheet([
      ['乙', '2025-11-17', '是', time('08:30'), time('10:00'), '1号楼、村口桥头', '无异常', ''],
      ['丙', new Date('2025-11-18T00:00:00Z'), '否', '', '', '', '村民反映路灯不亮', '电话联系'],
      ['某某', '2025-11-17', '是', '8:30', '10:00', '1号楼', '无异常', ''],
      ['乙', '2025-11-21', '否', '', '', '', '无异常', ''],
      ['甲', '2025-11-19', '否', '', '', '', '无异常', ''],
      ['甲', '2025-11-20', '否', '', '', '', '无异常', ''],
      ['丙', '2025-11-17', '是', '8点30', '9点', '1号楼', '无异常', ''],
      ['乙', '2025/11/17', '否', '', '', '', '无异常', ''],
      ['乙', '2025-11-14', '是', '25:00', '10:00', '1号楼', '无异常', ''],
      ['乙', '2025-11-13', '是', '10:00', '09:00', '1号楼', '无异常', ''],
      ['乙', '2025-11-12', '否', '', '', '', '', ''],
    ]);
    const before = { logs: count(h, 'work_log'), changes: h.changeCount() };
    const p = await h.job(admin, 'routine.importPreview', { kind: 'workLog', fileBase64: file, fileName: '十一月纸质日志.xlsx' });
    expect(p).toMatchObject({ kind: 'workLog', headerRow: 2, total: 11, valid: 2, willInsert: 2, missingRequired: [] });
    expect(p.invalid.map((x) => [x.row, x.identity, x.reasons.join('；')])).toEqual([
      [5, '某某 2025-11-17', '网格员“某某”不存在，请核对姓名'],
      [6, '乙 2025-11-21', '不能填写未来日期（2025-11-21）的工作日志'],
      [7, '甲 2025-11-19', '甲2025-11-19在请假期间（2025-11-18至2025-11-19），当天不需填写工作日志'],
      [8, '甲 2025-11-20', '甲2025-11-20的工作日志已存在，请打开原日志修改'],
      [9, '丙 2025-11-17', '巡查地点“1号楼”属于青石村第1网格，不在丙负责的网格内'],
      [10, '乙 2025/11/17', '与第3行的网格员与日期重复'],
      [11, '乙 2025-11-14', '巡查开始时间“25:00”不存在'],
      [12, '乙 2025-11-13', '巡查结束时间应晚于开始时间'],
      [13, '乙 2025-11-12', '缺少必填项：民情'],
    ]);
    // The preview wrote nothing; a commit with bad rows left in is refused and writes nothing.
    expect(count(h, 'work_log')).toBe(before.logs);
    const refused = await h.runJob(admin, 'routine.importCommit', { jobId: p.jobId, excludeRows: [5, 6] });
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_STATE', message: expect.stringContaining('还有7行数据有误') } });
    expect(h.changeCount()).toBe(before.changes);
    // A ledger method cannot commit a routine preview.
    expect(await h.runJob(admin, 'registry.importCommit', { jobId: p.jobId, excludeRows: p.invalid.map((x) => x.row) })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });

    const done = await h.job(admin, 'routine.importCommit', { jobId: p.jobId, excludeRows: p.invalid.map((x) => x.row) });
    expect(done).toMatchObject({ inserted: 2, excluded: 9 });
    expect(h.changeCount()).toBe(before.changes + 1);
    const logs = logsOf(r).filter((l) => l.staff !== '甲');
    expect(logs.map((l) => [l.staff, l.date, l.status, l.patrolled])).toEqual([
      ['乙', '2025-11-17', 'submitted', 1],
      ['丙', '2025-11-18', 'submitted', 0],
    ]);
    expect(JSON.parse(logs[0]!.places)).toEqual([
      { gridId: r.t.grids[0], buildingId: r.buildings[0], name: '1号楼' },
      { gridId: r.t.grids[0], buildingId: null, name: '村口桥头' },
    ]);
    const log = h.call(admin, 'routine.dayLog', { staffId: r.staff.yi, date: '2025-11-17' });
    expect(log).toMatchObject({ patrolStart: '08:30', patrolEnd: '10:00', observations: '无异常' });
    // The imported days count as done (entered after the day: 补填).
    const row = r.table('2025-11-17', '2025-11-18').rows.find((x) => x.staffId === r.staff.bing)!;
    expect(row.days.map((d) => [d.mark, d.late])).toEqual([
      ['missing', false],
      ['done', true],
    ]);
    // The same preview cannot be committed twice.
    expect(await h.runJob(admin, 'routine.importCommit', { jobId: p.jobId, excludeRows: [] })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('checks the rows again at commit when logs changed since the preview', async () => {
    const r = routineTown(at('2025-11-20', '16:00'));
    const { h } = r.t;
    const p = await h.job(h.adminToken, 'routine.importPreview', { kind: 'workLog', fileBase64: await logSheet([['乙', '2025-11-19', '否', '', '', '', '无异常', '']]) });
    expect(p.valid).toBe(1);
    r.logDay('yi', '2025-11-19');
    const before = h.changeCount();
    expect(await h.runJob(h.adminToken, 'routine.importCommit', { jobId: p.jobId, excludeRows: [] })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringContaining('第3行不再有效') },
    });
    expect(h.changeCount()).toBe(before);
  });

  it('keeps each importer to its scope on the server: a grid worker its own logs, a supervisor its area', async () => {
    const r = routineTown(at('2025-11-20', '16:00'));
    const { h } = r.t;
    const file = await logSheet([
      ['甲', '2025-11-19', '否', '', '', '', '无异常', ''],
      ['乙', '2025-11-19', '否', '', '', '', '无异常', ''],
      ['丁', '2025-11-19', '否', '', '', '', '无异常', ''],
    ]);
    const worker = await h.job(r.tokenOf('jia'), 'routine.importPreview', { kind: 'workLog', fileBase64: file });
    expect(worker.invalid.map((x) => [x.row, x.reasons])).toEqual([
      [4, ['网格员只能导入本人的工作日志']],
      [5, ['网格员只能导入本人的工作日志']],
    ]);
    const supervisor = await h.job(r.t.token('supervisor'), 'routine.importPreview', { kind: 'workLog', fileBase64: file });
    expect(supervisor.invalid.map((x) => [x.row, x.reasons])).toEqual([[5, ['该网格员不在本账号的管理范围内，只能导入本人所管理网格的网格员日志']]]);
    await h.job(r.t.token('supervisor'), 'routine.importCommit', { jobId: supervisor.jobId, excludeRows: [5] });
    expect(logsOf(r).map((l) => l.staff)).toEqual(['乙', '甲']);
    // Another account cannot commit someone else's preview; roles without the permission cannot start one.
    expect(await h.runJob(h.adminToken, 'routine.importCommit', { jobId: worker.jobId, excludeRows: [4, 5] })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await h.runJob(r.t.token('dispatcher'), 'routine.importPreview', { kind: 'workLog', fileBase64: file })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('explains a file that is not a log sheet', async () => {
    const r = routineTown(at('2025-11-20', '16:00'));
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1').addRow(['姓名', '身份证号']);
    const file = Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
    expect(await r.t.h.runJob(r.t.h.adminToken, 'routine.importPreview', { kind: 'workLog', fileBase64: file })).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT', message: expect.stringContaining('未找到表头') },
    });
  });
});

describe('the 工作日志 form', () => {
  it("lays out a worker's month as the handbook does, with leave, missing days and the subtotal", async () => {
    const r = routineTown(at('2025-11-03', '08:00'));
    const { h } = r.t;
    r.logDay('jia', '2025-11-03', { observations: '村民反映桥头路灯不亮' });
    r.logDay('jia', '2025-11-04', { patrolled: false, patrolStart: null, patrolEnd: null, places: [], observations: '无异常', notes: '参加培训' });
    r.leave('jia', '2025-11-05', '2025-11-06', 'yi');
    r.t.advance(at('2025-11-10', '09:00'));
    const file = await h.job(r.tokenOf('jia'), 'routine.logForm', { staffId: r.staff.jia, from: '2025-11-01', to: '2025-11-10' });
    expect(file.fileName).toMatch(/^网格员工作日志_甲_2025-11-01至2025-11-10_/);
    const wb = await openXlsx(file.base64);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['2025年11月']);
    const rows = sheetText(wb.worksheets[0]!);
    expect(rows[0]![0]).toBe('网格员工作日志');
    expect(rows[1]![0]).toBe('网格员：甲　　负责网格：青石村第1网格　　时间：2025-11-01 至 2025-11-10');
    const byDate = new Map(rows.filter((x) => /^\d{4}-/.test(x[0] ?? '')).map((x) => [x[0], x]));
    // Working days only (1–2 Nov is a weekend), and 10 Nov (today) open.
    expect([...byDate.keys()]).toEqual(['2025-11-03', '2025-11-04', '2025-11-05', '2025-11-06', '2025-11-07', '2025-11-10']);
    expect(byDate.get('2025-11-03')!.slice(1)).toEqual(['一', '是', '08:30-10:00', '1号楼', '村民反映桥头路灯不亮', '', '', '已提交']);
    expect(byDate.get('2025-11-04')!.slice(2)).toEqual(['否', '', '', '无异常', '', '参加培训', '已提交']);
    expect(byDate.get('2025-11-05')![8]).toBe('请假（替岗：乙）');
    expect(byDate.get('2025-11-07')![8]).toBe('缺');
    expect(byDate.get('2025-11-10')![8]).toBe('今日待填');
    const subtotal = rows.find((x) => x[0] === '本月小计')!;
    expect(subtotal[4]).toBe('应填 5 天，已提交 2 天，请假 2 天，缺 1 天，巡查 1 天');
    expect(subtotal[8]).toBe('完成率 80%');
  });

  it('is refused for a worker outside the caller’s scope', async () => {
    const r = routineTown(at('2025-11-10', '09:00'));
    const { h } = r.t;
    const period = { from: '2025-11-01', to: '2025-11-10' };
    expect(await h.runJob(r.tokenOf('jia'), 'routine.logForm', { staffId: r.staff.bing, ...period })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await h.runJob(r.t.token('supervisor'), 'routine.logForm', { staffId: r.staff.ding, ...period })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await h.runJob(r.t.token('display'), 'routine.logForm', { staffId: r.staff.jia, ...period })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const file = await h.job(r.t.token('supervisor'), 'routine.logForm', { staffId: r.staff.bing, ...period });
    expect(file.fileName).toContain('_丙_');
  });
});
