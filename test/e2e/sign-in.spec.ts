// 登录: the town's name on the screen, the server's reason for a refusal, then the app.
import { expect, test } from './fixtures';
import { ADMIN, TOWN, screen, setUpByApi, signIn } from './helpers';
import { rpc } from './cases-steps';

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

test('an account that must change its password sees only 修改初始密码 until it has', async ({ page, station, request }) => {
  await setUpByApi(request, station);
  await signIn(page, station.url, ADMIN.username, ADMIN.password);
  await expect(page.getByTestId('header-user')).toHaveText(ADMIN.name);
  await rpc(page, station.url, 'users.create', { username: 'xiaowang', displayName: '小王', role: 'dispatcher', password: 'initial-pass-1', mustChangePassword: true });
  await page.getByTestId('sign-out').click();
  await page.getByRole('button', { name: '退出', exact: true }).click();

  await signIn(page, station.url, 'xiaowang', 'initial-pass-1');
  await expect(page.getByTestId('change-password-title')).toHaveText('修改初始密码');
  await expect(page.getByTestId('main-nav')).toHaveCount(0);
  // The server refuses everything else meanwhile, with its own code.
  await expect(rpc(page, station.url, 'org.units', {})).rejects.toMatchObject({ code: 'PASSWORD_CHANGE_REQUIRED' });
  await screen(page, 'change-password');

  await page.getByTestId('password-old').fill('initial-pass-1');
  await page.getByTestId('password-new').fill('my-own-pass-2');
  await page.getByTestId('password-confirm').fill('my-own-pass-2');
  await page.getByTestId('password-submit').click();
  await expect(page.getByTestId('header-user')).toHaveText('小王');
  await expect(page.getByTestId('main-nav')).toBeVisible();
});

test('changing the password signs the account out in its other browser at once', async ({ page, station, request, browser }) => {
  await setUpByApi(request, station);
  const other = await browser.newPage();
  await signIn(other, station.url, ADMIN.username, ADMIN.password);
  await expect(other.getByTestId('header-user')).toHaveText(ADMIN.name);
  await signIn(page, station.url, ADMIN.username, ADMIN.password);
  await page.goto(`${station.url}/#/settings?tab=password`);
  await page.getByTestId('password-old').fill(ADMIN.password);
  await page.getByTestId('password-new').fill('a-new-password-3');
  await page.getByTestId('password-confirm').fill('a-new-password-3');
  await page.getByTestId('password-submit').click();
  await expect(page.getByText('密码已修改，下次登录请使用新密码')).toBeVisible();
  // The other browser's event socket is closed by the station; it re-checks and signs out.
  await expect(other.getByTestId('sign-in-form')).toBeVisible();
  await expect(page.getByTestId('header-user')).toHaveText(ADMIN.name);
  await other.close();
});
