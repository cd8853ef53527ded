// Password hashes leave the synced `user_account` table for the local `account_secret` table
// (see auth/account-secrets.ts), so sync never carries a hash. The compact change log holds
// no values, but the record history keeps the values cells had before an update: those of
// the password column are deleted, with the history entries that changed nothing else and the
// column's stamps. secure_delete zeroes the freed pages, so no copy stays in the file.
// Also forced password change (`must_change`).
export const migration = {
  version: 5,
  name: 'account-secret',
  sql: `
PRAGMA secure_delete = ON;
CREATE TABLE account_secret (
  user_id       TEXT PRIMARY KEY,
  password_hash TEXT NOT NULL,
  must_change   INTEGER NOT NULL DEFAULT 0,
  changed_at    INTEGER NOT NULL
);
INSERT INTO account_secret (user_id, password_hash, must_change, changed_at)
  SELECT id, password_hash, 0, CAST(strftime('%s', 'now') AS INTEGER) * 1000 FROM user_account
  WHERE password_hash LIKE 'scrypt$%';
ALTER TABLE user_account DROP COLUMN password_hash;

CREATE TEMP TABLE password_column AS
  SELECT c.id FROM sync_column c JOIN sync_table t ON t.id = c.table_id WHERE t.name = 'user_account' AND c.col = 'password_hash';
DELETE FROM row_history_cell WHERE col_id IN (SELECT id FROM password_column);
DELETE FROM row_history
  WHERE action = 1
    AND row_ref IN (SELECT r.id FROM sync_row r JOIN sync_table t ON t.id = r.table_id WHERE t.name = 'user_account')
    AND NOT EXISTS (SELECT 1 FROM row_history_cell h WHERE h.entry = row_history.id);
DELETE FROM sync_cell WHERE col_id IN (SELECT id FROM password_column);
DELETE FROM sync_column WHERE id IN (SELECT id FROM password_column);
DROP TABLE password_column;
PRAGMA secure_delete = OFF;
`,
};
