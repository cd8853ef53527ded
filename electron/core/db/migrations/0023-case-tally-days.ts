// Case tallies by day with integer day keys, and indexes for the filtered 已办结 lists (issue 15).
//
// Migration 0022 keyed the day tallies by (instant + 8 h) / 1 day: an instant stored as a REAL
// (a time computed with a fraction of a millisecond, as a generator or an import may write it)
// then gave a fractional key, one tally row per case instead of one per day. The keys are now
// CAST to INTEGER (whole days since 1970-01-01 in Shanghai, as cases/case-counts.ts dayOf), the
// tally triggers are made again with them and the day tallies recounted.
//
// The 已办结 list (done = 1, newest update first) under a village or category filter sorted
// every finished case of the village or category (5,000 and 50,000 in a county): indexes by
// (village_id | category_id, done, updated_at) let it walk its order.
//
// A later migration that rebuilds `case_record` must create these triggers again.

/** Each tally's facet and the expression of its key over case_record (a null key is not tallied). */
export const CASE_TALLY_FACETS: readonly (readonly [facet: string, key: string])[] = [
  ['all', "''"],
  ['grid', 'grid_id'],
  ['village', 'village_id'],
  ['category', 'category_id'],
  ['subcategory', 'subcategory_id'],
  ['source', 'source'],
  ['handling', 'handling_type'],
  ['urgency', 'urgency'],
  ['level', 'level'],
  ['department', 'assignee_department_id'],
  ['day', 'CAST((received_at + 28800000) / 86400000 AS INTEGER)'],
  ['village_category', "village_id || '/' || category_id"],
  // Closed cases by day closed (closed_at is set only while a case is closed), and those on time.
  ['closed_day', 'CAST((closed_at + 28800000) / 86400000 AS INTEGER)'],
  ['closed_on_time_day', 'CASE WHEN on_time = 1 THEN CAST((closed_at + 28800000) / 86400000 AS INTEGER) END'],
];

const DAY_FACETS = ['day', 'closed_day', 'closed_on_time_day'];

/** The columns a tally key reads (an update of any of them moves the case between tallies). */
const TALLY_COLUMNS = [
  'status', 'stage', 'grid_id', 'village_id', 'category_id', 'subcategory_id', 'source', 'handling_type', 'urgency', 'level', 'assignee_department_id',
  'received_at', 'closed_at', 'on_time',
];

const KEY_COLUMN = new RegExp(`\\b(${TALLY_COLUMNS.join('|')})\\b`, 'g');
const of = (row: 'NEW' | 'OLD', expr: string) => expr.replace(KEY_COLUMN, `${row}.$1`);

/** The (facet, key) pairs of a row, as VALUES rows. */
const keys = (row: 'NEW' | 'OLD') => CASE_TALLY_FACETS.map(([facet, key]) => `('${facet}', ${of(row, key)})`).join(', ');

/** One statement: the row counted in each of its tallies. */
const add = (row: 'NEW' | 'OLD') => `INSERT INTO case_tally (facet, key, status, done, n)
    SELECT f.column1, f.column2, ${row}.status, ${row}.done, 1 FROM (VALUES ${keys(row)}) f WHERE f.column2 IS NOT NULL
    ON CONFLICT (facet, key, status, done) DO UPDATE SET n = n + 1;`;

/** One statement: the row taken out of each of its tallies. */
const remove = (row: 'NEW' | 'OLD') => `UPDATE case_tally SET n = n - 1 WHERE status = ${row}.status AND done = ${row}.done AND (facet, key) IN (VALUES ${keys(row)});`;

const refill = CASE_TALLY_FACETS.filter(([facet]) => DAY_FACETS.includes(facet)).map(
  ([facet, key]) => `INSERT INTO case_tally (facet, key, status, done, n)
  SELECT '${facet}', ${key}, status, done, count(*) FROM case_record WHERE ${key} IS NOT NULL GROUP BY 2, 3, 4;`,
).join('\n');

const TEXT = (row: string) => `${row}.title || char(31) || ${row}.address || char(31, 31)`;
const NUMBER = (row: string) => `${row}.number || char(31, 31)`;

export const migration = {
  version: 23,
  name: 'case-tally-days',
  sql: `
DROP TRIGGER case_derived_insert;
DROP TRIGGER case_derived_tally;
DROP TRIGGER case_derived_delete;
DELETE FROM case_tally WHERE facet IN (${DAY_FACETS.map((f) => `'${f}'`).join(', ')});
${refill}

CREATE TRIGGER case_derived_insert AFTER INSERT ON case_record BEGIN
  ${add('NEW')}
  INSERT INTO case_text_fts (rowid, body) VALUES (NEW.rowid, ${TEXT('NEW')});
  INSERT INTO case_number_fts (rowid, body) VALUES (NEW.rowid, ${NUMBER('NEW')});
END;
CREATE TRIGGER case_derived_tally AFTER UPDATE OF ${TALLY_COLUMNS.join(', ')} ON case_record
  WHEN ${TALLY_COLUMNS.map((c) => `OLD.${c} IS NOT NEW.${c}`).join(' OR ')} BEGIN
  ${remove('OLD')}
  ${add('NEW')}
END;
CREATE TRIGGER case_derived_delete AFTER DELETE ON case_record BEGIN
  ${remove('OLD')}
  DELETE FROM case_text_fts WHERE rowid = OLD.rowid;
  DELETE FROM case_number_fts WHERE rowid = OLD.rowid;
END;

CREATE INDEX case_village_updated ON case_record (village_id, done, updated_at);
CREATE INDEX case_category_updated ON case_record (category_id, done, updated_at);
`,
};
