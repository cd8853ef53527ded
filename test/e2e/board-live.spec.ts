// 指挥大屏 live: a change made in one tab shows on the wall board in another, pushed through
// the event socket, without reloading the board.
import { DEMO_PASSWORD, expect, test } from './fixtures';
import { figure, grouped, openFirstGrid, screen, signIn } from './helpers';

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

  // Tab B: a dispatcher desk changes one grid's registered population.
  const desk = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const org = await desk.newPage();
  await signIn(org, demoStation.url, 'admin', DEMO_PASSWORD);
  const name = await openFirstGrid(org);
  const field = org.getByTestId('unit-population-registered');
  await expect(field).toHaveValue(/^\d+$/); // the form holds the grid's figures
  const before = figure(await field.inputValue());
  await field.fill(String(before + 37));
  await org.getByTestId('unit-save').click();
  await expect(org.getByText(`“${name}”已保存`)).toBeVisible();

  // Tab A follows without a reload (how fast is a speed figure, not a test's business).
  await expect(registered).toHaveText(grouped(start + 37));
  expect(await board.evaluate(() => (globalThis as unknown as { __notReloaded?: boolean }).__notReloaded)).toBe(true);

  // The charts have finished their update animation.
  await expect(board.locator('[data-chart][data-drawn="no"]')).toHaveCount(0);
  await screen(board, 'board');

  await wall.close();
  await desk.close();
});

test('the board shows no personal data', async ({ page, demoStation }) => {
  await signIn(page, demoStation.url, 'daping', DEMO_PASSWORD);
  await expect(page.getByTestId('board-value-grids')).toHaveText(/\d+/);
  const text = await page.getByTestId('board-page').innerText();
  expect(text).not.toMatch(/1\d{10}/); // no mobile numbers
  expect(text).not.toMatch(/\d{17}[\dXx]/); // no citizen ID numbers
});

test('the wall display stays signed in when its browser window is reopened; a desk session does not', async ({ browser, demoStation }) => {
  const wall = await browser.newContext();
  const first = await wall.newPage();
  await signIn(first, demoStation.url, 'daping', DEMO_PASSWORD);
  await expect(first.getByTestId('board-title')).toBeVisible();
  await first.close();
  const reopened = await wall.newPage();
  await reopened.goto(demoStation.url);
  await expect(reopened.getByTestId('board-title')).toBeVisible();
  await wall.close();

  const desk = await browser.newContext();
  const tab = await desk.newPage();
  await signIn(tab, demoStation.url, 'admin', DEMO_PASSWORD);
  await expect(tab.getByTestId('header-town')).toBeVisible();
  await tab.close();
  const again = await desk.newPage();
  await again.goto(demoStation.url);
  await expect(again.getByTestId('sign-in-submit')).toBeVisible();
  await desk.close();
});
