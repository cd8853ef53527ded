// Vocabulary of the cases domain (SPEC §3 事件闭环): sources, handling types, responsibility
// levels, urgency, satisfaction — each with its Chinese label — and the shapes the core returns.
import type { CaseActionType, CaseStatus } from './case-workflow';
import type { Role } from '../auth/roles';

export const CASE_SOURCES = [
  'patrol',
  'resident_phone',
  'resident_visit',
  'wechat',
  'hotline',
  'upper',
  'lower',
  'department',
  'video',
] as const;
export type CaseSource = (typeof CASE_SOURCES)[number];

export const CASE_SOURCE_LABELS: Record<CaseSource, string> = {
  patrol: '网格巡查上报',
  resident_phone: '群众来电',
  resident_visit: '群众来访',
  wechat: '微信群反映',
  hotline: '12345热线',
  upper: '上级交办',
  lower: '下级上报',
  department: '部门移交',
  video: '视频巡查',
};

export const HANDLING_TYPES = ['general', 'coordination', 'emergency', 'approval'] as const;
export type HandlingType = (typeof HANDLING_TYPES)[number];
export const HANDLING_TYPE_LABELS: Record<HandlingType, string> = {
  general: '一般性',
  coordination: '需协调',
  emergency: '突发性',
  approval: '需审批',
};

/** Responsibility levels (区分责任、分类处理): grid → village/community → town department → county. */
export const RESPONSIBILITY_LEVELS = ['grid', 'village', 'town', 'county'] as const;
export type ResponsibilityLevel = (typeof RESPONSIBILITY_LEVELS)[number];
export const RESPONSIBILITY_LEVEL_LABELS: Record<ResponsibilityLevel, string> = {
  grid: '网格内',
  village: '村/社区',
  town: '镇职能部门',
  county: '县级部门',
};

/** The level a new case starts at, by handling type, until it is dispatched. */
export const DEFAULT_LEVEL_BY_TYPE: Record<HandlingType, ResponsibilityLevel> = {
  general: 'grid',
  coordination: 'village',
  emergency: 'town',
  approval: 'town',
};

export const URGENCIES = ['normal', 'urgent', 'critical'] as const;
export type Urgency = (typeof URGENCIES)[number];
export const URGENCY_LABELS: Record<Urgency, string> = { normal: '一般', urgent: '紧急', critical: '特急' };

export const SATISFACTIONS = ['satisfied', 'basically', 'dissatisfied'] as const;
export type Satisfaction = (typeof SATISFACTIONS)[number];
export const SATISFACTION_LABELS: Record<Satisfaction, string> = { satisfied: '满意', basically: '基本满意', dissatisfied: '不满意' };

/** Where a case is dispatched: a grid, a village/community, a town department, or escalated to the county. */
export const DISPATCH_TARGETS = ['grid', 'village', 'department', 'county'] as const;
export type DispatchTargetKind = (typeof DISPATCH_TARGETS)[number];
export const DISPATCH_TARGET_LABELS: Record<DispatchTargetKind, string> = {
  grid: '派至网格',
  village: '派至村/社区',
  department: '派至镇职能部门',
  county: '上报县级部门',
};
export const LEVEL_OF_TARGET: Record<DispatchTargetKind, ResponsibilityLevel> = {
  grid: 'grid',
  village: 'village',
  department: 'town',
  county: 'county',
};

export type ExtensionState = 'requested' | 'approved' | 'refused';
export const EXTENSION_STATE_LABELS: Record<ExtensionState, string> = { requested: '延期待审批', approved: '已批准延期', refused: '延期未批准' };

export type DueState = 'ok' | 'due_soon' | 'overdue';
export const DUE_STATE_LABELS: Record<DueState, string> = { ok: '正常', due_soon: '即将到期', overdue: '已超期' };

// ---------- shapes returned by the core ----------

export interface CaseRow {
  id: string;
  number: string;
  title: string;
  status: CaseStatus;
  epoch: number;
  source: CaseSource;
  categoryId: string;
  categoryName: string;
  subcategoryId: string | null;
  subcategoryName: string | null;
  handlingType: HandlingType;
  urgency: Urgency;
  level: ResponsibilityLevel;
  gridId: string | null;
  gridName: string | null;
  villageId: string | null;
  villageName: string | null;
  address: string;
  /** Epoch ms; show in Asia/Shanghai. */
  receivedAt: number;
  deadlineAt: number;
  updatedAt: number;
  closedAt: number | null;
  /** Only while the deadline clock runs (registered … in progress); null otherwise. */
  dueState: DueState | null;
  overdueWorkingDays: number;
  assigneeLabel: string | null;
  supervised: boolean;
  urgeCount: number;
  reworkCount: number;
  extensionState: ExtensionState | null;
  satisfaction: Satisfaction | null;
  /** Why the row should stand out in a queue, most pressing first; null for an ordinary row. */
  highlight: 'overdue' | 'critical' | 'due_soon' | 'supervised' | 'urgent' | null;
}

export interface CaseAttachmentMeta {
  id: string;
  name: string;
  mime: string;
  size: number;
}

export interface CaseEventRow {
  id: string;
  at: number;
  actorId: string | null;
  actorName: string;
  action: CaseActionType | 'merged_from' | 'alert' | 'emergency_ack';
  actionLabel: string;
  fromStatus: CaseStatus | null;
  toStatus: CaseStatus | null;
  epoch: number;
  note: string;
  data: Record<string, unknown> | null;
  attachments: CaseAttachmentMeta[];
}

/** An account that can handle cases, offered as the handling person (承办人) at 派遣. */
export interface CaseAssignee {
  id: string;
  displayName: string;
  role: Role;
  roleLabel: string;
  departmentId: string | null;
  departmentName: string | null;
}

export interface CaseAlertRow {
  id: string;
  caseId: string;
  caseNumber: string;
  caseTitle: string;
  unitId: string;
  unitName: string;
  sourceUnitId: string | null;
  sourceUnitName: string | null;
  createdAt: number;
  acknowledgedAt: number | null;
  acknowledgedByName: string | null;
}

export interface CaseDetail extends CaseRow {
  description: string;
  externalRef: string | null;
  lon: number | null;
  lat: number | null;
  reporterName: string | null;
  /** Masked ('138****5678') unless the session may read sensitive data. */
  reporterPhone: string | null;
  reporterPhoneMasked: boolean;
  /** 首问责任人: the user who registered the case; stays accountable for the feedback. */
  firstContactId: string | null;
  firstContactName: string;
  assigneeKind: DispatchTargetKind | null;
  assigneeUnitId: string | null;
  assigneeDepartmentId: string | null;
  assigneeUserId: string | null;
  /** Display name of the named handling person (承办人), if one was named at dispatch. */
  assigneeUserName: string | null;
  slaDays: number;
  stage: number;
  extensionDays: number | null;
  extensionReason: string | null;
  extensionCount: number;
  reopenCount: number;
  superviseNote: string | null;
  result: string | null;
  handledAt: number | null;
  verifiedAt: number | null;
  onTime: boolean | null;
  mergedInto: { id: string; number: string } | null;
  mergedFrom: { id: string; number: string }[];
  rejectReason: string | null;
  /** 冲突待核: what two PCs did apart to this case, for a person to review (null: none). */
  syncConflict: string | null;
  timeline: CaseEventRow[];
  alerts: CaseAlertRow[];
  /** Actions the calling session may take now (for enabling buttons). */
  actions: CaseActionType[];
}

export interface DuplicateHint {
  id: string;
  number: string;
  title: string;
  status: CaseStatus;
  receivedAt: number;
  address: string;
}

export interface LocateCandidate {
  gridId: string;
  gridName: string;
  villageId: string | null;
  villageName: string | null;
  /** How it was found: the point lies in the grid's boundary, or a name appears in the address. */
  method: 'point' | 'address';
  matched: string;
}

export interface LocateResult {
  best: LocateCandidate | null;
  candidates: LocateCandidate[];
}
