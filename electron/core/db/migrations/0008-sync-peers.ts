// LAN sync between the centre's PCs (docs/sync.md, "Pairing and the protocol"):
// - `sync_peer` (synced): the devices paired into this centre, by their certificate's SHA-256
//   fingerprint, and their revocation. Pairing and revoking are records like any other, so every
//   PC learns who may join. The id is derived from the fingerprint, so two PCs pairing the same
//   device write the same record.
// - `sync_link` (local): what this PC knows of each peer's connection — the address to dial and
//   the position of the peer's change log received up to here.
// - `sync_quarantine` (local): records received stamped too far ahead of this PC's clock, held
//   until the clock reaches them or an administrator discards them.
export const migration = {
  version: 8,
  name: 'sync-peers',
  sql: `
CREATE TABLE sync_peer (
  id           TEXT PRIMARY KEY,
  fingerprint  TEXT NOT NULL,
  device_id    TEXT,
  name         TEXT NOT NULL,
  status       TEXT NOT NULL CHECK (status IN ('paired', 'revoked')),
  changed_at   INTEGER NOT NULL,
  changed_by   TEXT,
  note         TEXT
);
CREATE INDEX sync_peer_fingerprint ON sync_peer (fingerprint);

CREATE TABLE sync_link (
  fingerprint    TEXT PRIMARY KEY,
  address        TEXT,
  received_upto  INTEGER NOT NULL DEFAULT 0,
  last_seen      INTEGER
) WITHOUT ROWID;

CREATE TABLE sync_quarantine (
  id           INTEGER PRIMARY KEY,
  fingerprint  TEXT NOT NULL,
  held_at      INTEGER NOT NULL,
  stamp_ms     INTEGER NOT NULL,
  tbl          TEXT NOT NULL,
  record       TEXT NOT NULL
);
`,
};
