// Every role signs in to its own start screen (工作台) on the demo town: the dispatcher its queues
// and 登记事件 (F2), the director the town's figures, overdue and 督办 cases, the week's meetings
// and the ranking, the department handler its department's queue, the grid worker its cases and
// its day, the supervisor its area's problems, the presenter the meetings, the administrator the
// director's view with the system's state. Each at 1366×768 with nothing scrolling sideways
// (screenshots start-<role>-1366), two at 1920×1080 and one at 2560×1440. One station for all;
// each account signs in through the endpoint and the tab takes its token.
import type { APIRequestContext, Page } from '@playwright/test';
import { DEMO_PASSWORD, expect, test } from './fixtures';
import { ADMIN, screen } from './helpers';

async function openAs(page: Page, request: APIRequestContext, url: string, username: string, password = DEMO_PASSWORD): Promise<void> {
  const res = await request.post(`${url}/rpc/auth.login`, { data: { username, password } });
  const body = (await res.json()) as { ok: boolean; data?: { token: string }; error?: { message: string } };
  expect(body.ok, body.error?.message).toBe(true);
  await page.evaluate((token) => sessionStorage.setItem('towngrid.session-token', token), body.data!.token);
  await page.goto(`${url}/#/`);
  await page.reload();
  await expect(page.getByTestId('workbench-page')).toBeVisible();
}

/** Every card has its data (no spinner, no 「…」 placeholder left), so the screenshot shows the screen as used. */
async function expectLoaded(page: Page): Promise<void> {
  await expect(page.locator('.tgw-page .ant-spin-spinning')).toHaveCount(0);
  await expect(page.locator('.tgw-page .ant-card-loading-content')).toHaveCount(0);
  await expect(page.locator('.tgw-figure-value, .tgw-tile-value, .tgw-card-value').filter({ hasText: '…' })).toHaveCount(0);
}

/** Nothing scrolls sideways: the document, the content area, every card and every case line. */
async function expectNoSideScroll(page: Page): Promise<void> {
  await expectLoaded(page);
  const over = await page.evaluate(() => {
    const wide = (el: Element) => el.scrollWidth > el.clientWidth + 1;
    const out: string[] = [];
    if (wide(document.scrollingElement!)) out.push('document');
    for (const el of document.querySelectorAll('.tg-content, .tgw-panel .ant-card-body, .tgw-case, .tgw-cards, .tgw-tiles, .tgw-figures')) {
      if (wide(el)) out.push(`${el.className.toString().slice(0, 40)} ${el.scrollWidth}>${el.clientWidth}`);
    }
    // A case number broken over two lines is the 1366 bug this screen once had.
    for (const el of document.querySelectorAll('.tgw-case-number')) if (el.getClientRects().length > 1) out.push(`wrapped ${el.textContent}`);
    return out;
  });
  expect(over).toEqual([]);
}

test('each role signs in to its own start screen, at 1366×768 without sideways scrolling', async ({ page, request, demoStation }) => {
  test.setTimeout(180_000);
  const { url } = demoStation;
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(url);

  // 受理调度员: its queues, overdue and due-soon lists, today's meetings, 登记事件 with F2.
  await openAs(page, request, url, 'diaodu');
  await expect(page.getByTestId('start-dispatcher')).toBeVisible();
  await expect(page.getByTestId('workbench-count-overdue')).toHaveText(/^[\d,]+件$/);
  await expect(page.getByTestId('workbench-list-overdue').getByTestId('start-case').first()).toBeVisible();
  await expect(page.getByTestId('workbench-meetings')).toBeVisible();
  await expect(page.getByTestId('intake-open')).toBeVisible();
  await expect(page.getByTestId('start-keys')).toContainText('F2 登记事件');
  await expectNoSideScroll(page);
  await screen(page, 'start-dispatcher-1366');

  // 中心主任: the town's figures, overdue and 督办 cases, the week's meetings, the ranking.
  await openAs(page, request, url, 'zhuren');
  await expect(page.getByTestId('start-director')).toBeVisible();
  await expect(page.getByTestId('figure-on-time')).toContainText(/上月|年\d+月/);
  await expect(page.getByTestId('figure-population')).toContainText(/\d/);
  await expect(page.getByTestId('start-focus-count-overdue')).toHaveText(/^[\d,]+$/);
  await expect(page.getByTestId('start-focus').getByTestId('start-case').first()).toBeVisible();
  await expect(page.getByTestId('start-week-meetings')).toBeVisible();
  await expect(page.getByTestId('start-rank-top')).toBeVisible();
  await expect(page.getByTestId('start-rank-bottom')).toBeVisible();
  await page.getByTestId('start-focus-tab-supervised').click();
  await expect(page.getByTestId('start-focus-tab-supervised')).toHaveAttribute('aria-selected', 'true');
  await expectNoSideScroll(page);
  await screen(page, 'start-director-1366');
  await page.setViewportSize({ width: 1920, height: 1080 });
  await expectNoSideScroll(page);
  await screen(page, 'start-director-1920');
  await page.setViewportSize({ width: 1366, height: 768 });

  // 部门处置人员: its department's queue with deadlines; it may not register cases (no F2).
  await openAs(page, request, url, 'bumen');
  await expect(page.getByTestId('start-department')).toBeVisible();
  await expect(page.getByTestId('start-focus')).toContainText('本部门');
  await expect(page.getByTestId('start-focus-count-to_handle')).toHaveText(/^[\d,]+$/);
  await expect(page.getByTestId('start-focus-count-rework')).toHaveText(/^[\d,]+$/);
  await expect(page.getByTestId('start-deadlines-count-overdue')).toHaveText(/^[\d,]+$/);
  await expect(page.getByTestId('intake-open')).toHaveCount(0);
  await expect(page.getByText('F2 登记事件')).toHaveCount(0);
  await expectNoSideScroll(page);
  await screen(page, 'start-department-1366');

  // 督导员: its area's open problems.
  await openAs(page, request, url, 'dudao');
  await expect(page.getByTestId('start-supervisor')).toBeVisible();
  await expect(page.getByTestId('start-focus')).toContainText(/督导片区（\d+个网格）/);
  await expect(page.getByTestId('start-focus-count-to_verify')).toHaveText(/^[\d,]+$/);
  await expect(page.getByTestId('intake-open')).toHaveCount(0);
  await expectNoSideScroll(page);
  await screen(page, 'start-supervisor-1366');

  // 网格员: its grids' cases and its day.
  await openAs(page, request, url, 'wangge');
  await expect(page.getByTestId('start-grid-worker')).toBeVisible();
  await expect(page.getByTestId('start-focus')).toContainText('我的网格');
  await expect(page.getByTestId('start-my-grids')).toContainText('网格');
  await expect(page.getByTestId('start-my-day').getByTestId('day-strip')).toBeVisible();
  await expect(page.getByTestId('start-focus-count-open')).toHaveText(/^[\d,]+$/);
  await expect(page.getByTestId('intake-open')).toBeVisible();
  await expectNoSideScroll(page);
  await screen(page, 'start-grid-worker-1366');

  // 例会汇报人: the meetings, no case registration and no F2 hint.
  await openAs(page, request, url, 'huibao');
  await expect(page.getByTestId('start-presenter')).toBeVisible();
  await expect(page.getByTestId('start-rank-top')).toBeVisible();
  await expect(page.getByTestId('workbench-meetings')).toBeVisible();
  await expect(page.getByTestId('start-week-meetings')).toBeVisible();
  await expect(page.getByTestId('intake-open')).toHaveCount(0);
  await expect(page.getByText('F2 登记事件')).toHaveCount(0);
  await expectNoSideScroll(page);
  await screen(page, 'start-presenter-1366');

  // 系统管理员: the director's view with the system's state.
  await openAs(page, request, url, ADMIN.username, ADMIN.password);
  await expect(page.getByTestId('start-admin')).toBeVisible();
  await expect(page.getByTestId('start-system')).toContainText('最近备份');
  await expect(page.getByTestId('start-town-figures')).toBeVisible();
  await expectNoSideScroll(page);
  await screen(page, 'start-admin-1366');

  // The dispatcher's workbench on the wide screens.
  await openAs(page, request, url, 'diaodu');
  await page.setViewportSize({ width: 1920, height: 1080 });
  await expect(page.getByTestId('workbench-list-due_soon')).toBeVisible();
  await expectNoSideScroll(page);
  await screen(page, 'start-dispatcher-1920');
  await page.setViewportSize({ width: 2560, height: 1440 });
  await expectNoSideScroll(page);
  await screen(page, 'start-dispatcher-2560');
});
