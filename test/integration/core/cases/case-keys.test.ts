// The cases' keys kept in memory (case-keys.ts) answer every condition and order the queues
// build exactly as SQL does, stay so after each kind of write through the change writer, and
// refuse (null, so the SQL answers) what they do not hold.
import { expect, it } from 'vitest';
import { keptAll, keptMatches, keptOrder, keptPage } from '../../../../electron/core/cases/case-keys';
import { at, caseIn, caseTown } from './case-fixture';

const ALL = 'SELECT rowid FROM case_record';

it('tests and orders the cases on the kept keys as SQL does, after every write', () => {
  const t = caseTown(at('2025-11-17', '09:00'));
  const statuses = ['registered', 'accepted', 'dispatched', 'in_progress', 'handled', 'closed', 'registered', 'dispatched'] as const;
  const ids = statuses.map((s, i) => {
    t.advance(at('2025-11-17', '09:00') + (i % 3) * 3_600_000);
    return caseIn(t, s, { supervised: i === 3 });
  });
  const db = t.h.core.services.db;
  const other = t.category('市政设施').id;
  const dept = db.prepare('SELECT id FROM department ORDER BY code LIMIT 1').pluck().get() as string;
  const params = {
    now: at('2025-11-20'),
    me: 'U-NOBODY',
    g0: t.grids[0]!,
    g1: t.grids[2]!,
    cat: other,
    dept,
    from: at('2025-11-17', '09:30'),
    to: at('2025-11-17', '11:30'),
  };
  const conditions = [
    "c.status = 'registered'",
    "c.status IN ('dispatched', 'in_progress')",
    'c.done = 0 AND c.deadline_at < @now',
    'c.supervised = 1 AND c.done = 0',
    '(+c.assignee_user_id = @me OR +c.registered_by = @me OR c.grid_id IN (@g0, @g1))',
    'c.sync_conflict IS NOT NULL',
    'c.subcategory_id IS NULL OR c.urgency <> \'normal\'',
    'c.category_id = @cat',
    'c.assignee_department_id IS NOT @dept',
    'c.assignee_department_id <> @dept OR c.sync_conflict != \'x\'',
    'c.received_at >= @from AND c.received_at < @to',
    '1 = 1',
    "c.status = 'no-such-status'",
  ];
  const orders = [
    'c.received_at DESC, c.rowid DESC',
    'c.deadline_at ASC, c.rowid ASC',
    "CASE c.urgency WHEN 'critical' THEN 3 WHEN 'urgent' THEN 2 ELSE 1 END DESC, c.deadline_at ASC, c.rowid ASC",
    'c.number DESC',
  ];
  const check = (when: string) => {
    for (const condition of conditions) {
      const sql = db.prepare(`SELECT c.rowid FROM case_record c WHERE ${condition} ORDER BY c.rowid`).pluck().all(params) as number[];
      const kept = keptMatches(db, ALL, [condition], params);
      expect(kept, `${when}: ${condition}`).not.toBeNull();
      expect([...kept!.rows].sort((a, b) => a - b), `${when}: ${condition}`).toEqual(sql);
    }
    const everyCase = keptMatches(db, ALL, [], params)!;
    // A filter over every case held: exactly the cases there are.
    expect([...keptAll(db, [], params)!.rows], when).toEqual(db.prepare('SELECT rowid FROM case_record ORDER BY rowid').pluck().all());
    for (const order of orders) {
      const sql = db.prepare(`SELECT c.rowid FROM case_record c WHERE c.done = 0 ORDER BY ${order}`).pluck().all() as number[];
      const page = keptPage(everyCase, 'c.done = 0', keptOrder(db, order)!, params, 1, 4)!;
      expect(page, `${when}: ${order}`).toEqual({ rids: sql.slice(1, 5), total: sql.length });
      expect(keptPage(everyCase, 'c.done = 0', keptOrder(db, order)!, params, 0, sql.length)!.rids, `${when}: ${order}`).toEqual(sql);
      // One of many: the first through a heap, not a sort.
      expect(keptPage(everyCase, 'c.done = 0', keptOrder(db, order)!, params, 0, 1)!.rids, `${when}: ${order}`).toEqual(sql.slice(0, 1));
    }
  };
  check('read');
  t.act(ids[0]!, { type: 'accept' });
  check('after a status change');
  t.h.core.services.writer.transaction(null, (tx) => {
    tx.update('case_record', ids[1]!, { category_id: other, subcategory_id: null, urgency: 'critical', sync_conflict: '两台电脑分别修改' });
    tx.update('case_record', ids[2]!, { assignee_department_id: dept, deadline_at: at('2025-11-18') });
  });
  check('after edits of category, urgency, conflict, department and deadline');
  t.register({ title: '新登记', gridId: t.grids[2]!, urgency: 'urgent' });
  check('after a new case');
  t.act(ids[3]!, { type: 'handle', result: '已处理' });
  check('after a case leaves the open queues');
  // A case removed (as a peer's tombstone would: the product never removes one itself).
  // A case with no timeline (a case's events hold on to it), copied from another.
  const copy = db.prepare('SELECT * FROM case_record WHERE id = ?').get(ids[4]!) as Record<string, unknown>;
  delete copy.done;
  t.h.core.services.writer.transaction(null, (tx) => tx.insert('case_record', { ...copy, id: 'C-GONE', number: '2025-1117-XX-9999' }));
  check('before a removal');
  t.h.core.services.writer.transaction(null, (tx) => tx.remove('case_record', 'C-GONE'));
  check('after a removal');

  // Outside what the keys hold or the subset read: null (the SQL answers).
  expect(keptMatches(db, ALL, ["c.title LIKE '%垃圾%'"], params)).toBeNull();
  expect(keptMatches(db, ALL, ["c.number = '2025'"], params)).toBeNull();
  expect(keptMatches(db, ALL, ['NOT c.done = 1'], params)).toBeNull();
  expect(keptMatches(db, ALL, ['c.status = @missing'], params)).toBeNull();
  expect(keptMatches(db, ALL, ["c.status < 'x'"], params)).toBeNull();
  expect(keptOrder(db, 'c.title ASC')).toBeNull();
  expect(keptOrder(db, 'c.status ASC')).toBeNull();
  // A match the keys have not read (a case written after them, as a search may see): null.
  expect(keptMatches(db, 'SELECT 999999 AS rowid', [], params)).toBeNull();
});
