// Small helpers for the ledger queries: a WHERE builder with named parameters, LIKE escaping,
// and the grid scope clause.

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

export interface PageInput {
  offset: number;
  limit: number;
}
