// The state machine as a specification table, checked against shared/cases/case-workflow.ts
// for every status × action × role.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ROLES, ROLE_PERMISSIONS } from '../../../../shared/auth/roles';
import { SPEC, type Spec } from './case-workflow-spec';
import {
  availableActions,
  CASE_ACTIONS,
  CASE_STATUSES,
  checkTransition,
  mergeCaseState,
  STAGE,
  TRANSITIONS,
  type CaseActionType,
  type CaseSnapshot,
  type CaseStatus,
} from '../../../../shared/cases/case-workflow';

const may = (spec: Spec, perms: readonly string[]) => (spec.any ? spec.perms.some((p) => perms.includes(p)) : spec.perms.every((p) => perms.includes(p)));

/** A snapshot in which every guard of `action` is satisfied. */
function satisfied(status: CaseStatus, action: CaseActionType): CaseSnapshot {
  return {
    status,
    extensionState: action === 'decide_extension' ? 'requested' : null,
    supervised: action === 'unsupervise',
    satisfaction: action === 'rework' && status === 'evaluated' ? 'dissatisfied' : null,
    syncConflict: action === 'resolve_conflict' ? '冲突待核：…' : null,
  };
}

describe('case state machine', () => {
  it('lists every action of the specification, nothing more', () => {
    expect([...CASE_ACTIONS].sort()).toEqual(Object.keys(SPEC).sort());
  });

  for (const action of CASE_ACTIONS.filter((a) => SPEC[a].from !== null)) {
    const spec = SPEC[action];
    it(`${action}: allowed exactly from ${spec.from!.join(', ')} and only with ${spec.perms.join(spec.any ? ' or ' : ' and ')}`, () => {
      for (const status of CASE_STATUSES) {
        for (const role of ROLES) {
          const perms = ROLE_PERMISSIONS[role];
          const r = checkTransition(action, satisfied(status, action), perms);
          if (!may(spec, perms)) {
            expect(r, `${role} ${action} @${status}`).toMatchObject({ ok: false, code: 'FORBIDDEN' });
            expect(!r.ok && r.message).toMatch(/^当前账号无权/);
          } else if (!spec.from!.includes(status)) {
            expect(r, `${role} ${action} @${status}`).toMatchObject({ ok: false, code: 'INVALID_STATE' });
            expect(!r.ok && r.message).toContain('不能');
          } else {
            expect(r, `${role} ${action} @${status}`).toMatchObject({ ok: true, to: spec.to === 'same' ? status : spec.to });
          }
        }
      }
    });
  }

  it('creating actions need no case, and refuse an existing one', () => {
    for (const role of ROLES) {
      const perms = ROLE_PERMISSIONS[role];
      for (const a of ['register', 'register_handled'] as const) {
        const r = checkTransition(a, null, perms);
        expect(r.ok, `${role} ${a}`).toBe(may(SPEC[a], perms));
        if (may(SPEC[a], perms)) expect(checkTransition(a, satisfied('registered', a), perms)).toMatchObject({ ok: false, code: 'INVALID_STATE' });
      }
      expect(checkTransition('accept', null, ROLE_PERMISSIONS.admin)).toMatchObject({ ok: false, code: 'INVALID_STATE' });
    }
  });

  it('guards: one pending extension at a time, decisions need a request, rework after evaluation only when dissatisfied', () => {
    const all = ROLE_PERMISSIONS.admin;
    const s = (o: Partial<CaseSnapshot>): CaseSnapshot => ({ status: 'in_progress', extensionState: null, supervised: false, satisfaction: null, syncConflict: null, ...o });
    expect(checkTransition('request_extension', s({ extensionState: 'requested' }), all)).toMatchObject({ ok: false, message: expect.stringContaining('已有待审批的延期申请') });
    expect(checkTransition('request_extension', s({ extensionState: 'refused' }), all).ok).toBe(true);
    expect(checkTransition('decide_extension', s({}), all)).toMatchObject({ ok: false, message: expect.stringContaining('没有待审批的延期申请') });
    expect(checkTransition('rework', s({ status: 'evaluated', satisfaction: 'satisfied' }), all).ok).toBe(false);
    expect(checkTransition('rework', s({ status: 'evaluated', satisfaction: 'dissatisfied' }), all)).toMatchObject({ ok: true, to: 'in_progress', newEpoch: true });
    expect(checkTransition('supervise', s({ supervised: true }), all).ok).toBe(false);
    expect(checkTransition('unsupervise', s({ supervised: false }), all).ok).toBe(false);
  });

  it('never lowers the stage without opening a new epoch (rework, reopen, re-dispatch after start)', () => {
    for (const action of CASE_ACTIONS) {
      for (const status of CASE_STATUSES) {
        const r = checkTransition(action, satisfied(status, action), ROLE_PERMISSIONS.admin);
        if (!r.ok || TRANSITIONS[action].from === null) continue;
        if (STAGE[r.to] < STAGE[status]) expect(r.newEpoch, `${action} ${status}→${r.to}`).toBe(true);
        else expect(r.newEpoch, `${action} ${status}→${r.to}`).toBe(false);
      }
    }
    expect(checkTransition('rework', satisfied('handled', 'rework'), ROLE_PERMISSIONS.admin)).toMatchObject({ newEpoch: true });
    expect(checkTransition('reopen', satisfied('closed', 'reopen'), ROLE_PERMISSIONS.admin)).toMatchObject({ newEpoch: true });
    expect(checkTransition('dispatch', satisfied('in_progress', 'dispatch'), ROLE_PERMISSIONS.admin)).toMatchObject({ newEpoch: true });
  });

  it('merges two copies by (epoch, stage): a lattice join — commutative, associative, idempotent', () => {
    const state = fc.record({ epoch: fc.integer({ min: 0, max: 5 }), status: fc.constantFrom(...CASE_STATUSES) });
    const key = (s: { epoch: number; status: CaseStatus }) => `${s.epoch}:${STAGE[s.status]}`;
    fc.assert(
      fc.property(state, state, state, (a, b, c) => {
        expect(key(mergeCaseState(a, b))).toBe(key(mergeCaseState(b, a)));
        expect(key(mergeCaseState(mergeCaseState(a, b), c))).toBe(key(mergeCaseState(a, mergeCaseState(b, c))));
        expect(key(mergeCaseState(a, a))).toBe(key(a));
      }),
    );
    expect(mergeCaseState({ epoch: 0, status: 'closed' }, { epoch: 1, status: 'in_progress' }).status).toBe('in_progress');
    expect(mergeCaseState({ epoch: 1, status: 'handled' }, { epoch: 1, status: 'in_progress' }).status).toBe('handled');
  });

  it('offers each role only the buttons it may press', () => {
    const snap: CaseSnapshot = { status: 'registered', extensionState: null, supervised: false, satisfaction: null, syncConflict: null };
    expect(availableActions(snap, ROLE_PERMISSIONS.dispatcher)).toEqual(['accept', 'reject', 'merge', 'urge']);
    expect(availableActions(snap, ROLE_PERMISSIONS.grid_worker)).toEqual([]);
    expect(availableActions({ ...snap, status: 'in_progress' }, ROLE_PERMISSIONS.department_handler)).toEqual(['progress', 'request_extension', 'handle']);
    expect(availableActions({ ...snap, status: 'closed' }, ROLE_PERMISSIONS.supervisor)).toEqual(['reopen']);
    expect(availableActions(snap, ROLE_PERMISSIONS.display)).toEqual([]);
  });
});
