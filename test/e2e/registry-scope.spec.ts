// A grid worker's screens show only the grids it serves: the demo grid worker (wangge, a staff
// member assigned to one grid) opens 基础台账 and 网格地图. The book tree offers only its grids,
// the totals are what the core counts for those grids (asked grid by grid as the
// administrator) and less than the town's, and the map draws and ranks only them.
import type { APIRequestContext } from '@playwright/test';
import type { OrgUnit } from '../../shared/org/org-types';
import { DEMO_PASSWORD, expect, test } from './fixtures';
import { screen, signIn } from './helpers';

type Call = <T>(method: string, input: unknown) => Promise<T>;

/** Signs in through the endpoint once and calls methods as that account. */
async function as(request: APIRequestContext, url: string, username: string): Promise<Call> {
  const login = (await (await request.post(`${url}/rpc/auth.login`, { data: { username, password: DEMO_PASSWORD } })).json()) as { ok: boolean; data?: { token: string } };
  expect(login.ok).toBe(true);
  return async <T>(method: string, input: unknown) => {
    const res = await request.post(`${url}/rpc/${method}`, { data: input, headers: { Authorization: `Bearer ${login.data!.token}` } });
    const body = (await res.json()) as { ok: boolean; data?: T; error?: { message: string } };
    expect(body.ok, body.error?.message).toBe(true);
    return body.data as T;
  };
}

const shown = (n: number) => `共 ${n.toLocaleString('en-US')} 条`;

test("a grid worker's ledger, houses and map show only the grids it serves", async ({ page, request, demoStation }) => {
  const url = demoStation.url;
  const worker = await as(request, url, 'wangge');
  const admin = await as(request, url, 'admin');
  const served = (await worker<{ grids: string[] | null }>('auth.me', {})).grids;
  expect(served?.length).toBeGreaterThan(0);
  const units = await admin<OrgUnit[]>('org.units', {});
  const grids = units.filter((u) => served!.includes(u.id));
  const villages = new Set(grids.map((g) => g.parentId));
  const count = async (method: string, unitId?: string) => (await admin<{ total: number }>(method, { offset: 0, limit: 1, ...(unitId ? { unitId } : {}) })).total;
  let people = 0;
  let houses = 0;
  for (const g of grids) {
    people += await count('registry.people', g.id);
    houses += await count('registry.houses', g.id);
  }
  expect(people).toBeGreaterThan(0);
  expect(people).toBeLessThan(await count('registry.people'));
  expect(houses).toBeLessThan(await count('registry.houses'));

  // The grid warns in the console about columns it cannot show as text (#48 was the care tags).
  const gridWarnings: string[] = [];
  page.on('console', (m) => {
    if (m.text().includes('AG Grid')) gridWarnings.push(m.text());
  });
  await signIn(page, url, 'wangge', DEMO_PASSWORD);
  await page.getByRole('menuitem', { name: '基础台账' }).click();
  const total = page.getByTestId('ledger-total');
  await expect(total).toHaveAttribute('data-settled', 'yes');
  await expect(page.locator('.ag-row').first()).toBeVisible();
  expect(gridWarnings).toEqual([]);
  await expect(total).toHaveText(shown(people));
  await expect(page.getByTestId('overview-population')).toContainText(people.toLocaleString('en-US'));

  // The book tree: the town, the village(s) above its grids, and its grids — no other.
  await page.getByTestId('scope-search').fill('网格');
  const nodes = page.getByTestId('registry-scope').getByTestId('scope-node');
  await expect(nodes).toHaveCount(1 + villages.size + grids.length);
  for (const g of grids) await expect(nodes.filter({ hasText: g.name })).toHaveCount(1);
  await nodes.filter({ hasText: grids[0]!.name }).click();
  await expect(page.getByTestId('registry-title')).toHaveText(`${grids[0]!.name}台账`);
  const first = await count('registry.people', grids[0]!.id);
  await expect(total).toHaveText(shown(first));
  await expect(page.getByTestId('overview-population')).toContainText(first.toLocaleString('en-US'));
  await expect(page.getByTestId('ledger-grid').locator('.ag-row').first()).toBeVisible();
  await screen(page, 'registry-grid-worker');

  // Houses: its grids' only.
  const town = units.find((u) => u.kind === 'town')!;
  await nodes.filter({ hasText: town.name }).click();
  await expect(page.getByTestId('registry-title')).toHaveText(`${town.name}台账`);
  await page.getByRole('tab', { name: '房屋' }).click();
  await expect(total).toHaveText(shown(houses));

  // The map draws and ranks its grids only.
  await page.getByRole('menuitem', { name: '网格地图' }).click();
  await page.getByTestId('map-measure').getByText('实有人口').click();
  const canvas = page.getByTestId('map-canvas');
  await expect(canvas).toHaveAttribute('data-measure', 'population');
  await expect(canvas).toHaveAttribute('data-rendered', 'yes');
  const ranking = page.getByTestId('map-ranking');
  await expect(ranking).toContainText(`所辖网格合计 ${people.toLocaleString('zh-CN')} 人，${grids.length} 个网格`);
  await expect(ranking.locator('.tg-map-rank-row')).toHaveCount(grids.length);
  await screen(page, 'map-grid-worker');
});
