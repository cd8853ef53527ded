// Electron main process: windows and the IPC bridge only. The core (database, rules) runs in
// a worker thread; nothing here touches the database.
import { app, BrowserWindow, dialog, ipcMain } from 'electron';
import { join } from 'node:path';
import { DB_FILE_NAME, resolveDataDir } from '../core/host/data-dir';
import { startCorePool } from '../core/host/core-pool';
import { lanSyncOptions } from '../core/sync/sync-options';
import { loadDatabaseKey } from '../core/host/key-custody';
import { osKeySealer } from './os-key-store';
import type { CoreClient } from '../core/host/core-client';
import { deliverTo, EVENT_NAMES } from '../core/host/event-names';
import { createMainWindow } from './windows';
import { installBoardWindow } from './board-window';
import { presentationWindows } from './presenter-windows';
import { installSecurity, isOwnFrame, registerAppScheme, serveRenderer } from './security';
import { APP_ORIGIN, devServerUrl } from './security-rules';
import { installDesktopNotifications } from './desktop-notification';

registerAppScheme();

let core: CoreClient | null = null;

async function start(): Promise<void> {
  // The same data folder as the station host (--data, TOWNGRID_DATA, else the user's data folder).
  const dataDir = resolveDataDir(process.argv.slice(1));
  const dbFile = join(dataDir, DB_FILE_NAME);
  // The database key, sealed by the OS key store (docs/encryption.md); the core gets it as data.
  const { key } = loadDatabaseKey({ dataDir, dbFile, sealer: osKeySealer() });
  // One writer worker and two reader workers; a worker that dies is restarted by itself.
  core = await startCorePool({
    workerFile: join(import.meta.dirname, 'worker.js'),
    dbFile,
    dbKey: key,
    // LAN sync with the centre's other PCs: the same defaults as a station on the LAN (docs/sync.md).
    sync: lanSyncOptions(),
    log: (message) => console.error(`[towngrid] ${new Date().toISOString()} ${message}`),
  });
  // The dev server's address is honoured only in development (never in a packaged build).
  const devOrigin = devServerUrl(process.env, app.isPackaged);
  const preload = join(import.meta.dirname, '../preload/index.cjs');
  const rendererOrigin = devOrigin ?? APP_ORIGIN;
  // 放映: the presentation's windows, opened by the pages, placed on their displays.
  installSecurity(devOrigin, presentationWindows(preload, devOrigin));
  serveRenderer(join(import.meta.dirname, '../renderer'));
  // 桌面通知: the renderer asks, the operating system shows (docs/notifications.md).
  installDesktopNotifications(devOrigin);
  // Who each window is signed in as, from its sign-in answers: job events go to the owner's windows only.
  const userOf = new Map<number, string>();
  ipcMain.handle('towngrid:rpc', async (e, method: unknown, input: unknown, token: unknown) => {
    if (!isOwnFrame(e, devOrigin)) return { ok: false, error: { code: 'FORBIDDEN', message: '当前账号无权执行此操作' } };
    if (typeof method !== 'string' || (token !== null && typeof token !== 'string')) {
      return { ok: false, error: { code: 'BAD_INPUT', message: '输入内容有误' } };
    }
    const r = await core!.forward(token, method, input);
    if (r.ok && (method === 'auth.login' || method === 'system.setup')) userOf.set(e.sender.id, (r.data as { user: { id: string } }).user.id);
    else if (r.ok && method === 'auth.me') userOf.set(e.sender.id, (r.data as { id: string }).id);
    else if (method === 'auth.logout' || (!r.ok && r.error.code === 'UNAUTHENTICATED')) userOf.delete(e.sender.id);
    return r;
  });
  for (const event of EVENT_NAMES) {
    core.on(event, (payload) => {
      for (const w of BrowserWindow.getAllWindows()) {
        if (deliverTo(event, payload, userOf.get(w.webContents.id) ?? null)) w.webContents.send('towngrid:event', event, payload);
      }
    });
  }

  createMainWindow({ preload, rendererOrigin });

  // The wall display (指挥大屏 menu): full screen on the display chosen on this PC, or on a
  // second screen when one is attached (or with --wall), keeping the display awake.
  installBoardWindow({ preload, rendererOrigin, dataDir, wallFlag: process.argv.includes('--wall') });
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
