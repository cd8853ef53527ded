// 考核评价: the director opens last quarter's grid assessment on the demo town (open for review,
// the two quarters before it frozen) and reviews the ranking table (indicator values with the
// counts behind them, total, grade, rank), then drills into a case indicator's cell down to the
// cases it counts.
import { DEMO_PASSWORD, expect, test } from './fixtures';
import { screen, signIn } from './helpers';

test('the director opens a quarter of grid assessment and sees the ranking with its drill-down', async ({ page, demoStation }) => {
  await signIn(page, demoStation.url, 'zhuren', DEMO_PASSWORD);
  await page.getByRole('menuitem', { name: '考核评价' }).click();
  await expect(page.getByTestId('assessment-runs')).toBeVisible();
  // The demo town holds each level's last three quarters: the two earliest frozen, the last open.
  const gridRuns = page.getByTestId(/^assessment-run-\d{4}Q[1-4]-grid$/);
  await expect(gridRuns).toHaveCount(3);
  await expect(gridRuns.filter({ hasText: '已定版' })).toHaveCount(2);
  // A second run of last quarter is refused (新建考核 defaults to 网格 and the quarter before this one).
  await page.getByTestId('assessment-new').click();
  await expect(page.getByTestId('assessment-new-level')).toContainText('网格');
  await page.getByTestId('assessment-new-ok').click();
  await expect(page.getByText(/考核已存在/)).toBeVisible();
  await page.keyboard.press('Escape');
  await gridRuns.filter({ hasText: '进行中' }).click();

  await expect(page.getByTestId('assessment-run-status')).toHaveText('进行中');
  await expect(page.getByTestId('assessment-run-title')).toContainText(/\d{4}年第[一二三四]季度 · 网格考核/);
  const table = page.getByTestId('assessment-ranking');
  const ranks = table.getByTestId('assessment-rank');
  await expect(ranks.first()).toHaveText('1');
  const grids = await table.getByTestId('assessment-subject').count();
  expect(grids).toBeGreaterThan(3);
  await expect(table.getByTestId('assessment-grade').first()).toHaveText(/优秀|合格|基本合格|不合格/);
  // 按期结案率 shows a rate with the counts behind it in some grid.
  await expect(table.locator('.tga-counts').first()).toHaveText(/^\d+\/\d+$/);
  await screen(page, 'assessment-ranking');

  // A grid's 结案率 cell: the cases received in the quarter, each a link to its case page.
  await table.getByTestId('assessment-cell-closeRate').filter({ has: page.locator('.tga-counts') }).first().click();
  const drawer = page.getByTestId('assessment-drill');
  await expect(drawer).toContainText('结案率');
  await drawer.getByRole('tab', { name: '期内受理的事件' }).click();
  const caseLink = page.getByTestId('assessment-drill-denominator').getByTestId('assessment-drill-case').first();
  const number = (await caseLink.textContent()) ?? '';
  await caseLink.click();
  await expect(page).toHaveURL(/#\/cases\/[0-9A-Z]+$/);
  await expect(page.getByText(number).first()).toBeVisible();
});
