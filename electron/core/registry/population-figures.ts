// One truth for households and population (issue 14 §3): per grid, the figures counted from
// its ledger (live person and household records) where it has one, the figures typed into
// 组织架构 only where it has none, and the difference where both exist; villages/communities
// and the town sum their grids. Each figure carries when it last changed: the ledger's latest
// change in the grid (ledger_grid_change, kept by triggers) and the typed figures' latest
// change stamp (the change writer's cell stamps of org_unit).
//
// Counts are read from the stored per-grid counts (ledger_grid_count, kept by triggers: migration
// 0021), one small row per grid, for the given grids or the whole town.
import type { UnitKind } from '../../../shared/org/org-types';
import type { PopulationCounts, PopulationFigures, PopulationReport, PopulationSource } from '../../../shared/registry/population-types';
import type { ResidenceType } from '../../../shared/registry/registry-types';
import { AppError } from '../../../shared/rpc/errors';
import type { ReadDb } from '../db/read-db';
import { storedByGrid } from './queries/stored-counts';

/** Which residence types count as 户籍人口 and which as 流动人口. */
export const REGISTERED_TYPES: readonly ResidenceType[] = ['registered', 'separated'];
export const FLOATING_TYPES: readonly ResidenceType[] = ['floating', 'foreign'];

interface UnitRow {
  id: string;
  parent_id: string | null;
  kind: UnitKind;
  name: string;
  households: number;
  population_registered: number;
  population_floating: number;
  /** A grid's stored counts of live records (null: none ever) and its ledger's latest change. */
  ledger_people: number | null;
  ledger_households: number | null;
  ledger_registered: number | null;
  ledger_floating: number | null;
  ledger_at: number | null;
}

interface GridFacts {
  ledger: PopulationCounts | null;
  typed: PopulationCounts | null;
  ledgerAt: number | null;
  typedAt: number | null;
}

const zero = (): PopulationCounts => ({ households: 0, registered: 0, floating: 0 });
/** Adds `b` (times `sign`) into `into` (accumulators: the figures of a town sum 2,000 grids). */
const addInto = (into: PopulationCounts, b: PopulationCounts, sign = 1): PopulationCounts => {
  into.households += sign * b.households;
  into.registered += sign * b.registered;
  into.floating += sign * b.floating;
  return into;
};
const later = (a: number | null, b: number | null): number | null => (a === null ? b : b === null ? a : Math.max(a, b));

/** A grid's stored counts of live people (by residence type) and households (ledger_grid_count, kept by triggers). */
export const POPULATION_COLUMNS = {
  people: 'p_all',
  registered: REGISTERED_TYPES.map((t) => `p_res_${t}`).join(' + '),
  floating: FLOATING_TYPES.map((t) => `p_res_${t}`).join(' + '),
  households: 'hh_all',
} as const;

/** Every live unit with, for a grid, its stored counts and when its ledger last changed: one reading for the whole tree. */
const UNITS_SQL = `SELECT u.id, u.parent_id, u.kind, u.name, u.households, u.population_registered, u.population_floating,
    c.${POPULATION_COLUMNS.people} AS ledger_people, c.${POPULATION_COLUMNS.households} AS ledger_households,
    ${REGISTERED_TYPES.map((t) => `c.p_res_${t}`).join(' + ')} AS ledger_registered, ${FLOATING_TYPES.map((t) => `c.p_res_${t}`).join(' + ')} AS ledger_floating,
    s.changed_at AS ledger_at
  FROM org_unit u LEFT JOIN ledger_grid_count c ON c.grid_id = u.id LEFT JOIN ledger_grid_change s ON s.grid_id = u.id
  WHERE u.archived = 0`;
/** The same, of every unit (the town) or of one unit and the units under it (?). */
const unitsSql = (under: boolean) =>
  under
    ? `WITH RECURSIVE sub(id) AS (SELECT ? UNION SELECT o.id FROM org_unit o JOIN sub ON o.parent_id = sub.id)
       ${UNITS_SQL} AND u.id IN (SELECT id FROM sub) ORDER BY u.code`
    : `${UNITS_SQL} ORDER BY u.code`;

/** The columns of UNITS_SQL, in order. */
type UnitTuple = [string, string | null, UnitKind, string, number, number, number, number | null, number | null, number | null, number | null, number | null];

/**
 * The units (all, or `unitId` and those under it) as rows. Read as arrays and made into objects
 * here: better-sqlite3 builds a row object key by key, which for a county's 2,000 grids took
 * half of the reading.
 */
function readUnits(db: ReadDb, unitId: string | null): UnitRow[] {
  const stmt = db.cached(unitsSql(unitId !== null)).raw();
  const rows = (unitId ? stmt.all(unitId) : stmt.all()) as UnitTuple[];
  return rows.map(([id, parent_id, kind, name, households, population_registered, population_floating, ledger_people, ledger_households, ledger_registered, ledger_floating, ledger_at]) => ({
    id,
    parent_id,
    kind,
    name,
    households,
    population_registered,
    population_floating,
    ledger_people,
    ledger_households,
    ledger_registered,
    ledger_floating,
    ledger_at,
  }));
}

/**
 * Live person and household records per grid (the given grids, or all), from the stored per-grid
 * counts; a grid without a live person or household has no ledger (no entry).
 */
export function ledgerCounts(db: ReadDb, grids: string[] | null): Map<string, PopulationCounts> {
  const out = new Map<string, PopulationCounts>();
  for (const [grid, c] of storedByGrid(db, POPULATION_COLUMNS, grids)) {
    if (c.people > 0 || c.households > 0) out.set(grid, { households: c.households, registered: c.registered, floating: c.floating });
  }
  return out;
}

/** When each unit's typed figures last changed (ms): the newest stamp of those cells, else the record's. */
function typedStamps(db: ReadDb, ids: string[]): Map<string, number> {
  const rows = db
    .prepare(
      `SELECT r.row_id AS id, max(r.hlc, coalesce(max(c.hlc), 0)) >> 16 AS at
       FROM sync_row r
       JOIN sync_table t ON t.id = r.table_id AND t.name = 'org_unit'
       LEFT JOIN sync_column col ON col.table_id = t.id AND col.col IN ('households', 'population_registered', 'population_floating')
       LEFT JOIN sync_cell c ON c.row_ref = r.id AND c.col_id = col.id
       WHERE r.row_id IN (SELECT value FROM json_each(?))
       GROUP BY r.id`,
    )
    .all(JSON.stringify(ids)) as { id: string; at: number }[];
  return new Map(rows.map((r) => [r.id, r.at]));
}

function figuresOf(u: UnitRow, grids: GridFacts[]): PopulationFigures {
  const shown = zero();
  let counted: PopulationCounts | null = null;
  let typed: PopulationCounts | null = null;
  let difference: PopulationCounts | null = null;
  let countedAt: number | null = null;
  let typedAt: number | null = null;
  let gridsCounted = 0;
  let gridsTyped = 0;
  for (const g of grids) {
    if (g.typed) {
      typed = addInto(typed ?? zero(), g.typed);
      typedAt = later(typedAt, g.typedAt);
    }
    if (g.ledger) {
      gridsCounted++;
      addInto(shown, g.ledger);
      counted = addInto(counted ?? zero(), g.ledger);
      countedAt = later(countedAt, g.ledgerAt);
      if (g.typed) difference = addInto(addInto(difference ?? zero(), g.ledger), g.typed, -1);
    } else if (g.typed) {
      gridsTyped++;
      addInto(shown, g.typed);
    }
  }
  const source: PopulationSource = gridsCounted && gridsTyped ? 'mixed' : gridsCounted ? 'counted' : gridsTyped ? 'typed' : 'none';
  return { unitId: u.id, name: u.name, kind: u.kind, grids: grids.length, shown, source, gridsCounted, gridsTyped, counted, typed, difference, countedAt, typedAt };
}

interface Tree {
  unit: UnitRow;
  /** The unit's children and its grids. */
  children: UnitRow[];
  grids: UnitRow[];
  /** The grids under a unit of the tree. */
  gridsUnder: (u: UnitRow) => UnitRow[];
  facts: Map<string, GridFacts>;
}

/** `unitId` (the town when null) and its subtree, with each grid's ledger and typed figures, from one reading. */
function readTree(db: ReadDb, unitId: string | null): Tree {
  // A unit's own subtree only (a village's or a grid's figures need no other unit).
  const units = readUnits(db, unitId);
  const unit = unitId ? units.find((u) => u.id === unitId) : units.find((u) => u.kind === 'town');
  if (!unit) throw new AppError('NOT_FOUND', unitId ? '组织单元不存在或已归档' : '尚未设置乡镇');
  const kids = new Map<string, UnitRow[]>();
  for (const u of units) {
    if (!u.parent_id) continue;
    const list = kids.get(u.parent_id);
    if (list) list.push(u);
    else kids.set(u.parent_id, [u]);
  }
  const under = new Map<string, UnitRow[]>();
  const gridsUnder = (u: UnitRow): UnitRow[] => {
    let grids = under.get(u.id);
    if (!grids) under.set(u.id, (grids = u.kind === 'grid' ? [u] : (kids.get(u.id) ?? []).flatMap(gridsUnder)));
    return grids;
  };
  const grids = gridsUnder(unit);
  const typedAt = typedStamps(
    db,
    grids.filter((g) => g.households || g.population_registered || g.population_floating).map((g) => g.id),
  );
  const facts = new Map<string, GridFacts>();
  for (const g of grids) {
    const ledger = g.ledger_people || g.ledger_households ? { households: g.ledger_households!, registered: g.ledger_registered!, floating: g.ledger_floating! } : null;
    const typed = g.households || g.population_registered || g.population_floating ? { households: g.households, registered: g.population_registered, floating: g.population_floating } : null;
    facts.set(g.id, { ledger, typed, ledgerAt: g.ledger_at, typedAt: typed ? (typedAt.get(g.id) ?? null) : null });
  }
  return { unit, children: unit.kind === 'grid' ? [] : (kids.get(unit.id) ?? []), grids, gridsUnder, facts };
}

const figuresIn = (tree: Tree, u: UnitRow) => figuresOf(u, tree.gridsUnder(u).map((g) => tree.facts.get(g.id)!));

/**
 * The figures of `unitId` (the town when null) and of its children, and what each grid under it
 * shows (its ledger's counts where it has one, else its typed figures), from one reading of its
 * grids. Only the grids under the unit are counted (the only town: every grid, in one index scan).
 */
export function populationOf(db: ReadDb, unitId: string | null): PopulationReport & { shownByGrid: Map<string, PopulationCounts> } {
  const tree = readTree(db, unitId);
  const shownByGrid = new Map<string, PopulationCounts>();
  for (const [id, f] of tree.facts) shownByGrid.set(id, f.ledger ?? f.typed ?? zero());
  return { unit: figuresIn(tree, tree.unit), children: tree.children.map((u) => figuresIn(tree, u)), shownByGrid };
}

/** The figures of `unitId` (the town when null) and of its children: the org.population method. */
export function populationReport(db: ReadDb, unitId: string | null): PopulationReport {
  const { unit, children } = populationOf(db, unitId);
  return { unit, children };
}

/** Every grid's figures under `unitId` (the town when null), keyed by grid id (for lists and the map). */
export function gridPopulation(db: ReadDb, unitId: string | null = null): Map<string, PopulationFigures> {
  const tree = readTree(db, unitId);
  return new Map(tree.grids.map((g) => [g.id, figuresIn(tree, g)]));
}
