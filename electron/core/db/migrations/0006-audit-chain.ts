// The audit log gets a hash chain (see audit/audit-chain.ts): a `hash` column, filled for the
// rows already there in seq order, and the chain's checkpoint in `meta`. The trigger refusing
// updates is lifted for the backfill only; a new trigger refuses rows without a hash.
import type { Db } from '../connection';
import { AUDIT_HEAD_KEY, GENESIS_HASH, chainHash, formatHead, type ChainFields } from '../../audit/audit-chain';

const CHUNK = 10_000;

function backfill(db: Db): void {
  const page = db.prepare<[number, number], ChainFields>(
    'SELECT seq, at, device_id, actor, actor_name, role, action, tbl, record_id, detail FROM audit_log WHERE seq > ? ORDER BY seq LIMIT ?',
  );
  const set = db.prepare('UPDATE audit_log SET hash = ? WHERE seq = ?');
  let prev = GENESIS_HASH;
  let seq = 0;
  for (;;) {
    const rows = page.all(seq, CHUNK);
    for (const row of rows) {
      prev = chainHash(prev, row);
      seq = row.seq;
      set.run(prev, seq);
    }
    if (rows.length < CHUNK) break;
  }
  if (seq > 0) db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(AUDIT_HEAD_KEY, formatHead({ seq, hash: prev }));
  db.exec(`
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_needs_hash BEFORE INSERT ON audit_log WHEN NEW.hash IS NULL BEGIN SELECT RAISE(ABORT, 'audit_log rows need their chain hash'); END;
`);
}

export const migration = {
  version: 6,
  name: 'audit-chain',
  sql: `
DROP TRIGGER audit_log_no_update;
ALTER TABLE audit_log ADD COLUMN hash TEXT;
`,
  run: backfill,
};
