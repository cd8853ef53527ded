// 网格地图 and the printable notice board: the map coloured by open cases, a grid's side panel,
// and the grid's 网格公示牌 rendered to PDF (page 1 → PNG with poppler's pdftoppm).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_PASSWORD, expect, test } from './fixtures';
import { screen, signIn } from './helpers';

test('the grid map is coloured by open cases and a grid opens its panel', async ({ page, demoStation }) => {
  await signIn(page, demoStation.url, 'zhuren', DEMO_PASSWORD);
  await page.getByRole('menuitem', { name: '网格地图' }).click();
  const canvas = page.getByTestId('map-canvas');
  await expect(canvas).toHaveAttribute('data-measure', 'openCases');
  await expect(canvas).toHaveAttribute('data-rendered', 'yes');
  await expect(page.getByTestId('map-measure')).toContainText('特殊人群');
  const ranking = page.getByTestId('map-ranking');
  await expect(ranking).toContainText(/全镇合计 \d+ 件/);
  await screen(page, 'map-open-cases');

  // The grid with the most open cases: its figures, team and neighbours; the way to its ledger.
  const top = ranking.locator('.tg-map-rank-row').first();
  const name = (await top.locator('.tg-map-rank-name').textContent()) ?? '';
  await top.click();
  await expect(page.getByTestId('map-grid-name')).toHaveText(name);
  await expect(page.getByTestId('map-grid-measure')).toContainText('未结事件');
  await expect(page.getByTestId('map-grid-team')).toContainText('网格长');
  await expect(page.getByTestId('map-grid-neighbours').locator('.ant-tag').first()).toBeVisible();
  await page.getByTestId('map-open-ledger').click();
  await expect(page.getByTestId('registry-title')).toHaveText(`${name}台账`);

  // A grid worker has no special-population measure.
  await page.getByTestId('sign-out').click();
  await page.getByRole('button', { name: '退出', exact: true }).click();
  await signIn(page, demoStation.url, 'wangge', DEMO_PASSWORD);
  await page.getByRole('menuitem', { name: '网格地图' }).click();
  await expect(page.getByTestId('map-measure')).toContainText('实有人口');
  await expect(page.getByTestId('map-measure')).not.toContainText('特殊人群');
});

test("the side panel's 组织架构 button opens that grid's details on the org page", async ({ page, demoStation }) => {
  await signIn(page, demoStation.url, 'zhuren', DEMO_PASSWORD);
  await page.getByRole('menuitem', { name: '网格地图' }).click();
  await expect(page.getByTestId('map-canvas')).toHaveAttribute('data-rendered', 'yes');
  const row = page.getByTestId('map-ranking').locator('.tg-map-rank-row').nth(1);
  const name = (await row.locator('.tg-map-rank-name').textContent()) ?? '';
  expect(name).not.toBe('');
  await row.click();
  await expect(page.getByTestId('map-grid-name')).toHaveText(name);
  await page.getByTestId('map-open-org').click();

  await expect(page).toHaveURL(/#\/org\?unit=/);
  await expect(page.getByRole('tab', { name: `单元详情：${name}` })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('unit-title')).toHaveText(name);
  await expect(page.locator('.ant-tree-node-selected')).toContainText(name);
  // The link survives a reload.
  await page.reload();
  await expect(page.getByTestId('unit-title')).toHaveText(name);
});

test('a grid notice board prints to an A4 PDF with the map and the team', async ({ page, demoStation }) => {
  await signIn(page, demoStation.url, 'admin', DEMO_PASSWORD);
  await page.getByRole('menuitem', { name: '网格地图' }).click();
  await expect(page.getByTestId('map-canvas')).toHaveAttribute('data-rendered', 'yes');
  const top = page.getByTestId('map-ranking').locator('.tg-map-rank-row').first();
  const name = (await top.locator('.tg-map-rank-name').textContent()) ?? '';
  expect(name).not.toBe('');
  await top.click();
  await expect(page.getByTestId('map-grid-name')).toHaveText(name);
  await page.getByTestId('map-open-notice').click();

  const board = page.getByTestId('notice-board');
  await expect(board).toHaveAttribute('data-ready', 'yes');
  await expect(page.getByTestId('notice-grid-name')).toContainText(name);
  await expect(page.getByTestId('notice-member').first()).toContainText('网格长');

  // The supervision phone is set once for the town and printed on every board; until then the
  // screen warns that the board will print a blank line.
  await expect(page.getByTestId('notice-no-supervision')).toBeVisible();
  await page.getByTestId('notice-settings').click();
  await page.getByLabel('监督电话').fill('0579-85561234');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByTestId('notice-supervision')).toHaveText('0579-85561234');
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(page.getByTestId('notice-no-supervision')).toHaveCount(0);

  mkdirSync('test-results/screens', { recursive: true });
  const pdf = join(demoStation.dataDir, 'notice-board.pdf');
  await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
  const out = 'test-results/screens/notice-board';
  execFileSync('pdftoppm', ['-png', '-r', '110', '-f', '1', '-l', '1', '-singlefile', pdf, out]);
  expect(existsSync(`${out}.png`)).toBe(true);
  const pages = execFileSync('pdfinfo', [pdf]).toString();
  expect(pages).toMatch(/Pages:\s+1\b/);
  expect(pages).toMatch(/Page size:\s+59[45]\.?\d* x 84[12]\.?\d* pts \(A4\)/);

  // A3 is offered too.
  await page.getByTestId('print-paper').getByText('A3 纵向').click();
  await expect(page).toHaveURL(/size=A3/);
});
