// The plans the queues rely on at county scale (issue 15), pinned on the small test town: the
// statements the queues, their counts, their search and the board's case figures make, explained
// on a second connection. No statement scans case_record whole; counts by status come from the
// tallies; the search goes through its index; the big queues walk their order's index.
import { expect, it } from 'vitest';
import { CASE_QUEUES, CASE_SORT_FIELDS, type CaseFilter, type CaseQueue, type CaseSort } from '../../../../shared/cases/case-inputs';
import { pageStatement, queueCounts, queuePage } from '../../../../electron/core/cases/case-queues';
import { dueWindow } from '../../../../electron/core/cases/sla-deadline';
import { boardCases } from '../../../../electron/core/board/board-cases';
import { mapState } from '../../../../electron/core/board/board-map';
import { boardFeed } from '../../../../electron/core/board/board-feed';
import type { Db } from '../../../../electron/core/db/connection';
import { recordingDb, readingAny } from '../../../support/query-plans';
import { at, caseIn, caseTown } from './case-fixture';

/** The plan's lines of a statement (named parameters bound to 1). */
function plan(raw: Db, sql: string): string[] {
  const named = [...new Set([...sql.matchAll(/@(\w+)/g)].map((m) => m[1]!))];
  const stmt = raw.prepare(`EXPLAIN QUERY PLAN ${sql}`);
  const rows = (named.length ? stmt.all(Object.fromEntries(named.map((n) => [n, 1]))) : stmt.all(...Array((sql.match(/\?/g) ?? []).length).fill(1))) as { detail: string }[];
  return rows.map((r) => r.detail);
}

/** A scan of the whole case table (an index walked in order is not one). */
const tableScan = (line: string) => /^SCAN (c|case_record)$/.test(line) || /^SCAN (c|case_record) USING ROWID/.test(line);

function town() {
  const t = caseTown(at('2025-11-17', '09:00'), { onDisk: true });
  for (const s of ['accepted', 'in_progress', 'handled', 'closed', 'rejected'] as const) caseIn(t, s);
  caseIn(t, 'dispatched', { toDepartment: true, supervised: true });
  return t;
}

it('the queues, counts, search and board read cases through indexes and tallies', () => {
  const t = town();
  const db = t.h.core.services.db;
  const now = t.clock.now;
  const window = dueWindow(db, now);
  const seen = new Set<string>();
  const viewed = recordingDb(db, seen);
  const filters: CaseFilter[] = [
    {}, { gridId: t.grids[0]! }, { villageId: t.villageId }, { categoryId: t.category('环境卫生').id }, { villageId: t.villageId, categoryId: t.category('环境卫生').id },
    { source: 'hotline' }, { urgency: 'critical' }, { from: '2025-11-01', to: '2025-11-30' }, { text: '垃圾堆放' }, { text: '垃圾' }, { text: '2025-1117-AB-0001' },
  ];
  const dispatcher = t.h.core.services.sessions.resolve(t.token('dispatcher'))!.userId;
  for (const userId of [null, dispatcher]) {
    for (const filter of filters) {
      const viewer = { userId, scope: null };
      for (const queue of CASE_QUEUES) queuePage(viewed, { queue, filter, viewer, window }, 0, 50);
      queueCounts(viewed, filter, viewer, window);
    }
  }
  boardCases(viewed, now);
  mapState(viewed, now);
  boardFeed(viewed, now);
  const raw = t.h.openRaw();
  const statements = readingAny(seen, ['case_record', 'case_tally']);
  expect(statements.length).toBeGreaterThan(30);
  for (const sql of statements) expect(plan(raw, sql).filter(tableScan), sql).toEqual([]);

  // The board's open-case figures read the covering index of the open cases, no case row: per
  // grid (the map), and per category and village in one walk in the index's order (no sorting).
  const figures = statements.filter((sql) => /INDEXED BY case_open_figures/.test(sql));
  expect(figures.length).toBe(2);
  for (const sql of figures) expect(plan(raw, sql).join('\n'), sql).toMatch(/USING COVERING INDEX case_open_figures/);
  const byCategoryVillage = figures.find((sql) => /GROUP BY c\.category_id, c\.village_id/.test(sql))!;
  expect(plan(raw, byCategoryVillage).join('\n')).not.toMatch(/TEMP B-TREE/);

  // Counts by status alone come from the tallies, never from the cases.
  const counts = new Set<string>();
  queueCounts(recordingDb(db, counts), {}, { userId: null, scope: null }, window);
  const closedAndAll = [...counts].filter((s) => /count\(\*\)/.test(s) && /case_record/.test(s) && !/deadline_at|supervised|assignee_user_id/.test(s));
  expect(closedAndAll).toEqual([]);
  expect([...counts].some((s) => /FROM case_tally t/.test(s))).toBe(true);

  // Several facets at once are counted from the covering index of the facet with the fewest
  // cases (migrations 0035-0036), its entries alone: the open queues in one pass, 已办结 in another.
  for (const filter of [{ categoryId: t.category('环境卫生').id, source: 'hotline' }, { source: 'hotline', urgency: 'critical', from: '2025-11-01' }] as CaseFilter[]) {
    const s = new Set<string>();
    queueCounts(recordingDb(db, s), filter, { userId: null, scope: null }, window);
    const pinned = [...s].filter((x) => /INDEXED BY case_facet_/.test(x));
    expect(pinned.length, JSON.stringify(filter)).toBe(2);
    for (const queue of CASE_QUEUES.filter((q) => q !== 'mine' && q !== 'closed' && q !== 'all')) expect(pinned.join()).toContain(`AS "${queue}"`);
    for (const sql of pinned) expect(plan(raw, sql).join('\n'), sql).toMatch(/USING COVERING INDEX case_facet_/);
  }

  // The search goes through its trigram index, a whole number through the number index.
  const pageSql = (queue: CaseQueue, filter: CaseFilter, sort?: CaseSort) => pageStatement(db, { queue, filter, sort, viewer: { userId: null, scope: null }, window }).sql;
  expect(plan(raw, pageSql('all', { text: '垃圾堆放' })).join('\n')).toMatch(/case_text_fts VIRTUAL TABLE/);
  expect(plan(raw, pageSql('all', { text: '垃圾' })).join('\n')).toMatch(/case_text_fts VIRTUAL TABLE/);
  expect(plan(raw, pageSql('all', { text: '2025-1117-AB-0001' })).join('\n')).toMatch(/USING (COVERING )?INDEX case_record_number/);
  // A search with another filter reads its page and count in one statement, from the matches.
  const withFilter = new Set<string>();
  for (const text of ['垃圾堆放', '垃圾', '2025-1117-AB-0001']) {
    queuePage(recordingDb(db, withFilter), { queue: 'closed', filter: { text, from: '2025-01-01', to: '2025-12-31' }, viewer: { userId: null, scope: null }, window }, 0, 50);
  }
  const windowed = [...withFilter].filter((x) => x.startsWith('WITH m AS MATERIALIZED'));
  expect(windowed.length).toBe(3);
  for (const sql of windowed) expect(plan(raw, sql).join('\n'), sql).toMatch(/case_text_fts VIRTUAL TABLE|INDEX case_record_number/);
  // The big queues' first pages walk the index of their order, no sort of every case.
  for (const [queue, filter] of [['all', {}], ['closed', {}], ['all', { villageId: t.villageId, categoryId: t.category('环境卫生').id }], ['all', { categoryId: t.category('环境卫生').id }]] as const) {
    expect(plan(raw, pageSql(queue, filter)).join('\n'), `${queue} ${JSON.stringify(filter)}`).not.toMatch(/TEMP B-TREE FOR ORDER BY/);
  }
  // Every order the grid offers on the whole list, most urgent first included.
  for (const field of CASE_SORT_FIELDS) {
    for (const dir of ['asc', 'desc'] as const) {
      if (field === 'urgency' && dir === 'asc') continue;
      expect(plan(raw, pageSql('all', {}, { field, dir })).join('\n'), `${field} ${dir}`).not.toMatch(/TEMP B-TREE FOR ORDER BY/);
    }
  }
  // 全部 and 已办结 under a broad facet walk their order's index (SQLite took the facet's covering
  // index and sorted all its cases).
  for (const filter of [{ source: 'hotline' }, { urgency: 'critical' }, { categoryId: t.category('环境卫生').id }, { level: 'village', handlingType: 'coordination' }] as CaseFilter[]) {
    for (const queue of ['all', 'closed'] as const) {
      for (const field of CASE_SORT_FIELDS) {
        if (field === 'urgency') continue;
        const lines = plan(raw, pageSql(queue, filter, { field, dir: 'desc' })).join('\n');
        expect(lines, `${queue} ${JSON.stringify(filter)} ${field}`).not.toMatch(/TEMP B-TREE FOR ORDER BY/);
      }
    }
  }
  // Most urgent first over 已办结 walks the urgency index (SQLite chose an index on done and sorted every finished case).
  for (const filter of [{}, { from: '2025-01-01', to: '2025-12-31' }, { source: 'hotline' }] as CaseFilter[]) {
    expect(plan(raw, pageSql('closed', filter, { field: 'urgency', dir: 'desc' })).join('\n'), JSON.stringify(filter)).toMatch(/INDEX case_urgency_order/);
  }
  // A range of receipt dates in update order (the closed queue over a year): one walk of the
  // bucket index per receipt bucket, merged in order, no sort of the range.
  for (const queue of ['closed', 'all'] as const) {
    for (const [field, index] of [['updatedAt', 'updated'], ['deadlineAt', 'deadline'], ['number', 'number']] as const) {
      const lines = plan(raw, pageSql(queue, { from: '2025-01-01', to: '2025-12-31' }, { field, dir: 'desc' })).join('\n');
      expect(lines, `${queue} ${field}`).toMatch(/MERGE \(UNION ALL\)/);
      expect(lines, `${queue} ${field}`).toMatch(new RegExp(`USING INDEX case_done_received_bucket_${index}`));
      expect(lines, `${queue} ${field}`).not.toMatch(/TEMP B-TREE FOR ORDER BY/);
    }
  }
  raw.close();
});
