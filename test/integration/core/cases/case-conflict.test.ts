// 冲突待核 end to end on one PC: a timeline that forks (as sync leaves it when two PCs acted
// apart) flags the case; a dispatcher reviews it with a conclusion, which clears the flag and
// names the forks reviewed, so later batches do not flag the same fork again — a new one is.
import { describe, expect, it } from 'vitest';
import { flagCaseConflicts } from '../../../../electron/core/cases/case-sync';
import { caseIn, caseTown } from './case-fixture';

describe('冲突待核', () => {
  it('is flagged from a forked timeline, reviewed by a dispatcher, and not raised again for the same fork', () => {
    const t = caseTown();
    const id = caseIn(t, 'evaluated', { dissatisfied: true });
    const writer = t.h.core.services.writer;
    const flag = () => writer.transaction(null, (tx) => flagCaseConflicts(tx, new Map([['case_record', [id]]])));
    expect(flag()).toBe(0);
    // Another PC returned it for rework from the same state while this one closed it.
    t.act(id, { type: 'close' });
    writer.transaction(null, (tx) =>
      tx.insert('case_event', { id: 'E-OTHER-PC', case_id: id, at: t.clock.now, action: 'rework', from_status: 'evaluated', to_status: 'in_progress', epoch: 1 }),
    );
    expect(flag()).toBe(1);
    const flagged = t.h.call(t.token('dispatcher'), 'cases.get', { id });
    expect(flagged.syncConflict).toBe('冲突待核：在“待结案”时，不同电脑分别将其改为“处置中”、“已结案”，请核实后处理');
    expect(flagged.actions[0]).toBe('resolve_conflict');
    // A grid worker may not review it; a review needs a conclusion.
    expect(t.tryAct(id, { type: 'resolve_conflict', note: '已核实', attachments: [] }, 'grid_worker')).toMatchObject({ ok: false });
    expect(t.tryAct(id, { type: 'resolve_conflict', note: '', attachments: [] }, 'dispatcher')).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    const done = t.act(id, { type: 'resolve_conflict', note: '已与承办人核实，问题已解决，维持结案' }, 'dispatcher');
    expect(done.syncConflict).toBeNull();
    expect(done.status).toBe('closed');
    expect(done.timeline.find((e) => e.action === 'resolve_conflict')).toMatchObject({ note: '已与承办人核实，问题已解决，维持结案', data: { forks: ['0:evaluated'] } });
    expect(flag()).toBe(0);
    expect(t.tryAct(id, { type: 'resolve_conflict', note: '再次核实', attachments: [] }, 'dispatcher')).toMatchObject({ ok: false, error: { code: 'INVALID_STATE' } });
  });
});
