// Electron main process: windows and the IPC bridge only. The core (database, rules) runs in
// a worker thread; nothing here touches the database.
import { app, BrowserWindow, dialog, ipcMain, powerSaveBlocker, screen, shell } from 'electron';
import { join } from 'node:path';
import { startCoreWorker } from '../core/host/worker-client';
import type { CoreClient } from '../core/host/core-client';
import { EVENT_NAMES } from '../core/host/event-names';
import { createMainWindow, createWallWindow } from './windows';

let core: CoreClient | null = null;

async function start(): Promise<void> {
  core = await startCoreWorker(join(import.meta.dirname, 'worker.js'), {
    dbFile: join(app.getPath('userData'), 'towngrid.db'),
  });
  ipcMain.handle('towngrid:rpc', (_e, method: string, input: unknown, token: string | null) => core!.invoke(token, method, input));
  for (const event of EVENT_NAMES) {
    core.on(event, (payload) => {
      for (const w of BrowserWindow.getAllWindows()) w.webContents.send('towngrid:event', event, payload);
    });
  }

  const preload = join(import.meta.dirname, '../preload/index.cjs');
  const rendererUrl = process.env.ELECTRON_RENDERER_URL;
  const rendererFile = join(import.meta.dirname, '../renderer/index.html');
  const main = createMainWindow({ preload, rendererUrl, rendererFile });
  main.webContents.setWindowOpenHandler(({ url }) => {
    if (url.startsWith('http')) void shell.openExternal(url);
    return { action: 'deny' };
  });

  // The wall display: when a second screen is attached (or --wall is given), open the board
  // full screen on it and keep the display awake.
  const displays = screen.getAllDisplays();
  const external = displays.find((d) => d.id !== screen.getPrimaryDisplay().id);
  if (external || process.argv.includes('--wall')) {
    createWallWindow({ preload, rendererUrl, rendererFile, bounds: (external ?? screen.getPrimaryDisplay()).bounds });
    powerSaveBlocker.start('prevent-display-sleep');
  }
}

// One instance per PC: a second launch focuses the running one (two writers on one database
// would only wait on each other).
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    const win = BrowserWindow.getAllWindows()[0];
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
  });
  app
    .whenReady()
    .then(start)
    .catch((err: unknown) => {
      console.error(err);
      dialog.showErrorBox('指挥台无法启动', `数据库或核心服务启动失败：${err instanceof Error ? err.message : String(err)}\n\n数据未被改动。请联系管理员。`);
      app.quit();
    });
}

app.on('window-all-closed', () => {
  void core?.close().finally(() => app.quit());
});
