// The board's pages, playlists and the walls' state (migration 0017, shared/board/board-layout.ts):
// reads for the wall and the composer, writes inside the caller's transaction.
//
// Deleting a page archives it: in the same transaction it leaves every playlist and, when pinned,
// the pin is cleared. A pin or a playlist entry naming an archived page can still arrive from
// another PC by sync (the two edits made apart); readers therefore leave archived pages out
// wherever they are named, so no wall ever shows a deleted page. Two PCs editing one page: sync
// merges per cell and the later stamp wins (docs/sync.md); the placements are one cell, so a page
// ends up with one editor's whole layout, never a mix of both.
import { ulid } from 'ulid';
import { BOARD_PANEL_IDS, type BoardPanelPlacement } from '../../../shared/board/board-panels';
import {
  BOARD_CANVASES,
  layoutProblems,
  type BoardCanvas,
  type BoardLayouts,
  type BoardPage,
  type BoardPlaylist,
} from '../../../shared/board/board-layout';
import { AppError } from '../../../shared/rpc/errors';
import type { WriteTx } from '../db/change-writer';
import type { ReadDb } from '../db/read-db';

/** The one row of board_wall. */
export const WALL_ID = 'wall';

interface PageRow {
  id: string;
  name: string;
  canvas: string;
  panels: string;
  position: number;
  updated_at: number;
}
interface PlaylistRow {
  id: string;
  name: string;
  page_ids: string;
  interval_seconds: number;
}
interface WallRow {
  active_playlist_id: string | null;
  pin_page_id: string | null;
  pinned_at: number | null;
  pinned_by_name: string;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/**
 * A stored layout as placements. Only what a write let in is stored here, but a row may come from
 * a PC running a later version (a panel this one does not know): unknown panels are left out and a
 * layout that no longer holds together falls back to nothing rather than breaking the wall.
 */
function parsePanels(text: string, canvas: BoardCanvas): BoardPanelPlacement[] {
  const raw = parseJson(text);
  if (!Array.isArray(raw)) return [];
  const known = new Set<string>(BOARD_PANEL_IDS);
  const panels = raw.filter(
    (p): p is BoardPanelPlacement =>
      typeof p === 'object' && p !== null && known.has((p as BoardPanelPlacement).panel) && ['x', 'y', 'w', 'h'].every((k) => Number.isInteger((p as Record<string, unknown>)[k])),
  );
  return layoutProblems(canvas, panels).length === 0 ? panels.map(({ panel, x, y, w, h }) => ({ panel, x, y, w, h })) : [];
}

function toPage(r: PageRow): BoardPage {
  const canvas: BoardCanvas = (BOARD_CANVASES as readonly string[]).includes(r.canvas) ? (r.canvas as BoardCanvas) : '16:9';
  return { id: r.id, name: r.name, canvas, panels: parsePanels(r.panels, canvas), position: r.position, updatedAt: r.updated_at };
}

function livePages(db: ReadDb): BoardPage[] {
  const rows = db.cached('SELECT id, name, canvas, panels, position, updated_at FROM board_page WHERE archived = 0 ORDER BY position, id').all() as PageRow[];
  return rows.map(toPage).filter((p) => p.panels.length > 0);
}

function wallRow(db: ReadDb): WallRow | undefined {
  return db.cached('SELECT active_playlist_id, pin_page_id, pinned_at, pinned_by_name FROM board_wall WHERE id = ?').get(WALL_ID) as WallRow | undefined;
}

/** Pages, playlists (deleted pages left out of them), the active playlist and the pin; `withNames` adds who pinned. */
export function readLayouts(db: ReadDb, withNames: boolean): BoardLayouts {
  const pages = livePages(db);
  const live = new Set(pages.map((p) => p.id));
  const playlists = (db.cached('SELECT id, name, page_ids, interval_seconds FROM board_playlist WHERE archived = 0 ORDER BY name, id').all() as PlaylistRow[]).map(
    (r): BoardPlaylist => {
      const ids = parseJson(r.page_ids);
      return {
        id: r.id,
        name: r.name,
        pageIds: Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string' && live.has(id)) : [],
        intervalSeconds: r.interval_seconds,
      };
    },
  );
  const wall = wallRow(db);
  const active = wall?.active_playlist_id && playlists.some((p) => p.id === wall.active_playlist_id) ? wall.active_playlist_id : null;
  const pin =
    wall?.pin_page_id && live.has(wall.pin_page_id)
      ? { pageId: wall.pin_page_id, pinnedAt: wall.pinned_at ?? 0, pinnedByName: withNames ? wall.pinned_by_name : null }
      : null;
  return { pages, playlists, activePlaylistId: active, pin };
}

function requirePage(db: ReadDb, id: string): PageRow & { archived: number } {
  const row = db.cached('SELECT id, name, canvas, panels, position, updated_at, archived FROM board_page WHERE id = ?').get(id) as (PageRow & { archived: number }) | undefined;
  if (!row || row.archived) throw new AppError('NOT_FOUND', '大屏页面不存在或已被删除');
  return row;
}

function requirePlaylist(db: ReadDb, id: string): PlaylistRow {
  const row = db.cached('SELECT id, name, page_ids, interval_seconds, archived FROM board_playlist WHERE id = ?').get(id) as (PlaylistRow & { archived: number }) | undefined;
  if (!row || row.archived) throw new AppError('NOT_FOUND', '大屏轮播不存在或已被删除');
  return row;
}

/** Sets columns of the walls' one row, creating it on first use. */
function setWall(tx: WriteTx, patch: Partial<Record<'active_playlist_id' | 'pin_page_id' | 'pinned_at' | 'pinned_by_name', unknown>>, now: number): void {
  if (wallRow(tx.db)) tx.update('board_wall', WALL_ID, { ...patch, updated_at: now });
  else tx.insert('board_wall', { id: WALL_ID, ...patch, updated_at: now });
}

export interface PageWrite {
  id?: string | undefined;
  name: string;
  canvas: BoardCanvas;
  panels: BoardPanelPlacement[];
}

/** Creates a page at the end of the list or replaces an existing page's name, canvas and layout (already checked by boardPageInput). */
export function savePageTx(tx: WriteTx, page: PageWrite, byName: string, now: number): BoardPage {
  const panels = JSON.stringify(page.panels.map(({ panel, x, y, w, h }) => ({ panel, x, y, w, h })));
  const patch = { name: page.name, canvas: page.canvas, panels, updated_at: now, updated_by_name: byName };
  let id = page.id;
  if (id) {
    requirePage(tx.db, id);
    tx.update('board_page', id, patch);
  } else {
    const last = tx.db.cached('SELECT coalesce(max(position), -1) AS p FROM board_page WHERE archived = 0').get() as { p: number };
    id = ulid();
    tx.insert('board_page', { id, ...patch, position: last.p + 1, archived: 0 });
  }
  return toPage(requirePage(tx.db, id));
}

/** Deletes (archives) a page; it leaves every playlist, and the pin if it was pinned. */
export function archivePageTx(tx: WriteTx, id: string, byName: string, now: number): void {
  requirePage(tx.db, id);
  tx.update('board_page', id, { archived: 1, updated_at: now, updated_by_name: byName });
  const lists = tx.db.cached('SELECT id, page_ids FROM board_playlist WHERE archived = 0').all() as { id: string; page_ids: string }[];
  for (const l of lists) {
    const ids = parseJson(l.page_ids);
    if (Array.isArray(ids) && ids.includes(id)) {
      tx.update('board_playlist', l.id, { page_ids: JSON.stringify(ids.filter((x) => x !== id)), updated_at: now, updated_by_name: byName });
    }
  }
  if (wallRow(tx.db)?.pin_page_id === id) setWall(tx, { pin_page_id: null, pinned_at: null, pinned_by_name: '' }, now);
}

/** Puts the pages in the given order (every live page exactly once). */
export function reorderPagesTx(tx: WriteTx, pageIds: readonly string[], now: number): void {
  const live = tx.db.cached('SELECT id FROM board_page WHERE archived = 0').all() as { id: string }[];
  const want = new Set(pageIds);
  if (want.size !== pageIds.length || live.length !== pageIds.length || live.some((p) => !want.has(p.id))) {
    throw new AppError('BAD_INPUT', '页面顺序应包含每个页面各一次（页面可能已被他人修改，请刷新后重试）');
  }
  pageIds.forEach((id, position) => tx.update('board_page', id, { position, updated_at: now }));
}

export interface PlaylistWrite {
  id?: string | undefined;
  name: string;
  pageIds: string[];
  intervalSeconds: number;
}

export function savePlaylistTx(tx: WriteTx, list: PlaylistWrite, byName: string, now: number): BoardPlaylist {
  list.pageIds.forEach((pageId, i) => {
    const row = tx.db.cached('SELECT archived FROM board_page WHERE id = ?').get(pageId) as { archived: number } | undefined;
    if (!row || row.archived) {
      throw new AppError('BAD_INPUT', `轮播的第${i + 1}个页面不存在或已被删除`, [{ path: `pageIds.${i}`, message: '页面不存在或已被删除' }]);
    }
  });
  const patch = { name: list.name, page_ids: JSON.stringify(list.pageIds), interval_seconds: list.intervalSeconds, updated_at: now, updated_by_name: byName };
  let id = list.id;
  if (id) {
    requirePlaylist(tx.db, id);
    tx.update('board_playlist', id, patch);
  } else {
    id = ulid();
    tx.insert('board_playlist', { id, ...patch, archived: 0 });
    // The first playlist composed starts rotating at once.
    if (!wallRow(tx.db)?.active_playlist_id) setWall(tx, { active_playlist_id: id }, now);
  }
  return { id, name: list.name, pageIds: list.pageIds, intervalSeconds: list.intervalSeconds };
}

export function archivePlaylistTx(tx: WriteTx, id: string, byName: string, now: number): void {
  requirePlaylist(tx.db, id);
  tx.update('board_playlist', id, { archived: 1, updated_at: now, updated_by_name: byName });
  if (wallRow(tx.db)?.active_playlist_id === id) setWall(tx, { active_playlist_id: null }, now);
}

export function activatePlaylistTx(tx: WriteTx, playlistId: string | null, now: number): void {
  if (playlistId !== null) requirePlaylist(tx.db, playlistId);
  setWall(tx, { active_playlist_id: playlistId }, now);
}

export function pinTx(tx: WriteTx, pageId: string | null, byName: string, now: number): void {
  if (pageId !== null) requirePage(tx.db, pageId);
  setWall(tx, pageId === null ? { pin_page_id: null, pinned_at: null, pinned_by_name: '' } : { pin_page_id: pageId, pinned_at: now, pinned_by_name: byName }, now);
}
