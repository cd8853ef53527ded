// Notifications (docs/notifications.md). The feed itself is not stored: it is read from the
// case timeline and the cases' deadlines, filtered by the reader's case scope at read time.
// Stored, synced, are only each account's own marks:
// - `notification_read`: one row per item an account marked read; its id is made from the
//   account and the item's key (`<user>|<key>`), so two PCs marking the same item write the
//   same record and sync never makes a duplicate. Read by (user_id, item_key), so marks follow
//   an account merged into another.
// - `notification_setting`: one row per account (id = the account's id): the kinds it is not
//   told about, sound and desktop notifications, and `read_before` — everything dated before it
//   counts as read (全部已读).
// The index on the timeline serves the feed's "these actions since" range reads.
export const migration = {
  version: 19,
  name: 'notifications',
  sql: `
CREATE TABLE notification_read (
  id       TEXT PRIMARY KEY,
  user_id  TEXT NOT NULL,
  item_key TEXT NOT NULL,
  read_at  INTEGER NOT NULL
);
CREATE INDEX notification_read_user ON notification_read (user_id, item_key);

CREATE TABLE notification_setting (
  id          TEXT PRIMARY KEY,
  user_id     TEXT NOT NULL,
  muted_kinds TEXT NOT NULL DEFAULT '[]',
  sound       INTEGER NOT NULL DEFAULT 1,
  desktop     INTEGER NOT NULL DEFAULT 1,
  read_before INTEGER NOT NULL DEFAULT 0,
  updated_at  INTEGER NOT NULL
);
CREATE INDEX notification_setting_user ON notification_setting (user_id);

CREATE INDEX case_event_action_at ON case_event (action, at);
`,
};
