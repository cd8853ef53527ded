// A text search with another filter or a scope reads its page and its count in one statement
// (case-queues.ts pageWithTotal), and a page is looked for only when the count says it holds a
// case. Pages and totals are exactly those of the plain query — LIKE over number, title and
// address, the filter and the scope, in the order asked — for every search path, several
// filters, three viewers, offsets inside and past the end, and with no text.
import { expect, it } from 'vitest';
import type { CaseFilter, CaseQueue, CaseSort } from '../../../../shared/cases/case-inputs';
import { queuePage, type QueueViewer } from '../../../../electron/core/cases/case-queues';
import { textCondition } from '../../../../electron/core/cases/case-search';
import { dueWindow } from '../../../../electron/core/cases/sla-deadline';
import { at, caseIn, caseTown } from './case-fixture';

const DAY = 86_400_000;

it('pages a search under a filter and a scope exactly as the plain query does', () => {
  const t = caseTown(at('2025-11-17', '09:00'), { onDisk: true });
  const statuses = ['closed', 'in_progress', 'registered', 'closed', 'dispatched'] as const;
  const ids = [...Array(45)].map((_, i) => caseIn(t, statuses[i % statuses.length]!));
  const titles = ['路灯不亮', '垃圾堆放', '路面破损', 'LED路灯闪烁', '绿化带垃圾', '井盖缺失'];
  const db = t.h.core.services.db;
  const dept = db.prepare('SELECT id FROM department ORDER BY code LIMIT 1').pluck().get() as string;
  const other = t.category('市政设施').id;
  t.h.core.services.writer.transaction(null, (tx) => {
    ids.forEach((id, i) => {
      const received = at('2024-11-03') + i * 9 * DAY + (i % 4) * 3_600_000;
      tx.update('case_record', id, {
        title: `${titles[i % titles.length]}${i % 7 === 0 ? '（复报）' : ''}`,
        address: i % 5 === 0 ? '青石村路灯杆旁' : `凤栖社区${i}幢`,
        received_at: received,
        updated_at: received + ((i * 29) % 70) * DAY,
        deadline_at: received + ((i * 13) % 40) * DAY,
        source: i % 3 === 0 ? 'hotline' : 'patrol',
        // Half in another grid, outside the grid worker's view.
        grid_id: t.grids[i % 2]!,
        ...(i % 3 === 1 ? { assignee_department_id: dept } : {}),
        ...(i % 4 === 1 ? { category_id: other, subcategory_id: null } : {}),
      });
    });
  });
  const window = dueWindow(db, t.clock.now);
  const handlerId = 'U-HANDLER';
  const viewers: [string, QueueViewer, string][] = [
    ['everyone', { userId: null, scope: null }, '1 = 1'],
    ['department', { userId: handlerId, scope: { userId: handlerId, units: null, department: dept, kind: 'department' } }, `(assignee_department_id = '${dept}' OR assignee_user_id = '${handlerId}' OR registered_by = '${handlerId}')`],
    ['grid', { userId: handlerId, scope: { userId: handlerId, units: [t.grids[0]!], department: null, kind: 'grid' } }, `(grid_id = '${t.grids[0]}' OR assignee_unit_id = '${t.grids[0]}' OR assignee_user_id = '${handlerId}' OR registered_by = '${handlerId}')`],
  ];
  const raw = t.h.openRaw();
  const COLUMN: Record<CaseSort['field'], string> = { receivedAt: 'received_at', updatedAt: 'updated_at', deadlineAt: 'deadline_at', number: 'number', urgency: 'urgency' };
  const QUEUE: Partial<Record<CaseQueue, string>> = { all: '1 = 1', closed: 'done = 1', in_progress: "status IN ('dispatched', 'in_progress')" };
  const plain = (queue: CaseQueue, f: CaseFilter, scope: string, sort: CaseSort): string[] => {
    const like = `%${f.text ?? ''}%`;
    const dir = sort.dir === 'asc' ? 'ASC' : 'DESC';
    return (
      raw.prepare(`SELECT id, received_at AS r, category_id AS cat, source FROM case_record
         WHERE ${QUEUE[queue]} AND ${scope} AND (number LIKE ? OR title LIKE ? OR address LIKE ?) ORDER BY ${COLUMN[sort.field]} ${dir}, rowid ${dir}`).all(like, like, like) as { id: string; r: number; cat: string; source: string }[]
    )
      .filter((c) => (!f.from || c.r >= at(f.from, '00:00')) && (!f.to || c.r < at(f.to, '00:00') + DAY))
      .filter((c) => (!f.categoryId || c.cat === f.categoryId) && (!f.source || c.source === f.source))
      .map((c) => c.id);
  };
  const number = db.prepare('SELECT number FROM case_record WHERE id = ?').pluck().get(ids[10]) as string;
  // No text too (the filters alone).
  const texts = ['路灯', '垃圾堆放', '灯', 'led', number, number.slice(0, 9), '没有这样的事', undefined];
  const paths = new Set(texts.filter((text) => text !== undefined).map((text) => textCondition(db, text, {}).path));
  expect([...paths].sort()).toEqual(['number', 'short', 'trigram']);
  const filters: CaseFilter[] = [
    { from: '2025-01-01', to: '2025-06-30' },
    { categoryId: other },
    { source: 'hotline', from: '2025-03-01' },
    {},
  ];
  let compared = 0;
  for (const text of texts) {
    for (const f of filters) {
      const filter = { ...f, text };
      for (const [who, viewer, scope] of viewers) {
        for (const queue of ['all', 'closed', 'in_progress'] as const) {
          for (const sort of [{ field: 'receivedAt', dir: 'desc' }, { field: 'updatedAt', dir: 'asc' }, { field: 'number', dir: 'desc' }] as CaseSort[]) {
            const expected = plain(queue, filter, scope, sort);
            for (const [offset, limit] of [[0, 4], [3, 5], [0, 100], [expected.length, 5], [expected.length + 10, 5]] as const) {
              const page = queuePage(db, { queue, filter, sort, viewer, window }, offset, limit);
              const what = `${who} ${queue} ${JSON.stringify(filter)} ${sort.field} ${offset}`;
              expect(page.rows.map((r) => r.id), what).toEqual(expected.slice(offset, offset + limit));
              expect(page.total, what).toBe(expected.length);
              compared++;
            }
          }
        }
      }
    }
  }
  expect(compared).toBe(texts.length * filters.length * viewers.length * 3 * 3 * 5);
  raw.close();
});
