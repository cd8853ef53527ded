// The wall's live panels (最新事件, 今日值班, 今日会议, 最新考核排名) on a page the administrator
// composed and a desk pinned: a case accepted at a desk shows in the feed at once (the `changed`
// event invalidates board.feed, which refetches alone), and the page at the wall's sizes.
import type { APIRequestContext } from '@playwright/test';
import type { BoardPanelPlacement } from '../../shared/board/board-panels';
import { DEMO_PASSWORD, expect, test } from './fixtures';
import { rpcAs } from './cases-steps';
import { screen, signIn } from './helpers';

/** The four live panels on one 16:9 page. */
const LIVE_PAGE: BoardPanelPlacement[] = [
  { panel: 'case-feed', x: 0, y: 0, w: 10, h: 12 },
  { panel: 'duty', x: 10, y: 0, w: 7, h: 3 },
  { panel: 'meetings-today', x: 10, y: 3, w: 7, h: 9 },
  { panel: 'ranking', x: 17, y: 0, w: 7, h: 12 },
];

/** The administrator composes the page; the centre's director pins it on every wall. */
async function pinLivePage(request: APIRequestContext, url: string, panels = LIVE_PAGE): Promise<void> {
  const page = await rpcAs<{ id: string }>(request, url, 'admin', DEMO_PASSWORD, 'board.savePage', { name: '实时动态', canvas: '16:9', panels });
  await rpcAs(request, url, 'admin', DEMO_PASSWORD, 'board.pin', { pageId: page.id });
}

test('a case accepted at a desk shows in the board’s feed at once', async ({ page, request, demoStation }) => {
  const { url } = demoStation;
  await pinLivePage(request, url);
  await signIn(page, url, 'daping', DEMO_PASSWORD);
  const feed = page.getByTestId('board-panel-case-feed');
  await expect(feed.getByTestId('board-feed-row')).toHaveCount(20);

  const categories = await rpcAs<{ id: string; name: string }[]>(request, url, 'diaodu', DEMO_PASSWORD, 'catalogue.tree', {});
  const grids = await rpcAs<{ id: string; name: string }[]>(request, url, 'diaodu', DEMO_PASSWORD, 'org.grids', {});
  const registered = await rpcAs<{ id: string; number: string }>(request, url, 'diaodu', DEMO_PASSWORD, 'cases.register', {
    source: 'resident_phone',
    reporterName: '陈秀英',
    reporterPhone: '13857901234',
    categoryId: categories.find((c) => c.name === '安全生产')?.id ?? categories[0]!.id,
    handlingType: 'general',
    title: '陈秀英（13857901234）反映仓库门口堆物',
    address: '老街18号3单元502室',
    gridId: grids.find((g) => g.name === '溪口村第3网格')!.id,
  });
  const row = feed.locator(`[data-testid="board-feed-row"][data-number="${registered.number}"]`);
  await expect(row).toContainText('待受理');
  await rpcAs(request, url, 'diaodu', DEMO_PASSWORD, 'cases.act', { id: registered.id, action: { type: 'accept', attachments: [] } });
  // Pushed: the write's event invalidates board.feed, which is fetched again (well within a second
  // on an idle PC). The panel's own refresh is once a minute, so this bound — wide enough for a
  // busy test machine, no timing claim — still needs the push.
  await expect(row).toContainText('待派遣', { timeout: 10_000 });
  await expect(feed.getByTestId('board-feed-row').first()).toHaveAttribute('data-number', registered.number);
  await expect(row).toContainText('老街18号'); // the building, not the flat
  const text = await feed.innerText();
  for (const personal of ['陈秀英', '13857901234', '堆物', '502室']) expect(text).not.toContain(personal);
});

test('the live panels with the demo town’s data at 1920×1080 and 1366×768', async ({ browser, request, demoStation }) => {
  const { url } = demoStation;
  await pinLivePage(request, url);
  for (const [width, height] of [
    [1920, 1080],
    [1366, 768],
  ] as const) {
    const context = await browser.newContext({ viewport: { width, height } });
    const page = await context.newPage();
    await signIn(page, url, 'daping', DEMO_PASSWORD);
    await expect(page.getByTestId('board-feed-row')).toHaveCount(20);
    await expect(page.getByTestId('board-duty-leader')).toContainText('带班领导');
    await expect(page.getByTestId('board-duty-officer')).not.toContainText('未安排');
    await expect(page.getByTestId('board-panel-meetings-today')).toContainText('早例会');
    await expect(page.getByTestId('board-rank-top').locator('.tgb-rank-row')).toHaveCount(5);
    await expect(page.getByTestId('board-rank-bottom').locator('.tgb-rank-row')).toHaveCount(5);
    const text = await page.getByTestId('board-page').innerText();
    expect(text).not.toMatch(/1[3-9]\d{9}/); // no mobile numbers on the wall
    await screen(page, `board-panels-${width}x${height}`);
    await context.close();
  }
});
