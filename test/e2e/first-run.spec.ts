// 首次使用设置: a fresh station asks for the town and its administrator, then opens the app.
import { expect, test } from './fixtures';
import { ADMIN, TOWN, screen } from './helpers';

test('first run sets up the town with demo data and lands in the app', async ({ page, station }) => {
  // Generating the demo town (≈40,000 residents, a year of cases) takes 10–15 s on an idle
  // 2-core machine and minutes on a loaded one: the bounds below only stop a hung test.
  test.setTimeout(360_000);
  await page.goto(station.url);
  await expect(page.getByRole('heading', { name: '首次使用设置' })).toBeVisible();
  await expect(page).toHaveTitle('乡镇网格化服务管理指挥台');
  await screen(page, 'first-run');

  await page.getByTestId('setup-code').fill(station.setupCode!);
  await page.getByTestId('setup-town-name').fill(TOWN.name);
  await page.getByTestId('setup-town-code').fill(TOWN.code);
  await page.getByTestId('setup-admin-name').fill(ADMIN.name);
  await page.getByTestId('setup-admin-username').fill(ADMIN.username);
  await page.getByTestId('setup-admin-password').fill(ADMIN.password);
  await page.getByTestId('setup-admin-password-confirm').fill(ADMIN.password);
  await page.getByTestId('setup-demo').check();
  await expect(page.getByTestId('setup-demo-note')).toContainText('创建后均为停用状态');
  await page.getByTestId('setup-submit').click();

  // The build shows its steps while the writer runs it (a reader tells the step): it moves on.
  const progress = page.getByTestId('first-run-progress');
  await expect(progress).toBeVisible();
  await expect(page.getByTestId('first-run-steps')).toContainText('人口、房屋与单位场所台账');
  await expect(progress).toContainText(/正在生成演示数据（[3-9]\/9）/, { timeout: 300_000 });
  await screen(page, 'first-run-progress');

  // Signed in as the new administrator, in the main layout.
  await expect(page.getByTestId('header-town')).toContainText(TOWN.name, { timeout: 300_000 });
  await expect(page.getByTestId('header-user')).toHaveText(ADMIN.name);
  await expect(page.getByTestId('header-role')).toHaveText('系统管理员');
  const nav = page.getByTestId('main-nav');
  for (const section of ['工作台', '事件办理', '基础台账', '网格地图', '网格员工作', '例会', '考核评价', '指挥大屏', '组织架构', '系统设置']) {
    await expect(nav.getByRole('menuitem', { name: section })).toBeVisible();
  }
  // The demo town is there: 12 villages/communities, about 120 grids.
  await nav.getByRole('menuitem', { name: '组织架构' }).click();
  const count = page.getByTestId('grid-count');
  await expect(count).toContainText(/共 \d+ 个网格/);
  const n = Number(/共 (\d+) 个网格/.exec((await count.textContent()) ?? '')?.[1]);
  expect(n).toBeGreaterThanOrEqual(100);
  expect(n).toBeLessThanOrEqual(140);

  // The demo accounts exist but are disabled and must change the published password.
  await nav.getByRole('menuitem', { name: '系统设置' }).click();
  await expect(page.getByTestId('account-status-zhuren')).toContainText('已停用');
  await expect(page.getByTestId('account-status-zhuren')).toContainText('首次登录须改密码');
  await expect(page.getByTestId('account-status-admin')).toContainText('正常');

  // The session survives a reload of the tab.
  await page.reload();
  await expect(page.getByTestId('header-user')).toHaveText(ADMIN.name);
});

test('bad input on the first-run screen is explained in Chinese and nothing is set up', async ({ page, station }) => {
  await page.goto(station.url);
  await page.getByTestId('setup-code').fill(station.setupCode!);
  await page.getByTestId('setup-town-name').fill(TOWN.name);
  await page.getByTestId('setup-town-code').fill('33078210'); // 8 digits
  await page.getByTestId('setup-admin-name').fill(ADMIN.name);
  await page.getByTestId('setup-admin-username').fill('a'); // too short
  await page.getByTestId('setup-admin-password').fill('short');
  await page.getByTestId('setup-admin-password-confirm').fill('different');
  await page.getByTestId('setup-submit').click();

  const form = page.getByTestId('first-run-form');
  await expect(form.getByText('行政区划代码应为9位数字（如 330782101）')).toBeVisible();
  await expect(form.getByText('用户名为3至32位字母、数字、下划线')).toBeVisible();
  await expect(form.getByText('密码至少8位')).toBeVisible();
  await expect(form.getByText('两次输入的密码不一致')).toBeVisible();

  // Nothing was written: the station still reports it is not set up.
  const status = await page.request.post(`${station.url}/rpc/system.status`, { data: {} });
  expect(((await status.json()) as { data: { setUp: boolean } }).data.setUp).toBe(false);
  await page.reload();
  await expect(page.getByRole('heading', { name: '首次使用设置' })).toBeVisible();
});

test('first-run setup needs the one-time code the station printed', async ({ page, station }) => {
  expect(station.setupCode).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
  await page.goto(station.url);
  await page.getByTestId('setup-town-name').fill(TOWN.name);
  await page.getByTestId('setup-town-code').fill(TOWN.code);
  await page.getByTestId('setup-admin-name').fill(ADMIN.name);
  await page.getByTestId('setup-admin-username').fill(ADMIN.username);
  await page.getByTestId('setup-admin-password').fill(ADMIN.password);
  await page.getByTestId('setup-admin-password-confirm').fill(ADMIN.password);
  const form = page.getByTestId('first-run-form');

  // Left empty: asked for.
  await page.getByTestId('setup-submit').click();
  await expect(form.getByText('请输入设置码（指挥台服务启动时显示）')).toBeVisible();

  // Wrong: refused by the station, explained next to the field, nothing set up.
  const wrong = station.setupCode === 'AAAA-AAAA' ? 'BBBB-BBBB' : 'AAAA-AAAA';
  await page.getByTestId('setup-code').fill(wrong);
  await page.getByTestId('setup-submit').click();
  await expect(form.getByText('设置码不正确：请核对指挥台服务启动时显示的设置码')).toBeVisible();
  const status = await page.request.post(`${station.url}/rpc/system.status`, { data: {} });
  expect(((await status.json()) as { data: { setUp: boolean } }).data.setUp).toBe(false);

  // Right (typed in lower case with spaces): the town is set up and the administrator is in.
  await page.getByTestId('setup-code').fill(` ${station.setupCode!.toLowerCase()} `);
  await page.getByTestId('setup-submit').click();
  await expect(page.getByTestId('header-user')).toHaveText(ADMIN.name, { timeout: 30_000 });
});
