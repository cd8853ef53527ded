// The houses' search index of migration 0030 again, one column per field (issue 15). With every
// field in one body, a match could come from a field the caller's rule does not search (a
// landlord's phone or ID for an account without sensitive.read, the room), so each candidate's
// row was read to check it: a two-character fragment common across a county (1号: 15,435 houses)
// took 34 ms. With the fields apart, a column filter asks exactly the rule's fields, and the
// houses' search over a wide scope is counted from the index alone (registry/queries/house-search.ts).
// Each value still ends in two unit separators (char 31), so a 1- or 2-character fragment is
// found through the vocabulary (db/trigram-terms.ts). Derived and local, kept by triggers.
const COLS = ['address', 'landlord_name', 'room', 'landlord_phone', 'landlord_citizen_id'] as const;

const values = (row: string) => COLS.map((c) => `coalesce(${row}.${c}, '') || char(31, 31)`).join(', ');

export const migration = {
  version: 37,
  name: 'house-search-columns',
  sql: `
DROP TRIGGER house_fts_insert;
DROP TRIGGER house_fts_update;
DROP TRIGGER house_fts_delete;
DROP TABLE house_vocab;
DROP TABLE house_fts;
CREATE VIRTUAL TABLE house_fts USING fts5(${COLS.join(', ')}, content = '', contentless_delete = 1, tokenize = 'trigram');
CREATE VIRTUAL TABLE house_vocab USING fts5vocab(house_fts, 'row');
INSERT INTO house_fts (rowid, ${COLS.join(', ')}) SELECT rowid, ${values('house')} FROM house;
CREATE TRIGGER house_fts_insert AFTER INSERT ON house BEGIN
  INSERT INTO house_fts (rowid, ${COLS.join(', ')}) VALUES (NEW.rowid, ${values('NEW')});
END;
CREATE TRIGGER house_fts_update AFTER UPDATE OF ${COLS.join(', ')} ON house
  WHEN ${COLS.map((c) => `OLD.${c} IS NOT NEW.${c}`).join(' OR ')} BEGIN
  DELETE FROM house_fts WHERE rowid = OLD.rowid;
  INSERT INTO house_fts (rowid, ${COLS.join(', ')}) VALUES (NEW.rowid, ${values('NEW')});
END;
CREATE TRIGGER house_fts_delete AFTER DELETE ON house BEGIN
  DELETE FROM house_fts WHERE rowid = OLD.rowid;
END;
`,
};
