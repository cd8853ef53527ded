// The app's windows: the workbench, the wall display and the presentation's windows.
import { BrowserWindow, type BrowserWindowConstructorOptions, type Rectangle } from 'electron';

interface WindowSource {
  preload: string;
  /** Where the renderer is loaded from: the app scheme, or the dev server in development. */
  rendererOrigin: string;
}

function load(win: BrowserWindow, src: WindowSource, hash = ''): void {
  void win.loadURL(`${src.rendererOrigin}/index.html${hash ? `#${hash}` : ''}`);
}

const webPreferences = (preload: string) => ({
  preload,
  sandbox: true,
  contextIsolation: true,
  nodeIntegration: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  navigateOnDragDrop: false,
  spellcheck: false,
});

export function createMainWindow(src: WindowSource): BrowserWindow {
  const win = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 1100,
    minHeight: 700,
    title: '乡镇网格化服务管理指挥台',
    show: false,
    webPreferences: webPreferences(src.preload),
  });
  win.once('ready-to-show', () => win.show());
  load(win, src);
  return win;
}

export function createWallWindow(src: WindowSource & { bounds: Rectangle }): BrowserWindow {
  const win = new BrowserWindow({
    ...src.bounds,
    fullscreen: true,
    kiosk: true,
    autoHideMenuBar: true,
    title: '指挥大屏',
    backgroundColor: '#04122b',
    // The unattended wall sounds its emergency alarm without anyone clicking first.
    webPreferences: { ...webPreferences(src.preload), autoplayPolicy: 'no-user-gesture-required' },
  });
  load(win, src, '/board');
  return win;
}

/**
 * A presentation window, opened by the page itself (window.open, so it keeps the page's sign-in)
 * and placed by the shell (presenter-windows.ts): the audience full screen on the projector,
 * the presenter view on the desk screen.
 */
export function presentationWindowOptions(preload: string, bounds: Rectangle, fullscreen: boolean, title: string): BrowserWindowConstructorOptions {
  return { ...bounds, fullscreen, autoHideMenuBar: true, title, backgroundColor: '#0b1220', webPreferences: webPreferences(preload) };
}
