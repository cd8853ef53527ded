// The deterministic demo town (`npm run demo` / the first-run choice): 4 communities of
// urban grids around the town centre and 8 villages of rural grids around them, with grid
// boundaries, neighbours, grid teams and one demo account per role. Everything is written
// through the change writer; the same seed and time give the same data (except password salt).
import { monotonicFactory } from 'ulid';
import type { GridType } from '../../../shared/org/org-types';
import type { WriteTx } from '../db/change-writer';
import type { DemoContext } from './demo-context';
import { seedDemoStaff, type TeamUnit } from './demo-staff';
import { seedDemoUsers, type DemoAccountOptions } from './demo-users';
import { COMMUNITY_NAMES, VILLAGE_NAMES } from './place-names';
import { SeededRandom } from './seeded-random';
import { layoutTown } from './town-layout';

export interface DemoTownRef {
  id: string;
  code: string;
  name: string;
}

export interface DemoSummary {
  villages: number;
  communities: number;
  grids: number;
  staff: number;
  users: number;
}

/** A fictional spot in central Zhejiang. */
const TOWN_CENTER: [number, number] = [120.1, 29.3];
const COMMUNITIES = 4;
const VILLAGES = 8;
const URBAN_GRIDS = 36;
const RURAL_GRIDS = 84;

type Outlier = 'over' | 'under' | null;

interface Figures {
  households: number;
  registered: number;
  floating: number;
}

/**
 * Households and population of one grid. Urban grids hold 200–500 households with many
 * floating residents; rural grids are villagers' groups of 30–150 households. `outlier`
 * deliberately breaks the default size range so the size warnings have something to show.
 */
function gridFigures(rng: SeededRandom, type: GridType, outlier: Outlier): Figures {
  let households: number;
  let registered: number;
  let floating: number;
  if (type === 'urban') {
    households =
      outlier === 'over' ? rng.int(540, 600) : outlier === 'under' ? rng.int(150, 185) : triangular(rng, 212, 492);
    registered = Math.round(households * rng.range(2.3, 2.8));
    floating = Math.round(registered * rng.range(0.25, 0.7));
  } else {
    households = outlier === 'over' ? rng.int(165, 195) : outlier === 'under' ? rng.int(18, 26) : triangular(rng, 34, 135);
    registered = Math.round(households * rng.range(2.8, 3.4));
    floating = Math.round(registered * rng.range(0.03, 0.25));
  }
  return { households, registered, floating };
}

/** An integer in [lo, hi], more often near the middle (mean of two uniform draws). */
function triangular(rng: SeededRandom, lo: number, hi: number): number {
  return Math.round(lo + ((rng.next() + rng.next()) / 2) * (hi - lo));
}

const round2 = (v: number) => Math.round(v * 100) / 100;
const childCode = (parent: string, n: number) => parent + String(n).padStart(3, '0');

export function seedDemoTown(tx: WriteTx, town: DemoTownRef, opts: { seed: number; now: number; accounts: DemoAccountOptions }): DemoSummary {
  const root = new SeededRandom(opts.seed);
  // Separate streams, so a change in one generator does not reshuffle the others.
  const layoutRng = root.fork();
  const namesRng = root.fork();
  const figuresRng = root.fork();
  const staffRng = root.fork();
  const usersRng = root.fork();
  const idRng = root.fork();

  // Monotonic ULIDs stamped with `now`, their random part drawn from the seeded stream.
  const makeId = monotonicFactory(idRng.asFunction());
  const idTime = Math.max(1, Math.floor(opts.now));
  const newId = () => makeId(idTime);
  const createdAt = new Date(opts.now).toISOString();
  const ctx = (rng: SeededRandom): DemoContext => ({ tx, rng, newId, createdAt });

  const layout = layoutTown(layoutRng, {
    center: TOWN_CENTER,
    urbanGrids: URBAN_GRIDS,
    ruralGrids: RURAL_GRIDS,
    communities: COMMUNITIES,
    villages: VILLAGES,
  });
  const communityNames = namesRng.shuffle(COMMUNITY_NAMES).slice(0, COMMUNITIES);
  const villageNames = namesRng.shuffle(VILLAGE_NAMES).slice(0, VILLAGES);

  // Grids deliberately outside the default size range: one crowded and one half-empty urban
  // grid, one oversized rural grid.
  const urbanCells = layout.units.filter((u) => u.kind === 'community').flatMap((u) => u.cells);
  const ruralCells = layout.units.filter((u) => u.kind === 'village').flatMap((u) => u.cells);
  const [urbanOver, urbanUnder] = figuresRng.shuffle(urbanCells);
  const ruralOver = figuresRng.pick(ruralCells);
  const outlierOf = (cell: number): Outlier =>
    cell === urbanOver || cell === ruralOver ? 'over' : cell === urbanUnder ? 'under' : null;

  const gridIds = new Map<number, string>(); // layout cell → org_unit id
  const teamUnits: TeamUnit[] = [];
  const totals: Figures = { households: 0, registered: 0, floating: 0 };
  let communityCount = 0;
  let villageCount = 0;

  layout.units.forEach((unit, u) => {
    const isCommunity = unit.kind === 'community';
    const name = isCommunity ? communityNames[communityCount++]! : villageNames[villageCount++]!;
    const unitCode = childCode(town.code, u + 1);
    const gridType: GridType = isCommunity ? 'urban' : 'rural';
    const figures = unit.cells.map((c) => gridFigures(figuresRng, gridType, outlierOf(c)));
    const sum = (k: keyof Figures) => figures.reduce((s, f) => s + f[k], 0);

    const unitId = newId();
    tx.insert('org_unit', {
      id: unitId,
      parent_id: town.id,
      kind: unit.kind,
      level: 2,
      code: unitCode,
      name,
      grid_type: null,
      households: sum('households'),
      population_registered: sum('registered'),
      population_floating: sum('floating'),
      area_km2: round2(unit.areaKm2),
      boundary: unit.polygon ? JSON.stringify(unit.polygon) : null,
      archived: 0,
      created_at: createdAt,
    });
    totals.households += sum('households');
    totals.registered += sum('registered');
    totals.floating += sum('floating');

    const team: TeamUnit = { id: unitId, kind: unit.kind, grids: [] };
    unit.cells.forEach((cell, g) => {
      const id = newId();
      const geo = layout.cells[cell]!;
      tx.insert('org_unit', {
        id,
        parent_id: unitId,
        kind: 'grid',
        level: 3,
        code: childCode(unitCode, g + 1),
        name: `${name}第${g + 1}网格`,
        grid_type: gridType,
        households: figures[g]!.households,
        population_registered: figures[g]!.registered,
        population_floating: figures[g]!.floating,
        area_km2: round2(geo.areaKm2),
        boundary: JSON.stringify(geo.polygon),
        archived: 0,
        created_at: createdAt,
      });
      gridIds.set(cell, id);
      team.grids.push({ id });
    });
    teamUnits.push(team);
  });

  // Neighbours in both directions, for every pair of grids sharing a border.
  for (const unit of layout.units) {
    for (const cell of unit.cells) {
      for (const n of layout.cells[cell]!.neighbors) {
        tx.insert('grid_neighbor', { id: newId(), unit_id: gridIds.get(cell)!, neighbor_id: gridIds.get(n)! });
      }
    }
  }

  // The town's own figures are the sums of its grids; its boundary is the outer ring.
  if (tx.db.prepare('SELECT 1 FROM org_unit WHERE id = ?').get(town.id)) {
    tx.update('org_unit', town.id, {
      households: totals.households,
      population_registered: totals.registered,
      population_floating: totals.floating,
      area_km2: round2(layout.areaKm2),
      boundary: layout.outline ? JSON.stringify(layout.outline) : undefined,
    });
  }

  const staff = seedDemoStaff(ctx(staffRng), teamUnits);
  const users = seedDemoUsers(ctx(usersRng), { supervisor: staff.supervisor, gridWorker: staff.gridWorker }, opts.accounts);

  return {
    villages: villageCount,
    communities: communityCount,
    grids: gridIds.size,
    staff: staff.staff,
    users,
  };
}
