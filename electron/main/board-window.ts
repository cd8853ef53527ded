// The desktop's wall board window (指挥大屏): kiosk full screen on the display chosen on this PC
// (board-display.ts decides which), moved to the primary display when that one is unplugged and
// back when it returns, the display kept awake while the window is open, and a 指挥大屏 menu to
// open/close it and choose its display (remembered in board-window.json in the data folder).
import { BrowserWindow, Menu, powerSaveBlocker, screen, type Display, type MenuItemConstructorOptions } from 'electron';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  BOARD_WINDOW_FILE,
  boardDisplay,
  boardMenuModel,
  openBoardAtStart,
  parseBoardWindowSettings,
  serializeBoardWindowSettings,
  type BoardWindowSettings,
  type DisplayInfo,
} from './board-display';
import { createWallWindow } from './windows';

interface BoardWindowOptions {
  preload: string;
  rendererOrigin: string;
  dataDir: string;
  /** `--wall` on the command line: open the board window even with one display. */
  wallFlag: boolean;
}

const info = (d: Display): DisplayInfo => ({ id: d.id, bounds: d.bounds, label: d.label });

export function installBoardWindow(opts: BoardWindowOptions): void {
  const file = join(opts.dataDir, BOARD_WINDOW_FILE);
  const load = (): BoardWindowSettings => {
    try {
      return parseBoardWindowSettings(readFileSync(file, 'utf8'));
    } catch {
      return parseBoardWindowSettings(null);
    }
  };
  let settings = load();
  const save = (next: BoardWindowSettings) => {
    settings = next;
    try {
      writeFileSync(`${file}.tmp`, serializeBoardWindowSettings(next));
      renameSync(`${file}.tmp`, file);
    } catch (err) {
      console.error('[towngrid] 无法保存大屏窗口设置：', err);
    }
  };

  let win: BrowserWindow | null = null;
  const displays = () => screen.getAllDisplays().map(info);
  const target = () => boardDisplay(displays(), screen.getPrimaryDisplay().id, settings.displayId);

  /** Puts the open window on the display it belongs on now (kiosk full screen there). */
  const place = () => {
    if (!win) return;
    const d = target();
    const current = screen.getDisplayMatching(win.getBounds());
    if (current.id === d.id) return;
    win.setKiosk(false);
    win.setFullScreen(false);
    win.setBounds(d.bounds);
    win.setFullScreen(true);
    win.setKiosk(true);
  };

  const open = () => {
    if (win) return win.focus();
    const w = createWallWindow({ preload: opts.preload, rendererOrigin: opts.rendererOrigin, bounds: target().bounds });
    win = w;
    // The display stays awake exactly while the board window is open.
    const blocker = powerSaveBlocker.start('prevent-display-sleep');
    w.on('closed', () => {
      powerSaveBlocker.stop(blocker);
      if (win === w) win = null;
      buildMenu();
    });
    buildMenu();
  };

  const buildMenu = () => {
    const model = boardMenuModel(displays(), screen.getPrimaryDisplay().id, settings, win !== null);
    const submenu: MenuItemConstructorOptions[] = model.map((item) => {
      if (item.kind === 'separator') return { type: 'separator' };
      const action = item.action;
      return {
        label: item.label,
        type: item.kind,
        checked: item.checked,
        enabled: action !== null,
        click: () => {
          if (!action) return;
          if (action.kind === 'toggle') {
            if (win) win.close();
            else open();
          } else if (action.kind === 'open-at-start') {
            save({ ...settings, openAtStart: !settings.openAtStart });
          } else {
            save({ ...settings, displayId: action.displayId });
            place();
          }
          buildMenu();
        },
      };
    });
    Menu.setApplicationMenu(
      Menu.buildFromTemplate([{ role: 'fileMenu' }, { role: 'editMenu' }, { role: 'viewMenu' }, { label: '指挥大屏', submenu }, { role: 'windowMenu' }]),
    );
  };

  // Unplugged: the board goes to the primary display; plugged back in: back to the chosen one.
  const onDisplaysChanged = () => {
    place();
    buildMenu();
  };
  screen.on('display-removed', onDisplaysChanged);
  screen.on('display-added', onDisplaysChanged);
  screen.on('display-metrics-changed', onDisplaysChanged);

  buildMenu();
  if (openBoardAtStart(displays(), settings, opts.wallFlag)) open();
}
