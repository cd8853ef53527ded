// Board pages, playlists and the wall's pin (大屏页面、轮播、固定): the records' shapes, the rules a
// page's layout must keep, and which page a wall shows. One place for these rules: the core
// checks a page with `boardPageInput` before writing it, the composer checks it as you type.
//
// Canvas presets: a page is designed for a canvas of 1920×1080 per 16:9 screen. Spliced walls are
// wider: 32:9 (3840×1080, also a 7680×2160 wall at 2×) and 48:9 (5760×1080). Cells keep their size
// in stage pixels, so a wider canvas has more columns (24 per 1920 px) and the same 12 rows; a
// panel's minimum size in cells (BOARD_PANELS) therefore means the same on every canvas.
import { z } from 'zod';
import { BOARD_GRID, BOARD_PANEL_IDS, BOARD_PANELS, DEFAULT_BOARD_PANELS, type BoardPanelPlacement } from './board-panels';

export const BOARD_CANVASES = ['16:9', '32:9', '48:9'] as const;
export type BoardCanvas = (typeof BOARD_CANVASES)[number];

export interface BoardCanvasInfo {
  label: string;
  /** Stage size in CSS pixels before scaling to the screen. */
  width: number;
  height: number;
  /** Grid columns on this canvas (rows are BOARD_GRID.rows on every canvas). */
  columns: number;
}

export const BOARD_CANVAS_INFO: Record<BoardCanvas, BoardCanvasInfo> = {
  '16:9': { label: '16:9 单屏（1920×1080）', width: 1920, height: 1080, columns: BOARD_GRID.columns },
  '32:9': { label: '32:9 拼接屏（3840×1080、7680×2160）', width: 3840, height: 1080, columns: BOARD_GRID.columns * 2 },
  '48:9': { label: '48:9 拼接屏（5760×1080）', width: 5760, height: 1080, columns: BOARD_GRID.columns * 3 },
};

/** The shortest time a page stays on the wall in a playlist (a duty officer must be able to read it). */
export const MIN_INTERVAL_SECONDS = 10;
export const MAX_INTERVAL_SECONDS = 3600;
/** Pages a playlist may hold. */
export const MAX_PLAYLIST_PAGES = 20;

export interface BoardPage {
  id: string;
  name: string;
  canvas: BoardCanvas;
  panels: BoardPanelPlacement[];
  position: number;
  updatedAt: number;
}

export interface BoardPlaylist {
  id: string;
  name: string;
  /** Pages in the order they rotate; pages deleted since are left out when read. */
  pageIds: string[];
  intervalSeconds: number;
}

export interface BoardPin {
  pageId: string;
  pinnedAt: number;
  /** Who pinned it; null for callers who see no staff names (the wall display). */
  pinnedByName: string | null;
}

/** What a wall needs to know which page to show (board.layouts). */
export interface BoardLayouts {
  pages: BoardPage[];
  playlists: BoardPlaylist[];
  activePlaylistId: string | null;
  /** A page pinned from a desk: it wins over rotation on every wall. */
  pin: BoardPin | null;
}

const zId = z.string().min(1, '缺少编号');
const cell = (label: string) => z.number({ error: `${label}应为整数` }).int(`${label}应为整数`).min(0, `${label}不能小于0`);

export const boardPlacementSchema = z.object({
  panel: z.enum(BOARD_PANEL_IDS, { error: '未知的大屏面板' }),
  x: cell('列位置'),
  y: cell('行位置'),
  w: cell('宽度').min(1, '宽度至少为1格'),
  h: cell('高度').min(1, '高度至少为1格'),
});

function overlaps(a: BoardPanelPlacement, b: BoardPanelPlacement): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/** Every problem of a page's layout on its canvas, in Chinese, with the index of the panel at fault. */
export function layoutProblems(canvas: BoardCanvas, panels: readonly BoardPanelPlacement[]): { index: number; message: string }[] {
  const problems: { index: number; message: string }[] = [];
  const columns = BOARD_CANVAS_INFO[canvas].columns;
  const rows = BOARD_GRID.rows;
  if (panels.length === 0) problems.push({ index: -1, message: '页面至少要放一个面板' });
  const seen = new Set<string>();
  panels.forEach((p, i) => {
    const info = BOARD_PANELS[p.panel];
    const label = `「${info.label}」`;
    if (seen.has(p.panel)) problems.push({ index: i, message: `${label}在本页已经放过，一个面板在一页上只放一次` });
    seen.add(p.panel);
    if (p.x + p.w > columns || p.y + p.h > rows) {
      problems.push({ index: i, message: `${label}超出页面范围（本画布共${columns}列×${rows}行）` });
    }
    if (p.w < info.minW || p.h < info.minH) {
      problems.push({ index: i, message: `${label}太小：至少${info.minW}列宽、${info.minH}行高` });
    }
    for (let j = 0; j < i; j++) {
      const q = panels[j]!;
      if (overlaps(p, q)) problems.push({ index: i, message: `${label}与「${BOARD_PANELS[q.panel].label}」重叠` });
    }
  });
  return problems;
}

const pageName = z.string().trim().min(1, '请填写页面名称').max(30, '页面名称不能超过30个字');

/** A page as the composer saves it: a new one without `id`, an existing one with its id. */
export const boardPageInput = z
  .object({
    id: zId.optional(),
    name: pageName,
    canvas: z.enum(BOARD_CANVASES, { error: '未知的画布尺寸' }),
    panels: z.array(boardPlacementSchema).max(BOARD_PANEL_IDS.length, '面板太多'),
  })
  .superRefine((page, ctx) => {
    for (const p of layoutProblems(page.canvas, page.panels)) {
      ctx.addIssue({ code: 'custom', message: p.message, path: p.index < 0 ? ['panels'] : ['panels', p.index] });
    }
  });
export type BoardPageInput = z.input<typeof boardPageInput>;

export const boardPlaylistInput = z.object({
  id: zId.optional(),
  name: z.string().trim().min(1, '请填写轮播名称').max(30, '轮播名称不能超过30个字'),
  pageIds: z
    .array(zId)
    .min(1, '轮播至少要有一个页面')
    .max(MAX_PLAYLIST_PAGES, `轮播最多${MAX_PLAYLIST_PAGES}个页面`)
    .refine((ids) => new Set(ids).size === ids.length, '同一页面在轮播中只能出现一次'),
  intervalSeconds: z
    .number({ error: '切换间隔应为整数秒' })
    .int('切换间隔应为整数秒')
    .min(MIN_INTERVAL_SECONDS, `切换间隔至少${MIN_INTERVAL_SECONDS}秒`)
    .max(MAX_INTERVAL_SECONDS, `切换间隔不能超过${MAX_INTERVAL_SECONDS}秒`),
});
export type BoardPlaylistInput = z.input<typeof boardPlaylistInput>;

export const boardIdInput = z.object({ id: zId });
export const boardActivateInput = z.object({ playlistId: zId.nullable() });
export const boardPinInput = z.object({ pageId: zId.nullable() });
export const boardReorderInput = z.object({ pageIds: z.array(zId).min(1, '缺少页面') });

/** The page the board shows when none has been composed (the board never goes blank). */
export const DEFAULT_BOARD_PAGE: BoardPage = {
  id: 'default',
  name: '综合态势',
  canvas: '16:9',
  panels: [...DEFAULT_BOARD_PANELS],
  position: 0,
  updatedAt: 0,
};

/** The pages a wall rotates through: the active playlist's (deleted pages left out), else every page, else the default page. */
export function rotationPages(layouts: BoardLayouts): { pages: BoardPage[]; intervalSeconds: number | null } {
  const byId = new Map(layouts.pages.map((p) => [p.id, p]));
  const playlist = layouts.playlists.find((p) => p.id === layouts.activePlaylistId);
  if (playlist) {
    const pages = playlist.pageIds.map((id) => byId.get(id)).filter((p): p is BoardPage => p !== undefined);
    if (pages.length > 0) return { pages, intervalSeconds: pages.length > 1 ? playlist.intervalSeconds : null };
  }
  if (layouts.pages.length > 0) return { pages: [layouts.pages[0]!], intervalSeconds: null };
  return { pages: [DEFAULT_BOARD_PAGE], intervalSeconds: null };
}

/** Why the wall shows the page it shows. */
export type WallMode = 'desk-pin' | 'local-pin' | 'rotation';

/**
 * The page on a wall: a desk's pin (synced, every wall) wins; then a pin from this display's
 * keyboard (local to it); then the rotation at `index`. A pin on a page deleted since is ignored.
 */
export function wallPage(layouts: BoardLayouts, localPinId: string | null, index: number): { page: BoardPage; mode: WallMode } {
  const byId = new Map(layouts.pages.map((p) => [p.id, p]));
  const desk = layouts.pin ? byId.get(layouts.pin.pageId) : undefined;
  if (desk) return { page: desk, mode: 'desk-pin' };
  const local = localPinId ? byId.get(localPinId) : undefined;
  if (local) return { page: local, mode: 'local-pin' };
  const { pages } = rotationPages(layouts);
  const i = ((index % pages.length) + pages.length) % pages.length;
  return { page: pages[i]!, mode: 'rotation' };
}
