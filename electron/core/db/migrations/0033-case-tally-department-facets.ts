// A department handler's queues under a facet, with or without a date range (issue 15): the
// department's tallies held its cases in all and by day, not by facet, so 热线 cases of 2025 in
// 城管's queues were counted through the indexes (county: 400–900 ms for the counts). These
// facets key the department, a facet's value and the day received ('D-CG/hotline/20454'), only
// for cases assigned to a department (the key is null otherwise and nothing is tallied), so a
// department's count under one facet and a range of days is a sum over a range of keys
// (cases/case-counts.ts departmentFacet).
//
// The tally triggers are made again with the longer list (their text-index statements as 0023
// made them). A later migration that rebuilds `case_record` must create these triggers again.
import { CASE_TALLY_FACETS } from './0023-case-tally-days';
import { CASE_TALLY_DAY_FACETS } from './0031-case-tally-facet-days';

const DAY = 'CAST((received_at + 28800000) / 86400000 AS INTEGER)';
/** The facets added here: the department, a column's value and the day received. */
export const CASE_TALLY_DEPARTMENT_FACETS: readonly (readonly [facet: string, key: string])[] = [
  ['department_category_day', 'category_id'],
  ['department_subcategory_day', 'subcategory_id'],
  ['department_source_day', 'source'],
  ['department_handling_day', 'handling_type'],
  ['department_urgency_day', 'urgency'],
  ['department_level_day', 'level'],
].map(([facet, column]) => [facet!, `assignee_department_id || '/' || ${column} || '/' || ${DAY}`] as const);

const FACETS = [...CASE_TALLY_FACETS, ...CASE_TALLY_DAY_FACETS, ...CASE_TALLY_DEPARTMENT_FACETS];

/** The columns a tally key reads (an update of any of them moves the case between tallies): as 0023. */
const TALLY_COLUMNS = [
  'status', 'stage', 'grid_id', 'village_id', 'category_id', 'subcategory_id', 'source', 'handling_type', 'urgency', 'level', 'assignee_department_id',
  'received_at', 'closed_at', 'on_time',
];
const KEY_COLUMN = new RegExp(`\\b(${TALLY_COLUMNS.join('|')})\\b`, 'g');
const of = (row: 'NEW' | 'OLD', expr: string) => expr.replace(KEY_COLUMN, `${row}.$1`);
const keys = (row: 'NEW' | 'OLD') => FACETS.map(([facet, key]) => `('${facet}', ${of(row, key)})`).join(', ');
const add = (row: 'NEW' | 'OLD') => `INSERT INTO case_tally (facet, key, status, done, n)
    SELECT f.column1, f.column2, ${row}.status, ${row}.done, 1 FROM (VALUES ${keys(row)}) f WHERE f.column2 IS NOT NULL
    ON CONFLICT (facet, key, status, done) DO UPDATE SET n = n + 1;`;
const remove = (row: 'NEW' | 'OLD') => `UPDATE case_tally SET n = n - 1 WHERE status = ${row}.status AND done = ${row}.done AND (facet, key) IN (VALUES ${keys(row)});`;
const fill = CASE_TALLY_DEPARTMENT_FACETS.map(
  ([facet, key]) => `INSERT INTO case_tally (facet, key, status, done, n)
  SELECT '${facet}', ${key}, status, done, count(*) FROM case_record WHERE ${key} IS NOT NULL GROUP BY 2, 3, 4;`,
).join('\n');
const TEXT = (row: string) => `${row}.title || char(31) || ${row}.address || char(31, 31)`;
const NUMBER = (row: string) => `${row}.number || char(31, 31)`;

export const migration = {
  version: 33,
  name: 'case-tally-department-facets',
  sql: `
DROP TRIGGER case_derived_insert;
DROP TRIGGER case_derived_tally;
DROP TRIGGER case_derived_delete;
${fill}
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
`,
};
