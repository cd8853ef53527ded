// The SQL subset read into functions over kept columns (column-predicate.ts): each condition
// holds for exactly the rows SQLite's WHERE keeps on the same values, NULLs included; orders
// sort as ORDER BY; what is outside the subset is refused, and no value reaches the source.
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { compileCounts, compileFilter, compileOrder, OrderedText, type KeptColumns } from '../../../../electron/core/db/column-predicate';

// Rows 1..10 (row 0 unused): a number with NULLs, a text with NULLs and a quote, a text to order
// by (its keys: ASCII within 21 characters; else compared as strings: Chinese, 25 characters).
const N = [NaN, 5, 7, NaN, 7, 1, 9, 2, 5, 3, 3];
const T = [null, 'a', "o'k", null, 'b', 'a', 'c', 'b', null, 'a', 'c'];
const S = [null, 'x2', 'x10', 'x1', null, 'y', 'x2', '路灯', `x1${'0'.repeat(23)}`, '2025-1118-AA-0001', '2025-1117-XQ-0002'];

function columns(): KeptColumns {
  const dict = new Map<string, number>();
  const codes = T.map((v) => (v === null ? 0 : dict.get(v) ?? (dict.set(v, dict.size + 1), dict.size)));
  const text = new OrderedText(S.length);
  S.forEach((v, r) => text.set(r, v));
  return {
    numbers: (col) => (col === 'n' ? Float64Array.from(N) : undefined),
    codes: (col) => (col === 't' ? { values: Int32Array.from(codes), codeOf: (v) => dict.get(v) } : undefined),
    texts: (col) => (col === 's' ? text : undefined),
  };
}

function sqlite() {
  const db = new Database(':memory:');
  db.exec('CREATE TABLE c (n REAL, t TEXT, s TEXT)');
  const add = db.prepare('INSERT INTO c (rowid, n, t, s) VALUES (?, ?, ?, ?)');
  for (let r = 1; r < N.length; r++) add.run(r, Number.isNaN(N[r]) ? null : N[r], T[r], S[r]);
  return db;
}

const ROWS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

describe('column predicates', () => {
  const db = sqlite();
  const cols = columns();
  const params = { lo: 5, t: 'a', none: 'zz', q: "o'k", nul: null };

  it('keeps the rows SQLite keeps', () => {
    const conditions = [
      'c.n >= @lo',
      'c.n < 7 AND c.n > 1',
      'c.n <> 7',
      'c.n != 7 OR c.t = @t',
      "c.t = 'a'",
      "c.t = 'o''k'",
      'c.t = @q',
      'c.t <> @t',
      'c.t = @none',
      'c.t <> @none',
      'c.t IS NULL',
      'c.t IS NOT NULL',
      'c.t IS NOT @t',
      'c.t IS @nul',
      'c.n IS NULL',
      "c.t IN ('a', 'b', NULL)",
      'c.n IN (1, 9)',
      '(c.n = 7 OR c.n = 9) AND (+c.t = @t OR c.t IS NULL)',
      'c.n = @nul',
      '1 = 1',
      '1 = 0',
      'rowid > 3',
    ];
    for (const sql of conditions) {
      const expected = db.prepare(`SELECT rowid FROM c WHERE ${sql.replace(/\bc\./g, '')} ORDER BY rowid`).pluck().all(params);
      expect(compileFilter([sql], cols, params)!(ROWS), sql).toEqual(expected);
    }
    const counts = compileCounts(conditions, cols, params)!(ROWS);
    conditions.forEach((sql, i) => expect(counts[i], sql).toBe((db.prepare(`SELECT count(*) FROM c WHERE ${sql.replace(/\bc\./g, '')}`).pluck().get(params) as number)));
    expect(compileFilter(['c.n >= 5', 'c.t = @t'], cols, params)!(ROWS)).toEqual([1]);
  });

  it('sorts as ORDER BY does, NULLs first', () => {
    for (const sql of ['c.n ASC, rowid ASC', 'c.n DESC, rowid DESC', 'c.s ASC, rowid DESC', 'c.s DESC, c.n ASC, rowid ASC', "CASE c.t WHEN 'a' THEN 3 WHEN 'b' THEN 2 ELSE 1 END DESC, rowid ASC"]) {
      const expected = db.prepare(`SELECT rowid FROM c ORDER BY ${sql.replace(/\bc\./g, '')}`).pluck().all();
      expect(ROWS.slice().sort(compileOrder(sql, cols)!), sql).toEqual(expected);
    }
  });

  it('refuses what it does not read, and never runs a value', () => {
    for (const sql of ['NOT c.n = 1', 'c.n BETWEEN 1 AND 2', "c.t LIKE 'a%'", "c.t < 'b'", 'c.x = 1', 'c.s = @t', 'c.n = c.n', 'c.t = @missing', 'c.n = 1 AND', '', 'c.n = 1; DROP TABLE c']) {
      expect(compileFilter([sql], cols, params), sql).toBeNull();
    }
    expect(compileOrder('c.t ASC', cols)).toBeNull();
    expect(compileOrder('c.x ASC', cols)).toBeNull();
    // A value that is code in JavaScript is only compared, never compiled.
    const hostile = { t: "'); throw new Error('ran'); ('" };
    expect(compileFilter(['c.t = @t', 'c.t <> @t'], cols, hostile)!(ROWS)).toEqual([]);
  });
});
