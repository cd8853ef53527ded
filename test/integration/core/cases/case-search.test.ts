// The queue search's paths (case-search.ts) give exactly what LIKE gives, and the stored tallies
// (case-counts.ts, migrations 0022-0023) stay equal to counting the cases, through registering,
// transitions, edits of the tallied columns and deletion.
import { describe, expect, it } from 'vitest';
import { CASE_QUEUES, type CaseFilter, type CaseQueue } from '../../../../shared/cases/case-inputs';
import { textCondition } from '../../../../electron/core/cases/case-search';
import { CASE_TALLY_FACETS } from '../../../../electron/core/db/migrations/0023-case-tally-days';
import { CASE_TALLY_DAY_FACETS } from '../../../../electron/core/db/migrations/0031-case-tally-facet-days';
import { CASE_TALLY_DEPARTMENT_FACETS } from '../../../../electron/core/db/migrations/0033-case-tally-department-facets';
import { at, caseIn, caseTown, type CaseTown } from './case-fixture';

const TITLES = [
  ['路灯不亮', '青石村3组12号'],
  ['路灯杆倾斜', '凤栖社区1幢2单元'],
  ['Wifi路由器 Lamp', 'Block A-12'],
  ['100%_完成', '青石村桥头'],
  ['垃圾堆放', '灯塔路'],
  ['关于2025-1117-AB-0001的复查', '凤栖社区'],
  ['下水道堵塞 ÄÖ', 'lamp road äö'],
  ['亮灯', '路'],
] as const;

function town(): CaseTown {
  const t = caseTown(at('2025-11-17', '09:00'), { onDisk: true });
  for (const [title, address] of TITLES) t.register({ title, address });
  caseIn(t, 'closed');
  caseIn(t, 'dispatched');
  return t;
}

/** What the queue showed before the indexes: LIKE over number, title and address. */
function byLike(t: CaseTown, text: string): string[] {
  const p = `%${text.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
  return (t.h.core.services.db
    .prepare(`SELECT id FROM case_record c WHERE c.number LIKE @p ESCAPE '\\' OR c.title LIKE @p ESCAPE '\\' OR c.address LIKE @p ESCAPE '\\'
      ORDER BY c.received_at DESC, c.rowid DESC`)
    .pluck()
    .all({ p }) as string[]);
}

/** Cases are never deleted by the app (their timeline is insert-only); a row is removed here as sync or a repair might. */
function removeCase(t: CaseTown, id: string) {
  const raw = t.h.openRaw();
  raw.pragma('foreign_keys = OFF');
  raw.prepare('DELETE FROM case_record WHERE id = ?').run(id);
  raw.close();
}

describe('the queue search', () => {
  it('finds exactly what LIKE finds, by every path', () => {
    const t = town();
    const numbers = t.h.core.services.db.prepare('SELECT number FROM case_record ORDER BY rowid').pluck().all() as string[];
    const queries = [
      numbers[0]!, numbers[3]!, numbers[0]!.toLowerCase(), '2025-1117', '2025-1117-AB-000', '2025-1117-AB-0001', '1117-AB', '0001', 'AB-0',
      '路灯', '路', '灯', '灯不亮', '青石村', '凤栖社区1幢', '幢2单元', '12', '1', '-', 'lamp', 'LAMP', 'Lam', 'la', 'L', 'wifi', 'a-1',
      '100%', '%', '_', '%_', '\\', 'ÄÖ', 'äö', 'Ä', '没有这样的事', '复查', '的复',
    ];
    const db = t.h.core.services.db;
    const paths = new Set<string>();
    for (const text of queries) {
      paths.add(textCondition(db, text, {}).path);
      const page = t.h.call(t.h.adminToken, 'cases.queue', { queue: 'all', filter: { text }, limit: 500 });
      const expected = byLike(t, text);
      expect(page.rows.map((r) => r.id), text).toEqual(expected);
      expect(page.total, text).toBe(expected.length);
      expect(t.h.call(t.h.adminToken, 'cases.queueCounts', { filter: { text } }).all, text).toBe(expected.length);
    }
    expect([...paths].sort()).toEqual(['like', 'number', 'short', 'trigram']);
  });

  it('counts every queue of a search as its pages hold, open and closed', () => {
    const t = town();
    for (const s of ['accepted', 'in_progress', 'handled', 'closed', 'rejected'] as const) caseIn(t, s);
    caseIn(t, 'dispatched', { toDepartment: true, supervised: true });
    t.register({ title: '路灯不亮', address: '凤栖社区1幢', urgency: 'critical' });
    const count = (text: string, queue: CaseQueue) => t.h.call(t.h.adminToken, 'cases.queue', { queue, filter: { text }, limit: 500 });
    for (const text of ['垃圾', '路灯', '灯', '垃圾堆放', '青石村', '凤栖社区1幢', 'lamp', '没有这样的事']) {
      const counts = t.h.call(t.h.adminToken, 'cases.queueCounts', { filter: { text } });
      for (const queue of CASE_QUEUES) {
        const page = count(text, queue);
        expect(counts[queue], `${queue} ${text}`).toBe(page.rows.length);
        expect(page.total, `${queue} ${text}`).toBe(page.rows.length);
      }
      expect(counts.all, text).toBe(byLike(t, text).length);
    }
  });

  it('follows edits of the number, title and address, and deletions', () => {
    const t = town();
    const id = t.register({ title: '井盖缺失', address: '青石村5组' }).id;
    expect(t.h.call(t.h.adminToken, 'cases.queue', { queue: 'all', filter: { text: '井盖' } }).total).toBe(1);
    t.h.core.services.writer.transaction(null, (tx) => tx.update('case_record', id, { title: '窨井盖破损', address: '凤栖社区' }));
    for (const text of ['井盖缺失', '青石村5组', '窨井', '破损', '凤栖社区']) expect(byLike(t, text).length, text).toBe(t.h.call(t.h.adminToken, 'cases.queueCounts', { filter: { text } }).all);
    removeCase(t, id);
    expect(t.h.call(t.h.adminToken, 'cases.queueCounts', { filter: { text: '窨井' } }).all).toBe(0);
  });
});

describe('the stored case tallies', () => {
  /** The stored tallies against the tallies counted from the cases as the migration fills them. */
  function expectTalliesRight(t: CaseTown) {
    const db = t.h.core.services.db;
    const stored = db.prepare('SELECT facet, key, status, done, n FROM case_tally WHERE n <> 0 ORDER BY 1, 2, 3, 4').all();
    const counted = db
      .prepare([...CASE_TALLY_FACETS, ...CASE_TALLY_DAY_FACETS, ...CASE_TALLY_DEPARTMENT_FACETS].map(([facet, key]) => `SELECT '${facet}' AS facet, ${key} AS key, status, done, count(*) AS n FROM case_record WHERE ${key} IS NOT NULL GROUP BY 2, 3, 4`).join(' UNION ALL ') + ' ORDER BY 1, 2, 3, 4')
      .all();
    expect(stored).toEqual(counted);
    expect(stored.length).toBeGreaterThan(20);
    // Days are whole numbers, whatever the instants are stored as.
    expect(db.prepare("SELECT count(*) FROM case_tally WHERE facet IN ('day', 'closed_day', 'closed_on_time_day') AND typeof(key) <> 'integer'").pluck().get()).toBe(0);
    // A facet by day: the value and a whole day of five digits.
    expect(db.prepare("SELECT count(*) FROM case_tally WHERE facet LIKE '%\\_day' ESCAPE '\\' AND facet NOT LIKE 'closed%' AND key NOT GLOB '*/[0-9][0-9][0-9][0-9][0-9]'").pluck().get()).toBe(0);
    expect(db.prepare("SELECT count(*) FROM case_tally WHERE facet = 'source_day'").pluck().get()).toBeGreaterThan(0);
    expect(db.prepare("SELECT count(*) FROM case_tally WHERE facet = 'department_source_day'").pluck().get()).toBeGreaterThan(0);
  }

  it('equal a count of the cases after registering, transitions, edits and deletion', () => {
    const t = town();
    for (const s of ['accepted', 'in_progress', 'handled', 'closed', 'rejected', 'merged'] as const) caseIn(t, s);
    caseIn(t, 'dispatched', { toDepartment: true, supervised: true });
    expectTalliesRight(t);
    const id = t.register({ urgency: 'urgent', source: 'hotline', externalRef: '12345-9' }).id;
    t.h.core.services.writer.transaction(null, (tx) =>
      tx.update('case_record', id, { grid_id: t.grids[2]!, village_id: t.villageId, category_id: t.category('市政设施').id, subcategory_id: null, received_at: at('2025-11-10') + 0.25 }),
    );
    expectTalliesRight(t);
    removeCase(t, id);
    expectTalliesRight(t);
  });

  it('give every queue count under every tallied filter as counting does', async () => {
    const t = town();
    for (const s of ['accepted', 'in_progress', 'handled', 'closed', 'rejected'] as const) caseIn(t, s);
    caseIn(t, 'dispatched', { toDepartment: true });
    t.register({ gridId: t.communityGrid, categoryId: t.category('消防隐患').id, urgency: 'critical', source: 'hotline', externalRef: 'X-1' });
    const sub = t.sub('市政设施', '路灯损坏').id;
    const filters: CaseFilter[] = [
      {}, { gridId: t.grids[0]! }, { villageId: t.villageId }, { villageId: t.communityId }, { categoryId: t.category('环境卫生').id }, { categoryId: sub },
      { villageId: t.villageId, categoryId: t.category('环境卫生').id }, { source: 'hotline' }, { urgency: 'critical' }, { handlingType: 'coordination' },
      { level: 'village' }, { from: '2025-11-17' }, { to: '2025-11-16' }, { from: '2025-11-17', to: '2025-11-17' }, { status: 'closed' },
      { gridId: t.grids[0]!, status: 'registered' },
      // A facet with a range of days received (the tallies of migration 0031).
      { source: 'hotline', from: '2025-11-17', to: '2025-11-17' }, { source: 'hotline', to: '2025-11-16' }, { urgency: 'critical', from: '2025-11-17' },
      { handlingType: 'coordination', from: '2025-11-01', to: '2025-11-30' }, { level: 'village', to: '2025-11-17' },
      { categoryId: t.category('环境卫生').id, from: '2025-11-17' }, { categoryId: sub, from: '2025-11-01', to: '2025-11-17' },
      { categoryId: t.category('消防隐患').id, from: '2025-11-18' }, { source: 'hotline', from: '2025-11-17', status: 'registered' },
      // Several facets at once: counted through the covering index of the one with the fewest
      // cases (migration 0035), or without one (level and handling type alone).
      { categoryId: t.category('环境卫生').id, source: 'patrol' }, { source: 'hotline', urgency: 'critical' },
      { categoryId: t.category('消防隐患').id, urgency: 'critical', from: '2025-11-17' }, { categoryId: sub, source: 'hotline' },
      { source: 'patrol', urgency: 'normal', from: '2025-11-01', to: '2025-11-30' }, { categoryId: t.category('环境卫生').id, urgency: 'normal', to: '2025-11-16' },
      { urgency: 'normal', level: 'village', status: 'registered' }, { level: 'village', handlingType: 'coordination' },
      { categoryId: t.category('环境卫生').id, source: 'patrol', urgency: 'normal', level: 'village', handlingType: 'coordination', from: '2025-11-17' },
    ];
    // The queue's rows themselves (not counted from the tallies).
    const count = (filter: CaseFilter, queue: CaseQueue) => t.h.call(t.h.adminToken, 'cases.queue', { queue, filter, limit: 500 }).rows.length;
    for (const filter of filters) {
      const counts = t.h.call(t.h.adminToken, 'cases.queueCounts', { filter });
      for (const queue of CASE_QUEUES) expect(counts[queue], `${queue} ${JSON.stringify(filter)}`).toBe(count(filter, queue));
    }
    // A department handler's queues: its department's tallies (by day under a range), and the
    // cases outside it registered by or given to the handler.
    const dept = t.h.call(t.h.adminToken, 'departments.list', {}).find((d) => d.code === 'CG')!;
    t.h.call(t.h.adminToken, 'users.create', { username: 'chengguan', displayName: '城管张', role: 'department_handler', password: 'correct-horse-1', departmentId: dept.id });
    const handler = (await t.h.callAsync(null, 'auth.login', { username: 'chengguan', password: 'correct-horse-1' })).token;
    for (const status of ['accepted', 'in_progress', 'closed'] as const) {
      const id = caseIn(t, 'accepted');
      t.act(id, { type: 'dispatch', target: { kind: 'department', departmentId: dept.id } });
      if (status !== 'accepted') t.act(id, { type: 'start' });
      if (status === 'closed') for (const action of [{ type: 'handle', result: '已处理' }, { type: 'verify' }, { type: 'evaluate', satisfaction: 'satisfied' }, { type: 'close' }] as const) t.act(id, action);
    }
    // Outside the department: a case the handler registered and one given to it by name.
    const handlerId = t.h.core.services.sessions.resolve(handler)!.userId;
    const outside = t.h.core.services.db.prepare("SELECT id FROM case_record WHERE assignee_department_id IS NOT ? ORDER BY rowid LIMIT 2").pluck().all(dept.id) as string[];
    t.h.core.services.writer.transaction(null, (tx) => {
      tx.update('case_record', outside[0]!, { registered_by: handlerId, source: 'hotline', urgency: 'critical' });
      tx.update('case_record', outside[1]!, { assignee_user_id: handlerId, source: 'patrol', urgency: 'normal' });
    });
    expect(t.h.call(handler, 'cases.queueCounts', { filter: {} }).all).toBeGreaterThanOrEqual(5);
    const byHandler = (filter: CaseFilter, queue: CaseQueue) => t.h.call(handler, 'cases.queue', { queue, filter, limit: 500 });
    const handlerFilters: CaseFilter[] = [
      {}, { from: '2025-11-17' }, { to: '2025-11-16' }, { from: '2025-11-17', to: '2025-11-17' }, { from: '2025-11-18' },
      // A facet, with or without a range (the department's tallies of migration 0033).
      { source: 'patrol' }, { source: 'hotline' }, { source: 'patrol', from: '2025-11-17' }, { source: 'patrol', to: '2025-11-16' },
      { categoryId: t.category('环境卫生').id, from: '2025-11-01', to: '2025-11-30' }, { categoryId: sub }, { urgency: 'normal', from: '2025-11-17' },
      { handlingType: 'coordination' }, { level: 'village', status: 'in_progress' }, { villageId: t.villageId, from: '2025-11-17' },
      // Several facets: the department's cases through a facet's covering index (migration 0035).
      { source: 'patrol', urgency: 'normal' }, { categoryId: t.category('环境卫生').id, source: 'patrol', from: '2025-11-01' },
      { categoryId: sub, urgency: 'normal' }, { source: 'patrol', level: 'village', handlingType: 'coordination', to: '2025-11-30' },
      { source: 'hotline', urgency: 'critical' },
    ];
    for (const filter of handlerFilters) {
      const counts = t.h.call(handler, 'cases.queueCounts', { filter });
      for (const queue of CASE_QUEUES) {
        const page = byHandler(filter, queue);
        expect(counts[queue], `handler ${queue} ${JSON.stringify(filter)}`).toBe(page.rows.length);
        expect(page.total, `handler ${queue} ${JSON.stringify(filter)}`).toBe(page.rows.length);
      }
    }
  });
});
