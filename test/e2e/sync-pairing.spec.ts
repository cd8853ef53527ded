// 数据同步 through the UI, as a centre adds a PC: the centre's PC (A) runs the demo town; a second
// PC (B) was given a copy of the centre's data (a backup moved to it: a copy without the
// certificate becomes a device of its own). B's administrator types A's sync address in
// 系统设置 → 数据同步 and sees a six-digit code; A's administrator sees the same code in the
// incoming request and accepts. Both pages then list the other as 在线, and a case registered on
// A shows in B's queue without a reload. Then a new PC joins a centre from its first-run screen
// (a centre without the demo data, so what travels is small: large data is the station test's
// and the network bench's).
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { copyDemoTemplate, DEMO_PASSWORD, expect, startStation, stopStation, test as base } from './fixtures';
import { rpcAs } from './cases-steps';
import { screen, signIn } from './helpers';

interface SyncStation {
  url: string;
  setupCode: string | null;
  /** Where its peers dial it (loopback). */
  syncAddress: string;
  fingerprint: string;
  proc: ChildProcess;
  dataDir: string;
}

const SYNC_LINE = /数据同步端口：(\d+)（本机指纹 ([0-9A-F:]+)）/;

/**
 * Starts a station that syncs on loopback (any free port), on a copy of the demo town or on an
 * empty folder (a new PC at its first run); reads its sync port and fingerprint from what it prints.
 */
async function startSyncStation(demo: boolean): Promise<SyncStation> {
  const dataDir = mkdtempSync(join(tmpdir(), 'tg-e2e-sync-'));
  // Each station is a PC of its own: its own device certificate (the network identity), not the template's.
  if (demo) copyDemoTemplate(dataDir, { identity: false });
  const started = await startStation(dataDir, [...(demo ? ['--demo'] : []), '--sync-host', '127.0.0.1', '--sync-port', '0']);
  let output = started.output;
  const line = await new Promise<RegExpExecArray>((resolveLine, reject) => {
    const found = SYNC_LINE.exec(output);
    if (found) return resolveLine(found);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const m = SYNC_LINE.exec(output);
      if (m) {
        started.proc.stdout!.off('data', onData);
        started.proc.stderr!.off('data', onData);
        resolveLine(m);
      }
    };
    started.proc.stdout!.on('data', onData);
    started.proc.stderr!.on('data', onData);
    started.proc.once('exit', (code) => reject(new Error(`station exited with ${code} before syncing:\n${output}`)));
  });
  return { url: started.url, setupCode: started.setupCode, syncAddress: `127.0.0.1:${line[1]}`, fingerprint: line[2]!, proc: started.proc, dataDir };
}

async function stopSyncStation(s: SyncStation | undefined): Promise<void> {
  if (!s) return;
  await stopStation(s.proc);
  rmSync(s.dataDir, { recursive: true, force: true });
}

async function openSync(page: Page): Promise<void> {
  await page.getByRole('menuitem', { name: '系统设置' }).click();
  await page.getByRole('tab', { name: '数据同步' }).click();
  await expect(page.getByTestId('sync-tab')).toBeVisible();
}

async function renameDevice(page: Page, name: string): Promise<void> {
  await page.getByTestId('sync-rename').click();
  await page.getByTestId('sync-rename-input').fill(name);
  await page.getByTestId('sync-rename-save').click();
  await expect(page.getByTestId('sync-device-name')).toHaveText(name);
}

/**
 * A centre set up at its first run without the demo data (the town and its administrator only):
 * what a joining PC receives is then small, so the join is seen end to end without carrying the
 * whole demo town (the station test and the network bench carry large data).
 */
async function startSmallCentre(): Promise<SyncStation> {
  const s = await startSyncStation(false);
  const res = await fetch(`${s.url}/rpc/system.setup`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ townName: '青溪镇', townCode: '330782101', adminUsername: 'admin', adminDisplayName: '系统管理员', adminPassword: DEMO_PASSWORD, setupCode: s.setupCode }),
  });
  const body = (await res.json()) as { ok: boolean; error?: { message: string } };
  if (!body.ok) throw new Error(`setup failed: ${body.error?.message}`);
  return s;
}

const test = base.extend<{ centre: SyncStation; smallCentre: SyncStation; newPc: SyncStation; emptyPc: SyncStation }>({
  centre: async ({}, use) => {
    const s = await startSyncStation(true);
    await use(s);
    await stopSyncStation(s);
  },
  smallCentre: async ({}, use) => {
    const s = await startSmallCentre();
    await use(s);
    await stopSyncStation(s);
  },
  newPc: async ({}, use) => {
    const s = await startSyncStation(true);
    await use(s);
    await stopSyncStation(s);
  },
  emptyPc: async ({}, use) => {
    const s = await startSyncStation(false);
    await use(s);
    await stopSyncStation(s);
  },
});

test('a second PC pairs with the centre through 数据同步 and receives its new cases', async ({ browser, centre, newPc }) => {
  test.setTimeout(240_000); // two stations and two browsers on a loaded 2-core machine
  const a = await (await browser.newContext({ viewport: { width: 1920, height: 1080 } })).newPage();
  const b = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();

  await test.step('both administrators open 数据同步 and name their PCs', async () => {
    await signIn(a, centre.url, 'admin', DEMO_PASSWORD);
    await openSync(a);
    await expect(a.getByTestId('sync-device-fingerprint')).toContainText(centre.fingerprint);
    await expect(a.getByTestId('sync-device-address')).toContainText(centre.syncAddress.split(':')[1]!);
    await renameDevice(a, '指挥中心值班台');

    await signIn(b, newPc.url, 'admin', DEMO_PASSWORD);
    await openSync(b);
    await expect(b.getByTestId('sync-device-fingerprint')).toContainText(newPc.fingerprint);
    await renameDevice(b, '新增工作站');
    // Not paired yet: nothing to sync, so no indicator.
    await expect(b.getByTestId('sync-peers')).toContainText('尚未与其他电脑配对');
    await expect(b.getByTestId('sync-indicator-header')).toHaveCount(0);
  });

  await test.step('B asks to pair with A; both screens show the same code; A accepts', async () => {
    await b.getByTestId('sync-address').fill(centre.syncAddress);
    await b.getByTestId('sync-connect').click();
    const code = b.getByTestId('sync-outgoing-code');
    await expect(code).toHaveText(/^\d{3} \d{3}$/);
    await expect(b.getByTestId('sync-outgoing')).toContainText('指挥中心值班台');
    const shown = (await code.textContent())!;

    const request = a.getByTestId('sync-incoming');
    await expect(request.getByTestId('sync-incoming-name')).toHaveText('新增工作站');
    await expect(request.getByTestId('sync-incoming-code')).toHaveText(shown);
    await request.getByTestId('sync-accept').click();
    await expect(a.getByTestId('sync-accept-confirm')).toContainText(shown);
    await a.getByRole('button', { name: '配对码一致，接受' }).click();
    await expect(a.getByTestId('sync-incoming')).toHaveCount(0);
  });

  await test.step('both pages list the other PC as 在线', async () => {
    const onA = a.getByTestId('sync-peer').filter({ hasText: '新增工作站' });
    await expect(onA).toHaveAttribute('data-status', 'online');
    await expect(onA).toContainText('在线');
    const onB = b.getByTestId('sync-peer').filter({ hasText: '指挥中心值班台' });
    await expect(onB).toHaveAttribute('data-status', 'online');
    await expect(b.getByTestId('sync-outgoing')).toHaveCount(0);
    // The header indicator appears once a device is paired.
    await expect(a.getByTestId('sync-indicator-header')).toBeVisible();
    // Copies of one data set hold no records to merge by hand.
    await expect(b.getByTestId('sync-duplicates')).toContainText('没有待合并的重复记录');
  });

  await test.step("a case registered on A shows in B's queue", async () => {
    const title = `同步验证：溪口村路灯不亮 ${Date.now().toString(36)}`;
    await b.getByRole('menuitem', { name: '事件办理' }).click();
    await b.getByTestId('queue-all').click();
    await b.getByTestId('case-filter-text').fill(title);

    const categories = await rpcAs<{ id: string; name: string }[]>(a.request, centre.url, 'admin', DEMO_PASSWORD, 'catalogue.tree', {});
    const grids = await rpcAs<{ id: string; name: string }[]>(a.request, centre.url, 'admin', DEMO_PASSWORD, 'org.grids', {});
    const made = await rpcAs<{ number: string }>(a.request, centre.url, 'admin', DEMO_PASSWORD, 'cases.register', {
      source: 'patrol',
      categoryId: categories[0]!.id,
      handlingType: 'general',
      title,
      address: '溪口村3组',
      gridId: grids.find((g) => g.name === '溪口村第3网格')!.id,
    });
    // B's queue follows live (no reload); how fast is the bench's business.
    await expect(b.getByTestId('case-grid').getByText(made.number)).toBeVisible();
  });

  await test.step('the wall board shows the sync indicator', async () => {
    await b.getByRole('menuitem', { name: '指挥大屏' }).click();
    await expect(b.getByTestId('sync-indicator-board')).toHaveText(/^(同步正常|正在同步)$/);
    await b.getByTestId('board-back').click();
  });

  await test.step('screenshots of the sync page with its peer', async () => {
    await openSync(b);
    await expect(b.getByTestId('sync-peer').filter({ hasText: '指挥中心值班台' })).toHaveAttribute('data-status', 'online');
    await screen(b, 'sync-new-pc-1366');
    await expect(a.getByTestId('sync-peer').filter({ hasText: '新增工作站' })).toHaveAttribute('data-status', 'online');
    await screen(a, 'sync-centre-1920');
    await a.setViewportSize({ width: 1366, height: 768 });
    await screen(a, 'sync-centre-1366');
  });

  await test.step('when the new PC is switched off, the centre shows it 离线', async () => {
    await stopStation(newPc.proc);
    await expect(a.getByTestId('sync-peer').filter({ hasText: '新增工作站' })).toHaveAttribute('data-status', 'offline');
    // The indicator polls every 15 s (a bound wide enough for one poll on a loaded machine).
    await expect(a.getByTestId('sync-indicator-header')).toContainText('离线', { timeout: 60_000 });
  });
});

test('a new PC joins the centre from its first-run screen and signs in with the password typed there', async ({ browser, smallCentre: centre, emptyPc }) => {
  test.setTimeout(180_000); // two stations and two browsers on a loaded 2-core machine
  const a = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
  const b = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
  const password = 'Xinpc-2026';

  await test.step('the new PC asks to join and shows a code', async () => {
    await b.goto(emptyPc.url);
    await expect(b.getByTestId('first-run-form')).toBeVisible();
    await b.getByTestId('first-run-join').click();
    // Bad input is told in Chinese before anything is sent.
    await b.getByTestId('join-submit').click();
    await expect(b.getByTestId('join-form')).toContainText('请填写对方电脑的地址');
    await b.getByTestId('join-setup-code').fill(emptyPc.setupCode!);
    await b.getByTestId('join-address').fill(centre.syncAddress);
    await b.getByTestId('join-admin-username').fill('admin');
    await b.getByTestId('join-admin-password').fill(password);
    await b.getByTestId('join-admin-password-confirm').fill(password);
    await b.getByTestId('join-submit').click();
    await expect(b.getByTestId('join-code')).toHaveText(/^\d{3} \d{3}$/);
    await screen(b, 'sync-join-waiting');
  });

  await test.step("the centre's administrator compares the code and accepts", async () => {
    const code = (await b.getByTestId('join-code').textContent())!;
    await signIn(a, centre.url, 'admin', DEMO_PASSWORD);
    await openSync(a);
    const request = a.getByTestId('sync-incoming');
    await expect(request.getByTestId('sync-incoming-code')).toHaveText(code);
    await request.getByTestId('sync-accept').click();
    await a.getByRole('button', { name: '配对码一致，接受' }).click();
    await expect(a.getByTestId('sync-incoming')).toHaveCount(0);
  });

  await test.step("the centre's data arrives; the administrator signs in on the new PC", async () => {
    // A bound for a loaded machine, not a speed test.
    await expect(b.getByTestId('join-ready')).toBeVisible({ timeout: 120_000 });
    await b.getByTestId('join-enter').click();
    await b.getByTestId('sign-in-username').fill('admin');
    await b.getByTestId('sign-in-password').fill(password);
    await b.getByTestId('sign-in-submit').click();
    await expect(b.getByTestId('header-town')).toContainText('青溪镇');
    await openSync(b);
    await expect(b.getByTestId('sync-peer')).toHaveAttribute('data-status', 'online');
  });
});
