// Every allowed and forbidden transition through the RPC boundary, table-driven over the
// state machine: an allowed action moves the case and adds timeline rows; a forbidden or
// impossible one is a clear Chinese error that writes nothing (no change log, no timeline).
import { defaultDepartmentId } from '../../../../electron/core/cases/catalogue-repo';
import { describe, expect, it } from 'vitest';
import { ROLES, type Role, ROLE_PERMISSIONS } from '../../../../shared/auth/roles';
import type { CaseActionDraft } from '../../../../shared/cases/case-inputs';
import { CASE_STATUSES, type CaseActionType, type CaseStatus } from '../../../../shared/cases/case-workflow';
import { SPEC } from '../../../unit/core/cases/case-workflow-spec';
import { caseIn, caseTown, type CaseTown } from './case-fixture';

type Act = Exclude<CaseActionType, 'register' | 'register_handled'>;
const ACTIONS = Object.keys(SPEC).filter((a) => SPEC[a as CaseActionType].from !== null) as Act[];

function input(t: CaseTown, action: Act): CaseActionDraft {
  switch (action) {
    case 'reject':
      return { type: 'reject', reason: '经核实反映不属实' };
    case 'merge':
      return { type: 'merge', targetId: t.register({ title: '另一件' }).id };
    case 'dispatch':
      return { type: 'dispatch', target: { kind: 'village' } };
    case 'progress':
      return { type: 'progress', note: '已联系当事人' };
    case 'request_extension':
      return { type: 'request_extension', days: 2, reason: '等待材料' };
    case 'decide_extension':
      return { type: 'decide_extension', approve: true };
    case 'handle':
      return { type: 'handle', result: '已处置' };
    case 'rework':
      return { type: 'rework', note: '未整改到位' };
    case 'evaluate':
      return { type: 'evaluate', satisfaction: 'satisfied' };
    case 'reopen':
      return { type: 'reopen', reason: '问题复发' };
    case 'urge':
      return { type: 'urge', note: '请尽快办理' };
    case 'resolve_conflict':
      return { type: 'resolve_conflict', note: '已核实，按现状继续办理' };
    default:
      return { type: action } as CaseActionDraft;
  }
}

/** A case in `status` with whatever the action's guard needs. */
function prepared(t: CaseTown, status: CaseStatus, action: Act, role?: Role): string {
  const handling = status === 'dispatched' || status === 'in_progress';
  const open = !['closed', 'rejected', 'merged'].includes(status);
  const id = caseIn(t, status, {
    extensionRequested: action === 'decide_extension' && handling,
    supervised: action === 'unsupervise' && open,
    dissatisfied: action === 'rework' && status === 'evaluated',
    // A department handler acts on its department's cases only.
    toDepartment: role === 'department_handler',
  });
  // 核实同步冲突 needs a case sync flagged.
  if (action === 'resolve_conflict') t.h.core.services.writer.transaction(null, (tx) => tx.update('case_record', id, { sync_conflict: '冲突待核：测试' }));
  return id;
}

/** Puts the scoped roles where the fixture's cases are: the worker on their grid, the handler in the department they go to. */
function scopeRoles(t: CaseTown): void {
  t.serve('grid_worker', [...t.grids, t.communityGrid]);
  const db = t.h.core.services.db;
  const user = db.prepare("SELECT id FROM user_account WHERE username = 'u_department_handler'").get() as { id: string };
  const dept = defaultDepartmentId(db, t.category('环境卫生').id, null);
  t.h.core.services.writer.transaction(null, (tx) => tx.update('user_account', user.id, { department_id: dept }));
}

function snapshot(t: CaseTown) {
  return { changes: t.h.changeCount(), events: t.eventCount() };
}

describe('every transition from every status (administrator)', () => {
  for (const action of ACTIONS) {
    it(`${action}`, () => {
      const t = caseTown();
      const spec = SPEC[action];
      for (const status of CASE_STATUSES) {
        const id = prepared(t, status, action);
        const act = input(t, action);
        const before = snapshot(t);
        const r = t.tryAct(id, act);
        if (spec.from!.includes(status)) {
          expect(r.ok, `${action} from ${status}: ${!r.ok && r.error.message}`).toBe(true);
          const c = t.h.call(t.h.adminToken, 'cases.get', { id });
          expect(c.status).toBe(spec.to === 'same' ? status : action === 'evaluate' ? 'evaluated' : spec.to);
          expect(t.eventCount()).toBeGreaterThan(before.events);
          expect(c.timeline.at(-1)!.action).toBe(action);
        } else {
          expect(r, `${action} from ${status}`).toMatchObject({ ok: false, error: { code: 'INVALID_STATE' } });
          expect(!r.ok && r.error.message).toMatch(/^事件\d{4}-\d{4}-[A-Z]+-\d{4}：事件当前为“.+”，不能/);
          expect(snapshot(t)).toEqual(before);
        }
      }
    });
  }
});

describe('every transition by every role', () => {
  it('needs the permission of the state machine; a refusal writes nothing', () => {
    const t = caseTown();
    for (const role of ROLES) t.token(role);
    scopeRoles(t);
    for (const action of ACTIONS) {
      const status = SPEC[action].from![0]!;
      for (const role of ROLES) {
        const id = prepared(t, status, action, role);
        const act = input(t, action);
        const before = snapshot(t);
        const r = t.tryAct(id, act, role);
        const spec = SPEC[action];
        const perms: readonly string[] = ROLE_PERMISSIONS[role];
        const allowed = spec.any ? spec.perms.some((p) => perms.includes(p)) : spec.perms.every((p) => perms.includes(p));
        if (allowed) expect(r.ok, `${role} ${action}: ${!r.ok && r.error.message}`).toBe(true);
        else {
          expect(r, `${role} ${action}`).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
          expect(!r.ok && r.error.message).toMatch(/无权/);
          expect(snapshot(t)).toEqual(before);
        }
      }
    }
  });

  it('registering needs intake; registering as handled on the spot also needs handling', () => {
    const t = caseTown();
    for (const role of ROLES) t.token(role);
    for (const role of ROLES) {
      const perms = ROLE_PERMISSIONS[role];
      const plain = t.h.core.invoke(t.token(role), 'cases.register', {
        source: 'patrol', categoryId: t.category('环境卫生').id, handlingType: 'general', title: '路边垃圾', gridId: t.grids[0]!,
      });
      expect(plain.ok, `${role} register`).toBe(perms.includes('cases.intake'));
      const before = snapshot(t);
      const onSpot = t.h.core.invoke(t.token(role), 'cases.register', {
        source: 'patrol', categoryId: t.category('环境卫生').id, handlingType: 'general', title: '路边垃圾', gridId: t.grids[0]!, onSpotResult: '已现场清理',
      });
      expect(onSpot.ok, `${role} register_handled`).toBe(perms.includes('cases.intake') && perms.includes('cases.handle'));
      if (!onSpot.ok) expect(snapshot(t)).toEqual(before);
      else expect((onSpot.data as { status: string }).status).toBe('handled');
    }
  });
});

describe('guards', () => {
  it('refuse a second extension request, a decision without request, a rework after a satisfied evaluation', () => {
    const t = caseTown();
    const a = caseIn(t, 'in_progress', { extensionRequested: true });
    const b = caseIn(t, 'in_progress');
    const c = caseIn(t, 'evaluated');
    const d = caseIn(t, 'dispatched', { supervised: true });
    const before = snapshot(t);
    expect(t.tryAct(a, { type: 'request_extension', days: 1, reason: '再延' })).toMatchObject({ ok: false, error: { message: expect.stringContaining('已有待审批的延期申请') } });
    expect(t.tryAct(b, { type: 'decide_extension', approve: true })).toMatchObject({ ok: false, error: { message: expect.stringContaining('没有待审批的延期申请') } });
    expect(t.tryAct(c, { type: 'rework', note: '不满意' })).toMatchObject({ ok: false, error: { code: 'INVALID_STATE' } });
    expect(t.tryAct(d, { type: 'supervise' })).toMatchObject({ ok: false, error: { message: expect.stringContaining('已挂牌督办') } });
    expect(t.tryAct(b, { type: 'evaluate', satisfaction: 'satisfied', rework: true })).toMatchObject({ ok: false });
    expect(snapshot(t)).toEqual(before);
  });

  it('rejects bad input before any check, naming the field', () => {
    const t = caseTown();
    const id = caseIn(t, 'registered');
    const before = snapshot(t);
    expect(t.tryAct(id, { type: 'reject', reason: '' })).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', message: expect.stringContaining('不予受理的理由') } });
    expect(t.tryAct(id, { type: 'fly' })).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect(t.tryAct('nope', { type: 'accept' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: '事件不存在' } });
    expect(snapshot(t)).toEqual(before);
  });
});
