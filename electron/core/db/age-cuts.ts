// Moves the age cuts of the stored per-grid counts (ledger_grid_count, migration 0021) to today.
// `p_age_A` counts the people born on or before the stored cut for age A; a reader corrects it
// to today's cut from the person_birth_live index (registry/queries/stored-counts.ts), which is
// cheap while the stored cut is near today. The writer moves the cuts at start-up and when the
// day changes, adding or taking away the people born between the old and the new cut in the same
// transaction, so the counts and their cuts always agree. Local and derived, like an index.
import type { Db } from './connection';

/** Today's date in China (YYYY-MM-DD). */
export function chinaDay(nowMs: number): string {
  return new Date(nowMs + 8 * 3600_000).toISOString().slice(0, 10);
}

/** The birth date of someone turning `years` on `today` (as the ledgers filter ages). */
function bornBy(today: string, years: number): string {
  return `${String(Number(today.slice(0, 4)) - years).padStart(4, '0')}${today.slice(4)}`;
}

/** Moves every stored cut to `today`; returns how many moved (none inside another transaction). */
export function advanceAgeCuts(db: Db, today: string): number {
  if (db.inTransaction) return 0;
  const cuts = db.prepare('SELECT age, cut FROM ledger_age_cut ORDER BY age').all() as { age: number; cut: string }[];
  const moves = cuts.map((c) => ({ ...c, want: bornBy(today, c.age) })).filter((c) => c.want !== c.cut);
  if (moves.length === 0) return 0;
  db.transaction(() => {
    for (const { age, cut, want } of moves) {
      const [lo, hi, sign] = want > cut ? [cut, want, 1] : [want, cut, -1];
      db.prepare(
        `INSERT INTO ledger_grid_count (grid_id, p_age_${age}, p_f_age_${age})
         SELECT grid_id, ${sign} * count(*), ${sign} * sum(CASE WHEN gender = 'F' THEN 1 ELSE 0 END)
         FROM person INDEXED BY person_birth_live WHERE archived = 0 AND birth_date > ? AND birth_date <= ? GROUP BY grid_id
         ON CONFLICT (grid_id) DO UPDATE SET p_age_${age} = p_age_${age} + excluded.p_age_${age}, p_f_age_${age} = p_f_age_${age} + excluded.p_f_age_${age}`,
      ).run(lo, hi);
      db.prepare('UPDATE ledger_age_cut SET cut = ? WHERE age = ?').run(want, age);
    }
  })();
  return moves.length;
}

/** Moves the cuts now and then every hour when the day has changed; returns the stop function. */
export function keepAgeCuts(db: Db, now: () => number): () => void {
  let day = chinaDay(now());
  advanceAgeCuts(db, day);
  const timer = setInterval(() => {
    const today = chinaDay(now());
    if (today !== day && db.open) {
      advanceAgeCuts(db, today);
      day = today;
    }
  }, 3600_000);
  timer.unref();
  return () => clearInterval(timer);
}
