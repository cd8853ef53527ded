// Which display the wall board (指挥大屏) window goes on, as pure functions the shell uses
// (board-window.ts) and the unit tests check: the display chosen on this PC (remembered in
// board-window.json in the data folder), else the first secondary display, else the primary;
// back to the primary while the chosen one is unplugged, and back to the chosen one when it
// returns. No Electron here.

export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface DisplayInfo {
  id: number;
  bounds: Bounds;
  /** The OS's name for the display, when it has one. */
  label?: string;
}

/** This PC's board window settings (board-window.json in the data folder). */
export interface BoardWindowSettings {
  /** The display chosen for the board, or null: the first secondary display, else the primary. */
  displayId: number | null;
  /** Open the board window when the app starts (also when there is only one display). */
  openAtStart: boolean;
}

export const BOARD_WINDOW_FILE = 'board-window.json';
export const DEFAULT_BOARD_WINDOW: BoardWindowSettings = { displayId: null, openAtStart: false };

/** Reads the settings file's text; anything unreadable gives the defaults (the file is only a preference). */
export function parseBoardWindowSettings(text: string | null): BoardWindowSettings {
  if (!text) return { ...DEFAULT_BOARD_WINDOW };
  try {
    const v = JSON.parse(text) as Partial<Record<keyof BoardWindowSettings, unknown>>;
    return {
      displayId: typeof v.displayId === 'number' && Number.isSafeInteger(v.displayId) ? v.displayId : null,
      openAtStart: v.openAtStart === true,
    };
  } catch {
    return { ...DEFAULT_BOARD_WINDOW };
  }
}

export function serializeBoardWindowSettings(s: BoardWindowSettings): string {
  return `${JSON.stringify({ displayId: s.displayId, openAtStart: s.openAtStart }, null, 2)}\n`;
}

/** The display the board goes on now: the chosen one if plugged in, else a secondary one (only when none was chosen), else the primary. */
export function boardDisplay(displays: readonly DisplayInfo[], primaryId: number, chosenId: number | null): DisplayInfo {
  const primary = displays.find((d) => d.id === primaryId) ?? displays[0];
  if (!primary) throw new Error('no display');
  if (chosenId !== null) return displays.find((d) => d.id === chosenId) ?? primary;
  return displays.find((d) => d.id !== primary.id) ?? primary;
}

/** Whether the board window opens when the app starts: asked for, or a second display is there. */
export function openBoardAtStart(displays: readonly DisplayInfo[], settings: BoardWindowSettings, wallFlag: boolean): boolean {
  return wallFlag || settings.openAtStart || displays.length > 1;
}

/** 显示器 2（1920×1080，主显示器） — how a display is named in the menu. */
export function displayLabel(d: DisplayInfo, index: number, primaryId: number): string {
  const size = `${d.bounds.width}×${d.bounds.height}`;
  const name = d.label?.trim() ? `${d.label.trim()} ` : '';
  return `显示器 ${index + 1}（${name}${size}${d.id === primaryId ? '，主显示器' : ''}）`;
}

export interface BoardMenuItem {
  label: string;
  kind: 'normal' | 'radio' | 'checkbox' | 'separator';
  checked?: boolean;
  action: { kind: 'toggle' } | { kind: 'choose'; displayId: number | null } | { kind: 'open-at-start' } | null;
}

/** The 指挥大屏 menu: open/close the board window, and the display it goes on (remembered). */
export function boardMenuModel(displays: readonly DisplayInfo[], primaryId: number, settings: BoardWindowSettings, open: boolean): BoardMenuItem[] {
  const chosenPresent = settings.displayId !== null && displays.some((d) => d.id === settings.displayId);
  return [
    { label: open ? '关闭指挥大屏窗口' : '打开指挥大屏窗口', kind: 'normal', action: { kind: 'toggle' } },
    { label: '启动时打开指挥大屏', kind: 'checkbox', checked: settings.openAtStart, action: { kind: 'open-at-start' } },
    { label: '', kind: 'separator', action: null },
    { label: '自动（有副屏时用副屏）', kind: 'radio', checked: settings.displayId === null, action: { kind: 'choose', displayId: null } },
    ...displays.map((d, i): BoardMenuItem => ({ label: displayLabel(d, i, primaryId), kind: 'radio', checked: settings.displayId === d.id, action: { kind: 'choose', displayId: d.id } })),
    ...(settings.displayId !== null && !chosenPresent
      ? [{ label: '所选显示器未连接，暂用主显示器', kind: 'radio', checked: true, action: null } satisfies BoardMenuItem]
      : []),
  ];
}
