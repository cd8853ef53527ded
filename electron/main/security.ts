// Applies the shell's security rules (security-rules.ts) to Electron: the renderer is served
// from the privileged `app://towngrid` scheme instead of file://, every window's navigation
// and window-open are guarded, links go to the OS browser only when allow-listed, permission
// requests (camera, notifications prompts, geolocation …) are denied, webviews are refused,
// and IPC is answered only for our own top-level frames.
import { app, net, protocol, session, shell, type BrowserWindowConstructorOptions, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { pathToFileURL } from 'node:url';
import { APP_CSP, APP_SCHEME, isAllowedExternal, isOwnPage, rendererFileFor } from './security-rules';

/** Must run before `app.whenReady()`. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

/** Serves the built renderer on the app scheme. Call once the app is ready. */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = rendererFileFor(rendererDir, request.url);
    if (!file) return new Response('Not found', { status: 404 });
    const res = await net.fetch(pathToFileURL(file).toString());
    const headers = new Headers(res.headers);
    headers.set('Content-Security-Policy', APP_CSP);
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(res.body, { status: res.status, headers });
  });
}

/** The shell's own windows a page may open (the presentation's): their options, or null for any other page. */
export interface OwnWindows {
  options(url: string): BrowserWindowConstructorOptions | null;
  created(url: string, win: Electron.BrowserWindow): void;
}

const noOwnWindows: OwnWindows = { options: () => null, created: () => {} };

function guard(contents: WebContents, devOrigin: string | null, own: OwnWindows): void {
  contents.on('will-navigate', (event, url) => {
    if (!isOwnPage(url, devOrigin)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isOwnPage(url, devOrigin)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const options = isOwnPage(url, devOrigin) ? own.options(url) : null;
    if (options) return { action: 'allow', overrideBrowserWindowOptions: options };
    if (isAllowedExternal(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
}

/** Installs the guards on every web contents the app ever creates, and denies permissions. */
export function installSecurity(devOrigin: string | null, own: OwnWindows = noOwnWindows): void {
  app.on('web-contents-created', (_e, contents) => {
    guard(contents, devOrigin, own);
    contents.on('did-create-window', (win, details) => own.created(details.url, win));
  });
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
}

/** Whether an IPC call comes from one of our own pages' top-level frame. */
export function isOwnFrame(event: IpcMainInvokeEvent, devOrigin: string | null): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent) return false;
  return isOwnPage(frame.url, devOrigin);
}
