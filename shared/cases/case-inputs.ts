// Input schemas of the cases contract (shared by the core's validation and the UI's forms).
import { z } from 'zod';
import { isoDate as zDate } from '../calendar/calendar-api';
import { zPhone } from '../org/org-types';
import {
  CASE_SOURCES,
  DISPATCH_TARGETS,
  HANDLING_TYPES,
  RESPONSIBILITY_LEVELS,
  SATISFACTIONS,
  URGENCIES,
  type CaseSource,
} from './case-types';
import { CASE_STATUSES } from './case-workflow';
import { MAX_SLA_DAYS } from './sla-rules';

// ---------- intake forms per source ----------

export type SourceField = 'reporterName' | 'reporterPhone' | 'externalRef';

export interface SourceForm {
  /** Fields the intake form of this source must fill in. */
  requires: readonly SourceField[];
  /** What the external reference is called for this source (工单号, 交办单号 …). */
  externalRefLabel: string | null;
}

export const SOURCE_FORMS: Record<CaseSource, SourceForm> = {
  patrol: { requires: [], externalRefLabel: null },
  resident_phone: { requires: ['reporterPhone'], externalRefLabel: null },
  resident_visit: { requires: ['reporterName'], externalRefLabel: null },
  wechat: { requires: ['reporterName'], externalRefLabel: '微信群名称' },
  hotline: { requires: ['externalRef'], externalRefLabel: '12345工单号' },
  upper: { requires: ['externalRef'], externalRefLabel: '交办单号' },
  lower: { requires: [], externalRefLabel: '上报单位' },
  department: { requires: ['externalRef'], externalRefLabel: '移交部门及文号' },
  video: { requires: [], externalRefLabel: '监控点位' },
};

const FIELD_LABELS: Record<SourceField, string> = { reporterName: '反映人姓名', reporterPhone: '反映人电话', externalRef: '' };

/** Missing fields for the chosen source, as {path, message} with Chinese messages. */
export function sourceFormErrors(
  source: CaseSource,
  input: Partial<Record<SourceField, string | null | undefined>>,
): { path: string; message: string }[] {
  const form = SOURCE_FORMS[source];
  return form.requires
    .filter((f) => !input[f]?.trim())
    .map((f) => ({ path: f, message: `请填写${f === 'externalRef' ? form.externalRefLabel : FIELD_LABELS[f]}` }));
}

// ---------- shared pieces ----------

const zId = z.string().min(1);
const zNote = z.string().trim().max(2000, '说明不能超过2000字');
const zReason = (what: string) => z.string().trim().min(2, `请填写${what}`).max(2000, `${what}不能超过2000字`);

/** A small attachment (photo, scan) carried inline; at most about 2 MB each. */
export const attachmentInput = z.object({
  name: z.string().trim().min(1).max(120),
  mime: z.string().regex(/^(image\/(jpeg|png|webp|gif)|application\/pdf)$/, '附件只支持图片（JPG、PNG、WebP、GIF）或PDF'),
  dataBase64: z
    .string()
    .max(2_800_000, '单个附件不能超过2MB')
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, '附件内容不是有效的Base64'),
});
export type AttachmentInput = z.infer<typeof attachmentInput>;
const zAttachments = z.array(attachmentInput).max(6, '每次最多6个附件').default([]);

const zDays = z.number().int('天数须为整数').min(0, '天数不能为负数').max(MAX_SLA_DAYS, `时限不能超过${MAX_SLA_DAYS}个工作日`);

// ---------- register ----------

export const dispatchTargetInput = z.object({
  kind: z.enum(DISPATCH_TARGETS),
  /** The grid (kind grid) or village/community (kind village). */
  unitId: z.string().min(1).optional(),
  /** The town department (kind department); defaults to the category's department. */
  departmentId: z.string().min(1).optional(),
  /** The county department escalated to (kind county). */
  name: z.string().trim().min(1).max(60).optional(),
});
export type DispatchTargetInput = z.infer<typeof dispatchTargetInput>;

/** Where a case goes (派遣): the target and, optionally, the handling person. */
export const dispatchToInput = z.object({ target: dispatchTargetInput, assigneeUserId: z.string().min(1).optional() });

export const registerInput = z.object({
  source: z.enum(CASE_SOURCES),
  externalRef: z.string().trim().max(80).optional(),
  categoryId: zId,
  subcategoryId: z.string().min(1).optional(),
  handlingType: z.enum(HANDLING_TYPES),
  urgency: z.enum(URGENCIES).default('normal'),
  title: z.string().trim().min(2, '标题至少2个字').max(80, '标题不能超过80个字'),
  description: z.string().trim().max(4000, '描述不能超过4000字').default(''),
  address: z.string().trim().max(200).default(''),
  gridId: z.string().min(1, '请选择网格'),
  lon: z.number().min(-180).max(180).optional(),
  lat: z.number().min(-90).max(90).optional(),
  reporterName: z.string().trim().max(30).optional(),
  reporterPhone: zPhone.optional(),
  attachments: zAttachments,
  /** 一般性 cases the grid worker already handled on the spot: registered as handled (登记备案). */
  onSpotResult: z.string().trim().min(2, '请填写现场处置结果').max(2000).optional(),
  /** Accept at once (a dispatcher taking a call). */
  accept: z.boolean().default(false),
  /** Dispatch at once (a dispatcher taking a call and sending it on): implies accepting. */
  dispatch: dispatchToInput.optional(),
});
export type RegisterInput = z.infer<typeof registerInput>;

// ---------- transitions ----------

export const reclassifyInput = z.object({
  categoryId: zId.optional(),
  subcategoryId: z.string().min(1).nullable().optional(),
  handlingType: z.enum(HANDLING_TYPES).optional(),
  urgency: z.enum(URGENCIES).optional(),
  gridId: zId.optional(),
  title: z.string().trim().min(2).max(80).optional(),
});


const base = { note: zNote.optional(), attachments: zAttachments };

export const caseActionInput = z.discriminatedUnion('type', [
  z.object({ type: z.literal('accept'), ...base, reclassify: reclassifyInput.optional() }),
  z.object({ type: z.literal('reject'), ...base, reason: zReason('不予受理的理由') }),
  z.object({ type: z.literal('merge'), ...base, targetId: zId }),
  z.object({ type: z.literal('dispatch'), ...base, target: dispatchTargetInput, assigneeUserId: z.string().min(1).optional() }),
  z.object({ type: z.literal('start'), ...base }),
  z.object({ type: z.literal('progress'), attachments: zAttachments, note: zReason('进展情况') }),
  z.object({
    type: z.literal('request_extension'),
    attachments: zAttachments,
    days: z.number().int().min(1, '延期至少1个工作日').max(30, '延期不能超过30个工作日'),
    reason: zReason('延期理由'),
  }),
  z.object({
    type: z.literal('decide_extension'),
    ...base,
    approve: z.boolean(),
    /** Working days granted; defaults to the days requested. */
    days: z.number().int().min(1).max(30).optional(),
  }),
  z.object({ type: z.literal('handle'), attachments: zAttachments, result: zReason('处置结果') }),
  z.object({ type: z.literal('verify'), ...base }),
  z.object({ type: z.literal('rework'), attachments: zAttachments, note: zReason('返工原因') }),
  z.object({
    type: z.literal('evaluate'),
    ...base,
    satisfaction: z.enum(SATISFACTIONS),
    /** With 不满意: send the case back for rework at once. */
    rework: z.boolean().default(false),
  }),
  z.object({ type: z.literal('close'), ...base }),
  z.object({ type: z.literal('reopen'), attachments: zAttachments, reason: zReason('重新打开的理由') }),
  z.object({ type: z.literal('supervise'), ...base }),
  z.object({ type: z.literal('unsupervise'), ...base }),
  z.object({ type: z.literal('resolve_conflict'), ...base, note: zReason('核实结论') }),
  z.object({ type: z.literal('urge'), attachments: zAttachments, note: zReason('催办意见') }),
]);
export type CaseActionInput = z.infer<typeof caseActionInput>;
/** An action as a caller writes it (attachments and flags may be left out). */
export type CaseActionDraft = z.input<typeof caseActionInput>;

export const bulkActionInput = z.discriminatedUnion('type', [
  z.object({ type: z.literal('accept'), note: zNote.optional() }),
  z.object({ type: z.literal('dispatch'), note: zNote.optional(), target: dispatchTargetInput, assigneeUserId: z.string().min(1).optional() }),
  z.object({ type: z.literal('urge'), note: zReason('催办意见') }),
]);

// ---------- queues ----------

export const CASE_QUEUES = [
  'mine',
  'to_accept',
  'to_dispatch',
  'in_progress',
  'due_soon',
  'overdue',
  'supervised',
  'to_verify',
  'closed',
  'all',
] as const;
export type CaseQueue = (typeof CASE_QUEUES)[number];
export const CASE_QUEUE_LABELS: Record<CaseQueue, string> = {
  mine: '我的待办',
  to_accept: '待受理',
  to_dispatch: '待派遣',
  in_progress: '处置中',
  due_soon: '即将到期',
  overdue: '已超期',
  supervised: '督办事件',
  to_verify: '待核查结案',
  closed: '已办结',
  all: '全部事件',
};


export const caseFilterInput = z
  .object({
    gridId: z.string().min(1).optional(),
    villageId: z.string().min(1).optional(),
    /** A category or a subcategory. */
    categoryId: z.string().min(1).optional(),
    source: z.enum(CASE_SOURCES).optional(),
    handlingType: z.enum(HANDLING_TYPES).optional(),
    urgency: z.enum(URGENCIES).optional(),
    level: z.enum(RESPONSIBILITY_LEVELS).optional(),
    status: z.enum(CASE_STATUSES).optional(),
    /** Received on or after this Shanghai date. */
    from: zDate.optional(),
    /** Received on or before this Shanghai date. */
    to: zDate.optional(),
    /** Searches the number, title and address. */
    text: z.string().trim().max(60).optional(),
    /** Only cases flagged 冲突待核 (two PCs moved them apart while offline). */
    syncConflict: z.literal(true).optional(),
  })
  .default({});
export type CaseFilter = z.infer<typeof caseFilterInput>;

export const CASE_SORT_FIELDS = ['receivedAt', 'deadlineAt', 'updatedAt', 'urgency', 'number'] as const;
export type CaseSortField = (typeof CASE_SORT_FIELDS)[number];

export const caseSortInput = z.object({ field: z.enum(CASE_SORT_FIELDS), dir: z.enum(['asc', 'desc']) }).optional();
export type CaseSort = NonNullable<z.infer<typeof caseSortInput>>;

export const caseQueueInput = z.object({
  queue: z.enum(CASE_QUEUES),
  filter: caseFilterInput,
  sort: caseSortInput,
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(50),
});
export type CaseQueueInput = z.infer<typeof caseQueueInput>;

export const caseExportInput = z.object({
  queue: z.enum(CASE_QUEUES),
  filter: caseFilterInput,
  sort: caseSortInput,
  format: z.enum(['csv', 'xlsx']),
});

// ---------- catalogue and time limits ----------

export const categorySaveInput = z.object({
  id: z.string().min(1).optional(),
  parentId: z.string().min(1).nullable().optional(),
  code: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_-]{1,20}$/, '分类编码只能包含字母、数字、下划线')
    .optional(),
  name: z.string().trim().min(1, '分类名称不能为空').max(30, '分类名称不能超过30个字').optional(),
  departmentId: z.string().min(1).nullable().optional(),
  /** The category's own time limit (a rule keyed by this category only); null removes it. */
  timeLimitDays: zDays.nullable().optional(),
  defaultHandlingType: z.enum(HANDLING_TYPES).nullable().optional(),
  sortOrder: z.number().int().min(0).max(9999).optional(),
  archived: z.boolean().optional(),
});

export const slaRuleSaveInput = z.object({
  id: z.string().min(1).optional(),
  categoryId: z.string().min(1).nullable().default(null),
  handlingType: z.enum(HANDLING_TYPES).nullable().default(null),
  level: z.enum(RESPONSIBILITY_LEVELS).nullable().default(null),
  days: zDays,
  note: z.string().trim().max(200).default(''),
});

export const slaPreviewInput = z.object({
  categoryId: zId,
  subcategoryId: z.string().min(1).nullable().optional(),
  handlingType: z.enum(HANDLING_TYPES),
  /** The responsibility level; without it, the level the case would have at intake (see intakeLevel). */
  level: z.enum(RESPONSIBILITY_LEVELS).optional(),
  /** Registered as handled on the spot (登记备案). */
  onSpot: z.boolean().optional(),
  /** Dispatched at intake to this kind of target. */
  targetKind: z.enum(DISPATCH_TARGETS).optional(),
  /** Epoch ms; defaults to now. */
  at: z.number().int().optional(),
});

// ---------- intake helpers ----------

export const duplicateHintsInput = z.object({
  categoryId: zId,
  gridId: zId,
  days: z.number().int().min(1).max(30).default(3),
  excludeId: z.string().min(1).optional(),
});

export const locateInput = z
  .object({
    address: z.string().trim().max(200).optional(),
    lon: z.number().min(-180).max(180).optional(),
    lat: z.number().min(-90).max(90).optional(),
  })
  .refine((v) => !!v.address || (v.lon !== undefined && v.lat !== undefined), { message: '请提供地址或地图坐标' });

// ---------- calendar ----------

