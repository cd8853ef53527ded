// 事件闭环 end to end: a dispatcher takes a phoned-in complaint (群众来电) at the intake drawer,
// accepts and dispatches it; the department handler (bumen) starts, reports progress and
// reports it handled; the dispatcher verifies it, records the caller's satisfaction and
// closes it. At each step the queue counts follow, and the timeline tells the whole story.
import type { Browser, Page } from '@playwright/test';
import { DEMO_PASSWORD, expect, test } from './fixtures';
import { signIn } from './helpers';
import { act, calmScreen, caseIdOf, clickRadio, expectQueueCounts, openCase, pickOption, readQueueCounts, rpc } from './cases-steps';

async function desk(browser: Browser, url: string, username: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', reducedMotion: 'reduce' });
  const page = await context.newPage();
  await signIn(page, url, username, DEMO_PASSWORD);
  await expect(page.getByTestId('workbench-page')).toBeVisible();
  return page;
}

test('a phoned-in case goes from intake to an evaluated closure', async ({ browser, demoStation }) => {
  test.setTimeout(240_000);
  const { url } = demoStation;
  const dispatcher = await desk(browser, url, 'diaodu');
  const dispatcherName = (await dispatcher.getByTestId('header-user').textContent())?.trim() ?? '';
  // An open 环境卫生 case in the same grid from an earlier call, so the intake offers it as a
  // possible duplicate (whatever the demo town holds there).
  const env = (await rpc<{ id: string; name: string }[]>(dispatcher, url, 'catalogue.tree', {})).find((c) => c.name === '环境卫生')!;
  const xikou3 = (await rpc<{ id: string; name: string }[]>(dispatcher, url, 'org.grids', {})).find((g) => g.name === '溪口村第3网格')!;
  const earlier = await rpc<{ number: string }>(dispatcher, url, 'cases.register', {
    source: 'resident_phone',
    reporterPhone: '13905712234',
    categoryId: env.id,
    handlingType: 'general',
    title: '溪口村3组垃圾收集点满溢',
    gridId: xikou3.id,
    address: '溪口村3组',
  });
  const before = await readQueueCounts(dispatcher);

  // ---- 登记: F2 opens the intake drawer; the caller's phone is required for 群众来电.
  await dispatcher.keyboard.press('F2');
  const drawer = dispatcher.getByTestId('intake-drawer');
  await expect(drawer).toBeVisible();
  await clickRadio(dispatcher, 'intake-source-resident_phone');
  await dispatcher.getByTestId('intake-reporter-name').fill('陈秀英');
  await dispatcher.getByTestId('intake-reporter-phone').fill('13857123486');
  await pickOption(dispatcher, 'intake-category', 'hjws', /^环境卫生$/);
  await pickOption(dispatcher, 'intake-subcategory', '餐饮', '餐饮油烟');
  await dispatcher.getByTestId('intake-title').fill('溪口村3组老街烧烤店油烟直排扰民');
  await dispatcher.getByTestId('intake-description').fill('来电反映老街18号烧烤店每晚油烟直排，居民无法开窗，希望尽快处理。');
  await dispatcher.getByTestId('intake-address').fill('溪口村第3网格 老街18号');
  await dispatcher.getByTestId('intake-locate').click();
  await expect(dispatcher.getByTestId('intake-grid')).toContainText('溪口村第3网格');
  // The open case of the same kind in that grid is offered as a duplicate; this call is a new one.
  const duplicates = dispatcher.getByTestId('intake-duplicates');
  await expect(duplicates).toContainText(earlier.number);
  await dispatcher.getByTestId('intake-continue').click();
  await expect(duplicates).toBeHidden();
  await dispatcher.getByTestId('intake-accept').uncheck(); // accepted as a separate step below
  await dispatcher.getByTestId('intake-title').press('Enter'); // Enter in a one-line field registers

  await expect(dispatcher.getByTestId('case-page')).toBeVisible();
  await expect(dispatcher.getByTestId('case-title')).toHaveText('溪口村3组老街烧烤店油烟直排扰民');
  await expect(dispatcher.getByTestId('case-status').first()).toHaveText('待受理');
  await expect(dispatcher.getByTestId('case-first-contact')).toHaveText(dispatcherName);
  await expect(dispatcher.getByTestId('case-reporter-phone')).toContainText('13857123486'); // a dispatcher may see it
  const id = caseIdOf(dispatcher);
  const number = (await dispatcher.getByTestId('case-number').textContent())!.trim();
  expect(number).toMatch(/^\d{4}-\d{4}-[A-Z]{1,4}-\d{4,}$/);
  await expectQueueCounts(dispatcher, { to_accept: before.to_accept + 1, mine: before.mine + 1 });
  await dispatcher.getByTestId('queue-to_accept').click();
  await expect(dispatcher.getByTestId('case-grid').getByText(number)).toBeVisible();

  // ---- 受理 → 待派遣 +1.
  await openCase(dispatcher, url, id);
  await act(dispatcher, 'accept', '待派遣');
  await expectQueueCounts(dispatcher, { to_accept: before.to_accept, to_dispatch: before.to_dispatch + 1 });

  // ---- 派遣 to the category's department (城管中队) → 待派遣 −1, 处置中 +1.
  await openCase(dispatcher, url, id);
  await act(dispatcher, 'dispatch', '待处置', async () => {
    await clickRadio(dispatcher, 'dispatch-kind-department');
    await dispatcher.getByTestId('action-note').fill('请城管中队今日到场核实处置');
  });
  await expect(dispatcher.getByTestId('case-facts')).toContainText('城管中队');
  await expectQueueCounts(dispatcher, { to_dispatch: before.to_dispatch, in_progress: before.in_progress + 1 });

  // The queue the dispatcher watches all day, with a couple of rows picked for a bulk action.
  await dispatcher.getByTestId('queue-in_progress').click();
  await expect(dispatcher.getByTestId('case-queue-total')).toHaveText(`共 ${before.in_progress + 1} 件`);
  // Filtered by its number (the core filters), the new case is the only row.
  await dispatcher.getByTestId('case-filter-text').fill(number);
  await expect(dispatcher.getByTestId('case-queue-total')).toHaveText('共 1 件');
  await expect(dispatcher.getByTestId('case-grid').getByText(number)).toBeVisible();
  await dispatcher.getByTestId('case-filter-text').fill('');
  await expect(dispatcher.getByTestId('case-queue-total')).toHaveText(`共 ${before.in_progress + 1} 件`);
  const checkboxes = dispatcher.getByTestId('case-grid').locator('.ag-selection-checkbox input');
  await checkboxes.nth(0).check();
  await checkboxes.nth(1).check();
  await expect(dispatcher.getByTestId('bulk-bar')).toContainText('已选 2 件');
  await calmScreen(dispatcher, 'case-queue');
  await dispatcher.getByTestId('bulk-bar').getByRole('button', { name: '取消选择' }).click();

  // ---- The department handler: 开始处置, 进展反馈, 处置完毕 → 处置中 −1, 待核查 +1.
  // Its counts cover its own department's cases only (case scope on the server).
  const handler = await desk(browser, url, 'bumen');
  const handlerBefore = await readQueueCounts(handler);
  await openCase(handler, url, id);
  await expect(handler.getByTestId('action-accept')).toHaveCount(0);
  await act(handler, 'start', '处置中');
  await act(handler, 'progress', '处置中', async () => {
    await handler.getByTestId('action-note').fill('已到现场，责令店主加装油烟净化器');
  });
  await act(handler, 'handle', '待核查', async () => {
    await handler.getByTestId('action-result').fill('店主已加装油烟净化设备并改为室内操作，现场复查无油烟直排');
  });
  await expectQueueCounts(handler, { in_progress: handlerBefore.in_progress - 1, to_verify: handlerBefore.to_verify + 1 });

  // ---- Back at the centre: 核查通过, 满意度评价, 结案 → 待核查 −1, 已办结 +1.
  await openCase(dispatcher, url, id);
  await act(dispatcher, 'verify', '待评价', async () => {
    await dispatcher.getByTestId('action-note').fill('电话回访并现场核查，整改到位');
  });
  await act(dispatcher, 'evaluate', '待结案', async () => {
    await clickRadio(dispatcher, 'satisfaction-satisfied');
  });
  await act(dispatcher, 'close', '已结案');
  await expect(dispatcher.getByTestId('case-actions')).toContainText('事件已办结');
  await expect(dispatcher.getByTestId('case-facts')).toContainText('满意');
  const timeline = dispatcher.getByTestId('case-timeline');
  for (const step of ['登记', '受理', '派遣', '开始处置', '反馈进展', '处置完毕', '核查通过', '满意度评价', '结案']) {
    await expect(timeline.getByText(step, { exact: true }).first()).toBeVisible();
  }
  await expect(dispatcher.getByTestId('timeline-item')).toHaveCount(9);
  await calmScreen(dispatcher, 'case-page');

  await expectQueueCounts(dispatcher, { to_verify: before.to_verify, closed: before.closed + 1, mine: before.mine });
  await dispatcher.context().close();
  await handler.context().close();
});
