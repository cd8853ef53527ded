// 网格力量: registering a new grid worker and putting them on a grid's team.
import { DEMO_PASSWORD, expect, test } from './fixtures';
import { chooseInPopup } from './cases-steps';
import { openFirstGrid, signIn } from './helpers';

test('a new volunteer is registered and joins a grid team', async ({ page, demoStation }) => {
  await signIn(page, demoStation.url, 'admin', DEMO_PASSWORD);
  await page.getByRole('menuitem', { name: '组织架构' }).click();
  await page.getByRole('tab', { name: '网格力量' }).click();

  await page.getByTestId('staff-create').click();
  await page.getByTestId('staff-name').fill('测试志愿者');
  await page.getByTestId('staff-phone').fill('abc');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('电话号码格式不正确')).toBeVisible();
  await page.getByTestId('staff-phone').fill('13705790001');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('“测试志愿者”已保存')).toBeVisible();
  await page.getByPlaceholder('搜索姓名、电话、网格').fill('测试志愿者');
  await expect(page.getByTestId('staff-tab').getByRole('row').filter({ hasText: '测试志愿者' })).toContainText('未分配');

  await page.getByRole('tab', { name: '网格列表' }).click();
  const grid = await openFirstGrid(page);
  await page.getByTestId('unit-assign').click();
  const form = page.getByTestId('assign-form');
  await form.getByRole('combobox').first().fill('测试志愿者');
  await chooseInPopup(page, form.getByRole('combobox').first(), '测试志愿者');
  await form.getByRole('combobox').nth(1).click();
  await chooseInPopup(page, form.getByRole('combobox').nth(1), /^志愿者$/);
  await page.getByRole('dialog').getByRole('button', { name: '分配' }).click();
  await expect(page.getByText(`已将测试志愿者分配为“${grid}”的志愿者`)).toBeVisible();
  await expect(page.getByTestId('unit-team')).toContainText('测试志愿者');

  // A second leader for the same grid is refused with the reason.
  await page.getByTestId('unit-assign').click();
  await form.getByRole('combobox').first().fill('测试志愿者');
  await chooseInPopup(page, form.getByRole('combobox').first(), '测试志愿者');
  await form.getByRole('combobox').nth(1).click();
  await chooseInPopup(page, form.getByRole('combobox').nth(1), /^网格长$/);
  await page.getByRole('dialog').getByRole('button', { name: '分配' }).click();
  await expect(page.getByText(/已有网格长/)).toBeVisible();
});

test('a town department is added; a duplicate code is refused with the reason', async ({ page, demoStation }) => {
  await signIn(page, demoStation.url, 'admin', DEMO_PASSWORD);
  await page.getByRole('menuitem', { name: '组织架构' }).click();
  await page.getByRole('tab', { name: '职能部门' }).click();

  const form = page.getByTestId('department-form');
  await page.getByTestId('department-create').click();
  await form.getByLabel('部门编码').fill('ZZB');
  await form.getByLabel('部门名称').fill('另一个综治办');
  await page.getByRole('dialog').getByRole('button', { name: '保存' }).click();
  await expect(page.getByText(/部门编码“ZZB”已被“综治办”使用/)).toBeVisible();

  await form.getByLabel('部门编码').fill('WJB');
  await form.getByLabel('部门名称').fill('卫健办');
  await page.getByRole('dialog').getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('“卫健办”已保存')).toBeVisible();
  await expect(page.getByTestId('departments-tab')).toContainText('卫健办');
});
