// 考核评价: the director opens last quarter's grid assessment on the demo town (open for review,
// the two quarters before it frozen) and reviews the ranking table (indicator values with the
// counts behind them, total, grade, rank), drills into a case indicator's cell down to the cases
// it counts, enters a deduction with that case as its evidence, which the administrator approves;
// freezes the quarter, opens the 督查专报's printed view and exports it as a .docx.
import { readFileSync } from 'node:fs';
import type { RunReview } from '../../shared/assessment/assessment-types';
import { pickOption, rpc, rpcAs } from './cases-steps';
import { DEMO_PASSWORD, expect, test } from './fixtures';
import { screen, signIn } from './helpers';

test('the director runs a quarter of grid assessment: ranking, drill-down, a deduction approved by another, freeze, the 督查专报', async ({ page, demoStation }) => {
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
  const row = table.locator('tr').filter({ has: page.getByTestId('assessment-cell-closeRate').filter({ has: page.locator('.tga-counts') }) }).first();
  const subject = (await row.getByTestId('assessment-subject').textContent()) ?? '';
  await row.getByTestId('assessment-cell-closeRate').click();
  const drawer = page.getByTestId('assessment-drill');
  await expect(drawer).toContainText('结案率');
  await drawer.getByRole('tab', { name: '期内受理的事件' }).click();
  const caseLink = page.getByTestId('assessment-drill-denominator').getByTestId('assessment-drill-case').first();
  await expect(caseLink).toBeVisible();
  await screen(page, 'assessment-drill');
  const number = (await caseLink.textContent()) ?? '';
  await caseLink.click();
  await expect(page).toHaveURL(/#\/cases\/[0-9A-Z]+$/);
  await expect(page.getByText(number).first()).toBeVisible();

  // Back to the run: a deduction on that grid, with the case as its evidence.
  await page.goBack();
  await expect(page.getByTestId('assessment-run-status')).toHaveText('进行中');
  await page.getByRole('tab', { name: /加减分/ }).click();
  await page.getByTestId('assessment-adjust-add').click();
  await pickOption(page, 'assessment-adjust-subject', subject, subject);
  await page.getByTestId('assessment-adjust-points').fill('3');
  await page.getByTestId('assessment-adjust-reason').fill('群众反映问题未按时回访');
  await page.getByTestId('assessment-adjust-evidence').fill(number);
  await page.getByTestId('assessment-adjust-submit').click();
  const ours = page.getByTestId('assessment-adjustments').locator('tr').filter({ hasText: '群众反映问题未按时回访' });
  await expect(ours.getByTestId('assessment-adjust-status')).toHaveText('待审核');

  // The administrator approves what waits for a decision — ours and the demo quarter's pending bonus
  // (whoever entered an item does not decide it; freezing waits for every decision).
  const runId = /[?&]run=([0-9A-Z]+)/.exec(page.url())![1];
  const pending = (await rpc<RunReview>(page, demoStation.url, 'assessment.review', { runId })).adjustments.filter((a) => a.status === 'pending');
  expect(pending.map((a) => a.reason)).toContain('群众反映问题未按时回访');
  for (const a of pending) await rpcAs(page.request, demoStation.url, 'admin', DEMO_PASSWORD, 'assessment.decideAdjustment', { id: a.id, approve: true });

  // The director's page follows (live update); freezing is allowed now.
  await expect(ours.getByTestId('assessment-adjust-status')).toHaveText('已审核');
  await page.getByTestId('assessment-freeze').click();
  await page.getByTestId('assessment-freeze-ok').click();
  await expect(page.getByTestId('assessment-run-status')).toHaveText('已定版');

  // Its printed view: masthead, title with the town, the figures, the manual item, the charts drawn.
  await page.getByTestId('assessment-report-preview').click();
  await expect(page.getByTestId('report-title')).toHaveText(/^青溪镇网格化服务管理工作督查专报（\d{4}年第[一二三四]季度）$/);
  await expect(page.getByTestId('report-figures')).toContainText('考核对象');
  await expect(page.getByTestId('report-sheet')).toContainText('群众反映问题未按时回访');
  await expect(page.getByTestId('report-chart').first()).toHaveAttribute('data-drawn', 'yes');
  await expect(page.getByTestId('report-chart').last()).toHaveAttribute('data-drawn', 'yes');
  await screen(page, 'assessment-report');

  // The 督查专报 as Word from the run: a .docx (a zip holding word/document.xml).
  await page.goBack();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('assessment-export-report').click()]);
  expect(download.suggestedFilename()).toMatch(/^督查专报_\d{4}年第[一二三四]季度_\d{8}-\d{4}\.docx$/);
  const bytes = readFileSync((await download.path())!);
  expect(bytes.subarray(0, 2).toString()).toBe('PK');
  expect(bytes.includes(Buffer.from('word/document.xml'))).toBe(true);
});
