// Paper logs in and the handbook form out: the demo supervisor imports an Excel sheet of work
// logs filled on paper — the preview lists the bad row (a future day) with its reason and the
// import waits until it is excluded — then the imported day shows as done in the completeness
// table, and the worker's month downloads as the 工作日志 form holding that day's 民情. Then a
// paper 走访记录 of that worker's day imports the same way on 走访情况 (a household that does not
// exist is the bad row), and the worker's 走访记录 form downloads.
import ExcelJS from 'exceljs';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_PASSWORD, expect, test } from './fixtures';
import { screen, signIn } from './helpers';
import { rpc } from './cases-steps';

interface Cell {
  date: string;
  mark: string;
  draft: boolean;
}
interface Table {
  today: string;
  rows: { staffId: string; staffName: string; days: Cell[] }[];
}

const plusDays = (date: string, n: number) => new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

test('a supervisor imports paper logs with a preview and exports a worker’s 工作日志 form', async ({ page, demoStation }) => {
  const url = demoStation.url;
  await signIn(page, url, 'dudao', DEMO_PASSWORD);
  await page.getByRole('menuitem', { name: '网格员工作' }).click();
  await expect(page.getByTestId('completeness-table')).toBeVisible();

  // A past working day one of the area's workers left without a log (the demo has such gaps).
  const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
  const table = await rpc<Table>(page, url, 'routine.completeness', { from: plusDays(today, -40), to: plusDays(today, -1) });
  const gap = table.rows.flatMap((r) => r.days.filter((d) => d.mark === 'missing' && !d.draft).map((d) => ({ row: r, day: d })))[0];
  expect(gap, 'the demo town has a missing day in the area').toBeTruthy();
  const staff = await rpc<{ id: string; phone: string }[]>(page, url, 'staff.list', {});
  const phone = staff.find((s) => s.id === gap!.row.staffId)!.phone;

  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('工作日志');
  ws.addRow(['网格员', '联系电话', '日期', '是否巡查', '巡查开始时间', '巡查结束时间', '巡查地点', '民情', '备注']);
  ws.addRow([gap!.row.staffName, phone, gap!.day.date, '否', '', '', '', '纸质补录 走访村民反映路灯损坏', '纸质日志补录']);
  ws.addRow([gap!.row.staffName, phone, plusDays(today, 1), '否', '', '', '', '无异常', '']);
  const file = join(demoStation.dataDir, '纸质日志.xlsx');
  writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));

  await page.getByTestId('log-import-open').click();
  await page.getByTestId('log-import').getByTestId('import-step-upload').locator('input[type=file]').setInputFiles(file);
  const bad = page.getByTestId('preview-bad-rows');
  await expect(bad).toContainText(`不能填写未来日期（${plusDays(today, 1)}）的工作日志`);
  await expect(page.getByTestId('preview-insert')).toContainText('1');
  await expect(page.getByTestId('import-commit')).toBeDisabled();
  await screen(page, 'routine-log-import-preview');
  await page.getByTestId('exclude-row-3').click();
  await page.getByTestId('import-commit').click();
  await expect(page.getByTestId('log-import-result')).toContainText('新增日志 1 条');
  await page.getByTestId('log-import-result').getByRole('button', { name: '完成' }).click();

  // The day is done now; its month downloads as the handbook form.
  await page.getByTestId('completeness-span').getByText('按月').click();
  const month = gap!.day.date.slice(0, 7);
  // Back from the current month to the gap's month, one month per click.
  const monthsBack = (Number(today.slice(0, 4)) - Number(month.slice(0, 4))) * 12 + Number(today.slice(5, 7)) - Number(month.slice(5, 7));
  for (let i = 1; i <= monthsBack; i++) {
    await page.getByTestId('completeness-prev').click();
    const shown = new Date(Date.UTC(Number(today.slice(0, 4)), Number(today.slice(5, 7)) - 1 - i, 1)).toISOString().slice(0, 10);
    await expect(page.getByTestId('completeness-range')).toContainText(shown);
  }
  await expect(page.getByTestId('completeness-range')).toContainText(`${month}-01`);
  const row = page.getByTestId('completeness-table').locator('tr.ant-table-row').filter({ hasText: gap!.row.staffName }).first();
  const cell = row.getByTestId(`mark-${gap!.day.date}`);
  await expect(cell).toHaveAttribute('data-mark', 'done');
  await cell.click();
  await expect(page.getByTestId('daylog')).toContainText('纸质补录 走访村民反映路灯损坏');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('daylog-drawer').getByTestId('log-form-export').click()]);
  expect(download.suggestedFilename()).toMatch(new RegExp(`^网格员工作日志_${gap!.row.staffName}_${month}-01至`));
  const saved = join(demoStation.dataDir, download.suggestedFilename());
  await download.saveAs(saved);
  const form = new ExcelJS.Workbook();
  await form.xlsx.load(readFileSync(saved) as unknown as ArrayBuffer);
  const sheet = form.worksheets[0]!;
  expect(sheet.getCell('A1').value).toBe('网格员工作日志');
  const dayRow = sheet.getRows(1, sheet.rowCount)!.find((r) => r.getCell(1).value === gap!.day.date)!;
  expect(dayRow.getCell(6).value).toBe('纸质补录 走访村民反映路灯损坏');
  expect(dayRow.getCell(9).value).toBe('已提交（补填）');

  // Paper visits: the worker's visit that day to a household of its grid not yet visited that day.
  await page.keyboard.press('Escape');
  const workers = await rpc<{ staffId: string; grids: { id: string }[] }[]>(page, url, 'routine.workers', {});
  const grid = workers.find((w) => w.staffId === gap!.row.staffId)!.grids[0]!.id;
  const plan = await rpc<{ households: { householdId: string; householdNo: string }[] }>(page, url, 'routine.visitPlan', { gridId: grid });
  let household: { householdId: string; householdNo: string } | undefined;
  for (const h of plan.households.slice(0, 20)) {
    const visits = await rpc<unknown[]>(page, url, 'routine.visits', { householdId: h.householdId, from: gap!.day.date, to: gap!.day.date });
    if (visits.length === 0) {
      household = h;
      break;
    }
  }
  expect(household, 'a household of the grid not visited that day').toBeTruthy();
  const vb = new ExcelJS.Workbook();
  const vs = vb.addWorksheet('走访记录');
  vs.addRow(['户号', '走访日期', '走访网格员', '网格员电话', '见到的人', '走访情况', '诉求']);
  vs.addRow([household!.householdNo, gap!.day.date, gap!.row.staffName, phone, '户主', '纸质补录 老人身体尚可', '希望修缮屋顶']);
  vs.addRow(['不存在的户号', gap!.day.date, gap!.row.staffName, phone, '户主', '身体尚可', '']);
  const visitFile = join(demoStation.dataDir, '纸质走访记录.xlsx');
  writeFileSync(visitFile, Buffer.from(await vb.xlsx.writeBuffer()));
  await page.getByRole('tab', { name: '走访情况' }).click();
  await page.getByTestId('visit-import-open').click();
  await page.getByTestId('visit-import').getByTestId('import-step-upload').locator('input[type=file]').setInputFiles(visitFile);
  await expect(page.getByTestId('visit-import').getByTestId('preview-bad-rows')).toContainText('户号“不存在的户号”的户不存在或已注销');
  await expect(page.getByTestId('import-commit')).toBeDisabled();
  await screen(page, 'routine-visit-import-preview');
  await page.getByTestId('exclude-row-3').click();
  await page.getByTestId('import-commit').click();
  await expect(page.getByTestId('visit-import-result')).toContainText('新增走访记录 1 条');
  await page.getByTestId('visit-import-result').getByRole('button', { name: '完成' }).click();
  const visited = await rpc<{ situation: string; staffId: string }[]>(page, url, 'routine.visits', { householdId: household!.householdId, from: gap!.day.date, to: gap!.day.date });
  expect(visited).toEqual([expect.objectContaining({ situation: '纸质补录 老人身体尚可', staffId: gap!.row.staffId })]);
  // The worker's month of visits as the handbook's 走访记录 form.
  await page.getByTestId('visit-worker').click();
  await page.keyboard.type(gap!.row.staffName);
  await page.keyboard.press('Enter');
  const [visitForm] = await Promise.all([page.waitForEvent('download'), page.getByTestId('visit-form-export').click()]);
  expect(visitForm.suggestedFilename()).toMatch(new RegExp(`^入户走访记录_${gap!.row.staffName}_${today.slice(0, 7)}-01至`));
});
