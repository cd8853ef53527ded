// Ledger views: one list per ledger with filters, search, paging and the total count, and
// the overview (一个网格一本台账; the 8 categories with their counts).
import type { LedgerFilters } from '../../../shared/registry/ledger-filters';
import type { LedgerSort } from '../../../shared/registry/ledger-sort';
import { LEDGER_CATEGORIES, LEDGER_CATEGORY_LABELS, LEDGER_ENTRIES } from '../../../shared/registry/ledger-categories';
import type { ListResult, LedgerRows, RegistryOverview } from '../../../shared/registry/registry-records';
import { SMALL_PREMISES_KINDS, type LedgerKind } from '../../../shared/registry/registry-types';
import type { CallContext, Handlers } from '../rpc/handler-types';
import { audit } from '../audit/audit-log';
import { countLedgerUpTo, countQueries, LEDGERS, queryEnv, type LedgerCount } from './queries/ledgers';
import { can, guardExactLookup, requireSpecial, revealFor } from './registry-access';
import { getUnitRef } from './unit-scope';

type ListInput<K extends LedgerKind> = LedgerFilters[K] & { offset: number; limit: number; reveal?: boolean; sort?: LedgerSort<K> };

/** Ledgers holding citizen IDs or phones: a revealed list of them is audited. */
const SENSITIVE_LEDGERS = new Set<LedgerKind>(['person', 'house', 'special']);

/**
 * How far a broad search is counted (query-kit Where.broad): a surname over a county's people read
 * a twentieth of them (王: ~70,000, 200 ms) for a count no one reads; past this the screen says
 * "more than" and asks for more text.
 */
const BROAD_SEARCH_CAP = 1000;

export function listLedger<K extends LedgerKind>(ctx: CallContext, kind: K, input: ListInput<K>): ListResult<LedgerRows[K]> {
  if (kind === 'special') requireSpecial(ctx);
  const { offset, limit, reveal, sort, ...filter } = input;
  const plain = revealFor(ctx, reveal);
  guardExactLookup(ctx, kind, (filter as { search?: string }).search);
  const env = queryEnv(ctx, filter.unitId, plain);
  const f = filter as unknown as LedgerFilters[K];
  const { total, more } = countLedgerUpTo(ctx.core.db, kind, f, env, BROAD_SEARCH_CAP);
  const rows = LEDGERS[kind].list(ctx.core.db, f as never, env, { offset, limit, sort }) as LedgerRows[K][];
  if (kind === 'special' || (plain && SENSITIVE_LEDGERS.has(kind))) {
    audit(ctx, { action: kind === 'special' ? 'read.special' : 'reveal.list', table: kind, detail: { filter, offset, rows: rows.length, plain } });
  }
  return { rows, total, masked: !plain, ...(more ? { more } : {}) };
}

function overview(ctx: CallContext, unitId: string | undefined): RegistryOverview {
  const db = ctx.core.db;
  const env = queryEnv(ctx, unitId, false);
  const special = can(ctx, 'special.read');
  const unit = unitId ? getUnitRef(db, unitId) : null;
  const entries = LEDGER_ENTRIES.filter((e) => special || e.kind !== 'special');
  // Every figure in one statement over the scope's stored per-grid counts (queries/stored-counts.ts).
  const figures = {
    population: { kind: 'person', filter: {} },
    registered: { kind: 'person', filter: { residenceType: 'registered' } },
    floating: { kind: 'person', filter: { residenceType: 'floating' } },
    separated: { kind: 'person', filter: { residenceType: 'separated' } },
    foreign: { kind: 'person', filter: { residenceType: 'foreign' } },
    households: { kind: 'household', filter: {} },
    houses: { kind: 'house', filter: {} },
    rentals: { kind: 'house', filter: { isRental: true } },
    buildings: { kind: 'building', filter: {} },
    organisations: { kind: 'organisation', filter: {} },
    smallPremises: { kind: 'organisation', filter: { kinds: [...SMALL_PREMISES_KINDS] } },
    facilities: { kind: 'facility', filter: {} },
    disputesOpen: { kind: 'dispute', filter: { status: 'open' } },
    ...(special ? { special: { kind: 'special', filter: { status: 'active' } } } : {}),
  } as const satisfies Record<string, LedgerCount>;
  const names = Object.keys(figures) as (keyof typeof figures)[];
  const values = countQueries(db, [...names.map((n) => figures[n] as LedgerCount), ...entries.map((e) => ({ kind: e.kind, filter: e.filter }) as LedgerCount)], env);
  const stat = new Map(names.map((n, i) => [n, values[i]!]));
  const counts = new Map(entries.map((e, i) => [e.key, values[names.length + i]!]));
  const gridCount = env.scope
    ? env.scope.length
    : (db.prepare("SELECT count(*) AS n FROM org_unit WHERE kind = 'grid' AND archived = 0").get() as { n: number }).n;
  return {
    unit: unit ? { id: unit.id, name: unit.name, code: unit.code, kind: unit.kind } : null,
    gridCount,
    stats: {
      population: stat.get('population')!,
      registered: stat.get('registered')!,
      floating: stat.get('floating')!,
      separated: stat.get('separated')!,
      foreign: stat.get('foreign')!,
      households: stat.get('households')!,
      houses: stat.get('houses')!,
      rentals: stat.get('rentals')!,
      buildings: stat.get('buildings')!,
      organisations: stat.get('organisations')!,
      smallPremises: stat.get('smallPremises')!,
      facilities: stat.get('facilities')!,
      special: special ? stat.get('special')! : null,
      disputesOpen: stat.get('disputesOpen')!,
    },
    categories: LEDGER_CATEGORIES.map((category) => ({
      category,
      label: LEDGER_CATEGORY_LABELS[category],
      entries: entries
        .filter((e) => e.category === category)
        .map((e) => ({
          key: e.key,
          label: e.label,
          count: counts.get(e.key) ?? 0,
          query: { kind: e.kind, filter: { ...e.filter, ...(unitId ? { unitId } : {}) } } as never,
        })),
    })),
  };
}

export const ledgerHandlers: Pick<
  Handlers,
  | 'registry.overview'
  | 'registry.people'
  | 'registry.households'
  | 'registry.houses'
  | 'registry.buildings'
  | 'registry.organisations'
  | 'registry.facilities'
  | 'registry.specials'
  | 'registry.disputes'
> = {
  'registry.overview': ({ unitId }, ctx) => overview(ctx, unitId),
  'registry.people': (input, ctx) => listLedger(ctx, 'person', input),
  'registry.households': (input, ctx) => listLedger(ctx, 'household', input),
  'registry.houses': (input, ctx) => listLedger(ctx, 'house', input),
  'registry.buildings': (input, ctx) => listLedger(ctx, 'building', input),
  'registry.organisations': (input, ctx) => listLedger(ctx, 'organisation', input),
  'registry.facilities': (input, ctx) => listLedger(ctx, 'facility', input),
  'registry.specials': (input, ctx) => listLedger(ctx, 'special', input),
  'registry.disputes': (input, ctx) => listLedger(ctx, 'dispute', input),
};
