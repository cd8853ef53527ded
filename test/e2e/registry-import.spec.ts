// 基础台账 Excel import, as a community ledger keeper does it: download the template, fill it
// (here: 1,500 people of a community and a village, plus two bad rows), see the bad rows
// reported with reasons, fix them in the file and upload again, commit, then find people by
// name and by pinyin initials and open their record.
import ExcelJS from 'exceljs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { DEMO_PASSWORD, expect, test } from './fixtures';
import { screen, signIn } from './helpers';
import { generateHouses, generatePeople, generatePremises, importRows, PERSON_COLUMNS, sessionToken, type PersonCells } from './registry-data';

const BAD_ID = '330782198805120017'; // the right check digit is 6
const UNKNOWN_GRID = '青溪镇第99网格';

async function downloadTemplate(page: Page, dir: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('import-template').click()]);
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const path = join(dir, 'template.xlsx');
  await download.saveAs(path);
  return path;
}

/** Fills the template's 实有人口 sheet with `rows` (from row 3; row 2 is the example). */
async function writePeople(template: string, out: string, rows: PersonCells[]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(template);
  const ws = wb.getWorksheet('实有人口')!;
  const headers = (ws.getRow(1).values as string[]).slice(1).map((h) => String(h).replace('*', ''));
  expect(headers.slice(0, 3)).toEqual(['姓名', '公民身份号码', '性别']);
  rows.forEach((r, i) => {
    const row = ws.getRow(3 + i);
    PERSON_COLUMNS.forEach((key, c) => {
      row.getCell(c + 1).value = r[key] || null;
    });
  });
  await wb.xlsx.writeFile(out);
}

async function gridsOf(template: string): Promise<{ name: string; village: string }[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(template);
  const ws = wb.getWorksheet('网格列表')!;
  const out: { name: string; village: string }[] = [];
  ws.eachRow((row, n) => {
    if (n === 1) return;
    out.push({ name: String(row.getCell(2).value), village: String(row.getCell(3).value) });
  });
  return out;
}

/** The count of the whole town's people ledger (through the RPC endpoint). */
async function townTotal(page: Page): Promise<number> {
  const res = await page.request.post(`${new URL(page.url()).origin}/rpc/registry.people`, {
    data: { limit: 1 },
    headers: { Authorization: `Bearer ${await sessionToken(page)}` },
  });
  return ((await res.json()) as { data: { total: number } }).data.total;
}

/** The ledger's count once it answers the filter shown (and, when given, this search). */
async function settledTotal(page: Page, search?: string): Promise<number> {
  const total = page.getByTestId('ledger-total');
  if (search !== undefined) await expect(total).toHaveAttribute('data-search', search);
  await expect(total).toHaveAttribute('data-settled', 'yes');
  return Number((await total.textContent())?.replace(/\D/g, ''));
}

async function upload(page: Page, path: string): Promise<void> {
  await page.getByTestId('import-step-upload').locator('input[type=file]').setInputFiles(path);
}

test('importing the people ledger: bad rows reported, fixed, committed, then found by name and pinyin', async ({ page, demoStation }) => {
  test.setTimeout(240_000);
  await signIn(page, demoStation.url, 'zhuren', DEMO_PASSWORD);
  await page.getByRole('menuitem', { name: '基础台账' }).click();
  await expect(page.getByTestId('registry-page')).toBeVisible();
  await page.getByTestId('ledger-import').click();
  await expect(page.getByTestId('import-wizard')).toBeVisible();

  // 1. Template, filled with a community's and a village's people.
  const template = await downloadTemplate(page, demoStation.dataDir);
  const all = await gridsOf(template);
  const community = all.filter((g) => g.village.endsWith('社区')).slice(0, 6);
  const village = all.filter((g) => g.village.endsWith('村')).slice(0, 3);
  expect(community.length).toBe(6);
  const people = generatePeople(
    [...community.map((g) => ({ ...g, rural: false })), ...village.map((g) => ({ ...g, rural: true }))],
    1500,
  );
  // A person the test looks for, and two bad rows (Excel rows 4 and 9: data starts on row 3).
  people[0] = { ...people[0]!, name: '司马雨桐', gender: '', relation: '户主' };
  const good1 = people[1]!;
  const good6 = people[6]!;
  const bad = people.map((p) => ({ ...p }));
  bad[1] = { ...good1, citizenId: BAD_ID };
  bad[6] = { ...good6, grid: UNKNOWN_GRID };
  // The houses and premises of the same streets are already in the ledger (imported earlier).
  const houses = generateHouses(people);
  expect(await importRows(page, demoStation.url, 'house', houses)).toBe(houses.length);
  expect(await importRows(page, demoStation.url, 'organisation', generatePremises([...community, ...village].map((g) => g.name), 60))).toBe(60);
  const badFile = join(demoStation.dataDir, '实有人口-待核.xlsx');
  await writePeople(template, badFile, bad);

  // The town's book before the import (the demo town already holds ~40,000 residents).
  const before = await townTotal(page);

  // 2. Upload → the column mapping the core suggests (template headers map one to one).
  await page.getByTestId('import-next').click();
  await upload(page, badFile);
  await expect(page.getByTestId('import-step-mapping')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('mapping-missing')).toHaveCount(0);
  await expect(page.getByTestId('mapping-table')).toContainText('公民身份号码');
  await expect(page.getByTestId('mapping-table').getByText('自动对应').first()).toBeVisible();
  await page.getByTestId('mapping-next').click();

  // 3. Preview: the two bad rows with their row numbers and Chinese reasons; commit refused.
  await expect(page.getByTestId('import-step-preview')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('preview-total')).toContainText('1,500');
  await expect(page.getByTestId('preview-errors')).toContainText('2');
  const badRows = page.getByTestId('preview-bad-rows');
  await expect(badRows).toContainText('第 4 行');
  await expect(badRows).toContainText('校验位');
  await expect(badRows).toContainText('第 9 行');
  await expect(badRows).toContainText(UNKNOWN_GRID);
  // Each bad row names the person, so the keeper finds it without opening Excel.
  await expect(badRows.getByTestId('bad-row-identity')).toHaveText([new RegExp(`^${good1.name} `), new RegExp(`^${good6.name} `)]);
  await expect(page.getByTestId('import-commit')).toBeDisabled();
  await screen(page, 'registry-import-errors');

  // 4. Fix the two rows in the file and upload it again: the mapping is kept, all rows pass.
  const fixedFile = join(demoStation.dataDir, '实有人口-已改正.xlsx');
  await writePeople(template, fixedFile, people);
  await page.getByTestId('preview-reupload').click();
  await upload(page, fixedFile);
  await expect(page.getByTestId('preview-ok')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('preview-insert')).toContainText('1,500');

  // 5. Commit: progress, then the summary.
  await page.getByTestId('import-commit').click();
  await expect(page.getByTestId('import-result')).toBeVisible({ timeout: 90_000 });
  await expect(page.getByTestId('import-result')).toContainText('新增 1,500 条');

  // 6. The ledger holds them; the whole town's book, then one grid's.
  await page.getByTestId('import-open-ledger').click();
  await expect(page.getByTestId('ledger-total')).toHaveText(`共 ${(before + 1500).toLocaleString('en-US')} 条`);
  await expect(page.getByTestId('overview-population')).toContainText((before + 1500).toLocaleString('en-US'));
  const total = page.getByTestId('ledger-total');
  const townText = `共 ${(before + 1500).toLocaleString('en-US')} 条`;
  await page.getByTestId('scope-node').filter({ hasText: community[0]!.village }).first().click();
  await expect(page.getByTestId('registry-title')).toContainText(community[0]!.village);
  // The title changes before the count arrives: wait for the village's own count.
  await expect(total).not.toHaveText(townText);
  const villageTotal = await settledTotal(page);
  expect(villageTotal).toBeLessThan(before + 1500);
  // 一格一册: the first grid's own book.
  await page.getByTestId('scope-node').filter({ hasText: community[0]!.name }).click();
  await expect(page.getByTestId('registry-title')).toHaveText(`${community[0]!.name}台账`);
  await expect(total).not.toHaveText(`共 ${villageTotal.toLocaleString('en-US')} 条`);
  const gridTotal = await settledTotal(page);
  expect(gridTotal).toBeGreaterThan(1500 / 9);
  expect(gridTotal).toBeLessThan(villageTotal);
  await expect(page.getByTestId('ledger-grid').locator('.ag-row').first()).toBeVisible();
  await screen(page, 'ledger');

  // Sorting by a column header asks the server (the whole book, not one page): by age,
  // youngest first, then oldest first; the total stays.
  const ledger = page.getByTestId('ledger-grid');
  const ageHeader = ledger.locator('.ag-header-cell[col-id="genderAge"]');
  // Rows in display order (AG Grid reuses row elements, so the DOM order is not the shown order).
  const ages = () =>
    ledger.locator('.ag-row:has([col-id="genderAge"])').evaluateAll((rows) =>
      rows
        .map((r) => ({ i: Number(r.getAttribute('row-index')), t: r.querySelector('[col-id="genderAge"]')?.textContent ?? '' }))
        .sort((a, b) => a.i - b.i)
        .flatMap(({ t }) => (/\d+/.test(t) ? [Number(/\d+/.exec(t)![0])] : [])),
    );
  const ordered = (a: number[], dir: 1 | -1) => a.length > 5 && a.every((x, i) => i === 0 || (x - a[i - 1]!) * dir >= 0);
  await ageHeader.click();
  await expect(ageHeader).toHaveAttribute('aria-sort', 'ascending');
  await expect.poll(async () => ordered(await ages(), 1)).toBe(true);
  await ageHeader.click();
  await expect(ageHeader).toHaveAttribute('aria-sort', 'descending');
  await expect.poll(async () => ordered(await ages(), -1)).toBe(true);
  expect((await ages())[0]).toBeGreaterThanOrEqual(60);
  await expect(page.getByTestId('ledger-total')).toHaveText(`共 ${gridTotal.toLocaleString('en-US')} 条`);
  await ageHeader.click(); // back to the book's own order

  // 7. Search by name, then by pinyin initials.
  const search = page.getByTestId('ledger-search');
  await search.fill('司马雨桐');
  expect(await settledTotal(page, '司马雨桐')).toBe(1);
  await expect(page.getByTestId('ledger-grid')).toContainText('司马雨桐');
  await search.fill('smyt');
  expect(await settledTotal(page, 'smyt')).toBeLessThan(20);
  await expect(page.getByTestId('ledger-grid')).toContainText('司马雨桐');

  // 8. The record: household members, the import in its history.
  await page.getByTestId('ledger-grid').getByText('司马雨桐').click();
  const drawer = page.getByTestId('record-drawer');
  await expect(page.getByTestId('record-title')).toHaveText('司马雨桐');
  await expect(page.getByTestId('record-fields')).toContainText(people[0]!.address);
  await page.getByRole('tab', { name: /同户成员/ }).click();
  await expect(drawer.getByRole('tab', { name: /同户成员（[1-9]）/ })).toBeVisible();
  await page.getByRole('tab', { name: /修改记录/ }).click();
  await expect(page.getByTestId('record-history')).toBeVisible();

  // A correction is saved and lands in the record's history: who, what, old → new.
  await page.getByTestId('record-edit').click();
  const form = page.getByTestId('record-form');
  await form.getByLabel('工作单位').fill('青溪镇社区卫生服务中心');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('已保存，修改已记入历史')).toBeVisible();
  await page.getByRole('tab', { name: /修改记录/ }).click();
  const history = page.getByTestId('record-history');
  await expect(history).toContainText('工作单位');
  await expect(history).toContainText('青溪镇社区卫生服务中心');
  await expect(history).toContainText('王璐');
});

test('bad rows can be excluded instead of fixed; nothing else is lost', async ({ page, demoStation }) => {
  await signIn(page, demoStation.url, 'admin', DEMO_PASSWORD);
  await page.getByRole('menuitem', { name: '基础台账' }).click();
  await page.getByTestId('ledger-import').click();
  const template = await downloadTemplate(page, demoStation.dataDir);
  const grids = (await gridsOf(template)).slice(0, 2).map((g) => ({ ...g, rural: false }));
  // 40 people of a new street (银杏路), one with a bad ID.
  const people = generatePeople(grids, 40, 7).map((p) => ({ ...p, address: `银杏路${p.address.replace(/^\D+/, '')}` }));
  people[3] = { ...people[3]!, citizenId: BAD_ID };
  const before = await townTotal(page);
  const file = join(demoStation.dataDir, 'people-40.xlsx');
  await writePeople(template, file, people);

  await page.getByTestId('import-next').click();
  await upload(page, file);
  await page.getByTestId('mapping-next').click();
  await expect(page.getByTestId('preview-errors')).toContainText('1');
  await expect(page.getByTestId('import-commit')).toBeDisabled();
  await page.getByTestId('exclude-row-6').check();
  await expect(page.getByTestId('import-commit')).toBeEnabled();
  await expect(page.getByTestId('import-commit')).toContainText('导入 39 行');
  await page.getByTestId('import-commit').click();
  await expect(page.getByTestId('import-result')).toContainText('新增 39 条');
  await expect(page.getByTestId('import-result')).toContainText('排除 1 行');
  await page.getByTestId('import-open-ledger').click();
  await expect(page.getByTestId('ledger-total')).toHaveText(`共 ${(before + 39).toLocaleString('en-US')} 条`);
  await page.getByTestId('ledger-search').fill('银杏路');
  await expect(page.getByTestId('ledger-total')).toHaveText('共 39 条');

  // The filtered view exports to Excel with the same rows (the template's columns, so it imports again).
  await page.getByTestId('filter-residenceType').click();
  await page.getByTitle('流动人口').click();
  await expect(page.getByTestId('ledger-total')).not.toHaveText('共 39 条');
  const floating = await settledTotal(page, '银杏路');
  expect(floating).toBeGreaterThan(0);
  expect(floating).toBeLessThan(39);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('ledger-export').click()]);
  const exported = join(demoStation.dataDir, download.suggestedFilename());
  await download.saveAs(exported);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(exported);
  const ws = wb.worksheets[0]!;
  // A title row may come first; the header row holds the template's column names.
  let headerRow = 0;
  ws.eachRow((row, n) => {
    if (!headerRow && (row.values as unknown[]).map(String).includes('公民身份号码')) headerRow = n;
  });
  expect(headerRow).toBeGreaterThan(0);
  let dataRows = 0;
  ws.eachRow((row, n) => {
    if (n > headerRow && row.getCell(1).value) dataRows += 1;
  });
  expect(dataRows).toBe(floating);

  // 台账报表: the handbook's 流动人口登记表 for all grids.
  await page.getByTestId('handbook-forms').click();
  const form = page.getByTestId('handbook-form');
  await form.locator('.ant-select').first().click();
  await page.getByTitle('流动人口登记表').click();
  const [formFile] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '生成并下载' }).click()]);
  expect(formFile.suggestedFilename()).toContain('流动人口登记表');
  const formPath = join(demoStation.dataDir, formFile.suggestedFilename());
  await formFile.saveAs(formPath);
  const formBook = new ExcelJS.Workbook();
  await formBook.xlsx.readFile(formPath);
  const cells = formBook.worksheets.flatMap((w) => w.getSheetValues().flat().map(String));
  expect(cells.some((c) => c.includes('流动人口登记表'))).toBe(true);
});

test('a 30,000-row file shows its progress while the core checks and writes it', async ({ page, demoStation }) => {
  test.setTimeout(240_000);
  await signIn(page, demoStation.url, 'admin', DEMO_PASSWORD);
  await page.getByRole('menuitem', { name: '基础台账' }).click();
  await page.getByTestId('ledger-import').click();
  const template = await downloadTemplate(page, demoStation.dataDir);
  const grids = (await gridsOf(template)).slice(0, 40).map((g) => ({ ...g, rural: g.village.endsWith('村') }));
  const file = join(demoStation.dataDir, 'people-30000.xlsx');
  await writePeople(template, file, generatePeople(grids, 30_000, 30_000));

  await page.getByTestId('import-next').click();
  await upload(page, file);
  // The check reports its phase and rows as it goes.
  await expect(page.getByTestId('import-checking')).toContainText(/校验|读取文件/, { timeout: 60_000 });
  await page.getByTestId('mapping-next').click({ timeout: 90_000 });
  await expect(page.getByTestId('preview-insert')).toContainText('30,000', { timeout: 90_000 });

  await page.getByTestId('import-commit').click();
  // The bar moves with the core's progress events (the page keeps rendering meanwhile).
  const seen = new Set<number>();
  await expect
    .poll(
      async () => {
        const text = (await page.getByTestId('import-progress').textContent().catch(() => null)) ?? '';
        const m = /写入数据：([\d,]+) \/ 30,000 行/.exec(text);
        if (m) seen.add(Number(m[1]!.replace(/,/g, '')));
        return [...seen].filter((n) => n > 0 && n < 30_000).length > 0 || (await page.getByTestId('import-result').isVisible());
      },
      { intervals: [50], timeout: 90_000 },
    )
    .toBe(true);
  await expect(page.getByTestId('import-result')).toContainText('新增 30,000 条', { timeout: 90_000 });
  expect([...seen].some((n) => n > 0 && n < 30_000), `progress seen: ${[...seen].join(', ')}`).toBe(true);
});

test('a blank cell in an update keeps the stored value; clearing is asked for and listed per row', async ({ page, demoStation }) => {
  await signIn(page, demoStation.url, 'admin', DEMO_PASSWORD);
  await page.getByRole('menuitem', { name: '基础台账' }).click();
  await page.getByTestId('ledger-import').click();
  const template = await downloadTemplate(page, demoStation.dataDir);
  const grids = (await gridsOf(template)).slice(0, 1).map((g) => ({ ...g, rural: false }));
  const people = generatePeople(grids, 2, 13);
  people[0] = { ...people[0]!, name: '欧阳清扬', phone: '13905790001', employer: '青溪镇五金厂', occupation: '工人' };
  const first = join(demoStation.dataDir, 'people-first.xlsx');
  await writePeople(template, first, people);
  await page.getByTestId('import-next').click();
  await upload(page, first);
  await page.getByTestId('mapping-next').click();
  await expect(page.getByTestId('preview-insert')).toContainText('2');
  await page.getByTestId('import-commit').click();
  await expect(page.getByTestId('import-result')).toContainText('新增 2 条');

  // The office's next file leaves 欧阳清扬's phone and employer blank.
  const second = join(demoStation.dataDir, 'people-second.xlsx');
  await writePeople(template, second, [{ ...people[0]!, phone: '', employer: '' }, people[1]!]);
  await page.getByRole('button', { name: '继续导入' }).click();
  await page.getByTestId('import-next').click();
  await upload(page, second);
  await page.getByTestId('mapping-next').click();
  // By default the blanks keep what the ledger holds: nothing to update.
  await expect(page.getByTestId('preview-unchanged')).toContainText('2');
  await expect(page.getByTestId('preview-update')).toContainText('0');
  const option = page.getByTestId('preview-clear-blank');
  await expect(option).toContainText('保留台账中原有的内容');
  await expect(page.getByTestId('preview-clears')).toHaveCount(0);

  // Asked for, clearing is checked again and each row names what it would clear.
  // The box shows the checked preview's state, so it turns on once the core has checked again.
  await page.getByTestId('clear-blank').click();
  await expect(page.getByTestId('clear-blank')).toBeChecked();
  await expect(option).toContainText('会清空台账中原有的内容');
  const clears = page.getByTestId('preview-clears');
  await expect(clears).toContainText('第 3 行');
  await expect(clears).toContainText('欧阳清扬');
  await expect(clears).toContainText('联系电话、工作单位');
  await screen(page, 'registry-import-clears');
  await expect(page.getByTestId('preview-update')).toContainText('1');
  await page.getByTestId('import-commit').click();
  await expect(page.getByTestId('import-result')).toContainText('更新 1 条');

  // The record's history shows the employer it held before.
  await page.getByTestId('import-open-ledger').click();
  await page.getByTestId('ledger-search').fill('欧阳清扬');
  await page.getByTestId('ledger-grid').getByText('欧阳清扬').click();
  await expect(page.getByTestId('record-title')).toHaveText('欧阳清扬');
  await expect(page.getByTestId('record-fields')).not.toContainText('青溪镇五金厂');
  await page.getByRole('tab', { name: /修改记录/ }).click();
  const history = page.getByTestId('record-history');
  await expect(history).toContainText('工作单位');
  await expect(history).toContainText('青溪镇五金厂');
});
