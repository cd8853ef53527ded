// 入户核实 across PCs: the sample is a function of the quarter, the area and the visits, and a
// drawn visit's record has the visit's id — so two PCs that draw the same quarter apart pick the
// same visits and write the same records, and after sync there is one record per visit (no
// duplicate to merge), with the outcome recorded on either PC kept.
import { describe, expect, it } from 'vitest';
import type { ChangeWriter } from '../../../../electron/core/db/change-writer';
import type { Db } from '../../../../electron/core/db/connection';
import { readOnlyDb } from '../../../../electron/core/db/read-db';
import { drawVerification, recordOutcome } from '../../../../electron/core/routine/verifications';
import { listDuplicates } from '../../../../electron/core/sync/duplicates';
import { recordsSince } from '../../../../electron/core/sync/sync-records';
import { CLOCK_BASE, openReplica } from '../sync/sync-replica';

interface Pc {
  name: string;
  db: Db;
  writer: ChangeWriter;
  acked: Map<string, number>;
}

function pull(from: Pc, to: Pc): number {
  const batch = recordsSince(readOnlyDb(from.db), to.acked.get(from.name) ?? 0);
  const r = to.writer.applyRemote(batch);
  if (batch.length) to.acked.set(from.name, Math.max(...batch.map((b) => b.seq)));
  return r.applied + r.mended;
}

describe('入户核实 under sync', () => {
  it('two PCs drawing the same quarter apart write the same records; after sync one per visit, outcomes kept', () => {
    const clock = { t: 100 };
    const pc = (name: string): Pc => ({ name, ...openReplica(name, () => CLOCK_BASE + clock.t), acked: new Map() });
    const a = pc('DEV-A');
    const b = pc('DEV-B');
    a.writer.transaction(null, (tx) => {
      tx.insert('org_unit', { id: 'TOWN', parent_id: null, kind: 'town', level: 1, code: '330782101', name: '青溪镇', created_at: '2026-01-01T00:00:00Z' });
      tx.insert('org_unit', { id: 'G1', parent_id: 'TOWN', kind: 'grid', level: 3, code: '330782101001001', name: '第1网格', created_at: '2026-01-01T00:00:00Z' });
      tx.insert('staff', { id: 'S', name: '李强', phone: '13800000001', title: '', on_duty: 1, archived: 0, created_at: '2026-01-01T00:00:00Z' });
      for (let i = 0; i < 20; i++) {
        tx.insert('household_visit', {
          id: `V${String(i).padStart(2, '0')}`, household_id: `H${i}`, grid_id: 'G1', visit_date: `2026-10-${String(i + 1).padStart(2, '0')}`, staff_id: 'S',
          household_class: (i % 3) + 1, class_kind: 'other', met_name: '户主', situation: '', created_at: 1, updated_at: 1,
        });
      }
    });
    pull(a, b);
    clock.t = 200;
    // Apart: each PC draws the quarter for the same area; A records two outcomes, B one of the same.
    expect(drawVerification(a.writer, 'U-A', CLOCK_BASE + 200, '2026-Q4', ['G1'])).toBe(drawVerification(b.writer, 'U-B', CLOCK_BASE + 200, '2026-Q4', ['G1']));
    const drawn = (x: Pc) => x.db.prepare('SELECT id FROM visit_verification ORDER BY id').all() as { id: string }[];
    expect(drawn(a)).toEqual(drawn(b));
    const [first, second] = drawn(a).map((r) => r.id);
    recordOutcome(a.writer, { id: 'U-A', name: '督导甲' }, CLOCK_BASE + 200, first!, { visitId: first!, outcome: 'accurate', note: '', verifiedOn: '2026-11-20' });
    clock.t = 300;
    recordOutcome(b.writer, { id: 'U-B', name: '督导乙' }, CLOCK_BASE + 300, second!, { visitId: second!, outcome: 'unverified', note: '家中无人', verifiedOn: '2026-11-21' });
    for (let i = 0; i < 10 && pull(a, b) + pull(b, a) > 0; i++);
    const state = (x: Pc) => x.db.prepare('SELECT id, visit_id, outcome, note, verifier_name FROM visit_verification ORDER BY id').all();
    expect(state(a)).toEqual(state(b));
    expect(state(a)).toHaveLength(drawn(a).length);
    expect(state(a).slice(0, 2)).toEqual([
      { id: first, visit_id: first, outcome: 'accurate', note: '', verifier_name: '督导甲' },
      { id: second, visit_id: second, outcome: 'unverified', note: '家中无人', verifier_name: '督导乙' },
    ]);
    for (const x of [a, b]) expect(listDuplicates(readOnlyDb(x.db), { mask: true })).toEqual([]);
  });
});
