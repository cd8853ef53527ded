// A search matching many cases (more than WALK_FROM) under a filter that holds few beside them
// is found from the filter and tested against the matches (case-queues.ts filterFirst), under a
// facet through the facet's covering index with its stages listed. Pages, totals and every
// queue's count are exactly those of the plain query — LIKE over number, title and address, the
// filter and the scope — for the facet path, a range of days, everyone's view and a department
// handler's (with a case outside the department it registered).
import { expect, it } from 'vitest';
import type { CaseFilter, CaseQueue, CaseSort } from '../../../../shared/cases/case-inputs';
import { CASE_QUEUES } from '../../../../shared/cases/case-inputs';
import { queueCounts, queuePage, type QueueViewer } from '../../../../electron/core/cases/case-queues';
import { textCondition, WALK_FROM } from '../../../../electron/core/cases/case-search';
import { dueWindow } from '../../../../electron/core/cases/sla-deadline';
import { recordingDb } from '../../../support/query-plans';
import { at, caseIn, caseTown } from './case-fixture';

const DAY = 86_400_000;
const COPIES = 40;

it('finds a common word under a filter from the filter, exactly as the plain query does', () => {
  const t = caseTown(at('2025-11-17', '09:00'), { onDisk: true });
  const statuses = ['closed', 'in_progress', 'registered', 'closed', 'dispatched', 'accepted'] as const;
  const ids = [...Array(42)].map((_, i) => caseIn(t, statuses[i % statuses.length]!));
  const db = t.h.core.services.db;
  const dept = db.prepare('SELECT id FROM department ORDER BY code LIMIT 1').pluck().get() as string;
  const other = t.category('市政设施').id;
  const handlerId = 'U-HANDLER';
  t.h.core.services.writer.transaction(null, (tx) => {
    ids.forEach((id, i) => {
      const received = at('2024-11-03') + i * 11 * DAY + (i % 4) * 3_600_000;
      tx.update('case_record', id, {
        title: i % 5 === 0 ? '井盖缺失' : i % 10 === 1 ? '路灯不亮' : 'LED路灯不亮',
        received_at: received,
        updated_at: received + ((i * 29) % 70) * DAY,
        deadline_at: received + ((i * 13) % 40) * DAY,
        source: i % 3 === 0 ? 'hotline' : 'patrol',
        urgency: i % 7 === 0 ? 'critical' : 'normal',
        level: i % 4 === 0 ? 'county' : 'town',
        ...(i % 3 === 1 ? { assignee_department_id: dept } : {}),
        ...(i % 4 === 1 ? { category_id: other, subcategory_id: null } : {}),
        ...(i === 5 ? { registered_by: handlerId } : {}),
      });
    });
  });
  // Copies of every case (the triggers keep the search indexes and tallies), so the word
  // matches more than WALK_FROM cases.
  const raw = t.h.openRaw();
  const columns = (raw.prepare("SELECT name FROM pragma_table_xinfo('case_record') WHERE hidden = 0").pluck().all() as string[]).filter((c) => c !== 'id' && c !== 'number');
  const copy = raw.prepare(`INSERT INTO case_record (id, number, ${columns.join(', ')}) SELECT id || '-' || @k, number || '-' || @k, ${columns.join(', ')} FROM case_record WHERE id IN (SELECT value FROM json_each(@ids))`);
  raw.transaction(() => {
    for (let k = 1; k < COPIES; k++) copy.run({ k, ids: JSON.stringify(ids) });
  })();
  const matches = textCondition(db, '路灯', {}).matched!;
  expect(matches).toBeGreaterThan(WALK_FROM);

  const window = dueWindow(db, t.clock.now);
  const viewers: [string, QueueViewer, string][] = [
    ['everyone', { userId: null, scope: null }, '1 = 1'],
    ['department', { userId: handlerId, scope: { userId: handlerId, units: null, department: dept, kind: 'department' } }, `(assignee_department_id = '${dept}' OR assignee_user_id = '${handlerId}' OR registered_by = '${handlerId}')`],
  ];
  const QUEUE: Partial<Record<CaseQueue, string>> = { all: '1 = 1', closed: 'done = 1', in_progress: "status IN ('dispatched', 'in_progress')", to_accept: "status = 'registered'" };
  const COLUMN: Record<Exclude<CaseSort['field'], 'urgency'>, string> = { receivedAt: 'received_at', updatedAt: 'updated_at', deadlineAt: 'deadline_at', number: 'number' };
  const plain = (queue: CaseQueue, f: CaseFilter, scope: string, sort: CaseSort): string[] => {
    const dir = sort.dir === 'asc' ? 'ASC' : 'DESC';
    const order = sort.field === 'urgency' ? '' : sort.field === 'number' ? `number ${dir}` : `${COLUMN[sort.field]} ${dir}, rowid ${dir}`;
    const like = `%${f.text ?? ''}%`;
    return (
      raw.prepare(`SELECT id, received_at AS r, category_id AS cat, source, urgency, level FROM case_record
         WHERE ${QUEUE[queue]} AND ${scope} AND (number LIKE ? OR title LIKE ? OR address LIKE ?) ORDER BY ${order}`).all(like, like, like) as { id: string; r: number; cat: string; source: string; urgency: string; level: string }[]
    )
      .filter((c) => (!f.from || c.r >= at(f.from, '00:00')) && (!f.to || c.r < at(f.to, '00:00') + DAY))
      .filter((c) => (!f.categoryId || c.cat === f.categoryId) && (!f.source || c.source === f.source))
      .filter((c) => (!f.urgency || c.urgency === f.urgency) && (!f.level || c.level === f.level))
      .map((c) => c.id);
  };
  const filters: CaseFilter[] = [
    { text: '路灯', source: 'hotline' },
    { text: '路灯', categoryId: other },
    { text: '路灯', level: 'county', from: '2025-01-01' },
    { text: '路灯', urgency: 'critical', source: 'patrol' },
    { text: '路灯', from: '2025-01-01', to: '2025-06-30' },
    { text: '路灯不亮', source: 'hotline', to: '2025-08-31' },
  ];
  // The same words with a letter: the index's candidates are checked against the rows (SQL).
  const withLetters = filters.slice(0, 3).map((f) => ({ ...f, text: f.text!.replace('路灯', 'led路灯') }));
  // No text: several facets, each holding many of the cases, are answered from the keys too
  // (SCAN_MIN 1,000 entries); with one facet of few cases (特急), from SQL.
  const facetsOnly: CaseFilter[] = [{ source: 'patrol', level: 'town' }, { level: 'town', urgency: 'normal', from: '2024-12-01' }, { source: 'hotline', urgency: 'critical' }];
  let fromFacetIndex = 0;
  let fromKeys = 0;
  let scanned = 0;
  for (const filter of [...filters, ...withLetters, ...facetsOnly]) {
    for (const [who, viewer, scope] of viewers) {
      const counts = queueCounts(db, filter, viewer, window);
      for (const queue of ['all', 'closed', 'in_progress', 'to_accept'] as const) {
        for (const sort of [{ field: 'receivedAt', dir: 'desc' }, { field: 'number', dir: 'asc' }, { field: 'updatedAt', dir: 'desc' }] as CaseSort[]) {
          const expected = plain(queue, filter, scope, sort);
          const what = `${who} ${queue} ${JSON.stringify(filter)} ${sort.field}`;
          expect(counts[queue], what).toBe(expected.length);
          for (const [offset, limit] of [[0, 5], [7, 20], [expected.length, 5]] as const) {
            const seen = new Set<string>();
            const page = queuePage(recordingDb(db, seen), { queue, filter, sort, viewer, window }, offset, limit);
            if ([...seen].some((s) => s.includes('MATERIALIZED') && s.includes('INDEXED BY case_facet_'))) fromFacetIndex++;
            if ([...seen].some((s) => s.startsWith('SELECT json_group_array(rowid)'))) fromKeys++;
            if (!filter.text && ![...seen].some((s) => s.includes('FROM case_record c') && !s.includes('json_each'))) scanned++;
            expect(page.rows.map((r) => r.id), `${what} ${offset}`).toEqual(expected.slice(offset, offset + limit));
            expect(page.total, `${what} ${offset}`).toBe(expected.length);
          }
        }
      }
      // The queues not compared above: each count is its own page's total.
      for (const queue of CASE_QUEUES) {
        expect(queuePage(db, { queue, filter, viewer, window }, 0, 1).total, `${who} ${queue} ${JSON.stringify(filter)}`).toBe(counts[queue]);
      }
    }
  }
  // Without a letter every page is read from the kept keys (case-keys.ts). With a letter (the
  // rows' text checked), each of these filters (a facet or two) goes through a facet's covering
  // index (two facets at once bounded by the entries of the one with fewer cases).
  expect(fromKeys).toBe(filters.length * viewers.length * 4 * 3 * 3);
  expect(fromFacetIndex).toBe(withLetters.length * viewers.length * 4 * 3 * 3);
  expect(scanned).toBe(2 * viewers.length * 4 * 3 * 3);
  raw.close();
}, 120_000); // a town's cases copied forty times and some 700 pages compared: a bound on a busy machine, not a speed claim
