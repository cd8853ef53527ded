// The case state machine (事件闭环), in one place. Pure: the core enforces it, the UI uses it
// to enable buttons.
//
// Statuses form a lattice by stage (登记 10 → 受理 20 → 派遣 30 → 处置中 40 → 已处置 50 →
// 核查通过 60 → 已评价 70 → 结案 80; 不予受理 90 and 已合并 95 end a case). A case also has an
// epoch: any transition that lowers the stage — a rework return (返工), a reopen (重新打开), a
// re-dispatch after handling started — opens a new epoch. Two copies of a case therefore
// merge by (epoch, stage): the higher epoch wins, then the higher stage, so a status never
// goes backwards by accident during sync.
import type { Permission } from '../auth/roles';
import type { ExtensionState, Satisfaction } from './case-types';

export const CASE_STATUSES = [
  'registered',
  'accepted',
  'dispatched',
  'in_progress',
  'handled',
  'verified',
  'evaluated',
  'closed',
  'rejected',
  'merged',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const CASE_STATUS_LABELS: Record<CaseStatus, string> = {
  registered: '待受理',
  accepted: '待派遣',
  dispatched: '待处置',
  in_progress: '处置中',
  handled: '待核查',
  verified: '待评价',
  evaluated: '待结案',
  closed: '已结案',
  rejected: '不予受理',
  merged: '已合并',
};

export const STAGE: Record<CaseStatus, number> = {
  registered: 10,
  accepted: 20,
  dispatched: 30,
  in_progress: 40,
  handled: 50,
  verified: 60,
  evaluated: 70,
  closed: 80,
  rejected: 90,
  merged: 95,
};

/** Stage at and above which a case is finished (结案, 不予受理, 已合并). */
export const DONE_STAGE = STAGE.closed;
/** Stage below which the deadline clock runs (until the handler reports it handled). */
export const HANDLED_STAGE = STAGE.handled;

/** Statuses whose deadline is running (due soon / overdue apply). */
export const ACTIVE_STATUSES: readonly CaseStatus[] = CASE_STATUSES.filter((s) => STAGE[s] < HANDLED_STAGE);
/** Statuses of unfinished cases. */
export const OPEN_STATUSES: readonly CaseStatus[] = CASE_STATUSES.filter((s) => STAGE[s] < DONE_STAGE);
export const DONE_STATUSES: readonly CaseStatus[] = CASE_STATUSES.filter((s) => STAGE[s] >= DONE_STAGE);

export function isDone(status: CaseStatus): boolean {
  return STAGE[status] >= DONE_STAGE;
}

export const CASE_ACTIONS = [
  'register',
  'register_handled',
  'accept',
  'reject',
  'merge',
  'dispatch',
  'start',
  'progress',
  'request_extension',
  'decide_extension',
  'handle',
  'verify',
  'rework',
  'evaluate',
  'close',
  'reopen',
  'supervise',
  'unsupervise',
  'urge',
  'resolve_conflict',
] as const;
export type CaseActionType = (typeof CASE_ACTIONS)[number];

/** What a transition needs from the case beyond its status. */
export interface CaseSnapshot {
  status: CaseStatus;
  extensionState: ExtensionState | null;
  supervised: boolean;
  satisfaction: Satisfaction | null;
  /** 冲突待核: the note sync left when PCs moved the case apart (null: none). */
  syncConflict: string | null;
}

export type PermissionRule = Permission | { anyOf: readonly Permission[] } | { allOf: readonly Permission[] };

export interface Transition {
  label: string;
  /** Allowed current statuses; null for the actions that create a case. */
  from: readonly CaseStatus[] | null;
  /** The resulting status; 'same' keeps the current one. */
  to: CaseStatus | 'same';
  permission: PermissionRule;
  /** Extra condition on the case; returns the Chinese reason when not met. */
  guard?: (c: CaseSnapshot) => string | null;
}

const PRE_HANDLED: readonly CaseStatus[] = ['registered', 'accepted', 'dispatched', 'in_progress'];
const HANDLING: readonly CaseStatus[] = ['dispatched', 'in_progress'];

export const TRANSITIONS: Record<CaseActionType, Transition> = {
  register: { label: '登记', from: null, to: 'registered', permission: 'cases.intake' },
  register_handled: { label: '登记（现场处置）', from: null, to: 'handled', permission: { allOf: ['cases.intake', 'cases.handle'] } },
  accept: { label: '受理', from: ['registered'], to: 'accepted', permission: 'cases.dispatch' },
  reject: { label: '不予受理', from: ['registered', 'accepted'], to: 'rejected', permission: 'cases.dispatch' },
  merge: { label: '合并为重复事件', from: ['registered', 'accepted', 'dispatched'], to: 'merged', permission: 'cases.dispatch' },
  dispatch: { label: '派遣', from: ['accepted', 'dispatched', 'in_progress'], to: 'dispatched', permission: 'cases.dispatch' },
  start: { label: '开始处置', from: ['dispatched'], to: 'in_progress', permission: 'cases.handle' },
  progress: { label: '反馈进展', from: ['in_progress'], to: 'same', permission: 'cases.handle' },
  request_extension: {
    label: '申请延期',
    from: HANDLING,
    to: 'same',
    permission: 'cases.handle',
    guard: (c) => (c.extensionState === 'requested' ? '已有待审批的延期申请' : null),
  },
  decide_extension: {
    label: '审批延期',
    from: HANDLING,
    to: 'same',
    permission: 'cases.supervise',
    guard: (c) => (c.extensionState === 'requested' ? null : '没有待审批的延期申请'),
  },
  handle: { label: '处置完毕', from: HANDLING, to: 'handled', permission: 'cases.handle' },
  verify: { label: '核查通过', from: ['handled'], to: 'verified', permission: 'cases.verify' },
  rework: {
    label: '退回返工',
    from: ['handled', 'evaluated'],
    to: 'in_progress',
    permission: 'cases.verify',
    guard: (c) => (c.status === 'evaluated' && c.satisfaction !== 'dissatisfied' ? '群众评价为满意或基本满意，不能退回返工' : null),
  },
  evaluate: { label: '满意度评价', from: ['verified'], to: 'evaluated', permission: 'cases.verify' },
  close: { label: '结案', from: ['verified', 'evaluated'], to: 'closed', permission: 'cases.dispatch' },
  reopen: { label: '重新打开', from: ['closed', 'rejected'], to: 'accepted', permission: 'cases.supervise' },
  supervise: {
    label: '挂牌督办',
    from: OPEN_STATUSES,
    to: 'same',
    permission: 'cases.supervise',
    guard: (c) => (c.supervised ? '该事件已挂牌督办' : null),
  },
  unsupervise: {
    label: '撤销督办',
    from: OPEN_STATUSES,
    to: 'same',
    permission: 'cases.supervise',
    guard: (c) => (c.supervised ? null : '该事件未挂牌督办'),
  },
  urge: { label: '催办', from: PRE_HANDLED, to: 'same', permission: { anyOf: ['cases.supervise', 'cases.dispatch'] } },
  resolve_conflict: {
    label: '核实同步冲突',
    from: CASE_STATUSES,
    to: 'same',
    permission: 'cases.dispatch',
    guard: (c) => (c.syncConflict ? null : '该事件没有待核实的同步冲突'),
  },
};

export const CASE_ACTION_LABELS: Record<CaseActionType, string> = Object.fromEntries(
  CASE_ACTIONS.map((a) => [a, TRANSITIONS[a].label]),
) as Record<CaseActionType, string>;

export function permits(rule: PermissionRule, perms: readonly string[]): boolean {
  if (typeof rule === 'string') return perms.includes(rule);
  if ('anyOf' in rule) return rule.anyOf.some((p) => perms.includes(p));
  return rule.allOf.every((p) => perms.includes(p));
}

export type TransitionCheck =
  | { ok: true; to: CaseStatus; newEpoch: boolean }
  | { ok: false; code: 'FORBIDDEN' | 'INVALID_STATE'; message: string };

/**
 * Whether `perms` may take `action` on a case in `snapshot` (null: a case not yet created).
 * A forbidden action is reported before an impossible one.
 */
export function checkTransition(action: CaseActionType, snapshot: CaseSnapshot | null, perms: readonly string[]): TransitionCheck {
  const t = TRANSITIONS[action];
  if (!permits(t.permission, perms)) return { ok: false, code: 'FORBIDDEN', message: `当前账号无权${t.label}` };
  if (t.from === null) {
    if (snapshot) return { ok: false, code: 'INVALID_STATE', message: `事件已登记，不能再次${t.label}` };
    return { ok: true, to: t.to as CaseStatus, newEpoch: false };
  }
  if (!snapshot) return { ok: false, code: 'INVALID_STATE', message: `事件尚未登记，不能${t.label}` };
  if (!t.from.includes(snapshot.status)) {
    return { ok: false, code: 'INVALID_STATE', message: `事件当前为“${CASE_STATUS_LABELS[snapshot.status]}”，不能${t.label}` };
  }
  const blocked = t.guard?.(snapshot);
  if (blocked) return { ok: false, code: 'INVALID_STATE', message: `${blocked}，不能${t.label}` };
  const to = t.to === 'same' ? snapshot.status : t.to;
  return { ok: true, to, newEpoch: STAGE[to] < STAGE[snapshot.status] };
}

/** The actions (other than registering) that `perms` may take on the case now. */
export function availableActions(snapshot: CaseSnapshot, perms: readonly string[]): CaseActionType[] {
  return CASE_ACTIONS.filter((a) => TRANSITIONS[a].from !== null && checkTransition(a, snapshot, perms).ok);
}

export interface LatticeState {
  epoch: number;
  status: CaseStatus;
}

/** Orders two copies of a case's status: the later epoch wins, then the higher stage. */
export function compareCaseState(a: LatticeState, b: LatticeState): number {
  return a.epoch !== b.epoch ? a.epoch - b.epoch : STAGE[a.status] - STAGE[b.status];
}

/** The lattice join used when two PCs changed the same case offline. */
export function mergeCaseState<T extends LatticeState>(a: T, b: T): T {
  return compareCaseState(a, b) >= 0 ? a : b;
}
