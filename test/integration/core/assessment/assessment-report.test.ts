// A run's outputs on a small hand-built quarter: the 督查专报's content (title with the town and
// period, 统计截止, summary figures, the town's case figures, the bottom unit with its approved
// deduction's reason and evidence), the .docx (its document.xml, the chart images as SVG with a
// PNG fallback), the scores' .xlsx, the draft mark on an open run, the audit entries, and the
// refusal for a role without 考核查看.
import ExcelJS from 'exceljs';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { at } from '../routine/routine-fixture';
import { quarterRun } from './run-fixture';

function setUp() {
  // Grid 1: two cases received in the quarter, one closed on time and satisfied, one still open.
  const { t, director, run, open } = quarterRun();
  const caseNo = (t.h.core.services.db.prepare('SELECT number FROM case_record WHERE id = ?').get(open) as { number: string }).number;
  // A deduction on grid 1 with a case as its evidence, entered by the supervisor, approved by the director.
  const item = t.h.call(t.token('supervisor'), 'assessment.addAdjustment', {
    runId: run.id,
    subjectId: t.grids[0]!,
    kind: 'deduct',
    points: 12,
    reason: '重大隐患未及时上报',
    evidenceKind: 'case',
    evidenceRef: caseNo,
  });
  t.h.call(director, 'assessment.decideAdjustment', { id: item.id, approve: true });
  return { t, director, run, caseNo };
}

/** The previous quarter frozen by hand (its ranks written here), and a 2025H2 survey under 80 for grid 2. */
function withHistory(t: ReturnType<typeof setUp>['t'], director: string) {
  const [g1, g2, g3] = t.grids as [string, string, string];
  const db = t.h.core.services.db;
  const writer = t.h.core.services.writer;
  const name = (id: string) => (db.prepare('SELECT name FROM org_unit WHERE id = ?').get(id) as { name: string }).name;
  const q3 = t.h.call(director, 'assessment.openRun', { level: 'grid', periodKey: '2025Q3' });
  const rows: [string, number, 'excellent' | 'pass' | 'basic', number][] = [[g1, 95, 'excellent', 1], [g2, 80, 'pass', 2], [g3, 70, 'basic', 3]];
  const snapshot = rows.map(([id, total, grade, rank]) => ({ subjectId: id, name: name(id), items: [], adjustment: 0, total, vetoed: false, grade, rank }));
  writer.transaction(null, (tx) => {
    tx.update('assessment_run', q3.id, { status: 'frozen', snapshot: JSON.stringify(snapshot), frozen_at: t.clock.now });
    tx.insert('satisfaction_survey', { id: 'S-g2', grid_id: g2, half_year: '2025H2', score: 75, sample_size: 60, survey_date: '2025-11-05', note: '', created_by: null, created_at: t.clock.now, updated_at: t.clock.now });
  });
  return { g1, g2, g3, name };
}

function unzip(base64: string): Record<string, Uint8Array> {
  return unzipSync(new Uint8Array(Buffer.from(base64, 'base64')));
}

describe('assessment report and scores export', () => {
  it('builds the report model: title, cut-off, figures, the town case figures, the bottom unit with its deduction; an open run is a draft', () => {
    const { t, director, run, caseNo } = setUp();
    const draft = t.h.call(director, 'assessment.report', { runId: run.id });
    expect(draft.draft).toBe(true);
    expect(draft.title).toBe('青溪镇网格化服务管理工作督查专报（2025年第四季度）【未定版（草稿）】');
    expect(draft.cutoff).toBe('统计截止：2026年1月5日 09:00（未定版，数据仍会变化）');

    t.advance(at('2026-01-06', '10:30'));
    t.h.call(director, 'assessment.freeze', { runId: run.id });
    t.advance(at('2026-01-09', '15:00'));
    const report = t.h.call(director, 'assessment.report', { runId: run.id });
    const subjects = t.h.call(director, 'assessment.review', { runId: run.id }).subjects;
    expect(report).toMatchObject({
      draft: false,
      title: '青溪镇网格化服务管理工作督查专报（2025年第四季度）',
      period: '考核期间：2025年10月1日至2025年12月31日',
      issuedBy: '青溪镇网格化服务管理中心',
      issuedOn: '2026年1月9日',
    });
    // 统计截止 is the freeze, not the day the report is made.
    expect(report.cutoff).toMatch(/^统计截止：2026年1月6日 10:30（.+定版）$/);

    const [summary, charts, top, bottom, change, warnings, adjust, table] = report.sections;
    expect(summary!.heading).toBe('一、总体情况');
    expect(report.titleLines).toEqual(['青溪镇网格化服务管理工作督查专报', '（2025年第四季度）']);
    const figures = summary!.blocks.find((b) => b.kind === 'figures');
    const average = (subjects.reduce((a, s) => a + s.total, 0) / subjects.length).toFixed(2);
    expect(figures).toEqual({
      kind: 'figures',
      items: [
        { label: '考核对象', value: `${subjects.length}个` },
        { label: '平均得分', value: `${average}分` },
        { label: '优秀', value: `${subjects.filter((s) => s.grade === 'excellent').length}个` },
        { label: '合格', value: `${subjects.filter((s) => s.grade === 'pass').length}个` },
        { label: '基本合格', value: `${subjects.filter((s) => s.grade === 'basic').length}个` },
        { label: '不合格', value: `${subjects.filter((s) => s.grade === 'fail').length}个` },
      ],
    });
    // The town's case figures, added up from the grids: 2 received, 1 closed (on time), 1 evaluated and satisfied.
    expect(summary!.blocks.find((b) => b.kind === 'paragraph' && b.text.startsWith('事件办理'))).toMatchObject({
      text: '事件办理方面，各网格本期共受理事件2件，结案1件（结案率50.0%），按期办结1件（按期结案率100.0%），群众评价1件，满意和基本满意1件（满意率100.0%）。',
    });
    const caseTable = summary!.blocks.find((b) => b.kind === 'table');
    expect(caseTable?.kind === 'table' && caseTable.rows.find((r) => r[0] === '结案率')).toEqual(['结案率', expect.stringContaining('÷'), '1/2', '50.0%']);

    expect(charts!.blocks.map((b) => b.kind === 'chart' && b.chart.kind)).toEqual(['bar', 'grades']);
    // Grid 1 lost 12 points to the deduction and its open case: last, named at the bottom with the reason and the evidence.
    const last = subjects.at(-1)!;
    expect(last.subjectId).toBe(t.grids[0]);
    expect(top!.heading).toBe('三、排名靠前的单位');
    expect(bottom!.heading).toBe('四、排名靠后的单位');
    const bottomText = bottom!.blocks.map((b) => (b.kind === 'paragraph' ? b.text : '')).join('\n');
    expect(bottomText).toContain(`第${last.rank}名 ${last.name}：${last.total}分`);
    expect(bottomText).toContain('结案率50.0%（1/2）');
    expect(bottomText).toContain(`扣分12分：重大隐患未及时上报（依据：事件 ${caseNo} 未办结事件`);
    // Three grids share the top rank (no case, the same logs): all three are named, none picked at random.
    expect(top!.blocks.map((b) => (b.kind === 'paragraph' ? b.text : ''))).toEqual([
      `${subjects.slice(0, 3).map((s) => s.name).join('、')}共3个网格并列第1名，均为${subjects[0]!.total}分（合格）。`,
    ]);
    // No frozen quarter before this one: nothing to compare; grid 1 (不合格) is on the 黑榜, no warning.
    expect(change!.blocks).toEqual([{ kind: 'paragraph', text: '上一期没有已定版的网格考核，本期不作比较。' }]);
    expect(warnings!.blocks.map((b) => b.kind === 'paragraph' && b.text)).toEqual([`红榜：无。黑榜：${last.name}。`, '本期没有需要预警的事项。']);
    expect(adjust!.heading).toBe('七、加减分与一票否决');
    expect(adjust!.blocks[1]).toMatchObject({ kind: 'table', rows: [[last.name, '扣分', '−12', '重大隐患未及时上报', `事件 ${caseNo} 未办结事件`, expect.stringMatching(/.+\/.+/)]] });
    expect(table!.heading).toBe('附表：得分与排名');
    expect(table!.blocks[0]).toMatchObject({ kind: 'table', rows: subjects.map((s) => expect.arrayContaining([String(s.rank), s.name])) });
  });

  it('writes the .docx with the title, the subjects and the charts as SVG with PNG fallbacks, and the .xlsx with every score; both exports are audited', async () => {
    const { t, director, run } = setUp();
    t.h.call(director, 'assessment.freeze', { runId: run.id });
    const subjects = t.h.call(director, 'assessment.review', { runId: run.id }).subjects;

    const docx = await t.h.job(director, 'assessment.exportReport', { runId: run.id });
    expect(docx.fileName).toMatch(/^督查专报_2025年第四季度_\d{8}-\d{4}\.docx$/);
    expect(docx.mime).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const files = unzip(docx.base64);
    const xml = strFromU8(files['word/document.xml']!);
    expect(xml).toContain('>青溪镇网格化服务管理工作督查专报</w:t>');
    expect(xml).toContain('<w:br/><w:t xml:space="preserve">（2025年第四季度）</w:t>');
    expect(xml).toContain('督 查 专 报');
    for (const s of subjects) expect(xml).toContain(s.name);
    // Two charts, each an SVG with a PNG fallback (a:blip for the PNG, asvg:svgBlip for the SVG).
    const media = Object.keys(files).filter((f) => f.startsWith('word/media/'));
    expect(media.filter((f) => f.endsWith('.png'))).toHaveLength(2);
    expect(media.filter((f) => f.endsWith('.svg'))).toHaveLength(2);
    expect(xml.match(/<asvg:svgBlip /g)).toHaveLength(2);
    for (const f of media.filter((m) => m.endsWith('.png'))) expect(Buffer.from(files[f]!.slice(0, 8)).toString('hex')).toBe('89504e470d0a1a0a');
    const svgs = media.filter((f) => f.endsWith('.svg')).map((f) => strFromU8(files[f]!));
    expect(svgs.every((s) => s.startsWith('<svg '))).toBe(true);
    expect(svgs.some((s) => s.includes('各村（社区）网格平均得分'))).toBe(true);
    expect(svgs.some((s) => s.includes('等次分布'))).toBe(true);

    const xlsx = await t.h.job(director, 'assessment.exportScores', { runId: run.id });
    expect(xlsx.fileName).toMatch(/^考核得分表_2025年第四季度网格_\d{8}-\d{4}\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(xlsx.base64, 'base64') as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('得分与排名')!;
    expect(sheet.getCell('A1').value).toBe('2025年第四季度网格考核得分表');
    expect(sheet.getCell('C3').value).toBe('按期结案率（20分）');
    expect([sheet.getCell('C4').value, sheet.getCell('D4').value, sheet.getCell('E4').value]).toEqual(['指标值', '分子/分母', '得分']);
    const grid1 = subjects.find((s) => s.subjectId === t.grids[0])!;
    const row = sheet.getRow(5 + subjects.indexOf(grid1));
    const closeRateCol = 3 + review(subjects).indexOf('closeRate') * 3;
    expect([row.getCell(1).value, row.getCell(2).value]).toEqual([grid1.rank, grid1.name]);
    expect([row.getCell(closeRateCol).value, row.getCell(closeRateCol + 1).value]).toEqual([0.5, '1/2']);
    const tail = 3 + grid1.items.length * 3;
    expect([row.getCell(tail).value, row.getCell(tail + 1).value, row.getCell(tail + 2).value]).toEqual([-12, grid1.total, expect.any(String)]);
    expect(wb.getWorksheet('加减分')!.getRow(2).getCell(4).value).toBe('重大隐患未及时上报');

    const audits = t.h.core.services.db.prepare("SELECT detail FROM audit_log WHERE action = 'assessment.export' ORDER BY seq").all() as { detail: string }[];
    expect(audits.map((a) => JSON.parse(a.detail).file)).toEqual(['report', 'scores']);
  });

  it('says how each unit moved on the previous frozen quarter, lists the warnings, and puts the change in the score table', async () => {
    const { t, director, run } = setUp();
    const { g1, g2, g3, name } = withHistory(t, director);
    t.h.call(director, 'assessment.freeze', { runId: run.id });
    const report = t.h.call(director, 'assessment.report', { runId: run.id });
    expect(report.sections.map((s) => s.heading)).toEqual([
      '一、总体情况',
      '二、得分分布',
      '三、排名靠前的单位',
      '四、排名靠后的单位',
      '五、与上期相比',
      '六、预警与红黑榜',
      '七、加减分与一票否决',
      '附表：得分与排名',
    ]);
    const subjects = t.h.call(director, 'assessment.review', { runId: run.id }).subjects;
    const total = (id: string) => subjects.find((s) => s.subjectId === id)!.total;
    // Grid 1 fell from 1st (95) to 4th (53 after the deduction); grids 2 and 3 share the 1st place now (75: no case, so the
    // case items' 65 in full, and 走访完成率 10 with no household due; no log and no screening: 0); the community grid is new.
    expect([total(g1), total(g2), total(g3)]).toEqual([53, 75, 75]);
    const change = report.sections[4]!;
    expect(change.blocks[0]).toEqual({
      kind: 'paragraph',
      text: '与2025年第三季度相比，两期均参加考核的3个网格中，名次上升2个、下降1个、不变0个；平均得分由81.67分变为67.67分（−14分）。本期新参加考核1个。',
    });
    expect(change.blocks[1]).toMatchObject({
      kind: 'table',
      columns: ['考核对象', '2025年第三季度', '本期', '变化'],
      rows: [
        [name(g3), '第3名 70分', '第1名 75分', '上升2位'],
        [name(g2), '第2名 80分', '第1名 75分', '上升1位'],
        [name(g1), '第1名 95分', '第4名 53分', '下降3位'],
      ],
    });
    const warnings = report.sections[5]!;
    expect(warnings.blocks[0]).toEqual({ kind: 'paragraph', text: `红榜：无。黑榜：${name(g1)}。` });
    expect(warnings.blocks[2]).toMatchObject({ kind: 'table', rows: [[name(g2), '书面自查', expect.stringContaining('75')]] });
    const appendix = report.sections[7]!.blocks[0]!;
    expect(appendix.kind === 'table' && appendix.rows.map((r) => [r[1], r[6]])).toEqual(
      expect.arrayContaining([[name(g1), '下降3位'], [name(g3), '上升2位'], [name(t.communityGrid), '新参加考核']]),
    );

    const xlsx = await t.h.job(director, 'assessment.exportScores', { runId: run.id });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(xlsx.base64, 'base64') as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('得分与排名')!;
    const last = sheet.getRow(5 + subjects.length - 1);
    expect(last.getCell(2).value).toBe(name(g1));
    expect(last.getCell(last.cellCount).value).toBe('−42分，名次下降3位（上期第1名）');
  });

  it('marks an open run as a draft in the file, and refuses a role without 考核查看 with nothing audited', async () => {
    const { t, director, run } = setUp();
    const docx = await t.h.job(director, 'assessment.exportReport', { runId: run.id });
    expect(docx.fileName).toContain('_未定版草稿_');
    expect(strFromU8(unzip(docx.base64)['word/document.xml']!)).toContain('【未定版（草稿）】');

    const worker = t.token('grid_worker');
    for (const method of ['assessment.exportReport', 'assessment.exportScores'] as const) {
      expect(await t.h.runJob(worker, method, { runId: run.id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(t.h.core.invoke(worker, 'assessment.report', { runId: run.id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await t.h.runJob(director, 'assessment.exportReport', { runId: 'no-such-run' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: '考核不存在' } });
    const audited = t.h.core.services.db.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'assessment.export'").get() as { n: number };
    expect(audited.n).toBe(1);
  });
});

function review(subjects: { items: { indicator: string }[] }[]): string[] {
  return subjects[0]!.items.map((i) => i.indicator);
}
