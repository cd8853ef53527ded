// The wall board's pages, playlists and pin (shared/board/board-layout.ts), synced:
// - `board_page`: a page of the board — its name, canvas preset, panel placements (JSON, checked
//   by boardPageInput before every write), its place in the list, archived when deleted.
// - `board_playlist`: pages in the order they rotate (JSON list of page ids) and the interval.
// - `board_wall`: one row (id 'wall'): the playlist every wall rotates and the page a desk pinned.
//   Kept apart from the pages so that a pin and a layout edit on two PCs never overwrite each
//   other (sync merges per cell, the later stamp winning).
export const migration = {
  version: 17,
  name: 'board-layouts',
  sql: `
CREATE TABLE board_page (
  id              TEXT PRIMARY KEY,
  name            TEXT NOT NULL,
  canvas          TEXT NOT NULL DEFAULT '16:9',
  panels          TEXT NOT NULL,
  position        INTEGER NOT NULL DEFAULT 0,
  archived        INTEGER NOT NULL DEFAULT 0,
  updated_at      INTEGER NOT NULL,
  updated_by_name TEXT NOT NULL DEFAULT ''
);

CREATE TABLE board_playlist (
  id               TEXT PRIMARY KEY,
  name             TEXT NOT NULL,
  page_ids         TEXT NOT NULL,
  interval_seconds INTEGER NOT NULL,
  archived         INTEGER NOT NULL DEFAULT 0,
  updated_at       INTEGER NOT NULL,
  updated_by_name  TEXT NOT NULL DEFAULT ''
);

CREATE TABLE board_wall (
  id                 TEXT PRIMARY KEY,
  active_playlist_id TEXT,
  pin_page_id        TEXT,
  pinned_at          INTEGER,
  pinned_by_name     TEXT NOT NULL DEFAULT '',
  updated_at         INTEGER NOT NULL
);
`,
};
