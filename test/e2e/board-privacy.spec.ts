// The wall is read by anyone in the hall: with every panel on the display's board, no name, ID
// number or phone number of the demo town's ledgers appears anywhere in the board's DOM — text,
// attributes, titles. (What the display account's methods answer is checked on the core:
// test/integration/core/board/display-privacy-checks.ts.)
import type { APIRequestContext } from '@playwright/test';
import { BOARD_PANEL_IDS } from '../../shared/board/board-panels';
import { DEMO_PASSWORD, expect, test } from './fixtures';
import { screen, signIn } from './helpers';

// A spliced 48:9 wall, which shows the page of every panel at its own size.
test.use({ viewport: { width: 5760, height: 1080 } });

async function tokenOf(request: APIRequestContext, url: string, username: string): Promise<string> {
  const r = (await (await request.post(`${url}/rpc/auth.login`, { data: { username, password: DEMO_PASSWORD } })).json()) as { data: { token: string } };
  return r.data.token;
}

async function rpc<T>(request: APIRequestContext, url: string, token: string, method: string, input: unknown): Promise<T> {
  const body = (await (await request.post(`${url}/rpc/${method}`, { data: input, headers: { Authorization: `Bearer ${token}` } })).json()) as {
    ok: boolean;
    data?: T;
    error?: { message: string };
  };
  if (!body.ok) throw new Error(`${method}: ${body.error?.message}`);
  return body.data as T;
}

test('no name, ID number or phone number of the ledgers anywhere on the board with every panel', async ({ page, request, demoStation }) => {
  const { url } = demoStation;
  const admin = await tokenOf(request, url, 'admin');

  // Every resident's name, ID and phone (unmasked: the administrator's audited reveal).
  const names = new Set<string>();
  const numbers = new Set<string>();
  for (let offset = 0; ; offset += 1000) {
    const r = await rpc<{ rows: { name: string; citizenId: string; phone: string | null }[]; total: number }>(request, url, admin, 'registry.people', {
      offset,
      limit: 1000,
      reveal: true,
    });
    for (const p of r.rows) {
      names.add(p.name);
      numbers.add(p.citizenId);
      if (p.phone) numbers.add(p.phone);
    }
    if (offset + 1000 >= r.total) break;
  }
  expect(names.size).toBeGreaterThan(1000);
  const staff = (await rpc<{ name: string }[]>(request, url, admin, 'staff.list', { includeArchived: true })).map((s) => s.name).sort((a, b) => b.length - a.length);

  await showEveryPanel(request, url, admin);
  await signIn(page, url, 'daping', DEMO_PASSWORD);
  for (const id of BOARD_PANEL_IDS) await expect(page.getByTestId(`board-cell-${id}`)).toBeVisible();
  await expect(page.locator('.tgb-grid .ant-spin')).toHaveCount(0); // every panel has its data

  const dom = await page.evaluate(() => {
    const parts = [document.body.innerText, document.title];
    for (const el of document.querySelectorAll('*')) for (const a of el.attributes) parts.push(a.value);
    return parts.join('\n');
  });
  expect(dom).not.toMatch(/(?<![0-9])[1-9][0-9]{16}[0-9Xx](?![0-9])/); // ID-shaped
  expect(dom).not.toMatch(/(?<![0-9])1[3-9][0-9]{9}(?![0-9])/); // mobile-shaped
  expect([...numbers].filter((n) => n.length >= 7 && dom.includes(n))).toEqual([]);
  // Staff names are allowed (duty officers, responders): blank them before looking for residents' names.
  const withoutStaff = staff.reduce((t, n) => t.split(n).join('□'), dom);
  const found = new Set<string>();
  for (const run of withoutStaff.match(/[\u4e00-\u9fa5·]{2,}/g) ?? [])
    for (let i = 0; i < run.length; i++) for (let len = 2; len <= 4 && i + len <= run.length; len++) if (names.has(run.slice(i, i + len))) found.add(run.slice(i, i + len));
  expect([...found]).toEqual([]);
  await expect(page.locator('[data-chart][data-drawn="no"]')).toHaveCount(0);
  await screen(page, 'board-every-panel-5760x1080');
});

/** Composes a 48:9 page holding every panel and pins it on the walls. */
async function showEveryPanel(request: APIRequestContext, url: string, token: string): Promise<void> {
  const panels = [
    { panel: 'town-figures', x: 0, y: 0, w: 24, h: 2 },
    { panel: 'case-counters', x: 24, y: 0, w: 24, h: 2 },
    { panel: 'duty', x: 48, y: 0, w: 24, h: 2 },
    { panel: 'trend', x: 0, y: 2, w: 12, h: 5 },
    { panel: 'villages', x: 0, y: 7, w: 12, h: 5 },
    { panel: 'categories', x: 12, y: 2, w: 12, h: 10 },
    { panel: 'overdue-list', x: 24, y: 2, w: 12, h: 10 },
    { panel: 'grid-map', x: 36, y: 2, w: 16, h: 10 },
    { panel: 'case-feed', x: 52, y: 2, w: 10, h: 10 },
    { panel: 'meetings-today', x: 62, y: 2, w: 10, h: 5 },
    { panel: 'ranking', x: 62, y: 7, w: 10, h: 5 },
  ];
  expect(panels.map((p) => p.panel).sort()).toEqual([...BOARD_PANEL_IDS].sort());
  const page = await rpc<{ id: string }>(request, url, token, 'board.savePage', { name: '全部面板', canvas: '48:9', panels });
  await rpc(request, url, token, 'board.pin', { pageId: page.id });
}
