// People, houses and households at county scale (issue 15): indexes the ledger pages walk in
// their order, and a full-text index of the text people are searched by.
//
// - person_fts: an FTS5 index with the trigram tokenizer over the searchable text of `person`
//   (name, addresses, employer, and the citizen ID and phone that roles allowed to may search by
//   fragment). External content: it stores no copy of the text, only the trigrams, keyed by the
//   person's rowid, and is kept by the triggers below on every write path (change writer, sync
//   apply, imports). Searches use it to find candidates and still check them with LIKE, so its
//   answers are exactly the LIKE answers. Derived and local, like an index (not synced).
//   A later migration that rebuilds `person` must create the table's triggers again and
//   `INSERT INTO person_fts (person_fts) VALUES ('rebuild')`.
// - person_latin_name: names holding Latin letters (foreign residents), which a pinyin search
//   also looks in, so that search needs no scan of the other names.
// - house_grid_live / household_grid_no_live: live houses and households of a grid in their
//   ledger order (address, household number), read from the index alone for counts and pages.
// - case_reporter_phone / case_grid_reporter: the record page's related cases (by the person's
//   phone, or name within the grid) without reading every case.
const FTS_COLUMNS = ['name', 'address', 'household_address', 'employer', 'citizen_id', 'phone'] as const;

const cols = FTS_COLUMNS.join(', ');
const values = (row: 'NEW' | 'OLD') => FTS_COLUMNS.map((c) => `${row}.${c}`).join(', ');
const insertNew = `INSERT INTO person_fts (rowid, ${cols}) VALUES (NEW.rowid, ${values('NEW')});`;
const deleteOld = `INSERT INTO person_fts (person_fts, rowid, ${cols}) VALUES ('delete', OLD.rowid, ${values('OLD')});`;

export const migration = {
  version: 24,
  name: 'people-search',
  sql: `
CREATE VIRTUAL TABLE person_fts USING fts5(${cols}, content = 'person', tokenize = 'trigram', columnsize = 0);
INSERT INTO person_fts (person_fts) VALUES ('rebuild');
CREATE TRIGGER person_fts_insert AFTER INSERT ON person BEGIN ${insertNew} END;
CREATE TRIGGER person_fts_delete AFTER DELETE ON person BEGIN ${deleteOld} END;
CREATE TRIGGER person_fts_update AFTER UPDATE OF ${cols} ON person BEGIN ${deleteOld} ${insertNew} END;
CREATE INDEX person_latin_name ON person (name) WHERE name GLOB '*[A-Za-z]*';
CREATE INDEX house_grid_live ON house (grid_id, address_key) WHERE archived = 0;
CREATE INDEX household_grid_no_live ON household (grid_id, household_no) WHERE archived = 0;
CREATE INDEX case_reporter_phone ON case_record (reporter_phone) WHERE reporter_phone IS NOT NULL;
CREATE INDEX case_grid_reporter ON case_record (grid_id, reporter_name);
`,
};
