// Pages of few cases, gathered (case-gather-page.ts): sorted from a facet's covering index
// (migrations 0035-0036) where the count is small beside the walk, a department handler's with its
// own cases outside the department; or a handler's from the department's index (migration 0034)
// where the department holds few cases of the filter's range and category; a grid worker's from
// its scope's indexes (case-scope.ts scopeRowids); elsewhere a page walks its order's index (or
// merges receipt buckets). Every page is exactly the plain query's — for the handler, the
// department's cases and those it registered or was given by name; for the worker, its grid's and
// its own — under the filter, in the order asked, for several queues, filters, orders and offsets.
import { expect, it } from 'vitest';
import type { CaseFilter, CaseQueue, CaseSort } from '../../../../shared/cases/case-inputs';
import { buildQueueQuery, queuePage, type QueueViewer } from '../../../../electron/core/cases/case-queues';
import { receivedBucketsPage } from '../../../../electron/core/cases/case-received-buckets';
import { dueWindow } from '../../../../electron/core/cases/sla-deadline';
import { recordingDb } from '../../../support/query-plans';
import { at, caseIn, caseTown } from './case-fixture';

const DAY = 86_400_000;

it("pages a department's cases under every kind of filter exactly as the plain query does", () => {
  const t = caseTown(at('2025-11-17', '09:00'), { onDisk: true });
  const statuses = ['closed', 'in_progress', 'registered', 'closed', 'dispatched', 'accepted'] as const;
  const ids = [...Array(48)].map((_, i) => caseIn(t, statuses[i % statuses.length]!));
  const db = t.h.core.services.db;
  const [dept, otherDept] = db.prepare('SELECT id FROM department ORDER BY code LIMIT 2').pluck().all() as string[];
  const handlerId = 'U-HANDLER';
  const usual = t.category('环境卫生').id;
  const rare = t.category('市政设施').id;
  const sub = t.sub('市政设施', '路灯损坏').id;
  t.h.core.services.writer.transaction(null, (tx) => {
    ids.forEach((id, i) => {
      // Two of the department's cases on the edges of a range (its first and last minutes).
      const received = i === 19 ? at('2025-01-01', '00:00') : i === 22 ? at('2025-06-30', '23:30') : at('2024-11-03') + i * 7 * DAY + (i % 4) * 3_600_000;
      // The department's cases are mostly of one category; a few of another (sparse), some
      // with no department, one registered by the handler and one given to it by name elsewhere.
      const department = i % 3 === 0 ? null : i % 3 === 1 ? dept : otherDept;
      tx.update('case_record', id, {
        received_at: received,
        updated_at: received + ((i * 31) % 60) * DAY,
        deadline_at: received + ((i * 11) % 30) * DAY,
        urgency: i % 7 === 0 ? 'critical' : i % 5 === 0 ? 'urgent' : 'normal',
        source: i % 2 === 0 ? 'hotline' : 'patrol',
        level: i % 6 === 1 ? 'county' : i % 2 === 0 ? 'town' : 'village',
        handling_type: i % 9 === 2 ? 'emergency' : 'coordination',
        assignee_department_id: department,
        // Spread over the grids (a grid worker's view below: its grid, and a case given to its grid elsewhere).
        grid_id: t.grids[i % 3]!,
        ...(i === 25 ? { assignee_unit_id: t.grids[0]! } : {}),
        ...(i % 8 === 4 ? { category_id: rare, subcategory_id: i % 16 === 4 ? sub : null } : { category_id: usual }),
        ...(i === 9 ? { registered_by: handlerId } : {}),
        ...(i === 14 ? { assignee_user_id: handlerId } : {}),
      });
    });
  });
  const window = dueWindow(db, t.clock.now);
  const viewer: QueueViewer = { userId: handlerId, scope: { userId: handlerId, units: null, department: dept, kind: 'department' } };
  const raw = t.h.openRaw();
  const COLUMN: Record<Exclude<CaseSort['field'], 'urgency'>, string> = { receivedAt: 'received_at', updatedAt: 'updated_at', deadlineAt: 'deadline_at', number: 'number' };
  const QUEUE: Partial<Record<CaseQueue, string>> = { all: '1 = 1', closed: 'done = 1', in_progress: "status IN ('dispatched', 'in_progress')", to_accept: "status = 'registered'" };
  const orderOf = (sort: CaseSort) => {
    const dir = sort.dir === 'asc' ? 'ASC' : 'DESC';
    return sort.field === 'urgency'
      ? `CASE urgency WHEN 'critical' THEN 3 WHEN 'urgent' THEN 2 ELSE 1 END ${dir}, deadline_at ASC, rowid ASC`
      : sort.field === 'number' ? `number ${dir}` : `${COLUMN[sort.field]} ${dir}, rowid ${dir}`;
  };
  const plain = (queue: CaseQueue, f: CaseFilter, sort: CaseSort, everyone = false, grid: string | null = null): string[] =>
    (
      raw.prepare(`SELECT id, received_at AS r, category_id AS cat, subcategory_id AS sub, source, urgency, level, handling_type AS handling, status FROM case_record
         WHERE ${QUEUE[queue]} AND (? OR ${grid ? 'grid_id = @grid OR assignee_unit_id = @grid' : 'assignee_department_id = @dept'} OR registered_by = @me OR assignee_user_id = @me) ORDER BY ${orderOf(sort)}`).all(everyone ? 1 : 0, { dept, me: handlerId, grid }) as { id: string; r: number; cat: string; sub: string | null; source: string; urgency: string; level: string; handling: string; status: string }[]
    )
      .filter((c) => (!f.from || c.r >= at(f.from, '00:00')) && (!f.to || c.r < at(f.to, '00:00') + DAY))
      .filter((c) => !f.categoryId || c.cat === f.categoryId || c.sub === f.categoryId)
      .filter((c) => (!f.source || c.source === f.source) && (!f.urgency || c.urgency === f.urgency))
      .filter((c) => (!f.level || c.level === f.level) && (!f.handlingType || c.handling === f.handlingType) && (!f.status || c.status === f.status))
      .map((c) => c.id);
  const filters: CaseFilter[] = [
    {},
    { from: '2025-01-01', to: '2025-06-30' },
    { categoryId: rare },
    { categoryId: rare, from: '2025-01-01', to: '2025-12-31' },
    { categoryId: usual, from: '2025-03-01' },
    { categoryId: sub },
    { urgency: 'critical', from: '2025-02-01', to: '2025-05-31' },
    { source: 'hotline', to: '2025-04-30' },
    // A level or handling type (their covering indexes, migration 0036), alone or with another
    // facet; a status with facets (the index entered at that status's stage alone).
    { level: 'county' },
    { handlingType: 'emergency', from: '2025-01-01' },
    { level: 'county', handlingType: 'coordination' },
    { urgency: 'normal', source: 'hotline', status: 'closed' },
    { source: 'patrol', status: 'in_progress', from: '2025-01-01' },
  ];
  const sorts: CaseSort[] = [
    { field: 'receivedAt', dir: 'desc' },
    { field: 'updatedAt', dir: 'desc' },
    { field: 'deadlineAt', dir: 'asc' },
    { field: 'number', dir: 'asc' },
    { field: 'urgency', dir: 'desc' },
  ];
  const workerViewer: QueueViewer = { userId: handlerId, scope: { userId: handlerId, units: [t.grids[0]!], department: null, kind: 'grid' } };
  let fromWorkerScope = 0;
  let fromDepartmentIndex = 0;
  let fromFacetIndex = 0;
  let departmentFromFacetIndex = 0;
  for (const filter of filters) {
    for (const queue of ['all', 'closed', 'in_progress', 'to_accept'] as const) {
      for (const sort of sorts) {
        const expected = plain(queue, filter, sort);
        for (const [offset, limit] of [[0, 4], [3, 5], [0, 100]] as const) {
          const seen = new Set<string>();
          const page = queuePage(recordingDb(db, seen), { queue, filter, sort, viewer, window }, offset, limit);
          if ([...seen].some((s) => s.includes('INDEXED BY case_department_done_received'))) fromDepartmentIndex++;
          if ([...seen].some((s) => s.includes('INDEXED BY case_facet_') && s.includes('ORDER BY'))) departmentFromFacetIndex++;
          const what = `${queue} ${JSON.stringify(filter)} ${sort.field} ${offset}`;
          expect(page.rows.map((r) => r.id), what).toEqual(expected.slice(offset, offset + limit));
          expect(page.total, what).toBe(expected.length);
          // Everyone's view: few cases under a facet are gathered from its covering index.
          const all = plain(queue, filter, sort, true);
          const everyoneSeen = new Set<string>();
          const everyone = queuePage(recordingDb(db, everyoneSeen), { queue, filter, sort, viewer: { userId: null, scope: null }, window }, offset, limit);
          if ([...everyoneSeen].some((s) => s.includes('INDEXED BY case_facet_') && s.includes('ORDER BY'))) fromFacetIndex++;
          expect(everyone.rows.map((r) => r.id), `everyone ${what}`).toEqual(all.slice(offset, offset + limit));
          expect(everyone.total, `everyone ${what}`).toBe(all.length);
          // A grid worker's view: gathered from its scope's indexes (case-scope.ts scopeRowids).
          const mine = plain(queue, filter, sort, false, t.grids[0]!);
          const workerSeen = new Set<string>();
          const worker = queuePage(recordingDb(db, workerSeen), { queue, filter, sort, viewer: workerViewer, window }, offset, limit);
          if ([...workerSeen].some((s) => s.includes('c.rowid IN (SELECT c.rowid FROM case_record c WHERE c.assignee_user_id'))) fromWorkerScope++;
          expect(worker.rows.map((r) => r.id), `worker ${what}`).toEqual(mine.slice(offset, offset + limit));
          expect(worker.total, `worker ${what}`).toBe(mine.length);
        }
      }
    }
  }
  // Each path is taken often (measured: 110, 235 and 415 of the 1,560 pages of each view).
  expect(fromDepartmentIndex).toBeGreaterThan(60);
  expect(departmentFromFacetIndex).toBeGreaterThan(150);
  expect(fromFacetIndex).toBeGreaterThan(300);
  // Every worker's page that reads a page at all (360 of 780: the others' counts are 0).
  expect(fromWorkerScope).toBeGreaterThan(300);
  // The merge of receipt buckets, which a department with many cases in the range uses, gives
  // the same pages for the department's view.
  for (const filter of [filters[1]!, filters[3]!]) {
    for (const queue of ['all', 'closed'] as const) {
      const sort: CaseSort = { field: 'updatedAt', dir: 'desc' };
      const q = { queue, filter, sort, viewer, window };
      const built = buildQueueQuery(db, q);
      const merged = receivedBucketsPage(db, { queue, filter, sort, scope: 'department', where: built.pageWhere, params: built.params })!;
      const rows = db.prepare(merged.sql).all({ ...merged.params, limit: 100, offset: 0 }) as { rid: number }[];
      const idsOf = raw.prepare('SELECT id FROM case_record WHERE rowid = ?').pluck();
      expect(rows.map((r) => idsOf.get(r.rid)), `${queue} ${JSON.stringify(filter)}`).toEqual(plain(queue, filter, sort));
    }
  }
  raw.close();
});
