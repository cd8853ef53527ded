// The board's pages, playlists and pin in the core: who may compose and pin, what the wall
// display reads, deletions that leave no page dangling, refusals that leave nothing written.
import { describe, expect, it } from 'vitest';
import { DEFAULT_BOARD_PANELS } from '../../../../shared/board/board-panels';
import type { BoardPageInput } from '../../../../shared/board/board-layout';
import { setupCore, type Harness } from '../../../support/core-harness';

const MAP_PAGE: BoardPageInput = {
  name: '网格地图',
  canvas: '16:9',
  panels: [
    { panel: 'grid-map', x: 0, y: 0, w: 16, h: 12 },
    { panel: 'case-feed', x: 16, y: 0, w: 8, h: 12 },
  ],
};

function refused(h: Harness, token: string, method: Parameters<Harness['call']>[1], input: unknown) {
  const r = h.core.invoke(token, method, input);
  if (r instanceof Promise || r.ok) throw new Error(`${method} unexpectedly succeeded`);
  return r.error;
}

describe('board layouts', () => {
  it('a fresh database has no page: the wall falls back to the default page', () => {
    const h = setupCore();
    expect(h.call(h.tokenFor('display'), 'board.layouts', {})).toEqual({ pages: [], playlists: [], activePlaylistId: null, pin: null });
  });

  it('the director composes pages and a playlist, the first playlist becomes active, the wall display reads it all', () => {
    let clock = Date.parse('2026-12-01T08:00:00+08:00');
    const h = setupCore({ now: () => clock });
    const director = h.tokenFor('director');
    const first = h.call(director, 'board.savePage', { name: '综合态势', canvas: '16:9', panels: [...DEFAULT_BOARD_PANELS] });
    const second = h.call(director, 'board.savePage', MAP_PAGE);
    expect([first.position, second.position]).toEqual([0, 1]);
    const list = h.call(director, 'board.savePlaylist', { name: '日常轮播', pageIds: [second.id, first.id], intervalSeconds: 30 });
    const wall = h.call(h.tokenFor('display'), 'board.layouts', {});
    expect(wall.pages.map((p) => p.name)).toEqual(['综合态势', '网格地图']);
    expect(wall.pages[1]!.panels).toEqual(MAP_PAGE.panels);
    expect(wall.playlists).toEqual([{ id: list.id, name: '日常轮播', pageIds: [second.id, first.id], intervalSeconds: 30 }]);
    expect(wall.activePlaylistId).toBe(list.id);

    // An edit replaces the page's layout whole; the order can be changed.
    clock += 1000;
    const edited = h.call(director, 'board.savePage', { ...MAP_PAGE, id: second.id, name: '地图与事件', canvas: '48:9', panels: [{ panel: 'grid-map', x: 0, y: 0, w: 48, h: 12 }] });
    expect(edited).toMatchObject({ id: second.id, name: '地图与事件', canvas: '48:9', updatedAt: clock });
    h.call(director, 'board.reorderPages', { pageIds: [second.id, first.id] });
    expect(h.call(director, 'board.layouts', {}).pages.map((p) => p.id)).toEqual([second.id, first.id]);
  });

  it('a desk pins a page on every wall; the display sees the pin without who pinned; deleting the page clears the pin and its playlist entries', () => {
    const h = setupCore();
    const admin = h.adminToken;
    const a = h.call(admin, 'board.savePage', { name: '综合态势', canvas: '16:9', panels: [...DEFAULT_BOARD_PANELS] });
    const b = h.call(admin, 'board.savePage', MAP_PAGE);
    const list = h.call(admin, 'board.savePlaylist', { name: '日常轮播', pageIds: [a.id, b.id], intervalSeconds: 30 });
    const dispatcher = h.tokenFor('dispatcher');
    h.call(dispatcher, 'board.pin', { pageId: b.id });
    expect(h.call(h.tokenFor('display'), 'board.layouts', {}).pin).toMatchObject({ pageId: b.id, pinnedByName: null });
    expect(h.call(admin, 'board.layouts', {}).pin?.pinnedByName).not.toBe('');

    h.call(admin, 'board.archivePage', { id: b.id });
    const after = h.call(h.tokenFor('display'), 'board.layouts', {});
    expect(after.pin).toBeNull();
    expect(after.pages.map((p) => p.id)).toEqual([a.id]);
    expect(after.playlists[0]!.pageIds).toEqual([a.id]);
    expect(after.activePlaylistId).toBe(list.id);
    // A deleted page can be neither pinned nor put in a playlist.
    expect(refused(h, dispatcher, 'board.pin', { pageId: b.id })).toMatchObject({ code: 'NOT_FOUND', message: '大屏页面不存在或已被删除' });
    expect(refused(h, admin, 'board.savePlaylist', { name: '日常', pageIds: [a.id, b.id], intervalSeconds: 30 })).toMatchObject({
      code: 'BAD_INPUT',
      message: '轮播的第2个页面不存在或已被删除',
    });

    h.call(dispatcher, 'board.pin', { pageId: a.id });
    h.call(dispatcher, 'board.pin', { pageId: null });
    expect(h.call(admin, 'board.layouts', {}).pin).toBeNull();
    const actions = (h.core.services.db.prepare("SELECT action FROM audit_log WHERE action LIKE 'board.%' ORDER BY seq").all() as { action: string }[]).map((r) => r.action);
    expect(actions).toEqual(['board.page', 'board.page', 'board.playlist', 'board.pin', 'board.archivePage', 'board.pin', 'board.pin']);
  });

  it('a pin or a playlist entry naming a page deleted on another PC (arriving by sync) is ignored by every reader', () => {
    const h = setupCore();
    const admin = h.adminToken;
    const a = h.call(admin, 'board.savePage', { name: '综合态势', canvas: '16:9', panels: [...DEFAULT_BOARD_PANELS] });
    const b = h.call(admin, 'board.savePage', MAP_PAGE);
    h.call(admin, 'board.savePlaylist', { name: '日常轮播', pageIds: [a.id, b.id], intervalSeconds: 30 });
    h.call(admin, 'board.pin', { pageId: b.id });
    // As a remote write would leave it: the page archived, the pin and the list untouched.
    h.core.services.writer.transaction(null, (tx) => tx.update('board_page', b.id, { archived: 1 }));
    const wall = h.call(h.tokenFor('display'), 'board.layouts', {});
    expect(wall.pin).toBeNull();
    expect(wall.playlists[0]!.pageIds).toEqual([a.id]);
  });

  it('refuses bad layouts, readers and the display with clear messages, writing nothing', () => {
    const h = setupCore();
    const director = h.tokenFor('director');
    const [dispatcher, supervisor, display] = [h.tokenFor('dispatcher'), h.tokenFor('supervisor'), h.tokenFor('display')];
    const before = h.changeCount();
    expect(refused(h, director, 'board.savePage', { ...MAP_PAGE, panels: [{ panel: 'grid-map', x: 0, y: 0, w: 4, h: 4 }] })).toMatchObject({
      code: 'BAD_INPUT',
      message: '输入内容有误：panels.0 「网格事件分布图」太小：至少8列宽、6行高',
    });
    expect(refused(h, director, 'board.savePage', { ...MAP_PAGE, id: 'missing' })).toMatchObject({ code: 'NOT_FOUND', message: '大屏页面不存在或已被删除' });
    expect(refused(h, director, 'board.savePlaylist', { name: '日常', pageIds: ['x'], intervalSeconds: 3 })).toMatchObject({ code: 'BAD_INPUT' });
    expect(refused(h, director, 'board.reorderPages', { pageIds: ['x'] })).toMatchObject({ code: 'BAD_INPUT' });
    expect(refused(h, director, 'board.activatePlaylist', { playlistId: 'x' })).toMatchObject({ code: 'NOT_FOUND', message: '大屏轮播不存在或已被删除' });
    expect(refused(h, dispatcher, 'board.savePage', MAP_PAGE)).toMatchObject({ code: 'FORBIDDEN' });
    expect(refused(h, supervisor, 'board.pin', { pageId: null })).toMatchObject({ code: 'FORBIDDEN' });
    expect(refused(h, display, 'board.pin', { pageId: null })).toMatchObject({ code: 'FORBIDDEN' });
    expect(h.changeCount()).toBe(before);
  });
});
