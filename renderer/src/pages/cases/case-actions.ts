// Which buttons the case page offers: exactly the transitions the shared state machine allows
// for the case's state and the signed-in account's permissions, in workflow order, with the
// natural next step as the primary button.
import type { CaseDetail } from '../../../../shared/cases/case-types';
import { availableActions, CASE_ACTION_LABELS, type CaseActionType, type CaseStatus } from '../../../../shared/cases/case-workflow';

/** A button on the action bar; 审批延期 is two buttons (approve / refuse). */
export type ActionChoice = Exclude<CaseActionType, 'register' | 'register_handled' | 'decide_extension'> | 'approve_extension' | 'refuse_extension';

export const CHOICE_LABELS: Record<ActionChoice, string> = {
  accept: CASE_ACTION_LABELS.accept,
  reject: CASE_ACTION_LABELS.reject,
  merge: '合并',
  dispatch: CASE_ACTION_LABELS.dispatch,
  start: CASE_ACTION_LABELS.start,
  progress: '进展反馈',
  request_extension: CASE_ACTION_LABELS.request_extension,
  approve_extension: '批准延期',
  refuse_extension: '驳回延期',
  handle: CASE_ACTION_LABELS.handle,
  verify: CASE_ACTION_LABELS.verify,
  rework: '核查不通过返工',
  evaluate: CASE_ACTION_LABELS.evaluate,
  close: CASE_ACTION_LABELS.close,
  reopen: CASE_ACTION_LABELS.reopen,
  supervise: CASE_ACTION_LABELS.supervise,
  unsupervise: '取消督办',
  urge: CASE_ACTION_LABELS.urge,
  resolve_conflict: CASE_ACTION_LABELS.resolve_conflict,
};

const ORDER: readonly ActionChoice[] = [
  'resolve_conflict',
  'accept',
  'dispatch',
  'start',
  'progress',
  'handle',
  'verify',
  'evaluate',
  'close',
  'request_extension',
  'approve_extension',
  'refuse_extension',
  'rework',
  'urge',
  'supervise',
  'unsupervise',
  'merge',
  'reject',
  'reopen',
];

const NEXT: Partial<Record<CaseStatus, ActionChoice>> = {
  registered: 'accept',
  accepted: 'dispatch',
  dispatched: 'start',
  in_progress: 'handle',
  handled: 'verify',
  verified: 'evaluate',
  evaluated: 'close',
};

export const DANGER: ReadonlySet<ActionChoice> = new Set(['reject', 'rework', 'refuse_extension']);

export function choicesFor(c: CaseDetail, permissions: readonly string[]): { choices: ActionChoice[]; primary: ActionChoice | null } {
  const allowed = new Set(availableActions({ status: c.status, extensionState: c.extensionState, supervised: c.supervised, satisfaction: c.satisfaction, syncConflict: c.syncConflict }, permissions));
  const choices = ORDER.filter((a) => {
    if (a === 'approve_extension' || a === 'refuse_extension') return allowed.has('decide_extension');
    return allowed.has(a);
  });
  let primary = NEXT[c.status] ?? null;
  // A case sync flagged 冲突待核 is reviewed before anything else is done to it.
  if (c.syncConflict && choices.includes('resolve_conflict')) primary = 'resolve_conflict';
  // With an extension waiting, deciding it is the next step for whoever may decide it.
  if (c.extensionState === 'requested' && choices.includes('approve_extension')) primary = 'approve_extension';
  // A dispatcher or supervisor cannot handle it themselves: chase the handler when time runs short.
  if ((!primary || !choices.includes(primary)) && (c.dueState === 'overdue' || c.dueState === 'due_soon') && choices.includes('urge')) primary = 'urge';
  return { choices, primary: primary && choices.includes(primary) ? primary : null };
}
