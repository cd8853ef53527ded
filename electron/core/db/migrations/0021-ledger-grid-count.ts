// Stored per-grid counts of the ledgers (issue 15: the registry overview, the map measures and
// the population figures read a few thousand small rows instead of counting a million people).
// `ledger_grid_count` has one row per grid that ever held a ledger record and one column per
// figure: the live (archived = 0) records of that grid matching the column's condition — the
// same condition, word for word, as the ledger filter it stands for (queries/*-query.ts), so a
// sum over a scope's grids equals the filtered count. Derived and local, like an index: kept by
// the triggers below on every write path (change writer, sync apply, imports, bench inserts),
// never synced, filled here from the rows already there.
//
// Ages depend on today. Each age A in AGES has a cut, the birth date of someone turning A on the
// cut's day (bornBy in person-query.ts); `p_age_A` counts the people born on or before the cut
// stored in `ledger_age_cut`. A reader asks for today's cut and adds (or takes away) the people
// born between the stored cut and today's, read from the person_birth_live index (a few dozen a
// day in a county), in the same statement; the writer moves the stored cuts to today at start-up
// (registry/age-cuts.ts), so that range stays short. The cuts here are those of the day this
// migration runs (China time).
//
// Special-population columns count, as the special ledger does (special_person JOIN person), only
// records whose person exists; `s_map_active` counts active records without that join, as the
// map's measure does. Person inserts and deletes adjust the joined columns of their records.
//
// A later migration that rebuilds one of these tables must create its triggers again.

const q = (s: string) => `'${s}'`;
const AGES = [6, 15, 16, 18, 50, 60];
const RESIDENCE = ['registered', 'floating', 'separated', 'foreign'];
const CARE_TAGS = [
  'elderly', 'empty_nest', 'living_alone', 'disabled', 'low_income', 'extreme_poverty', 'entitled', 'left_behind_child', 'hard_to_employ',
  'unemployed', 'seriously_ill',
];
const POLITICAL = ['party_member', 'probationary', 'league', 'democratic', 'masses'];
const USAGES = ['residential', 'shop', 'mixed', 'factory', 'warehouse', 'other'];
const ORG_KINDS = [
  'enterprise', 'individual', 'small_school', 'small_clinic', 'small_shop', 'small_restaurant', 'small_hotel', 'small_entertainment',
  'small_internet', 'small_beauty', 'small_workshop', 'live_work', 'social', 'party', 'public_institution', 'culture_sport',
];
const GRADES = ['A', 'B', 'C', 'D'];
const FACILITY_KINDS = ['road', 'street_light', 'drain', 'manhole', 'hydrant', 'camera', 'bridge', 'trash', 'sign', 'fitness', 'other'];
const CONDITIONS = ['good', 'damaged', 'missing', 'repairing'];
const SPECIAL_KINDS = ['released', 'correction', 'drug', 'mental', 'youth', 'petition'];
const SPECIAL_STATUSES = ['active', 'ended'];
const DISPUTE_STATUSES = ['open', 'resolved', 'referred'];

/** A figure: its column and its condition on a row written `$` (NEW, OLD or a table alias). */
type Figure = readonly [column: string, condition: string];

const cut = (age: number) => `(SELECT cut FROM ledger_age_cut WHERE age = ${age})`;
const tagLike = (tag: string) => `$.care_tags LIKE '%"${tag.replace(/_/g, '\\_')}"%' ESCAPE '\\'`;

const PERSON: Figure[] = [
  ['p_all', '1'],
  ...RESIDENCE.map((t): Figure => [`p_res_${t}`, `$.residence_type = ${q(t)}`]),
  ...CARE_TAGS.map((t): Figure => [`p_tag_${t}`, tagLike(t)]),
  ...POLITICAL.map((s): Figure => [`p_pol_${s}`, `$.political_status = ${q(s)}`]),
  ['p_born', '$.birth_date IS NOT NULL'],
  ...AGES.map((a): Figure => [`p_age_${a}`, `$.birth_date <= ${cut(a)}`]),
  ['p_f_all', "$.gender = 'F'"],
  ['p_f_born', "$.gender = 'F' AND $.birth_date IS NOT NULL"],
  ...AGES.map((a): Figure => [`p_f_age_${a}`, `$.gender = 'F' AND $.birth_date <= ${cut(a)}`]),
];
const HOUSEHOLD: Figure[] = [['hh_all', '1']];
const HOUSE: Figure[] = [['ho_all', '1'], ['ho_rental', '$.is_rental = 1'], ...USAGES.map((u): Figure => [`ho_use_${u}`, `$.usage = ${q(u)}`])];
const BUILDING: Figure[] = [['b_all', '1']];
const ORGANISATION: Figure[] = [
  ['o_all', '1'],
  ...ORG_KINDS.map((k): Figure => [`o_kind_${k}`, `$.kind = ${q(k)}`]),
  ...GRADES.map((g): Figure => [`o_grade_${g}`, `$.safety_grade = ${q(g)}`]),
  ['o_key', '$.key_supervision = 1'],
];
const FACILITY: Figure[] = [
  ['f_all', '1'],
  ...FACILITY_KINDS.map((k): Figure => [`f_kind_${k}`, `$.kind = ${q(k)}`]),
  ...CONDITIONS.map((c): Figure => [`f_cond_${c}`, `$.condition = ${q(c)}`]),
];
/** Counted only when the record's person exists (the special ledger joins person). */
const SPECIAL: Figure[] = [
  ['s_all', '1'],
  ...SPECIAL_STATUSES.map((s): Figure => [`s_st_${s}`, `$.status = ${q(s)}`]),
  ...SPECIAL_KINDS.map((k): Figure => [`s_kind_${k}`, `$.kind = ${q(k)}`]),
  ...SPECIAL_KINDS.map((k): Figure => [`s_active_kind_${k}`, `$.kind = ${q(k)} AND $.status = 'active'`]),
];
/** The map's measure: active records, person or not. */
const SPECIAL_MAP: Figure[] = [['s_map_active', "$.status = 'active'"]];
const DISPUTE: Figure[] = [['d_all', '1'], ...DISPUTE_STATUSES.map((s): Figure => [`d_st_${s}`, `$.status = ${q(s)}`])];

const ALL = [...PERSON, ...HOUSEHOLD, ...HOUSE, ...BUILDING, ...ORGANISATION, ...FACILITY, ...SPECIAL, ...SPECIAL_MAP, ...DISPUTE];

const on = (cond: string, row: string) => cond.replace(/\$\./g, `${row}.`);
const flag = (cond: string, row: string) => `CASE WHEN ${on(cond, row)} THEN 1 ELSE 0 END`;
const upsert = (figs: readonly Figure[]) => `ON CONFLICT (grid_id) DO UPDATE SET ${figs.map(([c]) => `${c} = ${c} + excluded.${c}`).join(', ')}`;

/** Adds (sign 1) or takes away (-1) one row's figures in its grid. */
function apply(figs: readonly Figure[], row: string, sign: 1 | -1, where: string): string {
  const values = figs.map(([, cond]) => (sign === 1 ? flag(cond, row) : `-(${flag(cond, row)})`));
  return `INSERT INTO ledger_grid_count (grid_id, ${figs.map(([c]) => c).join(', ')})
    SELECT ${row}.grid_id, ${values.join(', ')} WHERE ${on(where, row)} ${upsert(figs)};`;
}

/** Adds or takes away the figures of the rows of `from` (alias t) matching `where`, per grid. */
function applyGrouped(figs: readonly Figure[], from: string, sign: 1 | -1, where: string): string {
  const sums = figs.map(([, cond]) => `${sign === 1 ? '' : '-'}sum(${flag(cond, 't')})`);
  return `INSERT INTO ledger_grid_count (grid_id, ${figs.map(([c]) => c).join(', ')})
    SELECT t.grid_id, ${sums.join(', ')} FROM ${from} WHERE ${where} GROUP BY t.grid_id ${upsert(figs)};`;
}

const changed = (cols: readonly string[]) => cols.map((c) => `OLD.${c} IS NOT NEW.${c}`).join(' OR ');

function triggers(table: string, figs: readonly Figure[], watched: readonly string[], where = '$.archived = 0'): string {
  return `
CREATE TRIGGER ${table}_count_insert AFTER INSERT ON ${table} BEGIN
  ${apply(figs, 'NEW', 1, where)}
END;
CREATE TRIGGER ${table}_count_update AFTER UPDATE ON ${table} WHEN ${changed(['grid_id', 'archived', ...watched])} BEGIN
  ${apply(figs, 'OLD', -1, where)}
  ${apply(figs, 'NEW', 1, where)}
END;
CREATE TRIGGER ${table}_count_delete AFTER DELETE ON ${table} BEGIN
  ${apply(figs, 'OLD', -1, where)}
END;`;
}

const PERSON_EXISTS = 'EXISTS (SELECT 1 FROM person WHERE id = $.person_id)';
const specialLive = `$.archived = 0 AND ${PERSON_EXISTS}`;

/** A person appearing or going changes whether its special-population records are counted. */
const specialOfPerson = (row: 'NEW' | 'OLD', sign: 1 | -1) =>
  applyGrouped(SPECIAL, 'special_person t', sign, `t.person_id = ${row}.id AND t.archived = 0`);

function fill(table: string, figs: readonly Figure[], where = 't.archived = 0'): string {
  return applyGrouped(figs, `${table} t`, 1, where);
}

export const migration = {
  version: 21,
  name: 'ledger-grid-count',
  sql: `
CREATE TABLE ledger_age_cut (
  age INTEGER PRIMARY KEY,
  cut TEXT NOT NULL
);
INSERT INTO ledger_age_cut (age, cut)
  SELECT a.value, printf('%04d', CAST(substr(d.today, 1, 4) AS INTEGER) - a.value) || substr(d.today, 5)
  FROM json_each('${JSON.stringify(AGES)}') a, (SELECT date('now', '+8 hours') AS today) d;

CREATE TABLE ledger_grid_count (
  grid_id TEXT PRIMARY KEY,
  ${ALL.map(([c]) => `${c} INTEGER NOT NULL DEFAULT 0`).join(',\n  ')}
) WITHOUT ROWID;

CREATE INDEX person_birth_live ON person (birth_date, gender, grid_id) WHERE archived = 0;

${fill('person', PERSON)}
${fill('household', HOUSEHOLD)}
${fill('house', HOUSE)}
${fill('building', BUILDING)}
${fill('organisation', ORGANISATION)}
${fill('facility', FACILITY)}
${fill('special_person', SPECIAL, `t.archived = 0 AND ${on(PERSON_EXISTS, 't')}`)}
${fill('special_person', SPECIAL_MAP)}
${fill('dispute', DISPUTE)}

${triggers('person', PERSON, ['residence_type', 'care_tags', 'political_status', 'birth_date', 'gender'])}
CREATE TRIGGER person_count_special_insert AFTER INSERT ON person BEGIN
  ${specialOfPerson('NEW', 1)}
END;
CREATE TRIGGER person_count_special_update AFTER UPDATE OF id ON person WHEN OLD.id IS NOT NEW.id BEGIN
  ${specialOfPerson('OLD', -1)}
  ${specialOfPerson('NEW', 1)}
END;
CREATE TRIGGER person_count_special_delete AFTER DELETE ON person BEGIN
  ${specialOfPerson('OLD', -1)}
END;
${triggers('household', HOUSEHOLD, [])}
${triggers('house', HOUSE, ['is_rental', 'usage'])}
${triggers('building', BUILDING, [])}
${triggers('organisation', ORGANISATION, ['kind', 'safety_grade', 'key_supervision'])}
${triggers('facility', FACILITY, ['kind', 'condition'])}
${triggers('dispute', DISPUTE, ['status'])}
CREATE TRIGGER special_person_count_insert AFTER INSERT ON special_person BEGIN
  ${apply(SPECIAL, 'NEW', 1, specialLive)}
  ${apply(SPECIAL_MAP, 'NEW', 1, '$.archived = 0')}
END;
CREATE TRIGGER special_person_count_update AFTER UPDATE ON special_person WHEN ${changed(['grid_id', 'archived', 'person_id', 'kind', 'status'])} BEGIN
  ${apply(SPECIAL, 'OLD', -1, specialLive)}
  ${apply(SPECIAL, 'NEW', 1, specialLive)}
  ${apply(SPECIAL_MAP, 'OLD', -1, '$.archived = 0')}
  ${apply(SPECIAL_MAP, 'NEW', 1, '$.archived = 0')}
END;
CREATE TRIGGER special_person_count_delete AFTER DELETE ON special_person BEGIN
  ${apply(SPECIAL, 'OLD', -1, specialLive)}
  ${apply(SPECIAL_MAP, 'OLD', -1, '$.archived = 0')}
END;
`,
};
