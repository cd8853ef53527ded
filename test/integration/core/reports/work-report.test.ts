// The monthly report's figures against a data set built by hand, and its .docx and .xlsx.
// October 2026 (the previous period):
//   O1  网格巡查上报 环境卫生  青石村第1网格  需协调  handled at once, 满意, closed on time
//   O2  群众来电     环境卫生  青石村第1网格  需协调  handled 11-30 (late), 不满意, closed late
//   O3  12345热线    市政设施  凤栖社区第1网格 一般性  in progress
// November 2026 (the report's month):
//   N1  网格巡查上报 环境卫生  青石村第1网格  需协调  青石村桥头5号        handled at once, 满意, closed on time
//   N2  网格巡查上报 环境卫生  青石村第2网格  需协调  青石村桥头5号2单元   handled 11-30 (late), 基本满意, closed late
//   N3  群众来电     市政设施  凤栖社区第1网格 需协调  凤栖社区3幢          handled at once, 不满意, closed on time
//   N4  12345热线    市政设施  凤栖社区第1网格 一般性  凤栖社区东门          in progress
//   N5  网格巡查上报 环境卫生  青石村第1网格  (rejected: not counted)
//   N6  微信群反映   市政设施  青石村第1网格  需协调  青石村桥头5号        in progress
// and one case on 12-01 (outside both). The report is made on 2026-12-01.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { workReport } from '../../../../electron/core/reports/report-figures';
import type { ReportCounts, ReportRow, WorkReport } from '../../../../shared/reports/report-types';
import { fullScans, readingAny, recordingDb } from '../../../support/query-plans';
import { docxOf } from '../meetings/documents-read';
import { at, caseTown, type CaseTown } from '../cases/case-fixture';

const NOVEMBER = { kind: 'month', year: 2026, index: 11 } as const;

function town() {
  const t = caseTown(at('2026-10-12', '09:00'));
  const env = t.category('环境卫生').id;
  const muni = t.category('市政设施').id;
  const village = { kind: 'village' } as const;
  const dispatch = (id: string) => {
    t.act(id, { type: 'dispatch', target: village });
    t.act(id, { type: 'start' });
  };
  const handle = (id: string) => t.act(id, { type: 'handle', result: '已处置完毕' });
  const closeOut = (id: string, satisfaction: 'satisfied' | 'basically' | 'dissatisfied') => {
    t.act(id, { type: 'verify' });
    t.act(id, { type: 'evaluate', satisfaction });
    t.act(id, { type: 'close' });
  };
  const reg = (source: string, categoryId: string, gridId: string, address: string, handlingType: 'coordination' | 'general' = 'coordination') =>
  {
    const id = t.register({ accept: true, source: source as 'patrol', categoryId, gridId, address, handlingType, reporterName: '王大伯', reporterPhone: '13800001111', externalRef: 'HL-001' }).id;
    dispatch(id);
    return id;
  };
  const [g1, g2] = t.grids as [string, string];
  const cg = t.communityGrid;

  const O1 = reg('patrol', env, g1, '青石村村委会');
  handle(O1);
  closeOut(O1, 'satisfied');
  const O2 = reg('resident_phone', env, g1, '青石村小学');
  const O3 = reg('hotline', muni, cg, '凤栖社区西门', 'general');

  t.advance(at('2026-11-02', '10:00'));
  const N1 = reg('patrol', env, g1, '青石村桥头5号');
  handle(N1);
  closeOut(N1, 'satisfied');
  const N2 = reg('patrol', env, g2, '青石村桥头5号2单元');
  const N3 = reg('resident_phone', muni, cg, '凤栖社区3幢');
  handle(N3);
  closeOut(N3, 'dissatisfied');
  reg('hotline', muni, cg, '凤栖社区东门', 'general');
  const N5 = t.register({ source: 'patrol', categoryId: env, gridId: g1, address: '青石村桥头5号' }).id;
  t.act(N5, { type: 'reject', reason: '经核实反映不属实' });
  reg('wechat', muni, g1, '青石村桥头5号');

  t.advance(at('2026-11-30', '10:00'));
  handle(O2);
  closeOut(O2, 'dissatisfied');
  handle(N2);
  closeOut(N2, 'basically');

  t.advance(at('2026-12-01', '10:00'));
  reg('patrol', env, g1, '青石村桥头5号');
  return { t, O3, director: t.token('director') };
}

const counts = (c: Partial<ReportCounts>): ReportCounts => ({
  received: 0, closed: 0, closedOnTime: 0, evaluated: 0, satisfied: 0, closeRate: null, onTimeRate: null, satisfactionRate: null, ...c,
});
const row = (rows: ReportRow[], name: string) => {
  const r = rows.find((x) => x.name === name);
  if (!r) throw new Error(`no row ${name} in ${rows.map((x) => x.name).join(', ')}`);
  return r;
};

async function figures(t: CaseTown, token: string): Promise<WorkReport> {
  const r = await t.h.core.invokeAsync(token, 'reports.work', NOVEMBER);
  if (!r.ok) throw new Error(r.error.message);
  return r.data as WorkReport;
}

describe('the monthly report (月报)', () => {
  it('counts every figure of the hand-built month and its change on the month before', async () => {
    const { t } = town();
    const r = await figures(t, t.token('director'));
    expect(r.title).toBe(`${r.townName}网格化服务管理中心2026年11月工作月报`);
    expect(r.period).toMatchObject({ from: '2026-11-01', to: '2026-11-30', label: '2026年11月' });
    expect(r.previous).toMatchObject({ from: '2026-10-01', to: '2026-10-31', label: '2026年10月' });
    expect(r.partial).toBe(false);

    expect(r.total.current).toEqual(counts({ received: 5, closed: 3, closedOnTime: 2, evaluated: 3, satisfied: 2, closeRate: 60, onTimeRate: 66.7, satisfactionRate: 66.7 }));
    expect(r.total.previous).toEqual(counts({ received: 3, closed: 2, closedOnTime: 1, evaluated: 2, satisfied: 1, closeRate: 66.7, onTimeRate: 50, satisfactionRate: 50 }));
    expect(r.total.change).toBe(2);
    expect(r.total.changeRate).toBe(66.7);

    const src = r.dimensions.source;
    expect(src.map((x) => x.name)[0]).toBe('网格巡查上报');
    expect(src).toHaveLength(4);
    expect(row(src, '网格巡查上报')).toMatchObject({ change: 1, changeRate: 100, share: 40 });
    expect(row(src, '网格巡查上报').current).toEqual(counts({ received: 2, closed: 2, closedOnTime: 1, evaluated: 2, satisfied: 2, closeRate: 100, onTimeRate: 50, satisfactionRate: 100 }));
    expect(row(src, '群众来电')).toMatchObject({ change: 0, changeRate: 0, share: 20 });
    expect(row(src, '群众来电').current).toEqual(counts({ received: 1, closed: 1, closedOnTime: 1, evaluated: 1, satisfied: 0, closeRate: 100, onTimeRate: 100, satisfactionRate: 0 }));
    expect(row(src, '12345热线')).toMatchObject({ change: 0, changeRate: 0 });
    expect(row(src, '微信群反映')).toMatchObject({ change: 1, changeRate: null, share: 20 });
    expect(row(src, '微信群反映').previous).toEqual(counts({}));

    const cat = r.dimensions.category;
    expect(cat.map((x) => [x.name, x.current.received, x.previous.received, x.change, x.changeRate])).toEqual([
      ['市政设施', 3, 1, 2, 200],
      ['环境卫生', 2, 2, 0, 0],
    ]);
    expect(row(cat, '环境卫生').current.onTimeRate).toBe(50);
    expect(row(cat, '市政设施').current.onTimeRate).toBe(100);
    expect(row(cat, '环境卫生').previous.onTimeRate).toBe(50);

    expect(r.dimensions.village.map((x) => [x.name, x.current.received, x.previous.received, x.current.onTimeRate, x.current.satisfactionRate])).toEqual([
      ['青石村', 3, 2, 50, 100],
      ['凤栖社区', 2, 1, 100, 0],
    ]);
    expect(r.dimensions.handlingType.map((x) => [x.name, x.current.received, x.previous.received, x.change])).toEqual([
      ['需协调', 4, 2, 2],
      ['一般性', 1, 1, 0],
    ]);

    expect(r.satisfaction).toEqual({ current: { satisfied: 1, basically: 1, dissatisfied: 1 }, previous: { satisfied: 1, basically: 0, dissatisfied: 1 } });
    expect(r.topGrids.map((g) => [g.name, g.current.received, g.previous.received])).toEqual([
      ['青石村第1网格', 2, 2],
      ['凤栖社区第1网格', 2, 1],
      ['青石村第2网格', 1, 0],
    ]);
    // 桥头5号 and 桥头5号2单元 are one building; the rejected case there is not counted.
    expect(r.repeatAddresses).toEqual([{ address: '青石村桥头5号', village: '青石村', cases: 3, categories: ['环境卫生', '市政设施'] }]);
  });

  it('counts a quarter against the quarter before, and marks a period not yet over', async () => {
    const { t } = town();
    const q = await t.h.core.invokeAsync(t.token('director'), 'reports.work', { kind: 'quarter', year: 2026, index: 4 });
    if (!q.ok) throw new Error(q.error.message);
    const r = q.data as WorkReport;
    expect(r.title).toContain('2026年第四季度工作季报');
    expect(r.previous.label).toBe('2026年第三季度');
    expect(r.partial).toBe(true);
    expect(r.total.current.received).toBe(9);
    expect(r.total).toMatchObject({ change: 9, changeRate: null });
    expect(r.total.previous.received).toBe(0);
  });

  it('writes the .docx with the figures, the tables and the charts as pictures', async () => {
    const { t, director } = town();
    const file = await t.h.job(director, 'reports.exportDocx', NOVEMBER);
    expect(file.fileName).toMatch(/^.+2026年11月工作月报_.+\.docx$/);
    const buf = Buffer.from(file.base64, 'base64');
    const doc = await docxOf(buf);
    expect(doc.paragraphs[0]).toMatch(/网格化服务管理中心2026年11月工作月报$/);
    expect(doc.paragraphs).toContain('一、总体情况');
    const overall = doc.paragraphs.find((p) => p.startsWith('2026年11月，中心共受理各类事件'))!;
    expect(overall).toBe(
      '2026年11月，中心共受理各类事件5件，环比增加2件（增长66.7%）（上期3件）。已结案3件，结案率60%，较上期下降6.7个百分点；按期结案2件，按期结案率66.7%，较上期提高16.7个百分点；群众评价3件，满意率66.7%，较上期提高16.7个百分点。',
    );
    expect(doc.rows).toContainEqual(['受理事件（件）', '5', '3', '+2（+66.7%）']);
    expect(doc.rows).toContainEqual(['按期结案率', '66.7%', '50%', '提高16.7个百分点']);
    expect(doc.rows).toContainEqual(['网格巡查上报', '2', '40%', '1', '+1（+100%）', '50%', '100%']);
    expect(doc.rows).toContainEqual(['微信群反映', '1', '20%', '0', '+1（上期无）', '—', '—']);
    expect(doc.rows).toContainEqual(['青石村', '3', '60%', '2', '+1（+50%）', '50%', '100%']);
    expect(doc.rows).toContainEqual(['青石村桥头5号', '青石村', '3', '环境卫生、市政设施']);
    expect(doc.rows).toContainEqual(['不满意', '1', '1', '0']);
    const zip = await JSZip.loadAsync(buf);
    const pngs = Object.keys(zip.files).filter((f) => f.startsWith('word/media/') && f.endsWith('.png'));
    expect(pngs.length).toBe(3);
    const png = await zip.file(pngs[0]!)!.async('nodebuffer');
    expect(png.subarray(1, 4).toString()).toBe('PNG');
  });

  it('writes the .xlsx: a summary and one sheet per dimension, numbers as numbers, the charts as pictures', async () => {
    const { t, director } = town();
    const file = await t.h.job(director, 'reports.exportXlsx', NOVEMBER);
    expect(file.fileName).toMatch(/2026年11月工作月报_.+\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['汇总', '事件来源', '事件类别', '村(社区)', '处置类型', '满意度', '突出问题']);
    const sum = wb.getWorksheet('汇总')!;
    const line = (ws: ExcelJS.Worksheet, n: number) => (ws.getRow(n).values as unknown[]).slice(1);
    expect(line(sum, 4)).toEqual(['受理事件（件）', 5, 3, 2]);
    expect(line(sum, 5)).toEqual(['受理事件环比增幅(%)', 66.7]);
    expect(line(sum, 9)).toEqual(['按期结案率(%)', 66.7, 50, 16.7]);
    expect(line(sum, 11)).toEqual(['满意率(%)', 66.7, 50, 16.7]);
    const src = wb.getWorksheet('事件来源')!;
    expect(line(src, 3)[0]).toBe('事件来源');
    expect(line(src, 4)).toEqual(['网格巡查上报', 2, 40, 1, 1, 100, 2, 1, 50, 2, 2, 100]);
    const total = line(src, 8);
    expect(total.slice(0, 5)).toEqual(['合计', 5, 100, 3, 2]);
    expect(line(wb.getWorksheet('村(社区)')!, 4)).toEqual(['青石村', 3, 60, 2, 1, 50, 2, 1, 50, 2, 2, 100]);
    expect(line(wb.getWorksheet('满意度')!, 2)).toEqual(['满意', 1, 1, 0]);
    const pictures = wb.worksheets.reduce((n, ws) => n + ws.getImages().length, 0);
    expect(pictures).toBe(3);
    expect(src.getImages()).toHaveLength(1);
  });

  it('is the centre’s: other roles are refused, a bad period gets a clear error, each export is audited', async () => {
    const { t, director } = town();
    for (const role of ['grid_worker', 'department_handler', 'presenter', 'display'] as const) {
      const r = await t.h.core.invokeAsync(t.token(role), 'reports.work', NOVEMBER);
      expect(r.ok ? 'OK' : r.error.code, role).toBe('FORBIDDEN');
    }
    expect((await t.h.core.invokeAsync(t.token('dispatcher'), 'reports.work', NOVEMBER)).ok).toBe(true);
    const bad = await t.h.core.invokeAsync(director, 'reports.work', { kind: 'quarter', year: 2026, index: 5 });
    expect(bad.ok ? null : bad.error).toMatchObject({ code: 'BAD_INPUT', message: expect.stringContaining('季度应为第1至第4季度') });
    await t.h.job(director, 'reports.exportXlsx', NOVEMBER);
    const audits = t.h.core.services.db.prepare("SELECT detail FROM audit_log WHERE action = 'report.export'").all() as { detail: string }[];
    expect(audits.map((a) => JSON.parse(a.detail))).toEqual([{ period: '2026年11月', kind: 'month', format: 'xlsx' }]);
  });
});

describe('a month without cases', () => {
  it('still makes both files, saying so instead of analysing nothing', async () => {
    const { t, director } = town();
    const empty = { kind: 'month', year: 2026, index: 6 } as const;
    const r = await t.h.core.invokeAsync(director, 'reports.work', empty);
    expect(r.ok && (r.data as WorkReport).total.current).toEqual(counts({}));
    const doc = await docxOf(Buffer.from((await t.h.job(director, 'reports.exportDocx', empty)).base64, 'base64'));
    expect(doc.paragraphs).toContain('2026年6月未受理事件，不作分项分析。');
    expect(doc.paragraphs).toContain('（三）重复发生地点。本期未发现同一地点重复发生的事件。');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from((await t.h.job(director, 'reports.exportXlsx', empty)).base64, 'base64') as unknown as ArrayBuffer);
    expect((wb.getWorksheet('事件来源')!.getRow(4).values as unknown[]).slice(1, 3)).toEqual(['合计', 0]);
    expect(wb.worksheets.reduce((n, ws) => n + ws.getImages().length, 0)).toBe(0);
  });
});

describe('the report at scale', () => {
  it('reads the large tables through their indexes only', () => {
    const t = caseTown(at('2026-11-02', '09:00'), { onDisk: true });
    t.register({ accept: true, address: '青石村桥头5号' });
    const seen = new Set<string>();
    workReport(recordingDb(t.h.core.services.db, seen), { kind: 'quarter', year: 2026, index: 4 }, at('2026-12-01'));
    const large = ['case_record', 'case_event', 'work_log_case', 'work_log'];
    const queries = readingAny(seen, large);
    expect(queries.length).toBeGreaterThanOrEqual(2);
    const raw = t.h.openRaw();
    for (const sql of queries) expect(fullScans(raw, sql, large), sql).toEqual([]);
    raw.close();
  });
});
