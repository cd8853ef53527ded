// Shared steps of the UI tests: set up a town, sign in, take named screenshots.
import type { APIRequestContext, Page } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { DEMO_PASSWORD, DEMO_SESSIONS_FILE, expect, type StationFixture } from './fixtures';

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

/** Signs in through the sign-in screen: the user name, the password, 登录. */
export async function signInByForm(page: Page, url: string, username: string, password: string): Promise<void> {
  await page.goto(url);
  await page.getByTestId('sign-in-username').fill(username);
  await page.getByTestId('sign-in-password').fill(password);
  await page.getByTestId('sign-in-submit').click();
}

let demoSessions: { signedInAt: number; tokens: Record<string, string> } | null = null;
/** Older template sessions are not used: well within the 12 hours a desk session lasts idle, and a day before the wall display's renews itself. */
const DEMO_SESSION_MAX_AGE_MS = 6 * 60 * 60_000;

/**
 * The session a demo account has on a copy of the demo town: signed in once, on the template
 * station (demo-template.mjs), so the copy's database already holds it. Null when this station
 * does not know it (not a copy of the template, or the session ended there).
 */
async function demoSession(page: Page, url: string, username: string): Promise<{ token: string; role: string } | null> {
  demoSessions ??= existsSync(DEMO_SESSIONS_FILE) ? JSON.parse(readFileSync(DEMO_SESSIONS_FILE, 'utf8')) : { signedInAt: 0, tokens: {} };
  const token = demoSessions!.tokens[username];
  if (!token || Date.now() - demoSessions!.signedInAt > DEMO_SESSION_MAX_AGE_MS) return null;
  const res = await page.request.post(`${url}/rpc/auth.me`, { data: {}, headers: { Authorization: `Bearer ${token}` } });
  const body = (await res.json()) as { ok: boolean; data?: { username: string; role: string } };
  return body.ok && body.data?.username === username ? { token, role: body.data.role } : null;
}

/**
 * Signs the tab in. A demo account on a copy of the demo town takes the session it already has
 * there, as the app keeps it after a sign-in (sessionStorage; the wall display's localStorage):
 * checking the password costs ~0.8 s of CPU at the production cost, for each of some sixty
 * sign-ins of the suite. Anything else, and every test that is about signing in, goes through
 * the sign-in screen (signInByForm).
 */
export async function signIn(page: Page, url: string, username: string, password: string): Promise<void> {
  const session = password === DEMO_PASSWORD ? await demoSession(page, url, username) : null;
  if (!session) return signInByForm(page, url, username, password);
  // A small page of the station's origin to set the tab's storage on, then the app.
  await page.goto(`${url}/rpc/`);
  await page.evaluate(
    ({ key, token, remember }) => {
      sessionStorage.removeItem(key);
      localStorage.removeItem(key);
      (remember ? localStorage : sessionStorage).setItem(key, token);
    },
    { key: 'towngrid.session-token', token: session.token, remember: session.role === 'display' },
  );
  await page.goto(url);
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
