// The app's windows: the workbench and the wall display.
import { BrowserWindow, type Rectangle } from 'electron';

interface WindowSource {
  preload: string;
  rendererUrl?: string;
  rendererFile: string;
}

function load(win: BrowserWindow, src: WindowSource, hash = ''): void {
  if (src.rendererUrl) void win.loadURL(src.rendererUrl + (hash ? `#${hash}` : ''));
  else void win.loadFile(src.rendererFile, hash ? { hash } : undefined);
}

const webPreferences = (preload: string) => ({ preload, sandbox: true, contextIsolation: true, nodeIntegration: false });

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
    webPreferences: webPreferences(src.preload),
  });
  load(win, src, '/board');
  return win;
}
