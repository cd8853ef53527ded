// Small helpers for the ledger queries: a WHERE builder with named parameters, LIKE escaping,
// the grid scope clause, and ORDER BY from a whitelisted sort field.
import { AppError } from '../../../../shared/rpc/errors';
import type { SortDir } from '../../../../shared/registry/ledger-sort';
import type { ReadDb } from '../../db/read-db';

export class Where {
  private readonly parts: string[] = [];
  readonly params: Record<string, unknown> = {};
  private n = 0;

  /** `prefix` keeps parameter names apart when several conditions share one statement. */
  constructor(private readonly prefix = 'p') {}

  /**
   * A search over a wide scope that matches a large share of it (the people whose name begins with
   * one character, or whose initials begin with one letter): the list counts it only up to a bound
   * (ledgers.ts countLedgerUpTo), which the index's order reaches at once.
   */
  broad = false;

  /**
   * A search counted per grid without reading its rows (one or two characters, from the
   * character tallies: grid-chars.ts): its page walks the grids holding its rows, however few they are.
   */
  walk = false;

  /** Adds a condition; `?` placeholders are replaced by fresh named parameters. */
  add(sql: string, ...values: unknown[]): this {
    let i = 0;
    const text = sql.replace(/\?/g, () => {
      const name = `${this.prefix}${this.n++}`;
      this.params[name] = values[i++];
      return `@${name}`;
    });
    this.parts.push(text);
    return this;
  }

  /** Adds `column IN (values…)` through json_each (any number of values). */
  in(column: string, values: readonly string[]): this {
    return this.add(`${column} IN (SELECT value FROM json_each(?))`, JSON.stringify(values));
  }

  get sql(): string {
    return this.parts.length ? `WHERE ${this.parts.join(' AND ')}` : '';
  }

  /** The conditions alone, for use inside a larger expression ('1' when there are none). */
  get condition(): string {
    return this.parts.length ? this.parts.join(' AND ') : '1';
  }
}

export function likeContains(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export function likePrefix(q: string): string {
  return `${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export type SearchKind = 'pinyin' | 'digits' | 'text';

/** What a search box entry looks like: pinyin initials ('zs'), an ID/phone fragment, or text. */
export function searchKind(q: string): SearchKind {
  if (/^[a-z]{1,12}$/i.test(q)) return 'pinyin';
  if (/^[0-9xX*-]{3,20}$/.test(q)) return 'digits';
  return 'text';
}

export interface SortInput {
  field: string;
  dir: SortDir;
}

export interface PageInput {
  offset: number;
  limit: number;
  /** A whitelisted field of the ledger (validated by the contract); none keeps the default order. */
  sort?: SortInput;
}

/** SQL of one sort field: fixed expressions (never user text); `reverse` for e.g. age = birth date descending. */
export type SortColumn = string | { sql: readonly string[]; reverse?: boolean };

/**
 * `ORDER BY` for a page: the chosen field (empty values last either way), then the ledger's
 * default order so paging stays stable.
 */
export function orderBy(columns: Readonly<Record<string, SortColumn>>, page: PageInput | null, fallback: string): string {
  const sort = page?.sort;
  if (!sort) return `ORDER BY ${fallback}`;
  const col = Object.hasOwn(columns, sort.field) ? columns[sort.field] : undefined;
  if (!col) throw new AppError('BAD_INPUT', `不支持按“${sort.field}”排序`);
  const exprs = typeof col === 'string' ? [col] : col.sql;
  const desc = (sort.dir === 'desc') !== (typeof col !== 'string' && col.reverse === true);
  const keys = exprs.flatMap((e) => [`(${e}) IS NULL`, `${e} ${desc ? 'DESC' : 'ASC'}`]);
  return `ORDER BY ${keys.join(', ')}, ${fallback}`;
}

/**
 * Above this many matches a page of a ledger in its default order (grid code first) walks the
 * grids in code order and sorts one grid's rows at a time, stopping once the page is full;
 * up to it, the matches are found through the filter's own index and sorted.
 */
export const DENSE_MATCHES = 2000;

/** Whether the filter matches more than `dense` rows (counting no further). */
export function manyMatches(db: ReadDb, from: string, w: Where, env: object, dense = DENSE_MATCHES): boolean {
  const known = counted.get(env);
  if (known && known.key === countKey(w)) return known.n > dense;
  const sql = `SELECT count(*) AS n FROM (SELECT 1 FROM ${countFrom(from, w.sql)} ${w.sql} LIMIT ${dense + 1})`;
  return (db.cached(sql).get(w.params) as { n: number }).n > dense;
}

/**
 * The grids in code order, for a page walked grid by grid: `org_unit g` first (its code index
 * gives the order), the ledger's table joined through its grid index; the scope limits the grids.
 * When the call has just counted the filter's matches per grid (a search: countLedger), only the
 * grids that hold the page's rows are walked, and the page's offset is counted from the first of
 * them (a common fragment's matches may all lie in the town's last grids), returned as `grids`.
 * Call it before any other change to `w`; it returns the page to bind.
 */
export function gridWalk(db: ReadDb, w: Where, env: { scope: string[] | null }, page: PageInput): { join: string; page: PageInput; grids: string[] | null } {
  const join = 'org_unit g INDEXED BY org_unit_code CROSS JOIN';
  const known = counted.get(env);
  const byGrid = known && known.key === countKey(w) ? known.byGrid : undefined;
  if (!byGrid) {
    if (env.scope) w.in('g.id', env.scope);
    return { join, page, grids: null };
  }
  const ordered = db.cached('SELECT id FROM org_unit WHERE id IN (SELECT value FROM json_each(?)) ORDER BY code').pluck().all(JSON.stringify([...byGrid.keys()])) as string[];
  const grids: string[] = [];
  let before = 0;
  let held = 0;
  for (const id of ordered) {
    const n = byGrid.get(id)!;
    if (grids.length === 0 && before + n <= page.offset) before += n;
    else {
      grids.push(id);
      held += n;
      if (before + held >= page.offset + page.limit) break;
    }
  }
  w.in('g.id', grids);
  return { join, page: { ...page, offset: page.offset - before }, grids };
}

/** `LIMIT … OFFSET …` as parameters, so a page's statement is prepared once and reused. */
export function pageLimit(w: Where, page: PageInput): string {
  w.params.pageLimit = page.limit;
  w.params.pageOffset = page.offset;
  return 'LIMIT @pageLimit OFFSET @pageOffset';
}

/**
 * A ledger's FROM clause for counting: its LEFT JOINs (each on the joined table's id, so one row
 * at most) change no count, so those the conditions do not read are left out and the count can
 * be read from an index alone.
 */
export function countFrom(from: string, where: string): string {
  return from.replace(/ LEFT JOIN \w+ (\w+) ON .*?(?= LEFT JOIN |$)/g, (join: string, alias: string) => (new RegExp(`\\b${alias}\\.`).test(where) ? join : ''));
}

/** The total a call has just counted for a filter (listLedger counts, then lists the page), and for a search its matches per grid. */
const counted = new WeakMap<object, { key: string; n: number; byGrid?: Map<string, number> }>();
const countKey = (w: Where) => `${w.sql}\n${JSON.stringify(w.params)}`;

/** Remembers a count of the filter (and its matches per grid) for the rest of the call (`env` is the call's QueryEnv). */
export function rememberCount(env: object, w: Where, n: number, byGrid?: Map<string, number>): void {
  counted.set(env, { key: countKey(w), n, byGrid });
}
