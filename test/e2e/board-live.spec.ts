// 指挥大屏 live: a change made in one tab shows on the wall board in another, pushed through
// the event socket, without reloading the board.
import { DEMO_PASSWORD, expect, test } from './fixtures';
import { rpcAs } from './cases-steps';
import { makeCitizenId } from '../../shared/registry/citizen-id';
import { figure, grouped, openFirstGrid, screen, signIn, signInByForm } from './helpers';

test('the board follows a population change made in another tab', async ({ browser, demoStation }) => {
  // Tab A: the duty wall display account lands on the full-screen board.
  const wall = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const board = await wall.newPage();
  await signIn(board, demoStation.url, 'daping', DEMO_PASSWORD);
  await expect(board).toHaveURL(/#\/board$/);
  await expect(board.getByTestId('board-title')).toHaveText('青溪镇 网格化服务管理指挥大屏');
  await expect(board.getByTestId('main-nav')).toHaveCount(0);
  const registered = board.getByTestId('board-value-populationRegistered');
  await expect(registered).toHaveText(/^\d{1,3}(,\d{3})*$/);
  await expect(board.getByTestId('board-live')).toContainText('实时联动');
  const start = figure(await registered.textContent());
  await board.evaluate(() => ((globalThis as unknown as { __notReloaded: boolean }).__notReloaded = true));

  // Tab B: a desk shows a grid's figures, counted from its ledger (one truth), and a resident
  // is registered in that grid.
  const desk = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const org = await desk.newPage();
  await signIn(org, demoStation.url, 'admin', DEMO_PASSWORD);
  const name = await openFirstGrid(org);
  await expect(org.getByTestId('population-source')).toHaveText('台账统计');
  const gridRegistered = org.getByTestId('population-registered');
  await expect(gridRegistered).toHaveText(/^\d{1,3}(,\d{3})*$/);
  const before = figure(await gridRegistered.textContent());
  const grid = (await rpcAs<{ id: string; name: string }[]>(org.request, demoStation.url, 'admin', DEMO_PASSWORD, 'org.grids', {})).find((g) => g.name === name)!;
  await rpcAs(org.request, demoStation.url, 'admin', DEMO_PASSWORD, 'registry.createPerson', {
    citizenId: makeCitizenId('110101', '1990-03-15', 777),
    name: '新登记居民',
    residenceType: 'registered',
    gridId: grid.id,
  });
  await expect(gridRegistered).toHaveText(grouped(before + 1));

  // Tab A follows without a reload (how fast is a speed figure, not a test's business).
  await expect(registered).toHaveText(grouped(start + 1));
  expect(await board.evaluate(() => (globalThis as unknown as { __notReloaded?: boolean }).__notReloaded)).toBe(true);

  // The charts have finished their update animation.
  await expect(board.locator('[data-chart][data-drawn="no"]')).toHaveCount(0);
  await screen(board, 'board');

  await wall.close();
  await desk.close();
});

test('the board shows no personal data, even when a 突发 case is typed with the caller in it', async ({ page, request, demoStation }) => {
  const { url } = demoStation;
  // A dispatcher types an emergency the way a caller tells it: name, mobile and flat number.
  const categories = await rpcAs<{ id: string; name: string }[]>(request, url, 'diaodu', DEMO_PASSWORD, 'catalogue.tree', {});
  const grids = await rpcAs<{ id: string; name: string }[]>(request, url, 'diaodu', DEMO_PASSWORD, 'org.grids', {});
  const fire = await rpcAs<{ number: string }>(request, url, 'diaodu', DEMO_PASSWORD, 'cases.register', {
    source: 'resident_phone',
    reporterName: '陈秀英',
    reporterPhone: '13857901234',
    categoryId: categories.find((c) => c.name === '安全生产')?.id ?? categories[0]!.id,
    handlingType: 'emergency',
    urgency: 'critical',
    title: '陈秀英（13857901234）家中起火',
    address: '老街18号3单元502室 陈秀英家',
    gridId: grids.find((g) => g.name === '溪口村第3网格')!.id,
  });

  await signIn(page, url, 'daping', DEMO_PASSWORD);
  await expect(page.getByTestId('board-value-grids')).toHaveText(/\d+/);
  const banner = page.getByTestId('board-case-alerts');
  await expect(banner).toContainText('老街18号'); // the building, not the flat
  await expect(banner).toContainText('已通报');
  const text = await page.getByTestId('board-page').innerText();
  expect(text).not.toMatch(/1\d{10}/); // no mobile numbers
  expect(text).not.toMatch(/\d{17}[\dXx]/); // no citizen ID numbers
  for (const personal of ['陈秀英', '起火', '502室']) expect(text).not.toContain(personal);
  await screen(page, 'board-emergency');
  expect(fire.number).toMatch(/^\d{4}-/);
});

test('the wall display stays signed in when its browser window is reopened; a desk session does not', async ({ browser, demoStation }) => {
  const wall = await browser.newContext();
  const first = await wall.newPage();
  // Through the sign-in screen: where the app keeps each kind of session is what is tested.
  await signInByForm(first, demoStation.url, 'daping', DEMO_PASSWORD);
  await expect(first.getByTestId('board-title')).toBeVisible();
  await first.close();
  const reopened = await wall.newPage();
  await reopened.goto(demoStation.url);
  await expect(reopened.getByTestId('board-title')).toBeVisible();
  await wall.close();

  const desk = await browser.newContext();
  const tab = await desk.newPage();
  await signInByForm(tab, demoStation.url, 'admin', DEMO_PASSWORD);
  await expect(tab.getByTestId('header-town')).toBeVisible();
  await tab.close();
  const again = await desk.newPage();
  await again.goto(demoStation.url);
  await expect(again.getByTestId('sign-in-submit')).toBeVisible();
  await desk.close();
});
