// How well each grid of the demo town is run, so the quarterly assessment ranks something: a
// quality between 0 and 1 per grid that the case and routine generators read (cases closed on
// time, residents' satisfaction, workers logging and patrolling). Most grids are good to fair,
// a few are model grids, and two lag behind all year (the bottom of every quarter's ranking:
// 通报批评 after three quarters). Drawn from its own stream of the seed, by grid code, so the
// same seed gives the same grids whatever the other generators draw.
import type { ReadDb } from '../db/read-db';
import { SeededRandom } from './seeded-random';

export interface DemoGridQuality {
  /** Grid id → quality in [0, 1] (0: the laggards; unknown grids count as 0.6). */
  of(gridId: string): number;
  /** The mean quality of some grids (a worker's). */
  mean(gridIds: readonly string[]): number;
  /** The two grids that lag behind all year. */
  laggards: string[];
  /** A day a laggard grid's whole team leaves unlogged (about one in six); never for other grids. */
  slackDay(gridId: string, date: string): boolean;
}

/** A number in [0, 1) from a string (FNV-1a, mixed), the same for the same string. */
function hashUnit(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  // Murmur3's finaliser, so strings differing in their last characters spread over the range.
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return ((h ^ (h >>> 16)) >>> 0) / 2 ** 32;
}

/** Below this a grid is one of the laggards. */
export const LAGGARD_QUALITY = 0.1;

export function demoGridQuality(db: ReadDb, seed: number): DemoGridQuality {
  const rng = new SeededRandom(seed ^ 0x51a7e);
  const grids = (db.cached("SELECT g.id, g.grid_type FROM org_unit g WHERE g.kind = 'grid' AND g.archived = 0 ORDER BY g.code").all() as { id: string; grid_type: string | null }[]);
  const quality = new Map<string, number>();
  for (const g of grids) {
    const roll = rng.next();
    // About one grid in eight a model grid, one in five fair, the rest good (0.5–0.9).
    quality.set(g.id, roll < 0.12 ? rng.range(0.9, 1) : roll < 0.32 ? rng.range(0.25, 0.5) : rng.range(0.5, 0.9));
  }
  // One urban and one rural grid lag behind (when the town has both kinds) — not the grid of
  // the demo grid worker's account, whose 我的今天 should look like a working day.
  const own = new Set(
    (db.cached(
      `SELECT a.unit_id FROM staff_assignment a JOIN user_account u ON u.staff_id = a.staff_id WHERE u.role = 'grid_worker'`,
    ).all() as { unit_id: string }[]).map((r) => r.unit_id),
  );
  // The urban one, where it can be, in the demo supervisor's area (its items are its to enter).
  const supervised = new Set(
    (db.cached(
      `SELECT a.unit_id FROM staff_assignment a JOIN user_account u ON u.staff_id = a.staff_id WHERE u.role = 'supervisor'`,
    ).all() as { unit_id: string }[]).map((r) => r.unit_id),
  );
  const laggards: string[] = [];
  for (const type of ['urban', 'rural']) {
    const candidates = grids.filter((g) => g.grid_type === type && !own.has(g.id));
    const near = candidates.filter((g) => supervised.has(g.id));
    const pool = type === 'urban' && near.length > 0 ? near : candidates;
    if (pool.length > 1) laggards.push(rng.pick(pool).id);
  }
  for (const id of laggards) quality.set(id, 0);
  const of = (gridId: string) => quality.get(gridId) ?? 0.6;
  return {
    of,
    mean: (ids) => (ids.length === 0 ? 0.6 : ids.reduce((n, id) => n + of(id), 0) / ids.length),
    laggards,
    slackDay: (gridId, date) => laggards.includes(gridId) && hashUnit(`${seed}|${gridId}|${date}`) < 0.16,
  };
}
