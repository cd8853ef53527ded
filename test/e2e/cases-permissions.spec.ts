// Least privilege at the case desk: an action the account may not take is not offered, and
// when it is attempted anyway (or a bulk action meets cases in the wrong state) the core
// refuses with a Chinese message naming the cases — and nothing is done.
import { DEMO_PASSWORD, expect, test } from './fixtures';
import { signIn } from './helpers';
import { expectQueueCounts, openCase, readQueueCounts, rpc, rpcAs } from './cases-steps';

test('a department handler sees its department’s cases only, and is not offered the dispatcher’s actions', async ({ page, demoStation }) => {
  const asDispatcher = <T>(method: string, input: unknown) => rpcAs<T>(page.request, demoStation.url, 'diaodu', DEMO_PASSWORD, method, input);
  const env = (await asDispatcher<{ id: string; name: string }[]>('catalogue.tree', {})).find((c) => c.name === '环境卫生')!;
  const someGrid = (await asDispatcher<{ id: string }[]>('org.grids', {}))[0]!;
  const cg = (await asDispatcher<{ id: string; code: string }[]>('departments.list', {})).find((d) => d.code === 'CG')!;
  const register = (title: string) =>
    asDispatcher<{ id: string; number: string }>('cases.register', {
      source: 'resident_phone',
      reporterPhone: '13905712235',
      categoryId: env.id,
      handlingType: 'general',
      title,
      gridId: someGrid.id,
      address: '村口',
    });
  // A phoned-in case dispatched to 城管 (bumen's department), and one still waiting for acceptance.
  const ours = await register('村口路灯不亮');
  await asDispatcher('cases.act', { id: ours.id, action: { type: 'accept', attachments: [] } });
  await asDispatcher('cases.act', { id: ours.id, action: { type: 'dispatch', target: { kind: 'department', departmentId: cg.id }, attachments: [] } });
  const waiting = await register('桥头护栏破损');

  await signIn(page, demoStation.url, 'bumen', DEMO_PASSWORD);
  await expect(page.getByTestId('workbench-page')).toBeVisible();
  await expect(page.getByTestId('intake-open')).toHaveCount(0); // may not register cases
  // Its start screen is its department's queue: the case dispatched to it, not the one waiting for acceptance.
  const focus = page.getByTestId('start-department').getByTestId('start-focus');
  await expect(focus.getByTestId('start-case').filter({ hasText: ours.number })).toHaveCount(1);
  await expect(focus.getByTestId('start-case').filter({ hasText: waiting.number })).toHaveCount(0);

  await readQueueCounts(page);
  await page.getByTestId('queue-all').click();
  const grid = page.getByTestId('case-grid');
  await expect(grid.getByTestId('case-row-number').first()).toBeVisible();
  await expect(grid.getByTestId('case-row-number').filter({ hasText: ours.number })).toHaveCount(1);
  await expect(grid.getByTestId('case-row-number').filter({ hasText: waiting.number })).toHaveCount(0);

  // Selecting rows offers no bulk action this account may not take.
  await grid.locator('.ag-selection-checkbox input').first().check();
  await expect(page.getByTestId('bulk-bar')).toContainText('已选 1 件');
  await expect(page.getByTestId('bulk-accept')).toHaveCount(0);
  await expect(page.getByTestId('bulk-dispatch')).toHaveCount(0);
  await expect(page.getByTestId('bulk-urge')).toHaveCount(0);

  // Its own case: handling actions only, and the caller's phone masked for an account without
  // sensitive-data access.
  await openCase(page, demoStation.url, ours.id);
  await expect(page.getByTestId('case-number')).toHaveText(ours.number);
  await expect(page.getByTestId('case-status').first()).toHaveText('待处置');
  await expect(page.getByTestId('action-start')).toBeVisible();
  await expect(page.getByTestId('action-dispatch')).toHaveCount(0);
  await expect(page.getByTestId('action-reject')).toHaveCount(0);
  await expect(page.getByTestId('case-reporter-phone')).toContainText('已脱敏');
  await expect(page.getByTestId('case-reporter-phone')).not.toContainText('13905712235');

  // A case outside its scope does not open, even by its address.
  await page.goto(`${demoStation.url}/#/cases/${waiting.id}`);
  await expect(page.getByText('无法打开该事件')).toBeVisible();
  await expect(page.getByText('事件不存在，或不在本账号的办理范围内')).toBeVisible();

  // Attempted anyway through the endpoint: refused in Chinese, the case unchanged.
  await expect(rpc(page, demoStation.url, 'cases.act', { id: waiting.id, action: { type: 'accept' } })).rejects.toThrow('当前账号无权受理');
  await expect(rpc(page, demoStation.url, 'cases.act', { id: waiting.id, action: { type: 'start' } })).rejects.toThrow('不在本账号的办理范围内');
  const after = await asDispatcher<{ status: string }>('cases.get', { id: waiting.id });
  expect(after.status).toBe('registered');
});

test('bulk accept refuses cases already accepted, naming them, and does nothing', async ({ page, demoStation }) => {
  // Two calls just taken, waiting for acceptance (how many of the demo's own cases still wait
  // depends on the hour the demo was built).
  const asDispatcher = <T>(method: string, input: unknown) => rpcAs<T>(page.request, demoStation.url, 'diaodu', DEMO_PASSWORD, method, input);
  const env = (await asDispatcher<{ id: string; name: string }[]>('catalogue.tree', {})).find((c) => c.name === '环境卫生')!;
  const someGrid = (await asDispatcher<{ id: string }[]>('org.grids', {}))[0]!;
  const call = (title: string) =>
    asDispatcher<{ id: string }>('cases.register', { source: 'patrol', categoryId: env.id, handlingType: 'general', title, gridId: someGrid.id, address: '村口' });
  for (const title of ['村口垃圾桶满溢', '河道漂浮垃圾']) await call(title);
  // And one already accepted (待派遣).
  const accepted = await call('桥头路灯不亮');
  await asDispatcher('cases.act', { id: accepted.id, action: { type: 'accept', attachments: [] } });
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
