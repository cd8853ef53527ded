// The Electron shell's security rules as pure functions (no `electron` import), so they are
// unit-tested here although the Electron runtime cannot run on the build machines.
// See electron/main/security.ts for where Electron applies them (Electron's security checklist:
// custom protocol instead of file://, navigation and window-open guards, an openExternal
// allow-list, IPC answered only for our own frames, permission requests denied).
import { isAbsolute, normalize, relative, resolve, sep } from 'node:path';

/** The privileged custom scheme the renderer is served from in the desktop app. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'towngrid';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/**
 * Origins (scheme://host[:port]) that `shell.openExternal` may open. Empty: the app has no
 * external links today; a link to anything else is refused, not opened in a browser.
 */
export const EXTERNAL_ALLOW_LIST: readonly string[] = [];

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * The dev-server URL electron-vite sets in development. A packaged build ignores it, so an
 * environment variable can never point the app at another page.
 */
export function devServerUrl(env: Record<string, string | undefined>, packaged: boolean): string | null {
  if (packaged) return null;
  const raw = env.ELECTRON_RENDERER_URL;
  const u = raw ? parse(raw) : null;
  if (!u || u.protocol !== 'http:' || !['localhost', '127.0.0.1', '[::1]'].includes(u.hostname)) return null;
  return u.origin;
}

/** Whether `url` is one of our own pages (the app scheme, or the dev server in development). */
export function isOwnPage(url: string, devOrigin: string | null): boolean {
  const u = parse(url);
  if (!u) return false;
  if (u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST) return true;
  return devOrigin !== null && u.origin === devOrigin;
}

/** Whether a link may be handed to the operating system's browser. */
export function isAllowedExternal(url: string, allowList: readonly string[] = EXTERNAL_ALLOW_LIST): boolean {
  const u = parse(url);
  if (!u || (u.protocol !== 'https:' && u.protocol !== 'http:')) return false;
  if (u.username || u.password) return false;
  return allowList.includes(u.origin);
}

/**
 * The file under `rendererDir` an `app://towngrid/...` request asks for, or null when the
 * request is not for our host or tries to leave the folder. Paths without an extension are
 * client-side routes and get index.html.
 */
export function rendererFileFor(rendererDir: string, requestUrl: string): string | null {
  const u = parse(requestUrl);
  if (!u || u.protocol !== `${APP_SCHEME}:` || u.host !== APP_HOST) return null;
  let path: string;
  try {
    path = decodeURIComponent(u.pathname);
  } catch {
    return null;
  }
  if (path.includes('\0')) return null;
  const root = resolve(rendererDir);
  const rel = normalize(path).replace(/^([/\\])+/, '');
  if (rel === '' || !/\.[A-Za-z0-9]+$/.test(rel)) return resolve(root, 'index.html');
  const file = resolve(root, rel);
  const back = relative(root, file);
  if (back.startsWith('..') || isAbsolute(back) || back.split(sep).includes('..')) return null;
  return file;
}

/** Content-Security-Policy the app scheme serves with every page: nothing but our own origin. */
export const APP_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');
