// Case queues at county scale (issue 15): what lets the queues, their counts and their search
// stay fast with hundreds of thousands of cases. All of it is derived from `case_record` and kept
// by SQLite triggers, so every writer (the change writer, sync apply, imports) keeps it right;
// none of it is synced (each PC derives its own, like an index).
//
// - case_tally: how many cases there are per (facet, key, status, done) — per grid, village,
//   category, subcategory, source, handling type, urgency, level, department, day received,
//   village+category, and day closed (all, and on time) — so a queue's count under one of those filters is a sum over a few rows
//   instead of a count over every case (cases/case-counts.ts).
// - case_text_fts, case_number_fts: trigram full-text indexes (contentless, rows keyed by the
//   case's rowid) over the title and address, and over the number. Each value ends in two
//   unit separators (char 31) so that every 1- or 2-character fragment is the start of some
//   trigram: the vocabularies (case_*_vocab) then turn a short fragment into the trigrams that
//   begin with it (cases/case-search.ts). A fragment never holds char 31, so no match spans two
//   fields.
// - Indexes for the filters and orders the queue screens offer.
//
// A later migration that rebuilds `case_record` must create these triggers again (and refill
// the tables if rowids change).

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
  ['day', '(received_at + 28800000) / 86400000'],
  ['village_category', "village_id || '/' || category_id"],
  // Closed cases by day closed (closed_at is set only while a case is closed), and those on time.
  ['closed_day', '(closed_at + 28800000) / 86400000'],
  ['closed_on_time_day', 'CASE WHEN on_time = 1 THEN (closed_at + 28800000) / 86400000 END'],
];

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

const fill = CASE_TALLY_FACETS.map(
  ([facet, key]) => `INSERT INTO case_tally (facet, key, status, done, n)
  SELECT '${facet}', ${key}, status, done, count(*) FROM case_record WHERE ${key} IS NOT NULL GROUP BY 2, 3, 4;`,
).join('\n');

const TEXT = (row: string) => `${row}.title || char(31) || ${row}.address || char(31, 31)`;
const NUMBER = (row: string) => `${row}.number || char(31, 31)`;

export const migration = {
  version: 22,
  name: 'case-search-counts',
  sql: `
CREATE TABLE case_tally (
  facet  TEXT NOT NULL,
  key    NOT NULL,
  status TEXT NOT NULL,
  done   INTEGER NOT NULL,
  n      INTEGER NOT NULL,
  PRIMARY KEY (facet, key, status, done)
) WITHOUT ROWID;
${fill}

CREATE VIRTUAL TABLE case_text_fts USING fts5(body, content = '', contentless_delete = 1, tokenize = 'trigram');
CREATE VIRTUAL TABLE case_number_fts USING fts5(body, content = '', contentless_delete = 1, tokenize = 'trigram');
CREATE VIRTUAL TABLE case_text_vocab USING fts5vocab(case_text_fts, 'row');
CREATE VIRTUAL TABLE case_number_vocab USING fts5vocab(case_number_fts, 'row');
INSERT INTO case_text_fts (rowid, body) SELECT rowid, ${TEXT('case_record')} FROM case_record;
INSERT INTO case_number_fts (rowid, body) SELECT rowid, ${NUMBER('case_record')} FROM case_record;

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
CREATE TRIGGER case_derived_text AFTER UPDATE OF title, address ON case_record
  WHEN OLD.title IS NOT NEW.title OR OLD.address IS NOT NEW.address BEGIN
  DELETE FROM case_text_fts WHERE rowid = OLD.rowid;
  INSERT INTO case_text_fts (rowid, body) VALUES (NEW.rowid, ${TEXT('NEW')});
END;
CREATE TRIGGER case_derived_number AFTER UPDATE OF number ON case_record WHEN OLD.number IS NOT NEW.number BEGIN
  DELETE FROM case_number_fts WHERE rowid = OLD.rowid;
  INSERT INTO case_number_fts (rowid, body) VALUES (NEW.rowid, ${NUMBER('NEW')});
END;
CREATE TRIGGER case_derived_delete AFTER DELETE ON case_record BEGIN
  ${remove('OLD')}
  DELETE FROM case_text_fts WHERE rowid = OLD.rowid;
  DELETE FROM case_number_fts WHERE rowid = OLD.rowid;
END;

CREATE INDEX case_assignee_department ON case_record (assignee_department_id, done);
CREATE INDEX case_category_received ON case_record (category_id, received_at);
CREATE INDEX case_subcategory_received ON case_record (subcategory_id, received_at);
CREATE INDEX case_village_category ON case_record (village_id, category_id, done, received_at);
CREATE INDEX case_deadline ON case_record (deadline_at);
CREATE INDEX case_updated ON case_record (updated_at);
CREATE INDEX case_urgency_order ON case_record ((CASE urgency WHEN 'critical' THEN 3 WHEN 'urgent' THEN 2 ELSE 1 END) DESC, deadline_at);
`,
};
