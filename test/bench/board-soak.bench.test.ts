// The wall left on for a month, accelerated (issue 13, must show): a station with the demo town,
// the board open in Chromium as the display account, and a busy town's changes fired at it every
// few hundred ms — cases registered (most accepted, some 突发 with their alarms), cases closed as
// 不予受理, grid populations edited — ~150 per simulated day for 30 days, while
// the page's clock (Playwright's) runs the days forward, so midnight roll-overs, the 60 s safety
// refetches and the wake-ups of a clock jump all happen. JS heap (after a forced GC) and DOM
// nodes are measured after a warm-up day and at the end; goal: heap growth < 10 %, DOM flat.
// Needs the built app (`npm run build`) and Chromium at /usr/bin/chromium (or CHROMIUM_PATH).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { copyDemoTemplate, ensureDemoTemplate } from '../e2e/demo-template.mjs';
import { startStationProcess } from '../support/station-process';
import { report, row } from './bench-report';

const PASSWORD = 'towngrid2026';
const DAYS = Number(process.env.SOAK_DAYS ?? 30);
const EVENTS_PER_DAY = Number(process.env.SOAK_EVENTS_PER_DAY ?? 150);
/** Each simulated day runs the page's clock forward in steps (every timer due in a step fires once). */
const STEPS_PER_DAY = 24;

interface Counters {
  heapUsed: number;
  nodes: number;
  listeners: number;
}

async function rpc<T>(url: string, token: string | null, method: string, input: unknown): Promise<T> {
  const res = await fetch(`${url}/rpc/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(input),
  });
  const body = (await res.json()) as { ok: boolean; data?: T; error?: { message: string } };
  if (!body.ok) throw new Error(`${method}: ${body.error?.message}`);
  return body.data as T;
}

async function measureCounters(page: Page): Promise<Counters> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  const dom = (await cdp.send('Memory.getDOMCounters')) as { nodes: number; jsEventListeners: number };
  await cdp.detach();
  return { heapUsed: heap.usedSize, nodes: dom.nodes, listeners: dom.jsEventListeners };
}

describe('board soak', () => {
  const dir = mkdtempSync(join(tmpdir(), 'towngrid-bench-soak-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(`keeps the board's memory flat over ${DAYS} busy days`, async () => {
    await ensureDemoTemplate();
    copyDemoTemplate(dir);
    const station = await startStationProcess(dir, ['--demo', '--no-auto-backup']);
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    try {
      const { url } = station;
      const login = async (username: string) => (await rpc<{ token: string }>(url, null, 'auth.login', { username, password: PASSWORD })).token;
      const dispatcher = await login('diaodu');
      const admin = await login('admin');
      const categories = await rpc<{ id: string; name: string }[]>(url, dispatcher, 'catalogue.tree', {});
      const grids = await rpc<{ id: string; populationRegistered: number }[]>(url, admin, 'org.grids', {});

      const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
      const page = await context.newPage();
      await page.clock.install();
      await page.goto(url);
      await page.getByTestId('sign-in-username').fill('daping');
      await page.getByTestId('sign-in-password').fill(PASSWORD);
      await page.getByTestId('sign-in-submit').click();
      await page.getByText('实时联动').waitFor({ timeout: 60_000 });

      const registered: string[] = [];
      let n = 0;
      const fire = async () => {
        n++;
        const grid = grids[n % grids.length]!;
        const category = categories[n % categories.length]!;
        const kind = n % 20;
        if (kind < 8) {
          await rpc(url, dispatcher, 'cases.register', { source: 'patrol', categoryId: category.id, handlingType: 'coordination', title: `浸泡测试事件${n}`, gridId: grid.id, accept: true });
        } else if (kind < 13) {
          const c = await rpc<{ id: string }>(url, dispatcher, 'cases.register', { source: 'patrol', categoryId: category.id, handlingType: 'coordination', title: `待受理${n}`, gridId: grid.id });
          registered.push(c.id);
        } else if (kind < 18 && registered.length) {
          // 不予受理 closes the case (it leaves the open counts and the queues).
          await rpc(url, dispatcher, 'cases.act', { id: registered.shift()!, action: { type: 'reject', reason: '不属于受理范围，已告知' } });
        } else if (kind === 18) {
          grid.populationRegistered += 1;
          await rpc(url, admin, 'org.updateUnit', { id: grid.id, populationRegistered: grid.populationRegistered });
        } else {
          await rpc(url, dispatcher, 'cases.register', { source: 'patrol', categoryId: category.id, handlingType: 'emergency', urgency: 'critical', title: `突发测试${n}`, gridId: grid.id, accept: true });
        }
      };
      const day = async () => {
        for (let step = 0; step < STEPS_PER_DAY; step++) {
          const events = Math.round(((step + 1) * EVENTS_PER_DAY) / STEPS_PER_DAY) - Math.round((step * EVENTS_PER_DAY) / STEPS_PER_DAY);
          for (let i = 0; i < events; i++) await fire();
          await page.clock.fastForward(Math.round(86_400_000 / STEPS_PER_DAY));
        }
        await page.getByText('实时联动').waitFor({ timeout: 60_000 });
      };

      const t0 = performance.now();
      await day(); // warm-up: every panel drawn, every query cached, the charts' first animation done
      const warm = await measureCounters(page);
      for (let d = 1; d < DAYS; d++) await day();
      await page.getByText('实时联动').waitFor({ timeout: 60_000 });
      const end = await measureCounters(page);
      const minutes = (performance.now() - t0) / 60_000;

      const heapGrowth = (end.heapUsed - warm.heapUsed) / warm.heapUsed;
      report([
        row('board.soak.heap_mb.warm', warm.heapUsed / 1048576, warm.heapUsed / 1048576, 'MB'),
        row(`board.soak.heap_mb.after_${DAYS}_days`, end.heapUsed / 1048576, warm.heapUsed / 1048576, 'MB'),
        row('board.soak.dom_nodes.warm', warm.nodes, warm.nodes, 'nodes'),
        row(`board.soak.dom_nodes.after_${DAYS}_days`, end.nodes, warm.nodes, 'nodes'),
        row(`board.soak.listeners.after_${DAYS}_days`, end.listeners, warm.listeners, 'listeners'),
      ]);
      console.log(
        `soak: ${n} events over ${DAYS} simulated days in ${minutes.toFixed(1)} min; heap ${(warm.heapUsed / 1048576).toFixed(1)} → ${(end.heapUsed / 1048576).toFixed(1)} MB ` +
          `(${(heapGrowth * 100).toFixed(1)} %); DOM nodes ${warm.nodes} → ${end.nodes}; listeners ${warm.listeners} → ${end.listeners}`,
      );
      expect(heapGrowth).toBeLessThan(0.1);
      expect(end.nodes).toBeLessThanOrEqual(Math.ceil(warm.nodes * 1.05));
      await context.close();
    } finally {
      await browser.close();
      await station.stop();
    }
  });
});
