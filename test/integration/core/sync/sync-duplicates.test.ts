// Natural keys under sync (docs/sync.md, "Natural keys"): two PCs apart register the same
// person, unit or user name under different ids. Identical records merge the same way on both
// PCs, with references redirected; different ones are both kept and listed; a person merges
// them; a local write that would duplicate a key is refused.
import { describe, expect, it } from 'vitest';
import type { ChangeWriter } from '../../../../electron/core/db/change-writer';
import type { Db } from '../../../../electron/core/db/connection';
import { readOnlyDb } from '../../../../electron/core/db/read-db';
import { listDuplicates, mergeDuplicates } from '../../../../electron/core/sync/duplicates';
import { recordsSince } from '../../../../electron/core/sync/sync-records';
import type { SyncRecord } from '../../../../electron/core/sync/sync-records';
import { setupCore, TEST_PASSWORD } from '../../../support/core-harness';
import { CLOCK_BASE, openReplica } from './sync-replica';

interface Pc {
  name: string;
  db: Db;
  writer: ChangeWriter;
  /** The position of each other PC this one has applied up to. */
  acked: Map<string, number>;
}

function pc(name: string, clock: { t: number }): Pc {
  const { db, writer } = openReplica(name, () => CLOCK_BASE + clock.t);
  return { name, db, writer, acked: new Map() };
}

function pull(from: Pc, to: Pc): number {
  const batch = recordsSince(readOnlyDb(from.db), to.acked.get(from.name) ?? 0);
  const r = to.writer.applyRemote(batch);
  if (batch.length) to.acked.set(from.name, Math.max(...batch.map((b) => b.seq)));
  return r.applied + r.mended;
}

/** Both ways until nothing changes. */
function heal(a: Pc, b: Pc): void {
  for (let i = 0; i < 10; i++) if (pull(a, b) + pull(b, a) === 0) return;
  throw new Error('no quiescence');
}

const all = (x: Pc, sql: string) => x.db.prepare(sql).all();
const CREATED = '2026-11-30T00:00:00Z';
const CITIZEN = '330782199001011234';
const village = (id: string) => ({ id, parent_id: 'TOWN', kind: 'village', level: 2, code: '330782101001', name: '青石村', created_at: CREATED });
const person = (id: string, name = '王芳') => ({ id, citizen_id: CITIZEN, name, residence_type: 'registered', grid_id: 'TOWN' });

/** Two PCs sharing a town and a staff member, then cut apart. */
function twoPcs() {
  const clock = { t: 100 };
  const a = pc('DEV-A', clock);
  const b = pc('DEV-B', clock);
  a.writer.transaction(null, (tx) => {
    tx.insert('org_unit', { id: 'TOWN', parent_id: null, kind: 'town', level: 1, code: '330782101', name: '青溪镇', created_at: CREATED });
    tx.insert('staff', { id: 'S', name: '李强', phone: '13800000001', title: '', on_duty: 1, archived: 0, created_at: CREATED });
  });
  pull(a, b);
  clock.t = 200;
  return { a, b, clock };
}

describe('natural keys under sync', () => {
  it('identical records made apart merge into the smaller id on both PCs, with every reference redirected', () => {
    const { a, b } = twoPcs();
    a.writer.transaction(null, (tx) => {
      tx.insert('org_unit', village('V-A'));
      tx.insert('staff_assignment', { id: 'SA-A', staff_id: 'S', unit_id: 'V-A', team_role: 'worker_full', post: '网格员' });
      tx.insert('person', person('P-A'));
    });
    b.writer.transaction(null, (tx) => {
      tx.insert('org_unit', village('V-B'));
      tx.insert('org_unit', { id: 'G-B', parent_id: 'V-B', kind: 'grid', level: 3, code: '330782101001001', name: '第1网格', created_at: CREATED });
      tx.insert('staff_assignment', { id: 'SA-B', staff_id: 'S', unit_id: 'V-B', team_role: 'worker_full', post: '网格员' });
      tx.insert('person', person('P-B'));
      // A soft reference (no FOREIGN KEY clause) is redirected too.
      tx.insert('special_person', { id: 'SP-B', person_id: 'P-B', grid_id: 'G-B', kind: 'elderly', supervision_level: 'normal' });
    });
    heal(a, b);
    for (const x of [a, b]) {
      expect(all(x, "SELECT id FROM org_unit WHERE kind = 'village'")).toEqual([{ id: 'V-A' }]);
      expect(all(x, "SELECT parent_id FROM org_unit WHERE id = 'G-B'")).toEqual([{ parent_id: 'V-A' }]);
      // The two assignments became the same link: one is left.
      expect(all(x, 'SELECT id, unit_id FROM staff_assignment')).toEqual([{ id: 'SA-A', unit_id: 'V-A' }]);
      expect(all(x, 'SELECT id FROM person')).toEqual([{ id: 'P-A' }]);
      expect(all(x, 'SELECT person_id, grid_id FROM special_person')).toEqual([{ person_id: 'P-A', grid_id: 'G-B' }]);
      expect(x.db.pragma('foreign_key_check')).toEqual([]);
      expect(listDuplicates(readOnlyDb(x.db), { mask: true })).toEqual([]);
    }
    const dump = (x: Pc) => ['org_unit', 'staff_assignment', 'person', 'special_person'].map((t) => all(x, `SELECT * FROM ${t} ORDER BY id`));
    expect(dump(b)).toEqual(dump(a));
  });

  it('a record made on a third PC under a record merged elsewhere follows the merge (not cleared, not removed)', () => {
    const { a, b, clock } = twoPcs();
    const c = pc('DEV-C', clock);
    pull(a, c);
    a.writer.transaction(null, (tx) => {
      tx.insert('org_unit', village('V-A'));
      tx.insert('staff_assignment', { id: 'SA-A', staff_id: 'S', unit_id: 'V-A', team_role: 'worker_full', post: '网格员' });
    });
    b.writer.transaction(null, (tx) => tx.insert('org_unit', village('V-B')));
    pull(b, c);
    // C, cut off from A, works under B's village: a grid (a nullable reference), an assignment
    // that is the same link as A's once merged, and one that is not (required references).
    clock.t = 300;
    c.writer.transaction(null, (tx) => {
      tx.insert('org_unit', { id: 'G-C', parent_id: 'V-B', kind: 'grid', level: 3, code: '330782101001001', name: '第1网格', created_at: CREATED });
      tx.insert('staff_assignment', { id: 'SA-C', staff_id: 'S', unit_id: 'V-B', team_role: 'worker_full', post: '网格员' });
      tx.insert('staff_assignment', { id: 'SA-D', staff_id: 'S', unit_id: 'V-B', team_role: 'leader', post: '网格长' });
    });
    // A learns of B's village and merges it into its own; C hears of the merge before A hears of C's work.
    pull(b, a);
    expect(all(a, "SELECT id FROM org_unit WHERE kind = 'village'")).toEqual([{ id: 'V-A' }]);
    pull(a, c);
    heal(a, c);
    heal(b, c);
    heal(a, b);
    for (const x of [a, b, c]) {
      expect(all(x, "SELECT id FROM org_unit WHERE kind = 'village'")).toEqual([{ id: 'V-A' }]);
      expect(all(x, "SELECT parent_id FROM org_unit WHERE id = 'G-C'")).toEqual([{ parent_id: 'V-A' }]);
      expect(all(x, 'SELECT id, unit_id, team_role FROM staff_assignment ORDER BY id')).toEqual([
        { id: 'SA-A', unit_id: 'V-A', team_role: 'worker_full' },
        { id: 'SA-D', unit_id: 'V-A', team_role: 'leader' },
      ]);
      expect(x.db.pragma('foreign_key_check')).toEqual([]);
    }
  });

  it('different records made apart are both kept and listed, the key masked for those who may not see it', () => {
    const { a, b } = twoPcs();
    a.writer.transaction(null, (tx) => tx.insert('person', person('P-A', '王芳')));
    b.writer.transaction(null, (tx) => tx.insert('person', person('P-B', '王芳芳')));
    b.writer.transaction(null, (tx) => tx.insert('special_person', { id: 'SP-B', person_id: 'P-B', grid_id: 'TOWN', kind: 'elderly', supervision_level: 'normal' }));
    heal(a, b);
    for (const x of [a, b]) {
      expect(all(x, 'SELECT id, name FROM person ORDER BY id')).toEqual([
        { id: 'P-A', name: '王芳' },
        { id: 'P-B', name: '王芳芳' },
      ]);
      const [group, ...rest] = listDuplicates(readOnlyDb(x.db), { mask: true });
      expect(rest).toEqual([]);
      expect(group).toMatchObject({ table: 'person', tableLabel: '实有人口', keyLabel: '身份证号', value: '330782********1234', notMergeable: null });
      expect(group!.records).toEqual([
        { id: 'P-A', summary: '王芳', createdAt: CLOCK_BASE + 200, references: 0 },
        { id: 'P-B', summary: '王芳芳', createdAt: CLOCK_BASE + 200, references: 1 },
      ]);
      expect(listDuplicates(readOnlyDb(x.db), { mask: false })[0]!.value).toBe(CITIZEN);
    }
  });

  it('a person merges them: references redirected, the others deleted, on every PC after sync', () => {
    const { a, b, clock } = twoPcs();
    a.writer.transaction(null, (tx) => tx.insert('person', person('P-A', '王芳')));
    b.writer.transaction(null, (tx) => tx.insert('person', person('P-B', '王芳芳')));
    b.writer.transaction(null, (tx) => tx.insert('special_person', { id: 'SP-B', person_id: 'P-B', grid_id: 'TOWN', kind: 'elderly', supervision_level: 'normal' }));
    heal(a, b);
    clock.t = 300;
    a.writer.transaction('U1', (tx) => mergeDuplicates(tx, { table: 'person', keepId: 'P-B', mergeIds: ['P-A'] }));
    heal(a, b);
    for (const x of [a, b]) {
      expect(all(x, 'SELECT id, name FROM person')).toEqual([{ id: 'P-B', name: '王芳芳' }]);
      expect(all(x, 'SELECT person_id FROM special_person')).toEqual([{ person_id: 'P-B' }]);
      expect(listDuplicates(readOnlyDb(x.db), { mask: true })).toEqual([]);
    }
  });

  it("one worker's log of one day, started on two PCs apart, is kept twice and listed; merging leaves one on every PC", () => {
    const { a, b, clock } = twoPcs();
    const log = (id: string, status: string, observations: string) => ({ id, staff_id: 'S', work_date: '2026-11-27', status, observations, places: '[]', notes: '', patrolled: 1, created_at: 1, updated_at: 1 });
    a.writer.transaction(null, (tx) => tx.insert('work_log', log('L-A', 'submitted', '桥头有垃圾堆放')));
    b.writer.transaction(null, (tx) => tx.insert('work_log', log('L-B', 'draft', '')));
    // On one PC a second log of that day is refused, whoever writes it.
    expect(() => a.writer.transaction(null, (tx) => tx.insert('work_log', log('L-A2', 'draft', '')))).toThrow('该网格员当天已有工作日志');
    heal(a, b);
    for (const x of [a, b]) {
      const [group, ...rest] = listDuplicates(readOnlyDb(x.db), { mask: true });
      expect(rest).toEqual([]);
      expect(group).toMatchObject({ table: 'work_log', keyLabel: '网格员·日期', value: '李强 · 2026-11-27' });
      expect(group!.records.map((r) => [r.id, r.summary])).toEqual([
        ['L-A', '已提交：桥头有垃圾堆放'],
        ['L-B', '草稿：'],
      ]);
    }
    clock.t = 300;
    b.writer.transaction('U1', (tx) => mergeDuplicates(tx, { table: 'work_log', keepId: 'L-A', mergeIds: ['L-B'] }));
    heal(a, b);
    for (const x of [a, b]) expect(all(x, 'SELECT id, status FROM work_log')).toEqual([{ id: 'L-A', status: 'submitted' }]);
  });

  it('a visit to one household on one day, recorded on two PCs apart, is kept twice and listed; merging leaves one on every PC', () => {
    const { a, b, clock } = twoPcs();
    a.writer.transaction(null, (tx) => tx.insert('household', { id: 'H', grid_id: 'TOWN', household_no: 'HH-0007' }));
    heal(a, b);
    const visit = (id: string, situation: string) => ({
      id, household_id: 'H', grid_id: 'TOWN', visit_date: '2026-11-27', staff_id: 'S', household_class: 1, class_kind: 'elderly', met_name: '户主', situation,
      created_at: 1, updated_at: 1,
    });
    a.writer.transaction(null, (tx) => tx.insert('household_visit', visit('V-A', '老人身体尚可')));
    b.writer.transaction(null, (tx) => tx.insert('household_visit', visit('V-B', '家中无人')));
    expect(() => a.writer.transaction(null, (tx) => tx.insert('household_visit', visit('V-A2', '再次走访')))).toThrow('该户当天已有走访记录');
    heal(a, b);
    for (const x of [a, b]) {
      const [group, ...rest] = listDuplicates(readOnlyDb(x.db), { mask: true });
      expect(rest).toEqual([]);
      expect(group).toMatchObject({ table: 'household_visit', keyLabel: '户·走访日期', value: 'HH-0007 · 2026-11-27' });
      expect(group!.records.map((r) => [r.id, r.summary])).toEqual([
        ['V-A', '李强走访：老人身体尚可'],
        ['V-B', '李强走访：家中无人'],
      ]);
    }
    clock.t = 300;
    a.writer.transaction('U1', (tx) => mergeDuplicates(tx, { table: 'household_visit', keepId: 'V-B', mergeIds: ['V-A'] }));
    heal(a, b);
    for (const x of [a, b]) expect(all(x, 'SELECT id, situation FROM household_visit')).toEqual([{ id: 'V-B', situation: '家中无人' }]);
  });

  it('refuses to merge records that do not share the key, and cases (their timeline is insert-only)', () => {
    const { a } = twoPcs();
    a.writer.transaction(null, (tx) => {
      tx.insert('person', person('P-A'));
      tx.insert('person', { ...person('P-C'), citizen_id: '330782199001011250' });
    });
    expect(() => a.writer.transaction(null, (tx) => mergeDuplicates(tx, { table: 'person', keepId: 'P-A', mergeIds: ['P-C'] }))).toThrow(
      '所选记录的身份证号与要保留的记录不同，不能合并',
    );
    expect(() => a.writer.transaction(null, (tx) => mergeDuplicates(tx, { table: 'case_record', keepId: 'X', mergeIds: ['Y'] }))).toThrow(/案件时间线只增不改/);
    expect(all(a, 'SELECT count(*) AS n FROM person')).toEqual([{ n: 2 }]);
  });

  it('a local write that would duplicate a key is refused in Chinese, and the whole transaction with it (as an import)', async () => {
    const { a } = twoPcs();
    a.writer.transaction(null, (tx) => tx.insert('person', person('P-A')));
    const before = a.db.prepare('SELECT max(seq) AS s FROM sync_row').get();
    // An import writes all its rows in one asynchronous transaction: a duplicate in row 3 leaves nothing written.
    await expect(
      a.writer.transactionAsync(null, async (tx) => {
        tx.insert('person', { ...person('P-1'), citizen_id: '330782199001011269' });
        tx.insert('person', { ...person('P-2'), citizen_id: '330782199001011277' });
        await Promise.resolve();
        tx.insert('person', person('P-3'));
      }),
    ).rejects.toThrow('该身份证号已登记，请勿重复录入');
    expect(all(a, 'SELECT id FROM person')).toEqual([{ id: 'P-A' }]);
    expect(a.db.prepare('SELECT max(seq) AS s FROM sync_row').get()).toEqual(before);
    // Editing a record to take another's key is refused too; user names ignore case.
    a.writer.transaction(null, (tx) => tx.insert('org_unit', village('V-A')));
    a.writer.transaction(null, (tx) => tx.insert('org_unit', { ...village('V-B'), code: '330782101002', name: '凤栖社区' }));
    expect(() => a.writer.transaction(null, (tx) => tx.update('org_unit', 'V-B', { code: '330782101001' }))).toThrow('编码“330782101001”已被“青石村”使用');
    a.writer.transaction(null, (tx) => tx.insert('user_account', { id: 'U1', username: 'wangf', display_name: '王芳', role: 'admin', disabled: 0, created_at: CREATED }));
    expect(() =>
      a.writer.transaction(null, (tx) => tx.insert('user_account', { id: 'U2', username: 'WangF', display_name: '王芳', role: 'admin', disabled: 0, created_at: CREATED })),
    ).toThrow('用户名“WangF”已存在');
  });
});

describe('duplicate user names on one core', () => {
  /** A user account as another PC would send it. */
  function remoteAccount(id: string, username: string, displayName: string, at: number): SyncRecord {
    return {
      table: 'user_account',
      id,
      stamp: { hlc: BigInt(at) << 16n, device: 'DEV-REMOTE' },
      deleted: false,
      values: { username, display_name: displayName, role: 'dispatcher', disabled: 0, staff_id: null, department_id: null, created_at: new Date(at).toISOString() },
      seq: 1,
    };
  }

  it('signs in to the account whose password matches, lists the pair, and merges it (administrators only, audited)', async () => {
    const h = setupCore();
    const mine = h.call(h.adminToken, 'users.create', { username: 'wangf', displayName: '王芳', role: 'dispatcher', password: TEST_PASSWORD });
    // Refused locally, whatever the case.
    const refused = h.core.invoke(h.adminToken, 'users.create', { username: 'WANGF', displayName: '王芳', role: 'dispatcher', password: TEST_PASSWORD });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '用户名“WANGF”已存在' } });
    // Another PC made the same name apart, with its own password.
    const theirs = '0000-REMOTE';
    expect(h.core.services.writer.applyRemote([remoteAccount(theirs, 'WangF', '王芳（二）', Date.now())])).toMatchObject({ applied: 1 });
    h.core.services.secrets.set(theirs, { password: 'another-pass-9' }, { mustChange: false });
    const asMine = await h.callAsync(null, 'auth.login', { username: 'wangf', password: TEST_PASSWORD });
    expect(asMine.user.id).toBe(mine.id);
    const asTheirs = await h.callAsync(null, 'auth.login', { username: 'WANGF', password: 'another-pass-9' });
    expect(asTheirs.user.id).toBe(theirs);
    expect((await h.core.invokeAsync(null, 'auth.login', { username: 'wangf', password: 'wrong-pass-1' })).ok).toBe(false);
    // The same password on both: which account is meant cannot be told, so neither signs in.
    const third = '0001-REMOTE';
    h.core.services.writer.applyRemote([remoteAccount(third, 'wangF', '王芳（三）', Date.now())]);
    h.core.services.secrets.set(third, { password: TEST_PASSWORD }, { mustChange: false });
    expect(await h.core.invokeAsync(null, 'auth.login', { username: 'wangf', password: TEST_PASSWORD })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: '该用户名对应两个以上的账号（不同电脑分别创建），请联系管理员在“数据同步”中合并后再登录' },
    });
    h.call(h.adminToken, 'sync.mergeDuplicates', { table: 'user_account', keepId: mine.id, mergeIds: [third] });

    const groups = h.call(h.adminToken, 'sync.duplicates', {});
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ table: 'user_account', keyLabel: '用户名', value: 'WangF' });
    expect(groups[0]!.records.map((r) => r.id)).toEqual([theirs, mine.id]);
    // Not for a dispatcher.
    expect(h.core.invoke(h.tokenFor('dispatcher'), 'sync.mergeDuplicates', { table: 'user_account', keepId: mine.id, mergeIds: [theirs] })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(h.call(h.adminToken, 'sync.mergeDuplicates', { table: 'user_account', keepId: mine.id, mergeIds: [theirs] })).toEqual({ merged: 1 });
    expect(h.call(h.adminToken, 'sync.duplicates', {})).toEqual([]);
    expect(h.call(h.adminToken, 'users.list', {}).filter((u) => u.username.toLowerCase() === 'wangf').map((u) => u.id)).toEqual([mine.id]);
    // The kept account keeps its own password; the merged one's is gone with it.
    expect((await h.callAsync(null, 'auth.login', { username: 'WangF', password: TEST_PASSWORD })).user.id).toBe(mine.id);
    expect((await h.core.invokeAsync(null, 'auth.login', { username: 'wangf', password: 'another-pass-9' })).ok).toBe(false);
    // The merged account's session ended with it.
    expect(h.core.invoke(asTheirs.token, 'auth.me', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    const audit = h.core.services.db.prepare("SELECT record_id, detail FROM audit_log WHERE action = 'duplicates.merge' ORDER BY seq").all();
    expect(audit).toEqual([
      { record_id: mine.id, detail: JSON.stringify({ mergeIds: [third] }) },
      { record_id: mine.id, detail: JSON.stringify({ mergeIds: [theirs] }) },
    ]);
  });
});
