// Searching the houses and households ledgers over a whole town (issue 15): their search boxes
// read every house or household of the scope with LIKE (county: 300,000 houses 130–170 ms,
// 360,000 households 450–560 ms). Like the cases' search (migration 0022), each gets a trigram
// full-text index, contentless and keyed by the row's rowid, of the text its search box looks
// in, each value ending in two unit separators (char 31) so that a 1- or 2-character fragment is
// found through the vocabulary (db/trigram-terms.ts). The searches keep their LIKE as the check
// on the index's candidates, so they answer exactly as before. Derived and local (not synced),
// kept by triggers on every write path.
// - house_fts: address, landlord's name, room, landlord's phone and citizen ID;
// - household_fts: household number and address (the head's name is found through person_fts);
// - household_head: the households a person heads (a search by the head's name);
// - person_digit_name: the few names holding a digit, so a household search by number need not
//   look for the number among every person's trigrams (citizen IDs share most of them).
// A later migration that rebuilds `house` or `household` must create these triggers again and
// refill the index.
const HOUSE = ['address', 'landlord_name', 'room', 'landlord_phone', 'landlord_citizen_id'] as const;
const HOUSEHOLD = ['household_no', 'address'] as const;

const body = (row: string, cols: readonly string[]) => `${cols.map((c) => `coalesce(${row}.${c}, '')`).join(' || char(31) || ')} || char(31, 31)`;

const index = (table: string, cols: readonly string[]) => `
CREATE VIRTUAL TABLE ${table}_fts USING fts5(body, content = '', contentless_delete = 1, tokenize = 'trigram');
CREATE VIRTUAL TABLE ${table}_vocab USING fts5vocab(${table}_fts, 'row');
INSERT INTO ${table}_fts (rowid, body) SELECT rowid, ${body(table, cols)} FROM ${table};
CREATE TRIGGER ${table}_fts_insert AFTER INSERT ON ${table} BEGIN
  INSERT INTO ${table}_fts (rowid, body) VALUES (NEW.rowid, ${body('NEW', cols)});
END;
CREATE TRIGGER ${table}_fts_update AFTER UPDATE OF ${cols.join(', ')} ON ${table}
  WHEN ${cols.map((c) => `OLD.${c} IS NOT NEW.${c}`).join(' OR ')} BEGIN
  DELETE FROM ${table}_fts WHERE rowid = OLD.rowid;
  INSERT INTO ${table}_fts (rowid, body) VALUES (NEW.rowid, ${body('NEW', cols)});
END;
CREATE TRIGGER ${table}_fts_delete AFTER DELETE ON ${table} BEGIN
  DELETE FROM ${table}_fts WHERE rowid = OLD.rowid;
END;`;

export const migration = {
  version: 30,
  name: 'place-search',
  sql: `${index('house', HOUSE)}
${index('household', HOUSEHOLD)}
CREATE INDEX household_head ON household (head_person_id);
CREATE INDEX person_digit_name ON person (name) WHERE name GLOB '*[0-9]*';
`,
};
