// RPC methods of the board's pages, playlists and pin (shared/board/board-layout.ts); spread into
// shared/api.ts. The wall reads them with board.read; the administrator composes pages and
// playlists (board.manage); a desk pins a page on every wall during an incident.
import type { z } from 'zod';
import { method, emptyInput, returns, type MethodDef } from '../rpc/contract';
import {
  boardActivateInput,
  boardIdInput,
  boardPageInput,
  boardPinInput,
  boardPlaylistInput,
  boardReorderInput,
  type BoardLayouts,
  type BoardPage,
  type BoardPlaylist,
} from './board-layout';

const LAYOUT_TABLES = ['board_page', 'board_playlist', 'board_wall'] as const;

export const boardLayoutApi = {
  /** Pages (sorted, deleted ones left out), playlists, the active playlist and the desk's pin. */
  'board.layouts': method({ input: emptyInput, output: returns<BoardLayouts>(), access: 'board.read', reads: LAYOUT_TABLES }),
  'board.savePage': method({ input: boardPageInput, output: returns<BoardPage>(), access: 'board.manage', reads: LAYOUT_TABLES, writes: true }),
  /** Deletes (archives) a page: it leaves every playlist and, if pinned, the pin is cleared. */
  'board.archivePage': method({ input: boardIdInput, output: returns<null>(), access: 'board.manage', reads: LAYOUT_TABLES, writes: true }),
  'board.reorderPages': method({ input: boardReorderInput, output: returns<null>(), access: 'board.manage', reads: LAYOUT_TABLES, writes: true }),
  'board.savePlaylist': method({ input: boardPlaylistInput, output: returns<BoardPlaylist>(), access: 'board.manage', reads: LAYOUT_TABLES, writes: true }),
  'board.archivePlaylist': method({ input: boardIdInput, output: returns<null>(), access: 'board.manage', reads: LAYOUT_TABLES, writes: true }),
  /** The playlist every wall rotates (null: none, the first page stays). */
  'board.activatePlaylist': method({ input: boardActivateInput, output: returns<null>(), access: 'board.manage', reads: LAYOUT_TABLES, writes: true }),
  /**
   * Pins a page on every wall (null unpins). Access cases.dispatch: during an incident it is the
   * desk that dispatches (受理调度员, 中心主任) who wants the map or the feed up on the wall at
   * once; composing pages stays with whoever holds board.manage.
   */
  'board.pin': method({ input: boardPinInput, output: returns<null>(), access: 'cases.dispatch', reads: LAYOUT_TABLES, writes: true }),
} satisfies Record<string, MethodDef<z.ZodType, unknown>>;
