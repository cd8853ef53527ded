// 放映: the audience window shows the meeting's slides; P opens the presenter view in another
// window of the same browser; moving in either window moves the other (the core's `changed`
// event of meeting_presentation); a number then Enter jumps; Esc closes the presenter window and
// takes the audience back to the meeting's page. Screenshots: an item slide with its chart, the
// presenter view (both at 1920×1080).
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { ADMIN, screen, setUpByApi, signIn, TOWN } from './helpers';
import { rpc } from './cases-steps';

/** Next Monday in Shanghai (YYYY-MM-DD): its weekly meeting's figures cover the week the cases are registered in. */
function nextMonday(): string {
  const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(new Date());
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + (((8 - d.getUTCDay()) % 7) || 7));
  return d.toISOString().slice(0, 10);
}

async function meetingWithCases(page: Page, url: string): Promise<{ id: string; firstItem: string }> {
  const units = await rpc<{ id: string; kind: string }[]>(page, url, 'org.units', {});
  const town = units.find((u) => u.kind === 'town')!;
  const village = await rpc<{ id: string }>(page, url, 'org.createUnit', { parentId: town.id, kind: 'village', code: `${TOWN.code}001`, name: '青石村' });
  const grid = await rpc<{ id: string }>(page, url, 'org.createUnit', { parentId: village.id, kind: 'grid', code: `${TOWN.code}001001`, name: '青石村第1网格', gridType: 'rural' });
  const tree = await rpc<{ id: string; name: string }[]>(page, url, 'catalogue.tree', {});
  const base = { source: 'patrol', categoryId: tree[0]!.id, handlingType: 'general', address: '村口', gridId: grid.id };
  await rpc(page, url, 'cases.register', { ...base, title: '村口道路积水' });
  await rpc(page, url, 'cases.register', { ...base, title: '河道垃圾漂浮' });
  const detail = await rpc<{ meeting: { id: string }; items: { title: string }[] }>(page, url, 'meetings.create', {
    kind: 'weekly',
    date: nextMonday(),
    startTime: '08:30',
    place: '三楼会议室',
    chairName: ADMIN.name,
  });
  return { id: detail.meeting.id, firstItem: detail.items[0]!.title };
}

test('the presenter view moves the slides and the audience window follows, and back', async ({ page, request, station }) => {
  const url = station.url;
  await setUpByApi(request, station);
  await signIn(page, url, ADMIN.username, ADMIN.password);
  await expect(page.getByTestId('workbench-page')).toBeVisible();
  const meeting = await meetingWithCases(page, url);

  await page.goto(`${url}/#/present/${meeting.id}`);
  const audience = page.getByTestId('audience');
  const audienceNumber = audience.locator('[data-role="slide-number"]');
  await expect(audienceNumber).toHaveText(/^1 \/ \d+$/);
  const total = Number((await audienceNumber.textContent())!.split('/')[1]);
  await expect(audience.locator('[data-role="slide-title"]')).toContainText('周例会');

  // P opens the presenter view in a window of its own (signed in as the audience's tab is).
  const opened = page.waitForEvent('popup');
  await page.keyboard.press('p');
  const presenter = await opened;
  const position = presenter.getByTestId('presenter-position');
  await expect(position).toHaveText(`第 1 / ${total} 页`);

  // → in the presenter view: the audience follows.
  await presenter.keyboard.press('ArrowRight');
  await expect(position).toHaveText(`第 2 / ${total} 页`);
  await expect(audienceNumber).toHaveText(`2 / ${total}`);
  await expect(audience.locator('[data-role="slide-title"]')).toHaveText('会议议程');

  // A number then Enter jumps: the first agenda item, with its figures and chart.
  await presenter.keyboard.type('3');
  await expect(presenter.getByText('跳转到第 3 页')).toBeVisible();
  await presenter.keyboard.press('Enter');
  await expect(position).toHaveText(`第 3 / ${total} 页`);
  await expect(presenter.getByTestId('presenter-current-title')).toHaveText(meeting.firstItem);
  await expect(audienceNumber).toHaveText(`3 / ${total}`);
  await expect(audience.locator('[data-role="slide-title"]')).toHaveText(meeting.firstItem);
  await expect(audience.getByTestId('slide-figure').first()).toBeVisible();
  await expect(audience.getByTestId('slide-chart')).toHaveAttribute('data-drawn', 'yes');
  await expect(audience.getByTestId('item-timer')).toHaveAttribute('data-tone', 'ok');
  await expect(presenter.getByTestId('item-timer')).toContainText('分钟');
  await expect(presenter.getByTestId('presenter-slides').locator('button')).toHaveCount(total);
  await screen(page, 'presenter-slide');
  await expect(presenter.getByTestId('slide-chart').first()).toHaveAttribute('data-drawn', 'yes');
  await screen(presenter, 'presenter-view');

  // ← in the audience window (End, then back one): the presenter view follows.
  await page.keyboard.press('End');
  await expect(position).toHaveText(`第 ${total} / ${total} 页`);
  await expect(audience.locator('[data-role="slide-title"]')).toHaveText('谢谢');
  await page.keyboard.press('ArrowLeft');
  await expect(audienceNumber).toHaveText(`${total - 1} / ${total}`);
  await expect(position).toHaveText(`第 ${total - 1} / ${total} 页`);

  // Esc: the presenter window (opened by P) closes; the audience goes back to the meeting's page.
  // (The key is dispatched from inside the page, after the call returns: the window closes while
  // a key press sent from outside would still be waiting for its answer.)
  const closed = presenter.waitForEvent('close');
  await presenter.evaluate(() => void setTimeout(() => window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }))));
  await closed;
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(new RegExp(`#/meetings/${meeting.id}$`));
});
