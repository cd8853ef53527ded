// Steps shared by the cases UI tests (事件办理): queue counts, opening a case, taking an action
// through its dialog, calling the RPC endpoint as the signed-in tab.
import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { expect } from './fixtures';
import { figure, grouped, screen } from './helpers';

export const QUEUES = ['mine', 'to_accept', 'to_dispatch', 'in_progress', 'due_soon', 'overdue', 'supervised', 'to_verify', 'closed', 'all'] as const;
export type Queue = (typeof QUEUES)[number];

/** Opens 事件办理 from the navigation and reads every queue's count once they are loaded. */
export async function readQueueCounts(page: Page): Promise<Record<Queue, number>> {
  await page.getByRole('menuitem', { name: '事件办理' }).click();
  await expect(page.getByTestId('cases-page')).toBeVisible();
  for (const q of QUEUES) await expect(page.getByTestId(`queue-count-${q}`)).toHaveText(/^[\d,]+$/);
  const out = {} as Record<Queue, number>;
  for (const q of QUEUES) out[q] = figure(await page.getByTestId(`queue-count-${q}`).textContent());
  return out;
}

/** Opens 事件办理 and waits until the given queues show the expected counts (they follow live). */
export async function expectQueueCounts(page: Page, expected: Partial<Record<Queue, number>>): Promise<void> {
  await page.getByRole('menuitem', { name: '事件办理' }).click();
  await expect(page.getByTestId('cases-page')).toBeVisible();
  for (const [q, n] of Object.entries(expected)) {
    await expect(page.getByTestId(`queue-count-${q}`), `队列 ${q}`).toHaveText(grouped(n));
  }
}

/** Opens a case by its address; within the app (no reload) when the app is already open. */
export async function openCase(page: Page, url: string, id: string): Promise<void> {
  if (page.url().startsWith(url)) await page.evaluate((caseId) => (window.location.hash = `#/cases/${caseId}`), id);
  else await page.goto(`${url}/#/cases/${id}`);
  await expect(page.getByTestId('case-page')).toBeVisible();
}

/** The id of the case shown, from the address bar (#/cases/<id>). */
export function caseIdOf(page: Page): string {
  const m = /#\/cases\/([^/?]+)/.exec(page.url());
  if (!m) throw new Error(`not on a case page: ${page.url()}`);
  return m[1]!;
}

/**
 * Clicks the action button, lets `fill` fill the dialog, confirms, and waits for the case to
 * show `status` (its Chinese label).
 */
export async function act(page: Page, action: string, status: string, fill?: () => Promise<void>): Promise<void> {
  await page.getByTestId(`action-${action}`).click();
  const ok = page.getByTestId('action-ok');
  await expect(ok).toBeVisible();
  if (fill) await fill();
  await ok.click();
  await expect(ok).toBeHidden();
  await expect(page.getByTestId('case-page').getByTestId('case-status').first()).toHaveText(status);
}

/** Picks an option of an antd Select by typing into it (works for searchable selects). */
export async function pickOption(page: Page, testId: string, type: string, option: string | RegExp): Promise<void> {
  const select = page.getByTestId(testId);
  await expect(select).not.toHaveClass(/ant-select-disabled/);
  await select.click();
  const input = select.locator('input[role="combobox"]');
  await expect(input).toBeFocused();
  await page.keyboard.type(type);
  await chooseInPopup(page, input, option);
}

/** Clicks `option` in the popup of an open select whose search input is `input`. */
export async function chooseInPopup(page: Page, input: Locator, option: string | RegExp): Promise<void> {
  // This select's own popup (the list id is in the input's aria-controls), not one still closing.
  const listId = await input.getAttribute('aria-controls');
  const popup = page.locator('.ant-select-dropdown').filter({ has: page.locator(`[id="${listId}"]`) });
  await popup.locator('.ant-select-item-option').filter({ hasText: option }).first().click();
  await expect(popup).toBeHidden();
}

/** Calls an RPC method with the tab's session (for setting up data a test is not about). */
export async function rpc<T>(page: Page, url: string, method: string, input: unknown): Promise<T> {
  const token = await page.evaluate(() => sessionStorage.getItem('towngrid.session-token'));
  const res = await page.request.post(`${url}/rpc/${method}`, { data: input, headers: token ? { Authorization: `Bearer ${token}` } : {} });
  const body = (await res.json()) as { ok: boolean; data?: T; error?: { code: string; message: string } };
  if (!body.ok) throw Object.assign(new Error(body.error?.message ?? method), { code: body.error?.code });
  return body.data as T;
}

/** Calls an RPC method as another account, signed in through the endpoint (for setting up data). */
/** Tokens of the accounts rpcAs signed in, per request context: a sign-in costs the station a scrypt (~0.5 s of CPU). */
const tokens = new WeakMap<APIRequestContext, Map<string, string>>();

async function tokenFor(request: APIRequestContext, url: string, username: string, password: string, fresh: boolean): Promise<string> {
  const kept = tokens.get(request) ?? new Map<string, string>();
  tokens.set(request, kept);
  const key = `${url}\n${username}\n${password}`;
  const known = kept.get(key);
  if (known && !fresh) return known;
  const login = await request.post(`${url}/rpc/auth.login`, { data: { username, password } });
  const session = (await login.json()) as { ok: boolean; data?: { token: string }; error?: { message: string } };
  if (!session.ok) throw new Error(session.error?.message ?? 'auth.login');
  kept.set(key, session.data!.token);
  return session.data!.token;
}

/** Calls `method` as `username`, signed in once per test (again if the session has ended). */
export async function rpcAs<T>(request: APIRequestContext, url: string, username: string, password: string, method: string, input: unknown): Promise<T> {
  for (const fresh of [false, true]) {
    const token = await tokenFor(request, url, username, password, fresh);
    const res = await request.post(`${url}/rpc/${method}`, { data: input, headers: { Authorization: `Bearer ${token}` } });
    const body = (await res.json()) as { ok: boolean; data?: T; error?: { code: string; message: string } };
    if (!body.ok && body.error?.code === 'UNAUTHENTICATED' && !fresh) continue;
    if (!body.ok) throw Object.assign(new Error(body.error?.message ?? method), { code: body.error?.code });
    return body.data as T;
  }
  throw new Error(`${method}: not signed in`);
}

/** Clicks an antd radio button whose (hidden) input carries `testId`. */
export async function clickRadio(page: Page, testId: string): Promise<void> {
  await page.locator(`label:has([data-testid="${testId}"])`).click();
}

/** A screenshot once the success toasts have faded (they would cover the header). */
export async function calmScreen(page: Page, name: string): Promise<void> {
  await expect(page.locator('.ant-message-notice')).toHaveCount(0);
  await screen(page, name);
}
