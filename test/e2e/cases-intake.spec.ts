// 事件登记 on the phone: categories are found by pinyin initials (hjws → 环境卫生; a
// subcategory's initials fill both levels), the grid is found from the address, and an open
// case of the same kind in the same grid is offered as a duplicate to merge into.
import { DEMO_PASSWORD, expect, test } from './fixtures';
import { screen, signIn } from './helpers';
import { caseIdOf, clickRadio, pickOption, rpc } from './cases-steps';

interface Category {
  id: string;
  name: string;
  children: Category[];
}

test('pinyin category search, grid location and a duplicate merged at intake', async ({ page, demoStation }) => {
  const { url } = demoStation;
  await signIn(page, url, 'diaodu', DEMO_PASSWORD);
  await expect(page.getByTestId('workbench-page')).toBeVisible();

  // An open 环境卫生 case in 柏树湾村第2网格, registered a moment ago (the earlier call).
  const tree = await rpc<Category[]>(page, url, 'catalogue.tree', {});
  const env = tree.find((c) => c.name === '环境卫生')!;
  const grids = await rpc<{ id: string; name: string }[]>(page, url, 'org.grids', {});
  const grid = grids.find((g) => g.name === '柏树湾村第2网格')!;
  const earlier = await rpc<{ id: string; number: string }>(page, url, 'cases.register', {
    source: 'resident_phone',
    reporterPhone: '13905712233',
    categoryId: env.id,
    handlingType: 'general',
    title: '柏树湾村2组垃圾收集点满溢',
    gridId: grid.id,
    address: '柏树湾村2组',
  });

  await page.getByTestId('intake-open').click();
  await expect(page.getByTestId('intake-drawer')).toBeVisible();
  const category = page.getByTestId('intake-category');
  const options = page.getByTestId('intake-category-options').locator('.ant-select-item-option');

  // Pinyin initials of a 大类.
  await category.click();
  await page.keyboard.type('hjws');
  await expect(options.first()).toHaveText('环境卫生');
  await page.keyboard.press('Escape');
  // Other ones, and Chinese.
  await category.click();
  await page.keyboard.type('mdjf');
  await expect(options.first()).toHaveText('矛盾纠纷');
  await page.keyboard.press('Escape');
  await category.click();
  await page.keyboard.type('纠纷');
  await expect(options.filter({ hasText: '矛盾纠纷' }).first()).toBeVisible();
  await page.keyboard.press('Escape');
  // A 小类 by its initials (垃圾乱堆乱放 → ljldlf) fills both levels.
  await category.click();
  await page.keyboard.type('ljld');
  await options.filter({ hasText: '环境卫生 / 垃圾乱堆乱放' }).first().click();
  await expect(category).toContainText('环境卫生');
  await expect(page.getByTestId('intake-subcategory')).toContainText('垃圾乱堆乱放');
  await expect(page.getByTestId('intake-sla')).toContainText('城管中队');

  // The grid from the address.
  await clickRadio(page, 'intake-source-resident_phone');
  await page.getByTestId('intake-reporter-phone').fill('13757154321');
  await page.getByTestId('intake-title').fill('柏树湾村2组垃圾堆放无人清运');
  await page.getByTestId('intake-address').fill('柏树湾村第2网格 2组村口');
  await page.getByTestId('intake-locate').click();
  await expect(page.getByTestId('intake-grid')).toContainText('柏树湾村第2网格');

  // The earlier call about the same thing is offered as a duplicate: merge into it.
  const dups = page.getByTestId('intake-duplicates');
  await expect(dups).toContainText(earlier.number);
  await dups.locator('.tgc-dup').filter({ hasText: earlier.number }).getByTestId('intake-merge').click();

  // We land on the earlier case, which now lists the duplicate.
  await expect(page.getByTestId('case-number')).toHaveText(earlier.number);
  await expect(page.getByTestId('case-facts')).toContainText('并入的重复事件');
  await expect(page.getByTestId('case-timeline')).toContainText('已并入本事件');
});

test('registering needs what the source requires, said in Chinese; the intake deadline equals the case’s deadline after dispatch', async ({ page, demoStation }) => {
  const { url } = demoStation;
  await signIn(page, url, 'diaodu', DEMO_PASSWORD);
  await expect(page.getByTestId('workbench-page')).toBeVisible();
  await page.keyboard.press('F2');
  await expect(page.getByTestId('intake-drawer')).toBeVisible();
  await clickRadio(page, 'intake-source-hotline');
  await page.getByTestId('intake-title').fill('上溪村路灯不亮');
  await page.getByTestId('intake-title').press('Enter'); // Enter in a one-line field registers
  const drawer = page.getByTestId('intake-drawer');
  await expect(drawer).toContainText('请选择事件分类');
  await expect(drawer).toContainText('请选择网格');
  await expect(drawer).toContainText('请填写12345工单号');
  await expect(page.getByTestId('case-page')).toHaveCount(0);

  // The caller is told the deadline the case will get: a 一般性 环境卫生 case is 1 working day
  // at the grid, 5 once it is dispatched to the department (城管中队) at intake.
  await page.getByTestId('intake-external-ref').fill('GD20261201-0042');
  await page.getByTestId('intake-category').click();
  await page.keyboard.type('hjws');
  await page.getByTestId('intake-category-options').locator('.ant-select-item-option').filter({ hasText: '环境卫生' }).first().click();
  await pickOption(page, 'intake-grid', '上溪村', /上溪村/);
  const sla = page.getByTestId('intake-sla-text');
  await expect(sla).toHaveText(/^1个工作日/);
  await page.getByTestId('intake-dispatch-now').check();
  await clickRadio(page, 'dispatch-kind-department');
  await expect(sla).toHaveText(/^5个工作日，\d+月\d+日/);
  const told = await sla.textContent();
  await screen(page, 'intake-dispatch-deadline');
  await page.getByTestId('intake-submit').click();
  await expect(page.getByTestId('case-page')).toBeVisible();
  const c = await rpc<{ status: string; slaDays: number; deadlineAt: number; assigneeLabel: string }>(page, url, 'cases.get', { id: caseIdOf(page) });
  expect(c).toMatchObject({ status: 'dispatched', slaDays: 5, assigneeLabel: expect.stringContaining('城管') });
  const due = new Date(c.deadlineAt + 8 * 3_600_000); // the date in Asia/Shanghai
  expect(told).toContain(`，${due.getUTCMonth() + 1}月${due.getUTCDate()}日（`);
});

test('F2 opens the intake drawer on any screen, for accounts that may register', async ({ page, demoStation }) => {
  await signIn(page, demoStation.url, 'diaodu', DEMO_PASSWORD);
  await expect(page.getByTestId('workbench-page')).toBeVisible();
  await page.getByRole('menuitem', { name: '组织架构' }).click();
  await expect(page.getByTestId('org-page')).toBeVisible();
  await page.keyboard.press('F2');
  await expect(page.getByTestId('intake-drawer')).toBeVisible();
});
