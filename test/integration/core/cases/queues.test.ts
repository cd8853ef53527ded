// Queues (filters, paging, sorting, counts), bulk actions, export, intake helpers and
// case numbers.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { JobStatus } from '../../../../shared/jobs/job-types';
import type { FileResult } from '../../../../shared/registry/registry-records';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../../../electron/core/app';
import { at, caseIn, caseTown, type CaseTown } from './case-fixture';
import { openDatabase } from '../../../../electron/core/db/connection';
import { TEST_DB_KEY } from '../../../support/test-db-key';

function town(): CaseTown & { ids: Record<string, string> } {
  const t = caseTown(at('2025-11-17', '09:00')); // Monday
  const ids: Record<string, string> = {};
  ids.reg1 = t.register({ title: '青石村桥头垃圾' }).id;
  t.advance(at('2025-11-17', '10:00'));
  ids.reg2 = t.register({ title: '路灯不亮', categoryId: t.category('市政设施').id, subcategoryId: t.sub('市政设施', '路灯损坏').id, gridId: t.grids[1]!, source: 'hotline', externalRef: '12345-1' }).id;
  ids.acc = caseIn(t, 'accepted');
  ids.disp = caseIn(t, 'dispatched');
  ids.prog = caseIn(t, 'in_progress');
  ids.hand = caseIn(t, 'handled');
  ids.closed = caseIn(t, 'closed');
  ids.comm = t.register({ title: '社区楼道堆物', gridId: t.communityGrid, categoryId: t.category('消防隐患').id, urgency: 'critical' }).id;
  return Object.assign(t, { ids });
}

describe('queues', () => {
  it('count every queue in one call, with filters', () => {
    const t = town();
    const call = (filter = {}) => t.h.call(t.h.adminToken, 'cases.queueCounts', { filter });
    expect(call()).toEqual({
      mine: 7, to_accept: 3, to_dispatch: 1, in_progress: 2, due_soon: 0, overdue: 0, supervised: 0, to_verify: 1, closed: 1, all: 8,
    });
    expect(call({ villageId: t.communityId })).toMatchObject({ all: 1, to_accept: 1 });
    expect(call({ gridId: t.grids[1]! })).toMatchObject({ all: 1 });
    expect(call({ categoryId: t.sub('市政设施', '路灯损坏').id })).toMatchObject({ all: 1 });
    expect(call({ categoryId: t.category('环境卫生').id })).toMatchObject({ all: 6 });
    expect(call({ source: 'hotline' })).toMatchObject({ all: 1 });
    expect(call({ urgency: 'critical' })).toMatchObject({ all: 1 });
    expect(call({ text: '路灯' })).toMatchObject({ all: 1 });
    expect(call({ text: '100%_' })).toMatchObject({ all: 0 });
    expect(call({ from: '2025-11-18' })).toMatchObject({ all: 0 });
    expect(call({ from: '2025-11-17', to: '2025-11-17' })).toMatchObject({ all: 8 });
    // 冲突待核: the cases sync flagged for a person (the 数据同步 page links to them).
    expect(call({ syncConflict: true })).toMatchObject({ all: 0 });
    t.h.core.services.writer.transaction(null, (tx) => tx.update('case_record', t.ids.prog!, { sync_conflict: '冲突待核：测试' }));
    expect(call({ syncConflict: true })).toMatchObject({ all: 1, in_progress: 1, to_accept: 0 });
    expect(t.h.call(t.h.adminToken, 'cases.queue', { queue: 'all', filter: { syncConflict: true } }).rows.map((r) => r.id)).toEqual([t.ids.prog]);
    // "My queue": what the user registered or was assigned.
    expect(t.h.call(t.token('dispatcher'), 'cases.queueCounts', {}).mine).toBe(0);
  });

  it("puts cases dispatched to a department into that department's handlers' queue", async () => {
    const t = town();
    const dept = t.h.call(t.h.adminToken, 'departments.list', {}).find((d) => d.code === 'CG')!;
    const handler = t.h.call(t.h.adminToken, 'users.create', {
      username: 'chengguan',
      displayName: '城管张',
      role: 'department_handler',
      password: 'correct-horse-1',
      departmentId: dept.id,
    });
    const token = (await t.h.callAsync(null, 'auth.login', { username: handler.username, password: 'correct-horse-1' })).token;
    expect(t.h.call(token, 'cases.queueCounts', {}).mine).toBe(0);
    t.act(t.ids.acc!, { type: 'dispatch', target: { kind: 'department', departmentId: dept.id } });
    expect(t.h.call(token, 'cases.queueCounts', {}).mine).toBe(1);
    expect(t.h.call(token, 'cases.queue', { queue: 'mine' }).rows.map((r) => r.id)).toEqual([t.ids.acc]);
  });

  it('pages and sorts on the server, oldest first where work waits', () => {
    const t = town();
    const q = (input: object) => t.h.call(t.h.adminToken, 'cases.queue', { queue: 'to_accept', ...input });
    const all = q({});
    expect(all.total).toBe(3);
    expect(all.rows.map((r) => r.title)).toEqual(['青石村桥头垃圾', '路灯不亮', '社区楼道堆物']);
    const page2 = q({ offset: 1, limit: 1 });
    expect(page2).toMatchObject({ total: 3, rows: [{ title: '路灯不亮', gridName: '青石村第2网格', villageName: '青石村', subcategoryName: '路灯损坏', categoryName: '市政设施' }] });
    expect(q({ sort: { field: 'urgency', dir: 'desc' } }).rows[0]).toMatchObject({ title: '社区楼道堆物', highlight: 'critical' });
    expect(q({ sort: { field: 'number', dir: 'desc' } }).rows.map((r) => r.number)).toEqual([...all.rows.map((r) => r.number)].sort().reverse());
    const everything = t.h.call(t.h.adminToken, 'cases.queue', { queue: 'all', limit: 500 });
    expect(everything.rows).toHaveLength(8);
    expect(t.h.core.invoke(t.h.adminToken, 'cases.queue', { queue: 'all', limit: 5000 })).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect(t.h.core.invoke(t.token('display'), 'cases.queue', { queue: 'all' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});

describe('bulk actions', () => {
  it('accept several cases in one transaction', () => {
    const t = town();
    const r = t.h.call(t.token('dispatcher'), 'cases.bulk', { ids: [t.ids.reg1!, t.ids.reg2!], action: { type: 'accept' } });
    expect(r.count).toBe(2);
    expect(t.h.call(t.h.adminToken, 'cases.queueCounts', {})).toMatchObject({ to_accept: 1, to_dispatch: 3 });
    const d = t.h.call(t.token('dispatcher'), 'cases.bulk', { ids: [t.ids.reg1!, t.ids.reg2!], action: { type: 'dispatch', target: { kind: 'village' } } });
    expect(d.numbers).toHaveLength(2);
    const u = t.h.call(t.token('supervisor'), 'cases.bulk', { ids: [t.ids.reg1!, t.ids.reg2!], action: { type: 'urge', note: '请加快办理' } });
    expect(u.count).toBe(2);
  });

  it('is all or nothing, naming the cases that cannot take the action', () => {
    const t = town();
    t.token('dispatcher');
    t.token('grid_worker');
    const before = { changes: t.h.changeCount(), events: t.eventCount() };
    const closedNo = t.h.call(t.h.adminToken, 'cases.get', { id: t.ids.closed! }).number;
    const r = t.h.core.invoke(t.token('dispatcher'), 'cases.bulk', { ids: [t.ids.reg1!, t.ids.closed!, t.ids.reg2!], action: { type: 'accept' } });
    expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_STATE' } });
    expect(!r.ok && r.error.message).toBe(`有1件事件不能受理，全部未执行：事件${closedNo}：事件当前为“已结案”，不能受理`);
    expect({ changes: t.h.changeCount(), events: t.eventCount() }).toEqual(before);
    expect(t.h.call(t.h.adminToken, 'cases.queueCounts', {}).to_accept).toBe(3);
    expect(t.h.core.invoke(t.token('grid_worker'), 'cases.bulk', { ids: [t.ids.reg1!], action: { type: 'accept' } })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: '当前账号无权受理' } });
    expect({ changes: t.h.changeCount(), events: t.eventCount() }).toEqual(before);
  });
});

describe('export of the filtered view', () => {
  it('writes a CSV with a BOM that Excel opens in Chinese, phones masked without sensitive.read', async () => {
    const t = town();
    t.register({ title: '=HYPERLINK("x")', source: 'resident_phone', reporterName: '李四', reporterPhone: '13912345678' });
    const csv = async (token: string) => {
      const r = await t.h.job(token, 'cases.export', { queue: 'to_accept', format: 'csv' });
      expect(r).toMatchObject({ rows: 4, mime: 'text/csv;charset=utf-8' });
      expect(r.fileName).toMatch(/^事件清单-待受理-\d{8}-\d{4}\.csv$/);
      return Buffer.from(r.base64, 'base64').toString('utf8');
    };
    const text = await csv(t.token('presenter')); // reads every case, without sensitive.read
    expect(text.startsWith('\uFEFF事件编号,标题,状态,大类')).toBe(true);
    const lines = text.trim().split('\r\n');
    expect(lines).toHaveLength(5);
    expect(lines[2]).toContain('路灯不亮,待受理,市政设施,路灯损坏,12345热线,需协调,一般,村/社区,青石村,青石村第2网格');
    expect(text).toContain("'=HYPERLINK(\"\"x\"\")");
    expect(text).toContain('139****5678');
    expect(await csv(t.h.adminToken)).toContain('13912345678');
  });

  it('builds an .xlsx as a job with progress events, and hands it to its owner only', async () => {
    const t = town();
    const events: JobStatus[] = [];
    t.h.core.on('job', (p) => events.push(p));
    const { jobId } = t.h.call(t.h.adminToken, 'cases.export', { queue: 'all', format: 'xlsx', filter: { villageId: t.villageId } });
    const done = await t.h.callAsync(t.h.adminToken, 'jobs.result', { jobId }) as FileResult;
    expect(done).toMatchObject({ rows: 7 });
    expect(done.fileName).toMatch(/^事件清单-全部事件-.*\.xlsx$/);
    expect(events.map((e) => [e.step, e.state])).toContainEqual(['写入表格', 'running']);
    expect(events.at(-1)).toMatchObject({ jobId, kind: 'cases.export', state: 'done', stepIndex: 2, steps: 2 });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(done.base64, 'base64') as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('全部事件')!;
    expect(ws.rowCount).toBe(8);
    expect(ws.getRow(1).getCell(1).value).toBe('事件编号');
    expect(ws.getRow(2).getCell(1).value).toMatch(/^2025-1117-[A-Z]{2}-\d{4}$/);
    expect(await t.h.core.invokeAsync(t.token('dispatcher'), 'jobs.result', { jobId })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('intake helpers', () => {
  it('hints at an open case of the same category in the same grid within the last days', () => {
    const t = caseTown(at('2025-11-17', '09:00'));
    const first = t.register({ title: '桥头垃圾' });
    t.register({ title: '别的网格', gridId: t.grids[2]! });
    const hints = (days?: number) => t.h.call(t.h.adminToken, 'cases.duplicateHints', { categoryId: t.category('环境卫生').id, gridId: t.grids[0]!, days });
    expect(hints().map((h) => h.number)).toEqual([first.number]);
    t.advance(at('2025-11-22', '09:00'));
    expect(hints()).toEqual([]);
    expect(hints(7)).toHaveLength(1);
    t.act(first.id, { type: 'reject', reason: '重复反映' });
    expect(hints(7)).toEqual([]);
  });

  it('finds the grid from the address or from a map point', () => {
    const t = caseTown();
    const square = (x: number, y: number) => JSON.stringify({ type: 'Polygon', coordinates: [[[x, y], [x + 1, y], [x + 1, y + 1], [x, y + 1], [x, y]]] });
    t.h.call(t.h.adminToken, 'org.updateUnit', { id: t.grids[0]!, boundary: square(120, 29) });
    t.h.call(t.h.adminToken, 'org.updateUnit', { id: t.grids[1]!, boundary: square(121, 29) });
    const loc = (input: object) => t.h.call(t.h.adminToken, 'cases.locate', input);
    expect(loc({ lon: 121.5, lat: 29.5 }).best).toMatchObject({ gridName: '青石村第2网格', villageName: '青石村', method: 'point' });
    expect(loc({ lon: 100, lat: 10 }).best).toBeNull();
    expect(loc({ address: '凤栖社区5幢2单元' }).best).toMatchObject({ gridName: '凤栖社区第1网格', method: 'address', matched: '凤栖社区' });
    const village = loc({ address: '青石3组12号' });
    expect(village.best).toBeNull(); // three grids: the dispatcher chooses
    expect(village.candidates.map((c) => c.gridName)).toEqual(['青石村第1网格', '青石村第2网格', '青石村第3网格']);
    expect(loc({ address: '青石村第3网格内' }).best).toMatchObject({ gridName: '青石村第3网格' });
    expect(t.h.core.invoke(t.h.adminToken, 'cases.locate', {})).toMatchObject({ ok: false, error: { message: expect.stringContaining('请提供地址或地图坐标') } });
  });
});

describe('case numbers', () => {
  it('are readable, count per device and day, and differ between devices working offline', () => {
    const t = caseTown(at('2025-11-17', '09:00'));
    const prefix = t.h.call(null, 'system.status', {}).devicePrefix;
    const a = t.register();
    const b = t.register();
    expect([a.number, b.number]).toEqual([`2025-1117-${prefix}-0001`, `2025-1117-${prefix}-0002`]);
    // A refused registration does not use up a number.
    expect(t.h.core.invoke(t.h.adminToken, 'cases.register', { source: 'hotline', categoryId: t.category('环境卫生').id, handlingType: 'general', title: '缺工单号', gridId: t.grids[0]! }).ok).toBe(false);
    t.advance(at('2025-11-18', '09:00'));
    expect(t.register().number).toBe(`2025-1118-${prefix}-0001`);
    expect(t.register().number).toBe(`2025-1118-${prefix}-0002`);

    // Two PCs working offline on the same day, each with its own device prefix.
    const dir = mkdtempSync(join(tmpdir(), 'towngrid-cases-'));
    const minted = ['AB', 'CD'].map((p) => {
      const file = join(dir, `${p}.db`);
      createCore({ dbKey: TEST_DB_KEY, dbFile: file }).close();
      const raw = openDatabase(file, { key: TEST_DB_KEY });
      raw.prepare("UPDATE meta SET value = ? WHERE key = 'device_prefix'").run(p);
      raw.close();
      const core = createCore({ dbKey: TEST_DB_KEY, dbFile: file, now: () => at('2025-11-18', '10:00') });
      const login = core.invoke(null, 'system.setup', { townName: '青溪镇', townCode: '330782101', adminUsername: 'admin', adminDisplayName: '管理员', adminPassword: 'correct-horse-1' });
      const token = (login as { ok: true; data: { token: string } }).data.token;
      const units = core.invoke(token, 'org.createUnit', { parentId: (core.invoke(token, 'org.units', {}) as { data: { id: string }[] }).data[0]!.id, kind: 'village', code: '330782101001', name: '青石村' }) as { data: { id: string } };
      const grid = core.invoke(token, 'org.createUnit', { parentId: units.data.id, kind: 'grid', code: '330782101001001', name: '青石村第1网格' }) as { data: { id: string } };
      const cats = core.invoke(token, 'catalogue.tree', {}) as { data: { id: string }[] };
      const out = [1, 2].map(() => (core.invoke(token, 'cases.register', { source: 'patrol', categoryId: cats.data[0]!.id, handlingType: 'general', title: '测试事件', gridId: grid.data.id }) as { data: { number: string } }).data.number);
      core.close();
      return out;
    });
    expect(minted).toEqual([
      ['2025-1118-AB-0001', '2025-1118-AB-0002'],
      ['2025-1118-CD-0001', '2025-1118-CD-0002'],
    ]);
    rmSync(dir, { recursive: true, force: true });
  });
});
