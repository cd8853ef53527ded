// The read-only database handle every handler and domain query holds. Its statements can
// `get`, `all` and `iterate` but not `run`; it has no `exec`, `transaction` or `pragma`. Writes go
// through their owners: synced tables through the change writer (ctx.core.writer), sessions
// through the session store, the audit log through its appender, device metadata through
// device identity. Only those owners and the migrations hold the writable `Db`
// (test/unit/layering/write-sites.test.ts lists them).
//
// The type is backed at run time: preparing anything but a read-only query (INSERT … RETURNING,
// a pragma, BEGIN …) through this handle throws, and the statements it
// hands out have no `run` and no way back to the connection, so a cast cannot sneak a write
// past it either.
import type { Statement } from 'better-sqlite3-multiple-ciphers';
import type { Db } from './connection';

/** A result column's description (the driver's typings do not export the name). */
type ColumnDefinition = ReturnType<Statement['columns']>[number];

export interface ReadStatement<P extends unknown[] = unknown[], R = unknown> {
  readonly source: string;
  get(...params: P): R | undefined;
  all(...params: P): R[];
  iterate(...params: P): IterableIterator<R>;
  pluck(toggleState?: boolean): this;
  expand(toggleState?: boolean): this;
  raw(toggleState?: boolean): this;
  bind(...params: P): this;
  columns(): ColumnDefinition[];
  safeIntegers(toggleState?: boolean): this;
}

declare const readOnly: unique symbol;

export interface ReadDb {
  /** Brand: a writable `Db` is not a `ReadDb`; wrap it with `readOnlyDb`, which adds the run-time guard. */
  readonly [readOnly]: true;
  prepare<P extends unknown[] | object = unknown[], R = unknown>(source: string): P extends unknown[] ? ReadStatement<P, R> : ReadStatement<[P], R>;
  /** Whether a write transaction (of the connection's writer) is open around this read. */
  readonly inTransaction: boolean;
  /**
   * The same query prepared once per connection and reused: preparing costs far more than
   * running, and the case engine runs the same few queries for every action.
   */
  cached<P extends unknown[] | object = unknown[], R = unknown>(source: string): P extends unknown[] ? ReadStatement<P, R> : ReadStatement<[P], R>;
  /**
   * State derived from the data and kept with the connection (so with the core that opened it,
   * never in a module): `make` builds it when there is none or `fresh` says the kept one is out
   * of date.
   */
  memo<T>(key: string, make: () => T, fresh?: (kept: T) => boolean): T;
}

export class WriteRefusedError extends Error {
  constructor(source: string) {
    super(`Refused to prepare a write through the read-only database handle (use the change writer): ${source.trim().slice(0, 120)}`);
    this.name = 'WriteRefusedError';
  }
}

/** A prepared read; exposes only the reading half of better-sqlite3's Statement. */
class ReadOnlyStatement implements ReadStatement {
  readonly #stmt: Statement<unknown[]>;
  constructor(stmt: Statement<unknown[]>) {
    this.#stmt = stmt;
  }
  get source(): string {
    return this.#stmt.source;
  }
  get(...params: unknown[]): unknown {
    return this.#stmt.get(...params);
  }
  all(...params: unknown[]): unknown[] {
    return this.#stmt.all(...params);
  }
  iterate(...params: unknown[]): IterableIterator<unknown> {
    return this.#stmt.iterate(...params);
  }
  pluck(toggleState?: boolean): this {
    this.#stmt.pluck(toggleState ?? true);
    return this;
  }
  expand(toggleState?: boolean): this {
    this.#stmt.expand(toggleState ?? true);
    return this;
  }
  raw(toggleState?: boolean): this {
    this.#stmt.raw(toggleState ?? true);
    return this;
  }
  bind(...params: unknown[]): this {
    this.#stmt.bind(...params);
    return this;
  }
  columns(): ColumnDefinition[] {
    return this.#stmt.columns();
  }
  safeIntegers(toggleState?: boolean): this {
    this.#stmt.safeIntegers(toggleState ?? true);
    return this;
  }
}

/**
 * A query must start with SELECT, WITH or VALUES (after comments). Checked before preparing,
 * because SQLite applies some statements while preparing them: `PRAGMA foreign_keys = OFF`
 * takes effect without ever being run. Read pragmas are there as functions:
 * `SELECT name FROM pragma_table_info('person')`.
 */
const QUERY_START = /^(?:\s|--[^\n]*(?:\n|$)|\/\*[\s\S]*?\*\/)*(?:SELECT|WITH|VALUES)\b/i;

const wrapped = new WeakMap<Db, ReadDb>();

/** The read-only view of a connection (one per connection, so per-connection statement caches keyed by it work). */
export function readOnlyDb(db: Db): ReadDb {
  let view = wrapped.get(db);
  if (!view) {
    const statements = new Map<string, ReadOnlyStatement>();
    const memos = new Map<string, unknown>();
    const prepare = (source: string): ReadOnlyStatement => {
      if (!QUERY_START.test(source)) throw new WriteRefusedError(source);
      const stmt = db.prepare(source);
      // `reader`: returns rows; `readonly`: sqlite3_stmt_readonly, false for a write such as
      // WITH … INSERT or INSERT … RETURNING. Both must hold for a statement to be a pure read.
      if (!stmt.reader || !stmt.readonly) throw new WriteRefusedError(source);
      return new ReadOnlyStatement(stmt);
    };
    view = {
      prepare,
      cached(source: string) {
        let stmt = statements.get(source);
        if (!stmt) statements.set(source, (stmt = prepare(source)));
        return stmt;
      },
      memo<T>(key: string, make: () => T, fresh?: (kept: T) => boolean): T {
        if (memos.has(key)) {
          const kept = memos.get(key) as T;
          if (!fresh || fresh(kept)) return kept;
        }
        const value = make();
        memos.set(key, value);
        return value;
      },
      get inTransaction() {
        return db.inTransaction;
      },
    } as unknown as ReadDb;
    wrapped.set(db, view);
  }
  return view;
}

/** A table's column names in their declared order (empty when there is no such table). */
export function tableColumns(db: Db | ReadDb, table: string): string[] {
  return (db as ReadDb).prepare('SELECT name FROM pragma_table_info(?)').pluck().all(table) as string[];
}
