// Handlers of the board's pages, playlists and pin: one transaction per action, audited.
import { roleHas } from '../../../shared/auth/roles';
import { AppError } from '../../../shared/rpc/errors';
import type { WriteTx } from '../db/change-writer';
import { audit } from '../audit/audit-log';
import type { CallContext, Handlers } from '../rpc/handler-types';
import {
  activatePlaylistTx,
  archivePageTx,
  archivePlaylistTx,
  pinTx,
  readLayouts,
  reorderPagesTx,
  savePageTx,
  savePlaylistTx,
  WALL_ID,
} from './board-layout-store';

type LayoutMethods =
  | 'board.layouts'
  | 'board.savePage'
  | 'board.archivePage'
  | 'board.reorderPages'
  | 'board.savePlaylist'
  | 'board.archivePlaylist'
  | 'board.activatePlaylist'
  | 'board.pin';

/** Runs a write as the session's user, with the core's clock, in one transaction. */
function write<T>(ctx: CallContext, fn: (tx: WriteTx, byName: string, now: number) => T): T {
  if (!ctx.session) throw new AppError('UNAUTHENTICATED');
  const { userId, displayName } = ctx.session;
  return ctx.core.writer.transaction(userId, (tx) => fn(tx, displayName, ctx.core.now()));
}

export const boardLayoutHandlers: Pick<Handlers, LayoutMethods> = {
  // Who pinned is a staff name: the desks see it, the wall display does not.
  'board.layouts': (_input, ctx) => readLayouts(ctx.core.db, ctx.session !== null && (roleHas(ctx.session.role, 'cases.dispatch') || roleHas(ctx.session.role, 'board.manage'))),

  'board.savePage': (input, ctx) => {
    const page = write(ctx, (tx, by, now) => savePageTx(tx, input, by, now));
    audit(ctx, { action: 'board.page', table: 'board_page', recordId: page.id, detail: { name: page.name, canvas: page.canvas, panels: page.panels.map((p) => p.panel) } });
    return page;
  },

  'board.archivePage': ({ id }, ctx) => {
    write(ctx, (tx, by, now) => archivePageTx(tx, id, by, now));
    audit(ctx, { action: 'board.archivePage', table: 'board_page', recordId: id });
    return null;
  },

  'board.reorderPages': ({ pageIds }, ctx) => {
    write(ctx, (tx, _by, now) => reorderPagesTx(tx, pageIds, now));
    audit(ctx, { action: 'board.reorder', table: 'board_page', detail: { pageIds } });
    return null;
  },

  'board.savePlaylist': (input, ctx) => {
    const list = write(ctx, (tx, by, now) => savePlaylistTx(tx, input, by, now));
    audit(ctx, { action: 'board.playlist', table: 'board_playlist', recordId: list.id, detail: { name: list.name, pages: list.pageIds.length, interval: list.intervalSeconds } });
    return list;
  },

  'board.archivePlaylist': ({ id }, ctx) => {
    write(ctx, (tx, by, now) => archivePlaylistTx(tx, id, by, now));
    audit(ctx, { action: 'board.archivePlaylist', table: 'board_playlist', recordId: id });
    return null;
  },

  'board.activatePlaylist': ({ playlistId }, ctx) => {
    write(ctx, (tx, _by, now) => activatePlaylistTx(tx, playlistId, now));
    audit(ctx, { action: 'board.activate', table: 'board_wall', recordId: WALL_ID, detail: { playlistId } });
    return null;
  },

  'board.pin': ({ pageId }, ctx) => {
    write(ctx, (tx, by, now) => pinTx(tx, pageId, by, now));
    audit(ctx, { action: 'board.pin', table: 'board_wall', recordId: WALL_ID, detail: { pageId } });
    return null;
  },
};
