// 组织架构: the demo town's grid list, and editing a grid's figures.
import { DEMO_PASSWORD, expect, test } from './fixtures';
import { figure, openFirstGrid, screen, signIn } from './helpers';

test('the grid list shows the demo town and a grid edit is saved', async ({ page, demoStation }) => {
  await signIn(page, demoStation.url, 'admin', DEMO_PASSWORD);
  await page.getByRole('menuitem', { name: '组织架构' }).click();

  const count = page.getByTestId('grid-count');
  await expect(count).toContainText(/共 \d+ 个网格/);
  const total = Number(/共 (\d+) 个网格/.exec((await count.textContent()) ?? '')?.[1]);
  expect(total).toBeGreaterThanOrEqual(100);
  expect(total).toBeLessThanOrEqual(140);
  await expect(page.getByTestId('org-tree')).toContainText('社区');
  await expect(page.getByTestId('grid-list').locator('.ag-header-cell-text').getByText('规模提示')).toBeVisible();
  await screen(page, 'org');

  // Quick search narrows the list.
  await page.getByTestId('grid-search').fill('第1网格');
  await expect(count).toContainText(/显示 \d+ 个 \/ 共 \d+ 个网格/);
  await page.getByTestId('grid-search').fill('');
  await expect(count).toHaveText(`共 ${total} 个网格`);

  // Edit the first grid's typed households. The grid has a ledger, so it keeps showing the
  // counted figures; the typed one is shown beside them with the difference (one truth).
  const name = await openFirstGrid(page);
  await expect(page.getByTestId('population-source')).toHaveText('台账统计');
  const shownHouseholds = page.getByTestId('population-households');
  await expect(shownHouseholds).toHaveText(/^\d{1,3}(,\d{3})*$/);
  const counted = (await shownHouseholds.textContent())!;
  const households = page.getByTestId('unit-households');
  await expect(households).toHaveValue(/^\d+$/); // the form holds the grid's typed figures
  const after = figure(await households.inputValue()) + 13;
  await households.fill(String(after));
  await page.getByTestId('unit-save').click();
  await expect(page.getByText(`“${name}”已保存`)).toBeVisible();
  await expect(page.getByTestId('population-typed')).toContainText(`户数 ${after.toLocaleString('zh-CN')}`);
  const difference = figure(counted) - after;
  await expect(page.getByTestId('population-difference')).toContainText(`户数 ${difference > 0 ? '+' : ''}${difference.toLocaleString('zh-CN')}`);
  await expect(shownHouseholds).toHaveText(counted);

  // The grid list shows the counted figure too; the typed one survives a reload (it was stored).
  await page.getByRole('tab', { name: '网格列表' }).click();
  await page.getByTestId('grid-search').fill(name);
  const row = page.getByTestId('grid-list').getByRole('row').filter({ hasText: name }).first();
  await expect(row.locator('[col-id="households"]')).toHaveText(counted);
  await page.reload();
  await openFirstGrid(page);
  await expect(households).toHaveValue(String(after));
});

test('a bad grid code is explained and not saved', async ({ page, demoStation }) => {
  await signIn(page, demoStation.url, 'admin', DEMO_PASSWORD);
  await openFirstGrid(page);
  const code = page.getByTestId('unit-code');
  await expect(code).toHaveValue(/^\d+$/);
  const original = await code.inputValue();
  await code.fill('12ab');
  await page.getByTestId('unit-save').click();
  await expect(page.getByTestId('unit-form').getByText('编码必须是6至21位数字')).toBeVisible();
  await page.reload();
  await openFirstGrid(page);
  await expect(page.getByTestId('unit-code')).toHaveValue(original);
});
