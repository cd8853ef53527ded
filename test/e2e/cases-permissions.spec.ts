// Least privilege at the case desk: an action the account may not take is not offered, and
// when it is attempted anyway (or a bulk action meets cases in the wrong state) the core
// refuses with a Chinese message naming the cases — and nothing is done.
import { DEMO_PASSWORD, expect, test } from './fixtures';
import { signIn } from './helpers';
import { expectQueueCounts, openCase, readQueueCounts, rpc, rpcAs } from './cases-steps';

test('a department handler is not offered the dispatcher’s actions', async ({ page, demoStation }) => {
  // A phoned-in case waiting for acceptance, with the caller's number (registered by the dispatcher).
  const asDispatcher = <T>(method: string, input: unknown) => rpcAs<T>(page.request, demoStation.url, 'diaodu', DEMO_PASSWORD, method, input);
  const env = (await asDispatcher<{ id: string; name: string }[]>('catalogue.tree', {})).find((c) => c.name === '环境卫生')!;
  const someGrid = (await asDispatcher<{ id: string }[]>('org.grids', {}))[0]!;
  const phoned = await asDispatcher<{ id: string; number: string }>('cases.register', {
    source: 'resident_phone',
    reporterPhone: '13905712235',
    categoryId: env.id,
    handlingType: 'general',
    title: '村口路灯不亮',
    gridId: someGrid.id,
    address: '村口',
  });

  await signIn(page, demoStation.url, 'bumen', DEMO_PASSWORD);
  await expect(page.getByTestId('workbench-page')).toBeVisible();
  await expect(page.getByTestId('workbench-count-to_accept')).toHaveText(/\d+/);
  await expect(page.getByTestId('intake-open')).toHaveCount(0); // may not register cases

  await readQueueCounts(page);
  await page.getByTestId('queue-to_accept').click();
  const grid = page.getByTestId('case-grid');
  await expect(grid.getByTestId('case-row-number').first()).toBeVisible();

  // Selecting rows offers no bulk action this account may not take.
  await grid.locator('.ag-selection-checkbox input').first().check();
  await expect(page.getByTestId('bulk-bar')).toContainText('已选 1 件');
  await expect(page.getByTestId('bulk-accept')).toHaveCount(0);
  await expect(page.getByTestId('bulk-dispatch')).toHaveCount(0);
  await expect(page.getByTestId('bulk-urge')).toHaveCount(0);

  // A case waiting for acceptance: no 受理 / 不予受理 / 派遣 for a department handler.
  const number = (await grid.getByTestId('case-row-number').first().textContent())!.trim();
  await grid.getByTestId('case-row-number').first().click();
  await expect(page.getByTestId('case-number')).toHaveText(number);
  await expect(page.getByTestId('case-status').first()).toHaveText('待受理');
  await expect(page.getByTestId('case-actions')).toHaveText('当前账号在此环节无可执行的操作');

  // The phoned-in one: the same, and the caller's phone is masked for an account without
  // sensitive-data access.
  await openCase(page, demoStation.url, phoned.id);
  await expect(page.getByTestId('case-number')).toHaveText(phoned.number);
  await expect(page.getByTestId('case-status').first()).toHaveText('待受理');
  await expect(page.getByTestId('case-actions')).toHaveText('当前账号在此环节无可执行的操作');
  await expect(page.getByTestId('action-accept')).toHaveCount(0);
  await expect(page.getByTestId('action-reject')).toHaveCount(0);
  await expect(page.getByTestId('action-dispatch')).toHaveCount(0);
  await expect(page.getByTestId('case-reporter-phone')).toContainText('已脱敏');
  await expect(page.getByTestId('case-reporter-phone')).not.toContainText('13905712235');

  // Attempted anyway through the endpoint: refused in Chinese, the case unchanged.
  await expect(rpc(page, demoStation.url, 'cases.act', { id: phoned.id, action: { type: 'accept' } })).rejects.toThrow(`事件${phoned.number}：当前账号无权受理`);
  await page.reload();
  await expect(page.getByTestId('case-status').first()).toHaveText('待受理');
});

test('bulk accept refuses cases already accepted, naming them, and does nothing', async ({ page, demoStation }) => {
  await signIn(page, demoStation.url, 'diaodu', DEMO_PASSWORD);
  await expect(page.getByTestId('workbench-page')).toBeVisible();
  const before = await readQueueCounts(page);
  expect(before.to_dispatch).toBeGreaterThan(0);
  expect(before.to_accept).toBeGreaterThan(1);
  const grid = page.getByTestId('case-grid');

  // A case already accepted (待派遣) cannot be accepted again: the error names it.
  await page.getByTestId('queue-to_dispatch').click();
  await expect(page.getByTestId('case-queue-total')).toHaveText(`共 ${before.to_dispatch} 件`);
  const number = (await grid.getByTestId('case-row-number').first().textContent())!.trim();
  await grid.locator('.ag-selection-checkbox input').first().check();
  await page.getByTestId('bulk-accept').click();
  await page.getByTestId('bulk-ok').click();
  const error = page.getByTestId('bulk-error');
  await expect(error).toContainText('有1件事件不能受理，全部未执行');
  await expect(error).toContainText(`事件${number}：事件当前为“待派遣”，不能受理`);
  await page.getByTestId('bulk-cancel').click();
  await expectQueueCounts(page, { to_accept: before.to_accept, to_dispatch: before.to_dispatch });

  // Two cases waiting for acceptance are accepted together.
  await page.getByTestId('queue-to_accept').click();
  await expect(page.getByTestId('case-queue-total')).toHaveText(`共 ${before.to_accept} 件`);
  const boxes = grid.locator('.ag-selection-checkbox input');
  await boxes.nth(0).check();
  await boxes.nth(1).check();
  await page.getByTestId('bulk-accept').click();
  await expect(page.getByTestId('bulk-list').locator('.ant-tag')).toHaveCount(2);
  await page.getByTestId('bulk-ok').click();
  await expect(page.getByText('已受理2件事件')).toBeVisible();
  await expectQueueCounts(page, { to_accept: before.to_accept - 2, to_dispatch: before.to_dispatch + 2 });
});
