// Board pages: the administrator composes pages and a playlist in 系统设置 → 大屏配置, the wall
// rotates them at the playlist's interval (Playwright's clock moves time), a desk pins a page on
// every wall, and the board scales to each wall size — letterboxed, never stretched.
import { statSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { DEFAULT_BOARD_PANELS } from '../../shared/board/board-panels';
import { DEMO_PASSWORD, expect, test } from './fixtures';
import { rpcAs } from './cases-steps';
import { screen, signIn } from './helpers';

/** Picks `option` in the open dropdown of the antd select carrying `testId`. */
async function choose(page: Page, testId: string, option: string): Promise<void> {
  await page.getByTestId(testId).click();
  await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option').filter({ hasText: option }).first().click();
}

interface SavedPage {
  id: string;
}

test('the administrator composes two pages and a playlist; the wall rotates them and its keys pin a page locally', async ({ browser, demoStation }) => {
  const { url } = demoStation;
  const desk = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const admin = await desk.newPage();
  await signIn(admin, url, 'admin', DEMO_PASSWORD);
  await expect(admin.getByTestId('main-nav')).toBeVisible();
  await admin.goto(`${url}/#/settings?tab=board`);
  const composer = admin.getByTestId('board-composer');
  await expect(composer).toContainText('还没有页面');

  // Page 1: the map and the feed. A panel too small is refused until it is made big enough.
  await composer.getByTestId('composer-new-page').click();
  const editor = composer.getByTestId('page-editor');
  await editor.getByTestId('page-name').fill('网格地图');
  await choose(admin, 'page-add-select', '网格事件分布图');
  await editor.getByTestId('page-add').click();
  await choose(admin, 'page-add-select', '最新事件');
  await editor.getByTestId('page-add').click();
  await editor.getByTestId('place-grid-map-w').fill('6');
  await expect(editor.getByTestId('page-problems')).toContainText('「网格事件分布图」太小：至少8列宽、6行高');
  await expect(editor.getByTestId('page-save')).toBeDisabled();
  await editor.getByTestId('place-grid-map-w').fill('16');
  await editor.getByTestId('place-grid-map-h').fill('12');
  await editor.getByTestId('place-case-feed-x').fill('16');
  await editor.getByTestId('place-case-feed-w').fill('8');
  await editor.getByTestId('place-case-feed-h').fill('12');
  await expect(editor.getByTestId('page-problems')).toHaveCount(0);
  await expect(editor.getByTestId('page-preview').getByTestId('board-cell-grid-map')).toBeVisible();
  await screen(admin, 'board-composer-1366');
  await editor.getByTestId('page-save').click();
  await expect(composer.getByTestId('composer-page-网格地图')).toBeVisible();

  // Page 2 by the API (composing one page through the screen is proof enough), then the playlist on screen.
  await rpcAs<SavedPage>(desk.request, url, 'admin', DEMO_PASSWORD, 'board.savePage', {
    name: '值班与会议',
    canvas: '16:9',
    panels: [
      { panel: 'duty', x: 0, y: 0, w: 12, h: 6 },
      { panel: 'meetings-today', x: 12, y: 0, w: 12, h: 6 },
      { panel: 'ranking', x: 0, y: 6, w: 24, h: 6 },
    ],
  });
  await expect(composer.getByTestId('composer-page-值班与会议')).toBeVisible();
  await composer.getByTestId('composer-new-playlist').click();
  const list = composer.getByTestId('playlist-editor');
  await choose(admin, 'playlist-add', '网格地图');
  await choose(admin, 'playlist-add', '值班与会议');
  await list.getByTestId('playlist-interval').fill('15');
  await list.getByTestId('playlist-save').click();
  await expect(composer).toContainText('当前轮播');

  // The wall: the first page, then the second after 15 s, then the first again.
  const wall = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const board = await wall.newPage();
  await board.clock.install();
  await signIn(board, url, 'daping', DEMO_PASSWORD);
  const name = board.getByTestId('board-page-name');
  await expect(name).toHaveText('网格地图');
  await expect(board.getByTestId('board-cell-grid-map')).toBeVisible();
  await board.clock.fastForward(16_000);
  await expect(name).toHaveText('值班与会议');
  await expect(board.getByTestId('board-cell-duty')).toBeVisible();
  await expect(board.getByTestId('board-cell-grid-map')).toHaveCount(0);
  await board.clock.fastForward(16_000);
  await expect(name).toHaveText('网格地图');

  // Keys on the display: 2 pins the second page here only, time passes and it stays; Esc lets it rotate again.
  await board.keyboard.press('2');
  await expect(name).toHaveText('值班与会议');
  await expect(board.getByTestId('board-pin-note')).toHaveText(/本屏已固定/);
  await board.clock.fastForward(40_000);
  await expect(name).toHaveText('值班与会议');
  await board.keyboard.press('Escape');
  await expect(board.getByTestId('board-pin-note')).toHaveCount(0);
  const before = (await name.textContent()) ?? '';
  await board.keyboard.press('ArrowRight');
  await expect(name).toHaveText(before === '网格地图' ? '值班与会议' : '网格地图');

  await wall.close();
  await desk.close();
});

/** The two pages of the wall tests and a playlist rotating them slowly, composed by the API. */
async function composeWall(request: import('@playwright/test').APIRequestContext, url: string) {
  const api = <T>(method: string, input: unknown) => rpcAs<T>(request, url, 'admin', DEMO_PASSWORD, method, input);
  const overview = await api<SavedPage>('board.savePage', {
    name: '综合态势',
    canvas: '16:9',
    panels: DEFAULT_BOARD_PANELS,
  });
  const wide = await api<SavedPage>('board.savePage', {
    name: '拼接屏全景',
    canvas: '48:9',
    panels: [
      { panel: 'town-figures', x: 0, y: 0, w: 24, h: 2 },
      { panel: 'case-counters', x: 0, y: 2, w: 24, h: 2 },
      { panel: 'trend', x: 0, y: 4, w: 12, h: 8 },
      { panel: 'villages', x: 12, y: 4, w: 12, h: 8 },
      { panel: 'grid-map', x: 24, y: 0, w: 24, h: 12 },
      { panel: 'categories', x: 48, y: 0, w: 12, h: 12 },
      { panel: 'overdue-list', x: 60, y: 0, w: 12, h: 12 },
    ],
  });
  await api('board.savePlaylist', { name: '日常轮播', pageIds: [overview.id, wide.id], intervalSeconds: 600 });
}

const stageBox = async (b: Page) => (await b.getByTestId('board-stage').boundingBox())!;

test('a desk pins a page on every wall; a 48:9 page fills a 5760×1080 wall, a 16:9 page is letterboxed on it', async ({ browser, demoStation }) => {
  // Two live walls (one 5760 px wide) and a desk in one browser: on a busy 2-core machine this
  // takes over two minutes, so it has three times the usual bound.
  test.slow();
  const { url } = demoStation;
  const desk = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  await composeWall(desk.request, url);

  // Two walls: a 16:9 screen and a 5760×1080 spliced wall, both rotating on the first page.
  const walls = await Promise.all([{ width: 1920, height: 1080 }, { width: 5760, height: 1080 }].map((viewport) => browser.newContext({ viewport })));
  const boards = await Promise.all(walls.map((w) => w.newPage()));
  for (const b of boards) {
    await signIn(b, url, 'daping', DEMO_PASSWORD);
    await expect(b.getByTestId('board-page-name')).toHaveText('综合态势');
  }

  // The dispatcher pins the wide page from 大屏配置: every wall shows it at once.
  const dispatcher = await desk.newPage();
  await signIn(dispatcher, url, 'diaodu', DEMO_PASSWORD);
  await expect(dispatcher.getByTestId('main-nav')).toBeVisible();
  await dispatcher.goto(`${url}/#/settings?tab=board`);
  await dispatcher.getByTestId('composer-pin-拼接屏全景').click();
  await expect(dispatcher.getByTestId('composer-pinned')).toContainText('拼接屏全景');
  await expect(dispatcher.getByTestId('composer-new-page')).toHaveCount(0); // pinning, not composing
  for (const b of boards) {
    await expect(b.getByTestId('board-page-name')).toHaveText('拼接屏全景');
    await expect(b.getByTestId('board-pin-note')).toHaveText(/调度台已固定/);
  }
  // The 48:9 page fills the 5760×1080 wall; on the 16:9 screen it is letterboxed (a third of the height).
  expect(await stageBox(boards[1]!)).toMatchObject({ x: 0, y: 0, width: 5760, height: 1080 });
  const small = await stageBox(boards[0]!);
  expect([small.width, Math.round(small.height)]).toEqual([1920, 360]);
  await expect(boards[1]!.locator('[data-chart][data-drawn="no"]')).toHaveCount(0);
  await screen(boards[1]!, 'board-5760x1080-48x9');

  // Pinning the 16:9 page: the spliced wall centres it with dark sides, never stretched.
  await dispatcher.getByTestId('composer-pin-综合态势').click();
  await expect(boards[1]!.getByTestId('board-page-name')).toHaveText('综合态势');
  expect(await stageBox(boards[1]!)).toMatchObject({ x: 1920, y: 0, width: 1920, height: 1080 });
  await expect(boards[1]!.locator('[data-chart][data-drawn="no"]')).toHaveCount(0);
  await screen(boards[1]!, 'board-5760x1080-16x9-letterboxed');

  // Unpinned: the walls rotate again.
  await dispatcher.getByTestId('composer-pin-综合态势').click();
  await expect(dispatcher.getByTestId('composer-pinned')).toHaveCount(0);
  for (const board of boards) await expect(board.getByTestId('board-pin-note')).toHaveCount(0);
  await Promise.all(walls.map((w) => w.close()));
  await desk.close();
});

test('the board keeps its proportions at 1920×1080, 1366×768 and 3840×2160', async ({ browser, demoStation }) => {
  const { url } = demoStation;
  const wall = await browser.newContext({ viewport: { width: 1920, height: 1080 }, deviceScaleFactor: 1 });
  await composeWall(wall.request, url);
  const b = await wall.newPage();
  await signIn(b, url, 'daping', DEMO_PASSWORD);
  await expect(b.getByTestId('board-page-name')).toHaveText('综合态势');
  for (const [w, h] of [[1920, 1080], [1366, 768], [3840, 2160]] as const) {
    await b.setViewportSize({ width: w, height: h });
    // Scaled to the largest 16:9 rectangle the screen holds.
    await expect.poll(async () => Math.round((await stageBox(b)).width)).toBe(Math.round(Math.min(w, (h * 16) / 9)));
    await expect(b.locator('[data-chart][data-drawn="no"]')).toHaveCount(0);
    await screen(b, `board-${w}x${h}`);
  }
  expect(statSync('test-results/screens/board-3840x2160.png').size).toBeLessThan(8_000_000);
  await wall.close();
});
