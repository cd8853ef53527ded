// Minting case numbers (2026-1121-AB-0042): the device prefix and a per-device, per-day
// counter kept in the local, unsynced `meta` table, advanced inside the registering
// transaction (so a rejected registration does not use up a number).
import { formatCaseNumber } from '../../../shared/cases/case-number';
import { shanghaiDate } from '../calendar';
import type { WriteTx } from '../db/change-writer';
import { getMeta } from '../db/device';

export function mintCaseNumber(tx: WriteTx, prefix: string, at: number): string {
  const db = tx.db;
  const date = shanghaiDate(at);
  const key = `case_seq:${prefix}:${date}`;
  let seq = Number(getMeta(db, key) ?? '0');
  const exists = db.cached('SELECT 1 FROM case_record WHERE number = ?');
  let number: string;
  do {
    seq += 1;
    number = formatCaseNumber(date, prefix, seq);
    // A number already present (e.g. after restoring an older backup) is skipped, never reused.
  } while (exists.get(number));
  tx.setMeta(key, String(seq));
  return number;
}
