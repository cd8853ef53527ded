// 桌面通知 in the desktop app: the renderer asks (preload `towngrid.notify`), the main process
// shows the operating system's notification through Electron's Notification, and answers
// whether the person clicked it (the renderer then opens the case). Silent: the desk plays its
// own tone when the account wants one. Only the app's own pages may ask.
import { app, BrowserWindow, ipcMain, Notification, type IpcMainInvokeEvent } from 'electron';
import { desktopNoticeOf } from './desktop-notice';
import { isOwnFrame } from './security';

export const NOTIFY_CHANNEL = 'towngrid:notify';

function focusSender(e: IpcMainInvokeEvent): void {
  const win = BrowserWindow.fromWebContents(e.sender);
  if (!win) return;
  if (win.isMinimized()) win.restore();
  win.focus();
}

export function installDesktopNotifications(devOrigin: string | null): void {
  // Windows shows a notification only for an app with its user model id (the installer's appId).
  if (process.platform === 'win32') app.setAppUserModelId('cn.towngrid.commandcentre');
  ipcMain.handle(NOTIFY_CHANNEL, (e, input: unknown) => {
    const notice = desktopNoticeOf(input);
    if (!isOwnFrame(e, devOrigin) || !notice || !Notification.isSupported()) return false;
    return new Promise<boolean>((resolve) => {
      const n = new Notification({ title: notice.title, body: notice.body, silent: true });
      n.on('click', () => {
        focusSender(e);
        resolve(true);
      });
      n.on('close', () => resolve(false));
      n.on('failed', () => resolve(false));
      n.show();
    });
  });
}
