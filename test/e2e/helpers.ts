// Shared steps of the UI tests: set up a town, sign in, take named screenshots.
import type { APIRequestContext, Page } from '@playwright/test';
import { expect, type StationFixture } from './fixtures';

export const TOWN = { name: '青溪镇', code: '330782101' };
export const ADMIN = { name: '王主任', username: 'admin', password: 'towngrid2026' };

/** Full-window screenshot at test-results/screens/<name>.png (the viewport is 1920×1080). */
export async function screen(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `test-results/screens/${name}.png` });
}

/** Sets the town up through the RPC endpoint (for tests that are not about the first run). */
export async function setUpByApi(request: APIRequestContext, station: StationFixture, demo = false): Promise<void> {
  const res = await request.post(`${station.url}/rpc/system.setup`, {
    data: {
      townName: TOWN.name,
      townCode: TOWN.code,
      adminUsername: ADMIN.username,
      adminDisplayName: ADMIN.name,
      adminPassword: ADMIN.password,
      demo,
      setupCode: station.setupCode ?? undefined,
    },
  });
  const body = (await res.json()) as { ok: boolean; error?: { message: string } };
  expect(body.ok, body.error?.message).toBe(true);
}

export async function signIn(page: Page, url: string, username: string, password: string): Promise<void> {
  await page.goto(url);
  await page.getByTestId('sign-in-username').fill(username);
  await page.getByTestId('sign-in-password').fill(password);
  await page.getByTestId('sign-in-submit').click();
}

/** Reads a figure shown with thousands separators, e.g. "52,498" → 52498. */
export function figure(text: string | null): number {
  return Number((text ?? '').replace(/[^\d]/g, ''));
}

/** 52498 → "52,498", as the board shows it. */
export function grouped(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Opens the first grid of the org page's grid list in the details tab; returns its name. */
export async function openFirstGrid(page: Page): Promise<string> {
  await page.getByRole('menuitem', { name: '组织架构' }).click();
  await expect(page.getByTestId('grid-count')).toContainText(/共 \d+ 个网格/);
  await page.getByTestId('grid-row-edit').first().click();
  const title = page.getByTestId('unit-title');
  await expect(title).toBeVisible();
  return (await title.textContent()) ?? '';
}
