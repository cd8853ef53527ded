// The case state machine written out independently of the implementation (SPEC §3 and the
// issue), used by the unit test of shared/cases/case-workflow.ts and the integration tests.
import type { Permission } from '../../../../shared/auth/roles';
import type { CaseActionType, CaseStatus } from '../../../../shared/cases/case-workflow';

export type Spec = { from: CaseStatus[] | null; to: CaseStatus | 'same'; perms: Permission[]; any?: boolean };
const OPEN: CaseStatus[] = ['registered', 'accepted', 'dispatched', 'in_progress', 'handled', 'verified', 'evaluated'];

export const SPEC: Record<CaseActionType, Spec> = {
  register: { from: null, to: 'registered', perms: ['cases.intake'] },
  register_handled: { from: null, to: 'handled', perms: ['cases.intake', 'cases.handle'] },
  accept: { from: ['registered'], to: 'accepted', perms: ['cases.dispatch'] },
  reject: { from: ['registered', 'accepted'], to: 'rejected', perms: ['cases.dispatch'] },
  merge: { from: ['registered', 'accepted', 'dispatched'], to: 'merged', perms: ['cases.dispatch'] },
  dispatch: { from: ['accepted', 'dispatched', 'in_progress'], to: 'dispatched', perms: ['cases.dispatch'] },
  start: { from: ['dispatched'], to: 'in_progress', perms: ['cases.handle'] },
  progress: { from: ['in_progress'], to: 'same', perms: ['cases.handle'] },
  request_extension: { from: ['dispatched', 'in_progress'], to: 'same', perms: ['cases.handle'] },
  decide_extension: { from: ['dispatched', 'in_progress'], to: 'same', perms: ['cases.supervise'] },
  handle: { from: ['dispatched', 'in_progress'], to: 'handled', perms: ['cases.handle'] },
  verify: { from: ['handled'], to: 'verified', perms: ['cases.verify'] },
  rework: { from: ['handled', 'evaluated'], to: 'in_progress', perms: ['cases.verify'] },
  evaluate: { from: ['verified'], to: 'evaluated', perms: ['cases.verify'] },
  close: { from: ['verified', 'evaluated'], to: 'closed', perms: ['cases.dispatch'] },
  reopen: { from: ['closed', 'rejected'], to: 'accepted', perms: ['cases.supervise'] },
  supervise: { from: OPEN, to: 'same', perms: ['cases.supervise'] },
  unsupervise: { from: OPEN, to: 'same', perms: ['cases.supervise'] },
  urge: { from: ['registered', 'accepted', 'dispatched', 'in_progress'], to: 'same', perms: ['cases.supervise', 'cases.dispatch'], any: true },
  // Only while sync has flagged the case 冲突待核; in any status.
  resolve_conflict: { from: [...OPEN, 'closed', 'rejected', 'merged'], to: 'same', perms: ['cases.dispatch'] },
};

