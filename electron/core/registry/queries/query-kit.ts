// Small helpers for the ledger queries: a WHERE builder with named parameters, LIKE escaping,
// the grid scope clause, and ORDER BY from a whitelisted sort field.
import { AppError } from '../../../../shared/rpc/errors';
import type { SortDir } from '../../../../shared/registry/ledger-sort';

export class Where {
  private readonly parts: string[] = [];
  readonly params: Record<string, unknown> = {};
  private n = 0;

  /** `prefix` keeps parameter names apart when several conditions share one statement. */
  constructor(private readonly prefix = 'p') {}

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
