// Grid figures (households, population) summed up to villages/communities and the town.
import type { WriteTx } from '../db/change-writer';

/** Villages/communities and the town carry the sums of their grids. */
export function sumUpwards(tx: WriteTx): void {
  const sums = tx.db
    .prepare(
      `SELECT p.id, sum(g.households) AS h, sum(g.population_registered) AS r, sum(g.population_floating) AS f
       FROM org_unit p JOIN org_unit g ON g.parent_id = p.id AND g.kind = 'grid' AND g.archived = 0
       WHERE p.kind IN ('village', 'community') GROUP BY p.id`,
    )
    .all() as { id: string; h: number; r: number; f: number }[];
  for (const s of sums) tx.update('org_unit', s.id, { households: s.h, population_registered: s.r, population_floating: s.f });
  const town = tx.db
    .prepare(
      `SELECT t.id, sum(v.households) AS h, sum(v.population_registered) AS r, sum(v.population_floating) AS f
       FROM org_unit t JOIN org_unit v ON v.parent_id = t.id AND v.archived = 0 WHERE t.kind = 'town' GROUP BY t.id`,
    )
    .all() as { id: string; h: number; r: number; f: number }[];
  for (const s of town) tx.update('org_unit', s.id, { households: s.h, population_registered: s.r, population_floating: s.f });
}
