// A queue in update, deadline or number order filtered to receipt dates is read as a merge of one
// ordered walk per receipt bucket (case-received-buckets.ts, migrations 0029 and 0032). Its pages are exactly the plain
// query's, for cases spread over many buckets and updated long after the range.
import { expect, it } from 'vitest';
import type { CaseFilter, CaseQueue, CaseSort } from '../../../../shared/cases/case-inputs';
import { queuePage } from '../../../../electron/core/cases/case-queues';
import { bucketOf, receivedBucketsPage } from '../../../../electron/core/cases/case-received-buckets';
import { dueWindow } from '../../../../electron/core/cases/sla-deadline';
import { recordingDb } from '../../../support/query-plans';
import { at, caseIn, caseTown } from './case-fixture';

const DAY = 86_400_000;

it('pages a receipt range in update order exactly as the plain query does', () => {
  const t = caseTown(at('2025-11-17', '09:00'), { onDisk: true });
  const ids = [...Array(12)].flatMap(() => [caseIn(t, 'closed'), caseIn(t, 'in_progress'), caseIn(t, 'closed')]);
  // Receipt times spread over ~300 days (12 buckets), updates from the same hour to 90 days later,
  // several cases sharing an update time (the order's tie goes by rowid).
  const dept = t.h.core.services.db.prepare('SELECT id FROM department ORDER BY code LIMIT 1').pluck().get() as string;
  const other = t.category('市政设施').id;
  t.h.core.services.writer.transaction(null, (tx) => {
    ids.forEach((id, i) => {
      const received = at('2025-01-03') + i * 8 * DAY + (i % 5) * 3_600_000;
      const updated = i % 6 === 0 ? at('2025-12-01') : received + ((i * 37) % 90) * DAY;
      tx.update('case_record', id, {
        received_at: received,
        updated_at: updated,
        ...(i % 3 === 0 ? { assignee_department_id: dept } : {}),
        ...(i % 4 === 1 ? { category_id: other, subcategory_id: null } : {}),
      });
    });
  });
  const db = t.h.core.services.db;
  const window = dueWindow(db, t.clock.now);
  const viewer = { userId: null, scope: null };
  const raw = t.h.openRaw();
  // A department handler's view: its department's cases (and those it registered or was given).
  const handlerId = 'U-HANDLER';
  const departmentViewer = { userId: handlerId, scope: { userId: handlerId, units: null, department: dept, kind: 'department' as const } };
  const COLUMN = { updatedAt: 'updated_at', deadlineAt: 'deadline_at', number: 'number' } as const;
  const plain = (queue: CaseQueue, f: CaseFilter, dir: 'ASC' | 'DESC', offset: number, limit: number, inDepartment = false, field: keyof typeof COLUMN = 'updatedAt') => {
    const from = f.from ? at(f.from, '00:00') : -Infinity;
    const to = f.to ? at(f.to, '00:00') + DAY : Infinity;
    const done = queue === 'closed' ? ' AND done = 1' : '';
    const scope = inDepartment ? ` AND assignee_department_id = '${dept}'` : '';
    const category = f.categoryId ? ` AND category_id = '${f.categoryId}'` : '';
    return (raw.prepare(`SELECT id, received_at AS r FROM case_record WHERE 1 = 1${done}${scope}${category} ORDER BY ${COLUMN[field]} ${dir}, rowid ${dir}`).all() as { id: string; r: number }[])
      .filter((c) => c.r >= from && c.r < to)
      .slice(offset, offset + limit)
      .map((c) => c.id);
  };
  const ranges: CaseFilter[] = [
    { from: '2025-02-10', to: '2025-07-31' },
    { from: '2025-03-01' },
    { to: '2025-05-20' },
    { from: '2025-04-04', to: '2025-04-04' },
    { from: '2024-01-01', to: '2024-12-31' },
    { from: '2025-02-10', to: '2025-07-31', categoryId: t.category('环境卫生').id },
  ];
  let merged = 0;
  for (const filter of ranges) {
    for (const queue of ['closed', 'all'] as const) {
      for (const [field, dir] of [['updatedAt', 'desc'], ['updatedAt', 'asc'], ['deadlineAt', 'desc'], ['deadlineAt', 'asc'], ['number', 'desc'], ['number', 'asc']] as const) {
        const sort: CaseSort = { field, dir };
        for (const [offset, limit] of [[0, 5], [3, 4], [0, 50]] as const) {
          const seen = new Set<string>();
          const page = queuePage(recordingDb(db, seen), { queue, filter, sort, viewer, window }, offset, limit);
          if ([...seen].some((s) => s.includes('case_done_received_bucket_'))) merged++;
          expect(page.rows.map((r) => r.id), `${queue} ${JSON.stringify(filter)} ${dir} ${offset}`).toEqual(plain(queue, filter, dir === 'asc' ? 'ASC' : 'DESC', offset, limit, false, field));
          // (A department with so few cases reads them from its own index, case-department-page.ts;
          // department-pages.test.ts runs the merge's statement for a department's view.)
          const handler = queuePage(db, { queue, filter, sort, viewer: departmentViewer, window }, offset, limit);
          expect(handler.rows.map((r) => r.id), `department ${queue} ${JSON.stringify(filter)} ${dir} ${offset}`).toEqual(
            plain(queue, filter, dir === 'asc' ? 'ASC' : 'DESC', offset, limit, true, field),
          );
        }
      }
    }
  }
  // (The range with a category holds few cases here: those pages are gathered, case-gather-page.ts.)
  expect(merged).toBeGreaterThan(100);
  raw.close();
});

it('keeps the plain walk where the merge is not the better path', () => {
  const input = { queue: 'closed' as CaseQueue, filter: { from: '2025-01-01', to: '2025-12-31' } as CaseFilter, sort: { field: 'updatedAt', dir: 'desc' } as CaseSort, scope: null as 'grid' | 'department' | null, where: 'c.done = 1', params: { from: at('2025-01-01', '00:00'), to: at('2026-01-01', '00:00') } };
  const t = caseTown(at('2025-11-17', '09:00'));
  const db = t.h.core.services.db;
  const walks = (x: typeof input) => receivedBucketsPage(db, x)?.sql.split(' UNION ALL ').length ?? 0;
  expect(walks(input)).toBe(bucketOf(input.params.to - 1) - bucketOf(input.params.from) + 1);
  expect(walks({ ...input, queue: 'all' })).toBe(2 * walks(input));
  expect(walks({ ...input, queue: 'overdue' })).toBe(0);
  expect(walks({ ...input, sort: { field: 'receivedAt', dir: 'desc' } })).toBe(0);
  expect(walks({ ...input, sort: { field: 'urgency', dir: 'desc' } })).toBe(0);
  expect(walks({ ...input, sort: { field: 'deadlineAt', dir: 'asc' } })).toBe(walks(input));
  expect(walks({ ...input, scope: 'grid' })).toBe(0);
  expect(walks({ ...input, scope: 'department' })).toBe(walks(input));
  expect(walks({ ...input, filter: { ...input.filter, gridId: 'g' } })).toBe(0);
  // A status has its own indexes (status with receipt, deadline, update).
  expect(walks({ ...input, filter: { ...input.filter, status: 'in_progress' } })).toBe(0);
  expect(walks({ ...input, filter: { ...input.filter, categoryId: t.category('环境卫生').id } })).toBe(walks(input));
  expect(walks({ ...input, filter: { ...input.filter, categoryId: t.sub('市政设施', '路灯损坏').id } })).toBe(0);
  expect(walks({ ...input, filter: {} })).toBe(0);
  // Ten years: more walks than the merge is worth.
  expect(walks({ ...input, params: { from: at('2016-01-01', '00:00'), to: at('2026-01-01', '00:00') } })).toBe(0);
});
