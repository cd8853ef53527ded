import { describe, expect, it } from 'vitest';
import {
  boardDisplay,
  boardMenuModel,
  displayLabel,
  openBoardAtStart,
  parseBoardWindowSettings,
  serializeBoardWindowSettings,
  type DisplayInfo,
} from '../../../electron/main/board-display';

const desk: DisplayInfo = { id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 } };
const wall: DisplayInfo = { id: 7, bounds: { x: 1920, y: 0, width: 3840, height: 2160 }, label: 'LG 大屏' };
const projector: DisplayInfo = { id: 9, bounds: { x: 5760, y: 0, width: 1366, height: 768 } };

describe('the board window’s display (desktop app)', () => {
  it('goes on the chosen display; without a choice on the first secondary display, else the primary', () => {
    expect(boardDisplay([desk, wall, projector], 1, 9)).toBe(projector);
    expect(boardDisplay([desk, wall, projector], 1, null)).toBe(wall);
    expect(boardDisplay([desk], 1, null)).toBe(desk);
    expect(boardDisplay([desk, wall], 1, 1)).toBe(desk); // the primary may be chosen on purpose
  });

  it('falls back to the primary display while the chosen one is unplugged, and returns when it is back', () => {
    expect(boardDisplay([desk, projector], 1, 7)).toBe(desk);
    expect(boardDisplay([desk, projector, wall], 1, 7)).toBe(wall);
  });

  it('remembers the choice in a small file; a damaged file gives the defaults', () => {
    const text = serializeBoardWindowSettings({ displayId: 7, openAtStart: true });
    expect(parseBoardWindowSettings(text)).toEqual({ displayId: 7, openAtStart: true });
    expect(parseBoardWindowSettings(null)).toEqual({ displayId: null, openAtStart: false });
    expect(parseBoardWindowSettings('{"displayId":')).toEqual({ displayId: null, openAtStart: false });
    expect(parseBoardWindowSettings('{"displayId":"7","openAtStart":1}')).toEqual({ displayId: null, openAtStart: false });
  });

  it('opens at start with a second display, when asked to, or with --wall', () => {
    const none = { displayId: null, openAtStart: false };
    expect(openBoardAtStart([desk], none, false)).toBe(false);
    expect(openBoardAtStart([desk, wall], none, false)).toBe(true);
    expect(openBoardAtStart([desk], { ...none, openAtStart: true }, false)).toBe(true);
    expect(openBoardAtStart([desk], none, true)).toBe(true);
  });

  it('lists the displays in the 指挥大屏 menu, the chosen one checked, and says when it is unplugged', () => {
    expect(displayLabel(wall, 1, 1)).toBe('显示器 2（LG 大屏 3840×2160）');
    expect(displayLabel(desk, 0, 1)).toBe('显示器 1（1920×1080，主显示器）');
    const menu = boardMenuModel([desk, wall], 1, { displayId: 7, openAtStart: false }, true);
    expect(menu[0]).toMatchObject({ label: '关闭指挥大屏窗口', action: { kind: 'toggle' } });
    expect(menu.filter((m) => m.kind === 'radio' && m.checked).map((m) => m.label)).toEqual(['显示器 2（LG 大屏 3840×2160）']);
    const unplugged = boardMenuModel([desk], 1, { displayId: 7, openAtStart: false }, false);
    expect(unplugged[0]!.label).toBe('打开指挥大屏窗口');
    expect(unplugged.at(-1)).toMatchObject({ label: '所选显示器未连接，暂用主显示器', checked: true, action: null });
  });
});
