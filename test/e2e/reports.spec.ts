// 统计报表: the director opens the screen at 1366×768 on the demo town, reads last month's figures
// (the main figures, the sources table and its chart) without scrolling sideways, and takes the
// 月报 away as a Word file through the job service.
import { readFileSync } from 'node:fs';
import { DEMO_PASSWORD, expect, test } from './fixtures';
import { screen, signIn } from './helpers';

test('the director generates last month’s 月报 as a .docx', async ({ page, demoStation }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await signIn(page, demoStation.url, 'zhuren', DEMO_PASSWORD);
  await page.getByRole('menuitem', { name: '统计报表' }).click();
  await expect(page.getByTestId('reports-title')).toHaveText(/网格化服务管理中心\d{4}年\d{1,2}月工作月报$/);
  await expect(page.getByTestId('reports-received')).toContainText(/\d+件/);
  await expect(page.getByTestId('reports-table-source').locator('.ant-table-row').first()).toBeVisible();
  await expect(page.locator('[data-testid="reports-chart"][data-drawn="yes"]')).toBeVisible();
  const sideways = await page.locator('.tg-content').evaluate((el) => el.scrollWidth - el.clientWidth);
  expect(sideways).toBeLessThanOrEqual(0);
  await screen(page, 'reports-1366');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('reports-docx').click()]);
  expect(download.suggestedFilename()).toMatch(/^.+\d{4}年\d{1,2}月工作月报_\d{8}-\d{4}\.docx$/);
  const bytes = readFileSync((await download.path())!);
  expect(bytes.subarray(0, 2).toString()).toBe('PK');
  await expect(page.getByText(/已生成：.+\.docx/)).toBeVisible();
});
