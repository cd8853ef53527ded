// 登录: the town's name on the screen, the server's reason for a refusal, then the app.
import { expect, test } from './fixtures';
import { ADMIN, TOWN, setUpByApi, signIn } from './helpers';

test('wrong password is refused with 用户名或密码错误; the right one signs in', async ({ page, station, request }) => {
  await setUpByApi(request, station);
  await page.goto(station.url);
  await expect(page.getByTestId('sign-in-town')).toHaveText(TOWN.name);

  await signIn(page, station.url, ADMIN.username, 'not-the-password');
  await expect(page.getByTestId('sign-in-error')).toHaveText('用户名或密码错误');
  await expect(page.getByTestId('header-user')).toHaveCount(0);

  await page.getByTestId('sign-in-password').fill(ADMIN.password);
  await page.getByTestId('sign-in-submit').click();
  await expect(page.getByTestId('header-user')).toHaveText(ADMIN.name);
  await expect(page.getByTestId('header-role')).toHaveText('系统管理员');

  // Signing out returns to the sign-in screen, and the old session is gone.
  await page.getByTestId('sign-out').click();
  await page.getByRole('button', { name: '退出', exact: true }).click();
  await expect(page.getByTestId('sign-in-form')).toBeVisible();
  await page.reload();
  await expect(page.getByTestId('sign-in-form')).toBeVisible();
});

test('empty fields are caught before anything is sent', async ({ page, station, request }) => {
  await setUpByApi(request, station);
  await page.goto(station.url);
  await page.getByTestId('sign-in-submit').click();
  await expect(page.getByText('请输入用户名')).toBeVisible();
  await expect(page.getByText('请输入密码')).toBeVisible();
});
