// The merge rules of docs/sync.md, each as its example: two PCs, a controlled clock.
import { describe, expect, it } from 'vitest';
import { readOnlyDb } from '../../../../electron/core/db/read-db';
import { recordsSince } from '../../../../electron/core/sync/sync-records';
import { CLOCK_BASE as BASE, openReplica } from './sync-replica';

function pc(name: string, clock: { t: number }) {
  const { db, writer } = openReplica(name, () => BASE + clock.t);
  const staff = (id: string) => db.prepare('SELECT name, phone, title FROM staff WHERE id = ?').get(id) as { name: string; phone: string; title: string } | undefined;
  return { db, writer, staff, acked: 0 };
}
type Pc = ReturnType<typeof pc>;

/** `to` takes everything `from` has that it has not acknowledged yet. */
function pull(from: Pc, to: Pc) {
  const batch = recordsSince(readOnlyDb(from.db), to.acked);
  const r = to.writer.applyRemote(batch);
  if (batch.length) to.acked = Math.max(...batch.map((b) => b.seq));
  return r;
}

const person = { id: 'P', name: '王芳', phone: '13800000001', title: '', on_duty: 1, archived: 0, created_at: '2026-11-30' };

describe('merge rules', () => {
  it('per cell, the newest stamp wins; edits of different cells are both kept', () => {
    const clock = { t: 0 };
    const a = pc('DEV-A', clock);
    const b = pc('DEV-B', clock);
    clock.t = 100;
    a.writer.transaction(null, (tx) => tx.insert('staff', person));
    pull(a, b);
    clock.t = 120;
    a.writer.transaction(null, (tx) => tx.update('staff', 'P', { phone: '13800000120' }));
    clock.t = 125;
    a.writer.transaction(null, (tx) => tx.update('staff', 'P', { title: '网格长' }));
    clock.t = 130;
    b.writer.transaction(null, (tx) => tx.update('staff', 'P', { phone: '13800000130' }));
    pull(a, b);
    pull(b, a);
    expect(a.staff('P')).toEqual({ name: '王芳', phone: '13800000130', title: '网格长' });
    expect(b.staff('P')).toEqual(a.staff('P'));
  });

  it('a delete beats older edits, and a later edit does not bring the record back', () => {
    const clock = { t: 0 };
    const a = pc('DEV-A', clock);
    const b = pc('DEV-B', clock);
    clock.t = 100;
    a.writer.transaction(null, (tx) => tx.insert('staff', person));
    pull(a, b);
    clock.t = 110;
    b.writer.transaction(null, (tx) => tx.remove('staff', 'P'));
    clock.t = 120;
    a.writer.transaction(null, (tx) => tx.update('staff', 'P', { name: '王芳芳' }));
    pull(b, a);
    pull(a, b);
    expect(a.staff('P')).toBeUndefined();
    expect(b.staff('P')).toBeUndefined();
    // Re-creating it (an explicit action, newer than the tombstone) does.
    clock.t = 140;
    a.writer.transaction(null, (tx) => tx.insert('staff', { ...person, name: '王芳（恢复）' }));
    pull(a, b);
    expect(b.staff('P')?.name).toBe('王芳（恢复）');
  });

  it('equal times are broken by the device id, the same way on both PCs', () => {
    const clock = { t: 100 };
    const a = pc('DEV-A', clock);
    const b = pc('DEV-B', clock);
    a.writer.transaction(null, (tx) => tx.insert('staff', person));
    pull(a, b);
    clock.t = 200;
    a.writer.transaction(null, (tx) => tx.update('staff', 'P', { title: '甲' }));
    b.writer.transaction(null, (tx) => tx.update('staff', 'P', { title: '乙' }));
    pull(a, b);
    pull(b, a);
    expect(a.staff('P')?.title).toBe('乙');
    expect(b.staff('P')?.title).toBe('乙');
  });

  it('a record made under a parent deleted elsewhere is mended the same way everywhere', () => {
    const clock = { t: 0 };
    const a = pc('DEV-A', clock);
    const b = pc('DEV-B', clock);
    clock.t = 100;
    a.writer.transaction(null, (tx) => {
      tx.insert('org_unit', { id: 'T', parent_id: null, kind: 'town', level: 1, code: 'T', name: '镇', created_at: 'x' });
      tx.insert('org_unit', { id: 'V', parent_id: 'T', kind: 'village', level: 2, code: 'V', name: '村', created_at: 'x' });
      tx.insert('staff', person);
    });
    pull(a, b);
    clock.t = 110;
    a.writer.transaction(null, (tx) => tx.remove('org_unit', 'V'));
    clock.t = 120;
    b.writer.transaction(null, (tx) => {
      tx.insert('org_unit', { id: 'G', parent_id: 'V', kind: 'grid', level: 3, code: 'G', name: '网格', created_at: 'x' });
      tx.insert('staff_assignment', { id: 'SA', staff_id: 'P', unit_id: 'V', team_role: 'worker_full' });
    });
    expect(pull(a, b).mended).toBe(2);
    pull(b, a);
    for (const x of [a, b]) {
      // The grid (a nullable reference) stays, without its parent; the assignment (required) goes.
      expect(x.db.prepare("SELECT parent_id FROM org_unit WHERE id = 'G'").get()).toEqual({ parent_id: null });
      expect(x.db.prepare("SELECT count(*) AS n FROM staff_assignment").get()).toEqual({ n: 0 });
      expect(x.db.pragma('foreign_key_check')).toEqual([]);
    }
  });

  it('holds back a change stamped more than five minutes ahead, without moving the clock', () => {
    const clockA = { t: 10 * 60_000 };
    const clockB = { t: 0 };
    const a = pc('DEV-A', clockA);
    const b = pc('DEV-B', clockB);
    a.writer.transaction(null, (tx) => tx.insert('staff', person));
    const r = b.writer.applyRemote(recordsSince(readOnlyDb(a.db), 0));
    expect(r).toMatchObject({ applied: 0, held: [{ table: 'staff', id: 'P' }] });
    expect(b.staff('P')).toBeUndefined();
    b.writer.transaction(null, (tx) => tx.insert('staff', { ...person, id: 'Q' }));
    const stamp = b.db.prepare("SELECT hlc FROM sync_row WHERE row_id = 'Q'").safeIntegers(true).pluck().get() as bigint;
    expect(Number(stamp >> 16n)).toBe(BASE);
    // In a batch with records in time, only the one ahead is held back.
    const c = pc('DEV-C', clockB);
    c.writer.transaction(null, (tx) => tx.insert('staff', { ...person, id: 'R' }));
    const mixed = b.writer.applyRemote([...recordsSince(readOnlyDb(a.db), 0), ...recordsSince(readOnlyDb(c.db), 0)]);
    expect(mixed).toMatchObject({ applied: 1, held: [{ id: 'P' }] });
    expect(b.staff('P')).toBeUndefined();
    expect(b.staff('R')?.name).toBe('王芳');
  });

  it('a case closed on one PC and returned for rework on another keeps both actions and is flagged 冲突待核', () => {
    const clock = { t: 0 };
    const a = pc('DEV-A', clock);
    const b = pc('DEV-B', clock);
    const kase = {
      id: 'C', number: 'QX-1', title: '路灯不亮', source: 'patrol', category_id: 'CAT', handling_type: 'general', urgency: 'normal', level: 'town',
      status: 'evaluated', stage: 70, epoch: 0, received_at: 1, sla_days: 5, deadline_at: 2, updated_at: 1,
    };
    clock.t = 100;
    a.writer.transaction(null, (tx) => {
      tx.insert('case_category', { id: 'CAT', code: 'CAT', name: '环境卫生' });
      tx.insert('case_record', kase);
    });
    pull(a, b);
    // Apart: A closes at 110; B returns it for rework at 105 (a new epoch).
    clock.t = 105;
    b.writer.transaction(null, (tx) => {
      tx.update('case_record', 'C', { status: 'in_progress', stage: 40, epoch: 1, result: null });
      tx.insert('case_event', { id: 'EB', case_id: 'C', at: 105, action: 'rework', from_status: 'evaluated', to_status: 'in_progress', epoch: 1 });
    });
    clock.t = 110;
    a.writer.transaction(null, (tx) => {
      tx.update('case_record', 'C', { status: 'closed', stage: 80, closed_at: 110, result: '已办结' });
      tx.insert('case_event', { id: 'EA', case_id: 'C', at: 110, action: 'close', from_status: 'evaluated', to_status: 'closed', epoch: 0 });
    });
    pull(a, b);
    pull(b, a);
    pull(a, b);
    for (const x of [a, b]) {
      const c = x.db.prepare("SELECT status, epoch, closed_at, sync_conflict FROM case_record WHERE id = 'C'").get() as Record<string, unknown>;
      // The later epoch wins the workflow state as a whole (not the newer close cell by cell) …
      expect(c).toMatchObject({ status: 'in_progress', epoch: 1, closed_at: null });
      // … both actions stay in the timeline, and a person is asked to review.
      expect(x.db.prepare("SELECT count(*) AS n FROM case_event WHERE case_id = 'C'").get()).toEqual({ n: 2 });
      expect(c.sync_conflict).toBe('冲突待核：在“待结案”时，不同电脑分别将其改为“处置中”、“已结案”，请核实后处理');
    }
  });
});
