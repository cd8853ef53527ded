// Reading the rows of many keys at once (a received batch's records, a batch's cell stamps):
// one query over the whole set — `IN (SELECT value FROM json_each(?))`, one prepared statement
// for any number of keys — instead of one query per key. For a handful of keys the point
// query is cheaper than building the set, so below `keyedReads.setMin` keys it runs once per key.
import type { ReadDb, ReadStatement } from './read-db';

export const keyedReads = {
  /**
   * Fewer keys than this are read one by one (measured: about where the set query starts to
   * win). Tests set it to 1 to take the set path everywhere.
   */
  setMin: 12,
};

const forms = new Map<string, { point: string; set: string }>();

/**
 * The rows of `sql` for each of `keys`. `sql` names the key set `IN (:keys)` exactly once;
 * `params` are its other positional parameters, before the keys. `shape` sets the statement's
 * modes (raw, pluck, safe integers). Rows come in no particular order.
 */
export function readByKeys<R>(
  db: ReadDb,
  sql: string,
  keys: readonly (string | number)[],
  params: readonly unknown[] = [],
  shape: (s: ReadStatement) => ReadStatement = (s) => s,
): R[] {
  if (keys.length === 0) return [];
  let form = forms.get(sql);
  if (!form) {
    if (sql.split('IN (:keys)').length !== 2) throw new Error(`readByKeys: the query must name IN (:keys) once: ${sql}`);
    form = { point: sql.replace('IN (:keys)', '= ?'), set: sql.replace('IN (:keys)', 'IN (SELECT value FROM json_each(?))') };
    forms.set(sql, form);
  }
  if (keys.length >= keyedReads.setMin) return shape(db.cached(form.set)).all(...params, JSON.stringify(keys)) as R[];
  const stmt = shape(db.cached(form.point));
  const out: R[] = [];
  for (const key of keys) for (const row of stmt.all(...params, key)) out.push(row as R);
  return out;
}
