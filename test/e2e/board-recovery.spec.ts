// 指挥大屏 unattended: when the station stops, the wall says 「连接中断」 with the time of its
// last data and keeps the figures on screen; when the station is back it resumes by itself
// (no reload, nobody touching it) and shows fresh data.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeCitizenId } from '../../shared/registry/citizen-id';
import { rpcAs } from './cases-steps';
import { copyDemoTemplate, DEMO_PASSWORD, expect, startStation, stopStation, test } from './fixtures';
import { figure, grouped, screen, signIn } from './helpers';

test('the board shows 连接中断 while the station is down and resumes by itself when it is back', async ({ page }) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'tg-e2e-recovery-'));
  copyDemoTemplate(dataDir);
  let station = await startStation(dataDir, ['--demo']);
  try {
    const url = station.url;
    const port = new URL(url).port;
    // Playwright's clock (time flows as usual) lets the test skip the reconnect back-off.
    await page.clock.install();
    await signIn(page, url, 'daping', DEMO_PASSWORD);
    const live = page.getByTestId('board-live');
    await expect(live).toContainText('实时联动');
    const registered = page.getByTestId('board-value-populationRegistered');
    await expect(registered).toHaveText(/^\d{1,3}(,\d{3})*$/);
    const shown = await registered.textContent();
    const lastTime = (await live.getByText(/数据更新于/).textContent())!.replace('数据更新于', '').trim();
    await page.evaluate(() => ((globalThis as unknown as { __notReloaded: boolean }).__notReloaded = true));
    await stopStation(station.proc);
    const notice = page.getByTestId('board-offline');
    await expect(notice).toContainText('连接中断');
    await expect(notice).toContainText(`最后数据时间 ${lastTime}`);
    await expect(live).toContainText('连接中断，正在重连');
    await expect(registered).toHaveText(shown!); // the last figures stay on the wall
    await screen(page, 'board-offline');

    // The station comes back on the same address; the board's next retry finds it.
    station = await startStation(dataDir, ['--demo', '--port', port]);
    await page.clock.fastForward('00:31');
    await expect(live).toContainText('实时联动');
    await expect(notice).toHaveCount(0);
    await expect(live.getByText(/数据更新于/)).not.toHaveText(`数据更新于 ${lastTime}`); // refetched
    // And it follows changes again, pushed through the new event socket.
    const grid = (await rpcAs<{ id: string }[]>(page.request, url, 'admin', DEMO_PASSWORD, 'org.grids', {}))[0]!;
    await rpcAs(page.request, url, 'admin', DEMO_PASSWORD, 'registry.createPerson', { citizenId: makeCitizenId('110101', '1991-04-16', 778), name: '新登记居民', residenceType: 'registered', gridId: grid.id });
    await expect(registered).toHaveText(grouped(figure(shown) + 1));
    expect(await page.evaluate(() => (globalThis as unknown as { __notReloaded?: boolean }).__notReloaded)).toBe(true);
  } finally {
    await stopStation(station.proc);
    rmSync(dataDir, { recursive: true, force: true });
  }
});
