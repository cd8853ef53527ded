// Satisfaction surveys (满意度测评) on the server: entry by form with its rules and Chinese
// refusals, one survey per grid and half-year, a supervisor only for its area's grids; the Excel
// import through the registry's preview and all-or-nothing commit (grids by name or code, the
// half-year as written or from the date, bad rows listed, duplicates in the file refused, a
// survey entered already updated); and the 群众满意度测评得分率 indicator they feed.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { indicatorValues } from '../../../../electron/core/assessment/indicator-values';
import { checkSurvey } from '../../../../electron/core/assessment/surveys';
import { seedDemoSurveys } from '../../../../electron/core/demo/demo-surveys';
import { count } from '../registry/registry-fixture';
import { at, routineTown } from '../routine/routine-fixture';

const HEADER = ['网格', '测评半年', '测评得分', '样本数', '测评日期', '备注'];

async function surveySheet(rows: unknown[][], header = HEADER): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('满意度测评');
  ws.addRow(['2026年群众满意度测评结果汇总']);
  ws.addRow(header);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}

function setUp() {
  const r = routineTown(at('2026-11-10', '09:00'));
  const { t } = r;
  const entry = (gridId: string, halfYear: string, score: number, sampleSize = 60, surveyDate = halfYear.endsWith('H1') ? '2026-06-20' : '2026-11-05') => ({
    gridId,
    halfYear,
    score,
    sampleSize,
    surveyDate,
    note: '',
  });
  return { r, t, h: t.h, director: t.token('director'), entry };
}

describe('satisfaction surveys', () => {
  it('are entered per grid and half-year, once; edited by id; listed with the grid and the half-year', () => {
    const { t, h, director, entry } = setUp();
    const g1 = t.grids[0]!;
    const saved = h.call(director, 'assessment.saveSurvey', { ...entry(g1, '2026H1', 76, 120), note: '入户问卷' });
    expect(saved).toMatchObject({ gridName: '青石村第1网格', villageName: '青石村', halfYear: '2026H1', halfYearLabel: '2026年上半年', score: 76, sampleSize: 120, note: '入户问卷' });
    const before = { surveys: count(h, 'satisfaction_survey'), changes: h.changeCount() };
    expect(h.core.invoke(director, 'assessment.saveSurvey', entry(g1, '2026H1', 90))).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: '该网格本半年的满意度测评已登记' },
    });
    expect({ surveys: count(h, 'satisfaction_survey'), changes: h.changeCount() }).toEqual(before);
    h.call(director, 'assessment.saveSurvey', { id: saved.id, ...entry(g1, '2026H1', 78.5, 120) });
    h.call(director, 'assessment.saveSurvey', entry(t.grids[1]!, '2026H2', 91));
    expect(h.call(director, 'assessment.surveys', {}).map((s) => [s.halfYear, s.gridName, s.score])).toEqual([
      ['2026H2', '青石村第2网格', 91],
      ['2026H1', '青石村第1网格', 78.5],
    ]);
    expect(h.call(director, 'assessment.surveys', { halfYear: '2026H1' })).toHaveLength(1);
    // A presenter reads them; it enters none.
    expect(h.call(t.token('presenter'), 'assessment.surveys', {})).toHaveLength(2);
    expect(h.core.invoke(t.token('presenter'), 'assessment.saveSurvey', entry(g1, '2026H2', 80))).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('refuses bad input in Chinese and writes nothing', () => {
    const { t, h, director, entry } = setUp();
    const g1 = t.grids[0]!;
    const before = h.changeCount();
    const refusal = (input: object) => {
      const r = h.core.invoke(director, 'assessment.saveSurvey', input);
      return r.ok ? 'saved' : r.error.message;
    };
    expect(refusal(entry(g1, '2026H1', 120))).toContain('测评得分应在0到100分之间');
    expect(refusal(entry(g1, '2026H1', 80, 0))).toContain('样本数至少为1份');
    expect(refusal(entry(g1, '2026H3', 80))).toContain('测评半年应写作 2026H1（上半年）或 2026H2（下半年）');
    expect(refusal(entry(g1, '2027H1', 80, 60, '2026-11-01'))).toBe('2027年上半年尚未开始，不能登记测评');
    expect(refusal(entry(g1, '2026H2', 80, 60, '2026-06-30'))).toBe('测评日期2026-06-30早于2026年下半年，请核对测评日期或测评半年');
    expect(refusal(entry(g1, '2026H2', 80, 60, '2026-11-11'))).toBe('测评日期2026-11-11晚于今天，请核对');
    expect(refusal(entry(t.villageId, '2026H2', 80))).toBe('网格不存在或已撤销');
    expect(h.changeCount()).toBe(before);
  });

  it('a supervisor enters surveys only for the grids of its area', () => {
    const { t, h, entry } = setUp();
    const supervisor = t.token('supervisor');
    expect(h.call(supervisor, 'assessment.saveSurvey', entry(t.grids[0]!, '2026H2', 82))).toMatchObject({ gridName: '青石村第1网格' });
    expect(h.core.invoke(supervisor, 'assessment.saveSurvey', entry(t.communityGrid, '2026H2', 82))).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: '只能登记本人督导范围内网格的满意度测评' },
    });
    expect(h.core.invoke(t.token('grid_worker'), 'assessment.saveSurvey', entry(t.grids[0]!, '2026H1', 82))).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('feed 群众满意度测评得分率: a grid its score, a village the sample-weighted mean of its grids', () => {
    const { t, h, director, entry } = setUp();
    h.call(director, 'assessment.saveSurvey', entry(t.grids[0]!, '2026H1', 76, 120));
    h.call(director, 'assessment.saveSurvey', entry(t.grids[1]!, '2026H1', 85, 60));
    h.call(director, 'assessment.saveSurvey', entry(t.grids[1]!, '2026H2', 95, 60));
    h.call(director, 'assessment.saveSurvey', entry(t.communityGrid, '2026H1', 90, 40));
    const db = h.core.services.db;
    const q2 = { from: '2026-04-01', to: '2026-06-30' };
    const grids = indicatorValues(db, ['surveyScore'], 'grid', q2, '2026-11-10').get('surveyScore')!;
    expect(grids.get(t.grids[0]!)).toEqual({ numerator: 76, denominator: 100, value: 0.76 });
    expect(grids.has(t.grids[2]!)).toBe(false); // no survey: no value
    // 青石村 in Q2: (76 × 120 + 85 × 60) ÷ 180 = 79.
    const villages = indicatorValues(db, ['surveyScore'], 'village', q2, '2026-11-10').get('surveyScore')!;
    expect(villages.get(t.villageId)?.value).toBeCloseTo(0.79, 10);
    expect(villages.get(t.communityId)?.value).toBeCloseTo(0.9, 10);
    // The year holds both halves: 第2网格 (85 × 60 + 95 × 60) ÷ 120 = 90.
    const year = indicatorValues(db, ['surveyScore'], 'grid', { from: '2026-01-01', to: '2026-12-31' }, '2026-11-10').get('surveyScore')!;
    expect(year.get(t.grids[1]!)?.numerator).toBe(90);
  });
});

describe('importing survey results', () => {
  it('previews every row with the survey rules, writes nothing while a bad row is left in, then writes the good rows in one transaction', async () => {
    const { t, h, director, entry } = setUp();
    const stored = h.call(director, 'assessment.saveSurvey', entry(t.grids[2]!, '2026H1', 70, 30));
    const file = await surveySheet([
      ['青石村第1网格', '2026年上半年', 76, 120, '2026-06-20', '入户问卷'],
      ['330782101001002', '', 85.5, 60, '2026-11-05', ''], // by code; the half-year from the date
      ['青石村第3网格', '2026H1', 72, 30, '2026-06-25', '补测'], // entered already: updated
      ['东山村第9网格', '2026H1', 80, 30, '2026-06-20', ''],
      ['凤栖社区第1网格', '2026年上半年', 120, 30, '2026-06-20', ''],
      ['青石村第1网格', '2026上半年', 80, 30, '2026-06-21', ''],
      ['凤栖社区第1网格', '2026年第三季度', 80, 30, '2026-09-20', ''],
      ['凤栖社区第1网格', '2026H2', 80, 30, '2026-12-20', ''],
      ['凤栖社区第1网格', '2026H2', 80, '', '2026-11-01', ''],
    ]);
    const before = { surveys: count(h, 'satisfaction_survey'), changes: h.changeCount() };
    const p = await h.job(director, 'assessment.surveyImportPreview', { fileBase64: file, fileName: '满意度测评.xlsx' });
    expect(p).toMatchObject({ kind: 'survey', headerRow: 2, total: 9, valid: 3, willInsert: 2, willUpdate: 1, missingRequired: [] });
    expect(p.invalid.map((x) => [x.row, x.reasons.join('；')])).toEqual([
      [6, expect.stringContaining('东山村第9网格')],
      [7, '测评得分不能大于100'],
      [8, '与第3行的网格和测评半年重复'],
      [9, '测评半年“2026年第三季度”应写作“2026年上半年”或“2026H1”'],
      [10, '测评日期2026-12-20晚于今天，请核对'],
      [11, '缺少必填项：样本数'],
    ]);
    expect(count(h, 'satisfaction_survey')).toBe(before.surveys);
    const refused = await h.runJob(director, 'assessment.surveyImportCommit', { jobId: p.jobId, excludeRows: [6] });
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_STATE', message: expect.stringContaining('还有5行数据有误') } });
    expect(h.changeCount()).toBe(before.changes);

    const done = await h.job(director, 'assessment.surveyImportCommit', { jobId: p.jobId, excludeRows: p.invalid.map((x) => x.row) });
    expect(done).toMatchObject({ inserted: 2, updated: 1, excluded: 6 });
    expect(h.changeCount()).toBe(before.changes + 1);
    expect(h.call(director, 'assessment.surveys', {}).map((s) => [s.gridName, s.halfYear, s.score, s.sampleSize, s.note])).toEqual([
      ['青石村第2网格', '2026H2', 85.5, 60, ''],
      ['青石村第1网格', '2026H1', 76, 120, '入户问卷'],
      ['青石村第3网格', '2026H1', 72, 30, '补测'],
    ]);
    expect(h.call(director, 'assessment.surveys', { halfYear: '2026H1' }).find((s) => s.id === stored.id)?.score).toBe(72);
  });

  it('a supervisor imports only for its area: a row of another grid is refused with the rule', async () => {
    const { t, h } = setUp();
    const supervisor = t.token('supervisor');
    const file = await surveySheet([
      ['青石村第1网格', '2026年下半年', 82, 50, '2026-11-02', ''],
      ['凤栖社区第1网格', '2026年下半年', 88, 50, '2026-11-02', ''],
    ]);
    const p = await h.job(supervisor, 'assessment.surveyImportPreview', { fileBase64: file });
    expect(p.invalid.map((x) => [x.row, x.reasons])).toEqual([[4, ['只能登记本人督导范围内网格的满意度测评']]]);
    expect(await h.runJob(t.token('grid_worker'), 'assessment.surveyImportPreview', { fileBase64: file })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});

describe("the demo town's surveys", () => {
  it("one survey per grid for the half-year under way and the one before, each meeting the form's rules", () => {
    const { t, h } = setUp();
    const summary = h.core.services.writer.transaction(null, (tx) => seedDemoSurveys(tx, { seed: 7, now: t.clock.now }));
    const rows = h.call(h.adminToken, 'assessment.surveys', {});
    expect(summary).toEqual({ surveys: 8, low: rows.filter((s) => s.score < 80).length });
    expect(new Set(rows.map((s) => `${s.gridId}|${s.halfYear}`)).size).toBe(8);
    expect([...new Set(rows.map((s) => s.halfYear))].sort()).toEqual(['2026H1', '2026H2']);
    for (const s of rows) {
      expect(() => checkSurvey(h.core.services.db, '2026-11-10', { ...s, note: s.note })).not.toThrow();
      expect(s.score).toBeGreaterThanOrEqual(60);
      expect(s.score).toBeLessThanOrEqual(100);
    }
    // The same seed and time give the same surveys.
    const again = setUp();
    again.h.core.services.writer.transaction(null, (tx) => seedDemoSurveys(tx, { seed: 7, now: again.t.clock.now }));
    expect(again.h.call(again.h.adminToken, 'assessment.surveys', {}).map((s) => [s.gridName, s.halfYear, s.score, s.sampleSize, s.surveyDate])).toEqual(
      rows.map((s) => [s.gridName, s.halfYear, s.score, s.sampleSize, s.surveyDate]),
    );
  });
});
