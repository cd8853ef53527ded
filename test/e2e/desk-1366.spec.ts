// The desk at 1366×768 (many town offices' PCs and projectors), with the left navigation open:
// on every key screen the key columns are in view (their headers inside the grid, not cut) and
// nothing scrolls sideways; at 1920×1080 and 2560×1440 the columns that gave way come back.
// One station, one sign-in, one walk through the screens.
import type { Locator, Page } from '@playwright/test';
import { DEMO_PASSWORD, expect, test } from './fixtures';
import { screen, signIn } from './helpers';

/** Every element of the page that scrolls sideways (the page itself included), except inside `except`: none is wanted. */
async function sideScrolls(page: Page, except?: string): Promise<string[]> {
  return page.evaluate((except) => {
    const found: string[] = [];
    const doc = document.scrollingElement!;
    if (doc.scrollWidth > doc.clientWidth) found.push(`页面 ${doc.scrollWidth}/${doc.clientWidth}`);
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('body *'))) {
      const x = getComputedStyle(el).overflowX;
      if (except && el.closest(except)) continue;
      if ((x === 'auto' || x === 'scroll') && el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1) {
        found.push(`${el.tagName.toLowerCase()}.${String(el.className).split(' ')[0]} ${el.scrollWidth}/${el.clientWidth}`);
      }
    }
    return found;
  }, except);
}

/**
 * An AG Grid's key columns: each header inside the grid's box, its title not cut, and no sideways
 * scroll. The grid fits its columns after they load (data-grid.tsx hides the ones that give way),
 * which re-renders the header row: so every header is measured in one reading of the page, and the
 * reading is repeated until the layout holds (or the wait runs out and the last reading is reported).
 */
async function keyColumnsInView(page: Page, grid: Locator, columns: readonly string[], where: string): Promise<void> {
  await expect(grid.locator('.ag-root-wrapper')).toBeVisible();
  await expect(async () => {
    const problems = await grid.evaluate((root, ids) => {
      const found: string[] = [];
      const box = root.querySelector('.ag-root-wrapper')!.getBoundingClientRect();
      for (const id of ids) {
        const header = root.querySelector<HTMLElement>(`.ag-header-cell[col-id="${id}"]`);
        const b = header?.getBoundingClientRect();
        if (!header || !b || b.width === 0) { found.push(`${id} not shown`); continue; }
        if (b.x < box.x - 1) found.push(`${id} starts outside the grid`);
        if (b.x + b.width > box.x + box.width + 1) found.push(`${id} ends outside the grid`);
        const text = header.querySelector<HTMLElement>('.ag-header-cell-text');
        if (!text || text.scrollWidth > text.clientWidth) found.push(`${id} header cut`);
      }
      const scroll = root.querySelector<HTMLElement>('.ag-body-horizontal-scroll-viewport');
      if (scroll && scroll.scrollWidth - scroll.clientWidth > 1) found.push('sideways scroll in the grid');
      return found;
    }, columns);
    expect(problems, where).toEqual([]);
    expect(await sideScrolls(page), where).toEqual([]);
  }).toPass({ timeout: 15_000 });
}

const QUEUE_KEYS = ['number', 'title', 'status', 'assignee', 'deadlineAt', 'supervised'];
/** Each ledger tab with the columns it always shows (ledger-columns.tsx KEY_COLUMNS, and 操作). */
const LEDGERS: [string, string[]][] = [
  ['实有人口', ['name', 'genderAge', 'citizenId', 'phone', 'residenceType', 'address', 'actions']],
  ['户', ['householdNo', 'headName', 'memberCount', 'address', 'gridName', 'actions']],
  ['房屋（含出租）', ['address', 'buildingName', 'unit', 'room', 'isRental', 'landlordName', 'landlordPhone', 'actions']],
  ['楼栋', ['name', 'address', 'floors', 'houseCount', 'gridName']],
  ['单位场所', ['name', 'kind', 'address', 'legalPerson', 'phone', 'actions']],
  ['部件设施', ['code', 'kind', 'name', 'location', 'condition', 'actions']],
  ['特殊人群', ['name', 'citizenId', 'phone', 'kind', 'supervisionLevel', 'status', 'actions']],
  ['矛盾纠纷', ['foundDate', 'parties', 'kind', 'summary', 'status', 'actions']],
];

test('the desk at 1366×768: key columns in view and no sideways scroll on every key screen; the big screens show all columns', async ({ page, demoStation }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await signIn(page, demoStation.url, 'admin', DEMO_PASSWORD);
  await expect(page.getByTestId('header-user')).toBeVisible();
  const go = (path: string) => page.goto(`${demoStation.url}/#${path}`);

  // 事件办理: the supervised queue (rows in every column); 来源 and 大类/小类 gave way.
  await go('/cases?queue=supervised');
  const queue = page.getByTestId('case-grid');
  await expect(queue.getByTestId('case-row-number').first()).toBeVisible();
  await keyColumnsInView(page, queue, QUEUE_KEYS, '事件队列');
  await expect(queue.locator('.ag-header-cell[col-id="source"]')).toHaveCount(0);
  // Case numbers stay on one line, whole.
  expect(await queue.getByTestId('case-row-number').first().evaluate((e) => e.getBoundingClientRect().height < 24 && e.scrollWidth <= e.parentElement!.clientWidth)).toBe(true);
  await screen(page, 'desk-1366-queue');

  // 基础台账: every ledger tab.
  await go('/registry');
  const ledger = page.getByTestId('ledger-grid');
  for (const [tab, keys] of LEDGERS) {
    await page.getByRole('tab', { name: tab, exact: true }).click();
    await expect(page.getByTestId('ledger-total')).toHaveAttribute('data-settled', 'yes');
    await expect(ledger.locator('.ag-row').first()).toBeVisible();
    await keyColumnsInView(page, ledger, keys, `台账 ${tab}`);
    if (tab === '单位场所') {
      // The phone (masked 138****5678) shows whole.
      const phone = ledger.locator('.ag-cell[col-id="phone"]').first();
      await expect(phone).toHaveText(/^\d{3}\*{4}\d{4}$/);
      expect(await phone.evaluate((e) => e.scrollWidth <= e.clientWidth)).toBe(true);
      await screen(page, 'desk-1366-ledger-organisations');
    }
    if (tab === '实有人口') await screen(page, 'desk-1366-ledger-people');
  }
  // A surname over the whole town is a broad search: counted to 1,000, and said so on one line.
  await page.getByRole('tab', { name: '实有人口', exact: true }).click();
  const broad = page.getByTestId('ledger-total');
  // The people's own table and count first: a search box typed in while the tab changes is replaced.
  await expect(ledger.locator('.ag-header-cell[col-id="citizenId"]')).toBeVisible();
  await expect(broad).toHaveAttribute('data-settled', 'yes');
  await page.getByTestId('ledger-search').fill('陈');
  await expect(page.getByTestId('ledger-search')).toHaveValue('陈');
  await expect(broad).toHaveAttribute('data-search', '陈');
  await expect(broad).toHaveText('超过 1,000 条，请输入更多文字缩小范围');
  expect((await broad.boundingBox())!.height, 'the count on one line').toBeLessThan(30);
  await expect(ledger.locator('.ag-row').first()).toContainText('陈');
  expect(await sideScrolls(page)).toEqual([]);
  await screen(page, 'desk-1366-ledger-broad-search');
  await page.getByTestId('ledger-search').fill('');

  // 组织架构: the grid list.
  await go('/org');
  const grids = page.getByTestId('grid-list');
  await expect(grids.locator('.ag-row').first()).toBeVisible();
  await keyColumnsInView(page, grids, ['code', 'name', 'villageName', 'households', 'leaderName', 'actions'], '网格列表');
  await screen(page, 'desk-1366-org');

  // 网格地图: the toolbar and the side panel fit.
  await go('/map');
  await expect(page.getByTestId('map-canvas')).toHaveAttribute('data-rendered', 'yes');
  const title = page.locator('.tg-map-toolbar .tg-page-title');
  expect((await title.boundingBox())!.height, 'the map title on one line').toBeLessThan(40);
  expect(await sideScrolls(page)).toEqual([]);
  await screen(page, 'desk-1366-map');

  // 网格员工作: the week's logs and the 入户核实 sample.
  await go('/routine');
  await expect(page.getByTestId('completeness-table').locator('.ant-table-row').first()).toBeVisible();
  expect(await sideScrolls(page), '日志完成情况').toEqual([]);
  await screen(page, 'desk-1366-routine');
  await page.getByRole('tab', { name: '入户核实' }).click();
  await expect(page.getByTestId('verification-sample')).toBeVisible();
  expect(await sideScrolls(page), '入户核实').toEqual([]);

  // 考核评价: the runs and one run's ranking.
  await go('/assessment');
  const runs = page.getByTestId(/^assessment-run-\d{4}Q[1-4]-grid$/);
  await expect(runs.first()).toBeVisible();
  expect(await sideScrolls(page), '考核列表').toEqual([]);
  await runs.first().click();
  const ranking = page.getByTestId('assessment-ranking');
  await expect(ranking.getByTestId('assessment-rank').first()).toBeVisible();
  // The indicator columns scroll between the fixed rank and subject (left) and the sum, total and grade (right).
  const rankingBox = (await ranking.boundingBox())!;
  for (const name of ['排名', '考核对象', '加减分', '总分', '等次']) {
    const b = (await ranking.locator('thead th').filter({ hasText: name }).first().boundingBox())!;
    expect(b.x >= rankingBox.x - 1 && b.x + b.width <= rankingBox.x + rankingBox.width + 1, `考核排名: ${name} in view`).toBe(true);
  }
  expect(await sideScrolls(page, '[data-testid="assessment-ranking"]'), '考核排名').toEqual([]);
  expect((await page.getByTestId('assessment-run-title').boundingBox())!.height, 'the run title on one line').toBeLessThan(30);
  await screen(page, 'desk-1366-assessment');

  // 例会: the month's meetings and the tasks.
  await go('/meetings');
  await expect(page.getByTestId('meetings-list')).toBeVisible();
  expect(await sideScrolls(page), '例会').toEqual([]);
  await screen(page, 'desk-1366-meetings');
  await go('/meetings?tab=tasks');
  await expect(page.getByTestId('meetings-tasks')).toBeVisible();
  expect(await sideScrolls(page), '例会任务').toEqual([]);

  // 系统设置: accounts and the audit log.
  await go('/settings?tab=accounts');
  await expect(page.getByTestId('accounts-tab').locator('.ant-table-row').first()).toBeVisible();
  expect(await sideScrolls(page), '账号管理').toEqual([]);
  await go('/settings?tab=audit');
  await expect(page.getByTestId('audit-table').locator('.ant-table-row').first()).toBeVisible();
  expect(await sideScrolls(page), '操作审计').toEqual([]);
  await screen(page, 'desk-1366-audit');

  // The big screens: every queue column, the columns that gave way back in view.
  for (const [width, height] of [
    [1920, 1080],
    [2560, 1440],
  ] as const) {
    await page.setViewportSize({ width, height });
    await go('/cases?queue=supervised');
    await expect(queue.getByTestId('case-row-number').first()).toBeVisible();
    await keyColumnsInView(page, queue, [...QUEUE_KEYS, 'grid', 'category', 'source', 'handlingType'], `事件队列 ${width}`);
    await screen(page, `desk-${width}-queue`);
    await go('/registry?kind=organisation');
    await expect(page.getByTestId('ledger-total')).toHaveAttribute('data-settled', 'yes');
    await keyColumnsInView(page, ledger, ['name', 'kind', 'address', 'legalPerson', 'phone', 'employees', 'safetyGrade', 'gridName', 'actions'], `单位场所 ${width}`);
    await screen(page, `desk-${width}-ledger-organisations`);
  }
});
