// Emergency mode: a 突发 case turns the wall display's board into an alarm (banner, the grid and
// its alerted neighbours on a small map, who responds) until a dispatching desk acknowledges it
// from the bar at the top of its screen; the acknowledgement and who made it are in the case's
// timeline, and the wall's alarm clears without a reload.
import { DEMO_PASSWORD, expect, test } from './fixtures';
import { rpcAs } from './cases-steps';
import { screen, signIn } from './helpers';

test('a 突发 case raises the alarm on the wall until a desk acknowledges it; the timeline says who did', async ({ browser, request, demoStation }) => {
  const { url } = demoStation;
  const wall = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const board = await wall.newPage();
  await signIn(board, url, 'daping', DEMO_PASSWORD);
  await expect(board.getByTestId('board-title')).toBeVisible();
  await expect(board.getByTestId('board-live')).toContainText('实时联动');
  await expect(board.getByTestId('board-alarm')).toHaveCount(0); // the demo's emergencies were all acknowledged

  // A dispatcher registers an emergency as the caller tells it.
  const categories = await rpcAs<{ id: string; name: string }[]>(request, url, 'diaodu', DEMO_PASSWORD, 'catalogue.tree', {});
  const grids = await rpcAs<{ id: string; name: string }[]>(request, url, 'diaodu', DEMO_PASSWORD, 'org.grids', {});
  const grid = grids.find((g) => g.name === '溪口村第3网格')!;
  const fire = await rpcAs<{ id: string; number: string }>(request, url, 'diaodu', DEMO_PASSWORD, 'cases.register', {
    source: 'resident_phone',
    reporterName: '陈秀英',
    reporterPhone: '13857901234',
    categoryId: categories.find((c) => c.name === '安全生产')!.id,
    handlingType: 'emergency',
    urgency: 'critical',
    title: '陈秀英（13857901234）家中起火',
    address: '老街18号3单元502室 陈秀英家',
    gridId: grid.id,
  });

  // The wall turns into an alarm: the case by category and building, its grid on the map, the neighbours alerted.
  const alarm = board.getByTestId('board-alarm');
  await expect(alarm).toHaveAttribute('data-case', fire.number);
  await expect(alarm).toContainText('突发事件');
  await expect(alarm).toContainText('安全生产');
  await expect(alarm).toContainText('老街18号');
  await expect(alarm).toContainText('溪口村第3网格');
  await expect(alarm).toContainText('待值班台确认收到');
  await expect(board.getByTestId('board-alarm-map')).toHaveAttribute('data-grid', grid.id);
  await expect(board.getByTestId('board-alarm-map').locator('canvas')).not.toHaveCount(0);
  await expect(board.getByTestId('board-alarm-neighbours')).toContainText('待签收');
  const text = await board.getByTestId('board-page').innerText();
  for (const personal of ['陈秀英', '起火', '502室', '13857901234']) expect(text).not.toContain(personal);
  await screen(board, 'board-alarm');

  // A dispatching desk sees the bar on whatever screen it is on, and acknowledges.
  const deskContext = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const desk = await deskContext.newPage();
  await signIn(desk, url, 'diaodu', DEMO_PASSWORD);
  const bar = desk.getByTestId('desk-emergency-bar');
  await expect(bar).toContainText(fire.number);
  await expect(bar).toContainText('溪口村第3网格');
  await expect(desk.getByTestId('workbench-today')).toBeVisible();
  const who = ((await desk.getByTestId('header-user').innerText()) ?? '').trim();
  expect(who).not.toBe('');
  await screen(desk, 'desk-emergency-bar');
  await desk.getByTestId('desk-emergency-ack').click();
  await expect(desk.getByText(`已确认收到突发事件 ${fire.number}，大屏警报已解除`)).toBeVisible();
  await expect(bar).toHaveCount(0);

  // The wall's alarm clears by itself.
  await expect(board.getByTestId('board-alarm')).toHaveCount(0);

  // The case's timeline names the acknowledgement and who made it.
  await desk.goto(`${url}/#/cases/${fire.id}`);
  const ack = desk.getByTestId('timeline-item').filter({ hasText: '确认收到突发事件' });
  await expect(ack).toHaveCount(1);
  await expect(ack).toContainText(who);

  await wall.close();
  await deskContext.close();
});
