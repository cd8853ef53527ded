// Board pages' layout rules and which page a wall shows (shared/board/board-layout.ts).
import { describe, expect, it } from 'vitest';
import { DEFAULT_BOARD_PANELS, type BoardPanelPlacement } from '../../../../shared/board/board-panels';
import {
  boardPageInput,
  boardPlaylistInput,
  layoutProblems,
  rotationPages,
  wallPage,
  type BoardLayouts,
  type BoardPage,
} from '../../../../shared/board/board-layout';

const messages = (input: unknown) => {
  const r = boardPageInput.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => i.message);
};

describe('page layout', () => {
  it('lets the default page in on 16:9 and on the wider canvases', () => {
    expect(layoutProblems('16:9', DEFAULT_BOARD_PANELS)).toEqual([]);
    expect(layoutProblems('48:9', DEFAULT_BOARD_PANELS)).toEqual([]);
  });

  it('refuses overlapping panels, naming both', () => {
    const panels: BoardPanelPlacement[] = [
      { panel: 'trend', x: 0, y: 0, w: 8, h: 4 },
      { panel: 'villages', x: 7, y: 3, w: 8, h: 4 },
    ];
    expect(messages({ name: '页', canvas: '16:9', panels })).toEqual(['「各村（社区）在办与超期事件」与「近14日事件新增与办结」重叠']);
    // Touching edges is not an overlap.
    expect(layoutProblems('16:9', [panels[0]!, { ...panels[1]!, x: 8 }])).toEqual([]);
  });

  it('refuses a panel out of the grid; a wider canvas has more columns', () => {
    const wide = [{ panel: 'grid-map', x: 20, y: 0, w: 10, h: 12 }] satisfies BoardPanelPlacement[];
    expect(messages({ name: '页', canvas: '16:9', panels: wide })).toEqual(['「网格事件分布图」超出页面范围（本画布共24列×12行）']);
    expect(messages({ name: '页', canvas: '32:9', panels: wide })).toEqual([]);
    expect(messages({ name: '页', canvas: '48:9', panels: [{ panel: 'grid-map', x: 70, y: 0, w: 8, h: 6 }] })).toEqual([
      '「网格事件分布图」超出页面范围（本画布共72列×12行）',
    ]);
    expect(messages({ name: '页', canvas: '16:9', panels: [{ panel: 'trend', x: 0, y: 9, w: 6, h: 4 }] })).toEqual(['「近14日事件新增与办结」超出页面范围（本画布共24列×12行）']);
  });

  it('refuses a panel under its minimum size, an unknown panel, a panel twice, no panel, no name, bad numbers', () => {
    expect(messages({ name: '页', canvas: '16:9', panels: [{ panel: 'grid-map', x: 0, y: 0, w: 7, h: 6 }] })).toEqual(['「网格事件分布图」太小：至少8列宽、6行高']);
    expect(messages({ name: '页', canvas: '16:9', panels: [{ panel: 'weather', x: 0, y: 0, w: 7, h: 6 }] })).toEqual(['未知的大屏面板']);
    expect(
      messages({
        name: '页',
        canvas: '16:9',
        panels: [
          { panel: 'duty', x: 0, y: 0, w: 4, h: 2 },
          { panel: 'duty', x: 4, y: 0, w: 4, h: 2 },
        ],
      }),
    ).toEqual(['「今日值班」在本页已经放过，一个面板在一页上只放一次']);
    expect(messages({ name: '页', canvas: '16:9', panels: [] })).toEqual(['页面至少要放一个面板']);
    expect(messages({ name: '  ', canvas: '16:9', panels: DEFAULT_BOARD_PANELS })).toEqual(['请填写页面名称']);
    expect(messages({ name: '页', canvas: '21:9', panels: DEFAULT_BOARD_PANELS })).toEqual(['未知的画布尺寸']);
    expect(messages({ name: '页', canvas: '16:9', panels: [{ panel: 'duty', x: -1, y: 0.5, w: 4, h: 2 }] })).toEqual(['列位置不能小于0', '行位置应为整数']);
  });

  it('checks a playlist: at least one page, no page twice, an interval of at least 10 s', () => {
    const issues = (input: unknown) => {
      const r = boardPlaylistInput.safeParse(input);
      return r.success ? [] : r.error.issues.map((i) => i.message);
    };
    expect(issues({ name: '日常', pageIds: ['a', 'b'], intervalSeconds: 30 })).toEqual([]);
    expect(issues({ name: '日常', pageIds: [], intervalSeconds: 30 })).toEqual(['轮播至少要有一个页面']);
    expect(issues({ name: '日常', pageIds: ['a', 'a'], intervalSeconds: 30 })).toEqual(['同一页面在轮播中只能出现一次']);
    expect(issues({ name: '日常', pageIds: ['a'], intervalSeconds: 5 })).toEqual(['切换间隔至少10秒']);
  });
});

const page = (id: string, position: number): BoardPage => ({ id, name: `页${id}`, canvas: '16:9', panels: [...DEFAULT_BOARD_PANELS], position, updatedAt: 0 });
const layouts = (over: Partial<BoardLayouts> = {}): BoardLayouts => ({
  pages: [page('a', 0), page('b', 1), page('c', 2)],
  playlists: [{ id: 'p', name: '日常', pageIds: ['c', 'a'], intervalSeconds: 20 }],
  activePlaylistId: 'p',
  pin: null,
  ...over,
});

describe('which page a wall shows', () => {
  it('rotates the active playlist in its order, wrapping both ways', () => {
    expect(rotationPages(layouts())).toEqual({ pages: [page('c', 2), page('a', 0)], intervalSeconds: 20 });
    expect([0, 1, 2, -1].map((i) => wallPage(layouts(), null, i).page.id)).toEqual(['c', 'a', 'c', 'a']);
    expect(wallPage(layouts(), null, 0).mode).toBe('rotation');
  });

  it('a desk pin wins over a local pin, which wins over rotation', () => {
    const pinned = layouts({ pin: { pageId: 'b', pinnedAt: 1, pinnedByName: null } });
    expect(wallPage(pinned, 'a', 1)).toMatchObject({ page: { id: 'b' }, mode: 'desk-pin' });
    expect(wallPage(layouts(), 'b', 1)).toMatchObject({ page: { id: 'b' }, mode: 'local-pin' });
  });

  it('ignores pins and playlist entries of deleted pages; shows the first page without a playlist, the default page without pages', () => {
    const gone = layouts({ pin: { pageId: 'x', pinnedAt: 1, pinnedByName: null }, playlists: [{ id: 'p', name: '日常', pageIds: ['x'], intervalSeconds: 20 }] });
    expect(wallPage(gone, 'y', 0)).toMatchObject({ page: { id: 'a' }, mode: 'rotation' });
    expect(rotationPages(layouts({ activePlaylistId: null }))).toEqual({ pages: [page('a', 0)], intervalSeconds: null });
    const empty = wallPage({ pages: [], playlists: [], activePlaylistId: null, pin: null }, null, 3);
    expect(empty.page.panels).toEqual(DEFAULT_BOARD_PANELS);
  });
});
