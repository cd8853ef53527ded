// The conditions and orders the queries build as SQL (`c.status = 'registered'`, `c.received_at
// >= @from`, `(… OR …)`, `c.deadline_at ASC, c.rowid ASC`), compiled into functions over columns
// kept in memory (cases/case-keys.ts), so a search matching tens of thousands of cases is
// filtered, counted and sorted without reading a row. The SQL stays the one statement of each
// rule; this reads it. Only the subset those rules use is understood — comparisons, IN lists,
// IS [NOT] NULL, AND, OR, parentheses, a simple CASE in an order — and anything else (or a column
// not kept) makes a compile return null, and the caller runs the SQL. NULL behaves as in SQL: a
// comparison with NULL is not true (NOT, where three-valued logic would matter, is refused).
//
// The functions are generated as JavaScript source (V8 compiles a loop of plain comparisons ten
// times faster than a tree of closures: 36,835 matches tested in 0.3 ms, not 3–10). The source
// holds only operators and indexes into the arrays it is given: columns, constants and
// parameters' values are passed in, never written into it.

/** Columns kept in memory, indexed by rowid. */
export interface KeptColumns {
  /** A numeric column's values (NaN: NULL), or undefined when not kept. */
  numbers(col: string): ArrayLike<number> | undefined;
  /** A text column kept for orders (OrderedText), or undefined. */
  texts(col: string): OrderedText | undefined;
  /** A text column's values as codes (0: NULL) and the code of a value (undefined: no row holds it), or undefined when not kept. */
  codes(col: string): { values: ArrayLike<number>; codeOf(value: string): number | undefined } | undefined;
}

/**
 * A text column kept for ordering rows by it. Comparing strings is slow in V8 (~150 ns for two
 * case numbers, 2026-1121-AB-0042, sharing their first ten characters: 33,000 rows took 5–10 ms),
 * so each value is also kept as three numbers, seven characters each at seven bits, which compare
 * in the same order; values that do not fit (a character outside 1–127, or longer than 21) are
 * compared as strings — by UTF-16 unit, as SQLite's BINARY compares UTF-8 for all but characters
 * beyond U+FFFF. NULL first, as in SQLite.
 */
export class OrderedText {
  values: (string | null)[] = [];
  keys: [Float64Array, Float64Array, Float64Array];
  /** 1 where the keys alone order the value. */
  exact: Uint8Array;
  constructor(size: number) {
    this.keys = [new Float64Array(size), new Float64Array(size), new Float64Array(size)];
    this.exact = new Uint8Array(size);
  }

  set(row: number, value: string | null): void {
    this.values[row] = value;
    if (value === null) {
      this.keys.forEach((k) => (k[row] = -1));
      this.exact[row] = 1;
      return;
    }
    let exact = value.length <= 21 ? 1 : 0;
    for (let part = 0; part < 3; part++) {
      let key = 0;
      for (let i = part * 7; i < part * 7 + 7; i++) {
        const c = i < value.length ? value.charCodeAt(i) : 0;
        if (i < value.length && (c < 1 || c > 127)) exact = 0;
        key = key * 128 + (c & 127);
      }
      this.keys[part][row] = key;
    }
    this.exact[row] = exact;
  }

  resize(size: number): void {
    this.keys = this.keys.map((k) => {
      const a = new Float64Array(size);
      a.set(k.subarray(0, Math.min(k.length, size)));
      return a;
    }) as [Float64Array, Float64Array, Float64Array];
    const exact = new Uint8Array(size);
    exact.set(this.exact.subarray(0, Math.min(this.exact.length, size)));
    this.exact = exact;
  }
}

export type Params = Record<string, string | number | null | undefined>;
export type RowOrder = (a: number, b: number) => number;

class Unsupported extends Error {}

type Token = { kind: 'word' | 'col' | 'param' | 'num' | 'str' | 'op' | 'punct'; text: string; value?: string | number };

const TOKEN = /\s*(?:(\+?c\.[a-z_]+|rowid)|@([A-Za-z_]\w*)|(-?\d+(?:\.\d+)?)|'((?:[^']|'')*)'|(<=|>=|<>|!=|=|<|>)|([(),])|([A-Za-z_]+))\s*/g;

function tokenize(sql: string): Token[] {
  const out: Token[] = [];
  let at = 0;
  for (const m of sql.matchAll(TOKEN)) {
    // Every character is part of a token: a match further on means one was skipped.
    if (m.index !== at || !m[0].length) throw new Unsupported(sql.slice(at, at + 20));
    at += m[0].length;
    if (m[1]) out.push({ kind: 'col', text: m[1].replace(/^\+/, '').replace(/^c\./, '') });
    else if (m[2]) out.push({ kind: 'param', text: m[2] });
    else if (m[3]) out.push({ kind: 'num', text: m[3], value: Number(m[3]) });
    else if (m[4] !== undefined) out.push({ kind: 'str', text: m[4], value: m[4].replace(/''/g, "'") });
    else if (m[5]) out.push({ kind: 'op', text: m[5] });
    else if (m[6]) out.push({ kind: 'punct', text: m[6] });
    else if (m[7]) out.push({ kind: 'word', text: m[7].toUpperCase() });
  }
  if (at !== sql.length) throw new Unsupported(sql.slice(at, at + 20));
  return out;
}

/** What generated source refers to: arrays and values passed in, each a constant `v<i>` of the function. */
class Refs {
  readonly values: unknown[] = [];
  ref(v: unknown): string {
    // A column once however often named; each constant its own (so the source does not depend on which values coincide).
    let i = typeof v === 'object' ? this.values.indexOf(v) : -1;
    if (i < 0) i = this.values.push(v) - 1;
    return `v${i}`;
  }
  /** `body` (over the referred values) made a function. */
  build<F>(params: string, body: string): F {
    // Each value its own constant: one element kind per load site, which V8 compiles to a plain
    // typed-array load (read through one array of mixed values, 36,835 rows took 5 ms, not 0.3).
    const source = `"use strict"; ${this.values.map((_, i) => `const v${i} = v[${i}];`).join(' ')} return function (${params}) { ${body} };`;
    // The same source (the same SQL: values are referred to, not written in) is compiled once, so
    // V8 optimises the loop once for every call that runs it, not again for each.
    let make = FACTORIES.get(source);
    if (!make) {
      make = new Function('v', source) as (v: unknown[]) => unknown;
      if (FACTORIES.size >= MAX_FACTORIES) FACTORIES.delete(FACTORIES.keys().next().value!);
      FACTORIES.set(source, make);
    }
    return make(this.values) as F;
  }
}

/** Compiled sources (by the queries' SQL, a few dozen shapes), oldest dropped first. */
const FACTORIES = new Map<string, (v: unknown[]) => unknown>();
const MAX_FACTORIES = 500;

/** An operand as source over row `r`, with its kind. */
type Operand =
  | { kind: 'num'; src: (r: string) => string }
  | { kind: 'text'; text: OrderedText }
  | { kind: 'code'; src: (r: string) => string; codeOf(value: string): number | undefined }
  | { kind: 'const'; value: string | number | null };

class Parser {
  private i = 0;
  constructor(
    private readonly tokens: Token[],
    private readonly cols: KeptColumns,
    private readonly refs: Refs,
    private readonly params: Params | null,
    /** Whether text columns may be read (an order's keys; no condition reads them). */
    private readonly orders = false,
  ) {}

  private peek(): Token | undefined {
    return this.tokens[this.i];
  }
  take(): Token {
    const t = this.tokens[this.i++];
    if (!t) throw new Unsupported('end');
    return t;
  }
  is(text: string): boolean {
    const t = this.peek();
    return !!t && t.kind !== 'str' && t.kind !== 'col' && t.kind !== 'param' && t.text === text;
  }
  skip(text: string): boolean {
    if (!this.is(text)) return false;
    this.i++;
    return true;
  }
  expect(text: string): void {
    if (!this.skip(text)) throw new Unsupported(`expected ${text}`);
  }
  get done(): boolean {
    return this.i >= this.tokens.length;
  }

  /** A condition as a boolean expression over `r`. */
  or(r: string): string {
    const terms = [this.and(r)];
    while (this.skip('OR')) terms.push(this.and(r));
    return terms.length === 1 ? terms[0]! : `(${terms.join(' || ')})`;
  }

  private and(r: string): string {
    const terms = [this.unary(r)];
    while (this.skip('AND')) terms.push(this.unary(r));
    return terms.length === 1 ? terms[0]! : `(${terms.join(' && ')})`;
  }

  private unary(r: string): string {
    if (this.skip('(')) {
      const inner = this.or(r);
      this.expect(')');
      return inner;
    }
    return this.comparison(r);
  }

  operand(): Operand {
    const t = this.take();
    if (t.kind === 'num' || t.kind === 'str') return { kind: 'const', value: t.value! };
    if (t.kind === 'param') {
      if (!this.params || !(t.text in this.params)) throw new Unsupported(`@${t.text}`);
      const v = this.params[t.text];
      return { kind: 'const', value: v === undefined ? null : v };
    }
    if (t.kind === 'word' && t.text === 'NULL') return { kind: 'const', value: null };
    if (t.kind === 'col') {
      if (t.text === 'rowid') return { kind: 'num', src: (r) => r };
      const n = this.cols.numbers(t.text);
      if (n) {
        const a = this.refs.ref(n);
        return { kind: 'num', src: (r) => `${a}[${r}]` };
      }
      const c = this.cols.codes(t.text);
      if (c) {
        const a = this.refs.ref(c.values);
        return { kind: 'code', src: (r) => `${a}[${r}]`, codeOf: (v) => c.codeOf(v) };
      }
      const x = this.orders ? this.cols.texts(t.text) : undefined;
      if (x) return { kind: 'text', text: x };
    }
    throw new Unsupported(t.text);
  }

  private comparison(r: string): string {
    const left = this.operand();
    if (this.skip('IS')) {
      const not = this.skip('NOT');
      const right = this.operand();
      if (right.kind !== 'const') throw new Unsupported('IS column');
      const test = this.isTest(left, right.value, r);
      return not ? `!${test}` : test;
    }
    if (this.skip('IN')) {
      this.expect('(');
      const items: (string | number | null)[] = [];
      do {
        const o = this.operand();
        if (o.kind !== 'const') throw new Unsupported('IN column');
        items.push(o.value);
      } while (this.skip(','));
      this.expect(')');
      const tests = items.filter((v) => v !== null).map((v) => this.compare(left, '=', { kind: 'const', value: v }, r));
      return tests.length ? `(${tests.join(' || ')})` : 'false';
    }
    const op = this.take();
    if (op.kind !== 'op') throw new Unsupported(op.text);
    return this.compare(left, op.text, this.operand(), r);
  }

  private compare(left: Operand, op: string, right: Operand, r: string): string {
    if (left.kind === 'text' || right.kind === 'text') throw new Unsupported('text column');
    if (left.kind === 'const' && right.kind !== 'const') return this.compare(right, FLIP[op] ?? op, left, r);
    if (right.kind !== 'const') throw new Unsupported('column to column');
    const k = right.value;
    const js = OPS[op];
    if (!js) throw new Unsupported(op);
    if (k === null) return 'false';
    if (left.kind === 'const') {
      if (left.value === null) return 'false';
      if (typeof left.value !== typeof k) throw new Unsupported('mixed constants');
      return String(constCompare(left.value, k, op));
    }
    if (left.kind === 'num') {
      if (typeof k !== 'number') throw new Unsupported('number to text');
      const x = left.src(r);
      const kk = this.refs.ref(k);
      // NaN (NULL) fails every comparison but !==, which SQL's <> does not make true either.
      return js === '!==' ? `(${x} !== ${kk} && ${x} === ${x})` : `(${x} ${js} ${kk})`;
    }
    // A coded text column: equality only (a code's order is not the text's).
    if (typeof k !== 'string') throw new Unsupported('text to number');
    const code = left.codeOf(k);
    const x = left.src(r);
    if (js === '===') return code === undefined ? 'false' : `(${x} === ${this.refs.ref(code)})`;
    if (js === '!==') return code === undefined ? `(${x} !== 0)` : `(${x} !== 0 && ${x} !== ${this.refs.ref(code)})`;
    throw new Unsupported(`text ${op}`);
  }

  /** `left IS value`: equal, NULL equal to NULL. */
  private isTest(left: Operand, value: string | number | null, r: string): string {
    if (left.kind === 'const') return String(left.value === value);
    if (value !== null || left.kind === 'text') return this.compare(left, '=', { kind: 'const', value }, r);
    const x = left.src(r);
    return left.kind === 'num' ? `(${x} !== ${x})` : `(${x} === 0)`;
  }
}

const OPS: Record<string, string> = { '=': '===', '<>': '!==', '!=': '!==', '<': '<', '<=': '<=', '>': '>', '>=': '>=' };
const FLIP: Record<string, string> = { '<': '>', '>': '<', '<=': '>=', '>=': '<=' };

function constCompare(a: string | number, b: string | number, op: string): boolean {
  switch (OPS[op]) {
    case '===':
      return a === b;
    case '!==':
      return a !== b;
    case '<':
      return a < b;
    case '<=':
      return a <= b;
    case '>':
      return a > b;
    default:
      return a >= b;
  }
}

/** Each condition as a boolean expression over row `r`; null where one is outside the subset. */
function expressions(sqls: string[], cols: KeptColumns, params: Params, refs: Refs): string[] | null {
  try {
    return sqls.map((sql) => {
      const p = new Parser(tokenize(sql), cols, refs, params);
      const e = p.or('r');
      if (!p.done) throw new Unsupported('trailing');
      return e;
    });
  } catch (err) {
    if (err instanceof Unsupported) return null;
    throw err;
  }
}

/** The rows (rowids) that pass every condition, in their order; null where a condition is outside the subset or names a column not kept. */
export function compileFilter(sqls: string[], cols: KeptColumns, params: Params): ((rows: ArrayLike<number>) => number[]) | null {
  const refs = new Refs();
  const e = expressions(sqls, cols, params, refs);
  if (!e) return null;
  const test = e.length ? e.join(' && ') : 'true';
  return refs.build('rows', `const out = []; for (let i = 0; i < rows.length; i++) { const r = rows[i]; if (${test}) out.push(r); } return out;`);
}

/** How many of the rows pass each condition (in one pass); null as compileFilter. */
export function compileCounts(sqls: string[], cols: KeptColumns, params: Params): ((rows: ArrayLike<number>) => number[]) | null {
  const refs = new Refs();
  const e = expressions(sqls, cols, params, refs);
  if (!e) return null;
  const counters = e.map((_, i) => `let n${i} = 0;`).join(' ');
  const tests = e.map((x, i) => `if (${x}) n${i}++;`).join(' ');
  return refs.build('rows', `${counters} for (let i = 0; i < rows.length; i++) { const r = rows[i]; ${tests} } return [${e.map((_, i) => `n${i}`).join(', ')}];`);
}

/**
 * An ORDER BY list's comparison of two rows, or null (as compileFilter). Terms: a numeric column
 * or rowid (NULL first, as SQLite sorts it), or `CASE col WHEN 'x' THEN n … ELSE n END` over a
 * coded column; each ASC or DESC.
 */
export function compileOrder(sql: string, cols: KeptColumns): RowOrder | null {
  const refs = new Refs();
  try {
    const p = new Parser(tokenize(sql), cols, refs, null, true);
    const terms: string[] = [];
    do {
      let key: (r: string) => string = () => '';
      let text: OrderedText | null = null;
      if (p.skip('CASE')) {
        const col = p.operand();
        if (col.kind !== 'code') throw new Unsupported('CASE');
        const arms: [string, string][] = [];
        while (p.skip('WHEN')) {
          const v = p.take();
          p.expect('THEN');
          const n = p.take();
          if (v.kind !== 'str' || n.kind !== 'num') throw new Unsupported('WHEN');
          const code = col.codeOf(v.value as string);
          if (code !== undefined) arms.push([refs.ref(code), refs.ref(n.value)]);
        }
        p.expect('ELSE');
        const other = p.take();
        if (other.kind !== 'num') throw new Unsupported('ELSE');
        p.expect('END');
        const fallback = refs.ref(other.value);
        key = (r) => arms.reduceRight((rest, [code, n]) => `(${col.src(r)} === ${code} ? ${n} : ${rest})`, fallback);
      } else {
        const col = p.operand();
        if (col.kind === 'text') text = col.text;
        else if (col.kind === 'num') key = (r) => col.src(r);
        else throw new Unsupported('order by code');
      }
      const desc = p.skip('DESC');
      if (!desc) p.skip('ASC');
      const [lt, gt] = desc ? ['1', '-1'] : ['-1', '1'];
      if (text) {
        // The three keys, then the strings where either value does not fit them (NULL's keys are -1: first).
        const [k0, k1, k2, e, v] = [refs.ref(text.keys[0]), refs.ref(text.keys[1]), refs.ref(text.keys[2]), refs.ref(text.exact), refs.ref(text.values)];
        const keys = [k0, k1, k2].map((k) => `x = ${k}[a]; y = ${k}[b]; if (x !== y) return x < y ? ${lt} : ${gt};`).join(' ');
        terms.push(`if (${e}[a] === 1 && ${e}[b] === 1) { ${keys} } else { x = ${v}[a]; y = ${v}[b]; if (x !== y) { if (x === null) return ${lt}; if (y === null) return ${gt}; return x < y ? ${lt} : ${gt}; } }`);
      } else {
        // NULL (NaN) sorts first, as in SQLite.
        terms.push(`x = ${key('a')}; y = ${key('b')}; if (x !== y) { if (x !== x) x = -Infinity; if (y !== y) y = -Infinity; if (x !== y) return x < y ? ${lt} : ${gt}; }`);
      }
    } while (p.skip(','));
    if (!p.done) throw new Unsupported('trailing');
    return refs.build('a, b', `let x, y; ${terms.join(' ')} return 0;`);
  } catch (err) {
    if (err instanceof Unsupported) return null;
    throw err;
  }
}
