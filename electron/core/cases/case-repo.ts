// Reading cases: the row, the queue/list shape, and the full detail with its timeline.
import type { CaseAlertRow, CaseAttachmentMeta, CaseDetail, CaseEventRow, CaseRow, DispatchTargetKind, ExtensionState, Satisfaction } from '../../../shared/cases/case-types';
import {
  availableActions,
  CASE_ACTION_LABELS,
  type CaseActionType,
  type CaseSnapshot,
  type CaseStatus,
} from '../../../shared/cases/case-workflow';
import type { CaseSource, HandlingType, ResponsibilityLevel, Urgency } from '../../../shared/cases/case-types';
import { maskPhone } from '../../../shared/registry/citizen-id';
import { AppError } from '../../../shared/rpc/errors';
import type { ReadDb } from '../db/read-db';
import { listAlerts } from './case-alerts';
import { dueStateOf, dueWindow, overdueWorkingDays, type DueWindow } from './sla-deadline';

export interface CaseDbRow {
  id: string;
  number: string;
  title: string;
  description: string;
  source: CaseSource;
  external_ref: string | null;
  category_id: string;
  subcategory_id: string | null;
  handling_type: HandlingType;
  urgency: Urgency;
  level: ResponsibilityLevel;
  grid_id: string | null;
  village_id: string | null;
  address: string;
  lon: number | null;
  lat: number | null;
  reporter_name: string | null;
  reporter_phone: string | null;
  status: CaseStatus;
  stage: number;
  epoch: number;
  received_at: number;
  registered_by: string | null;
  registered_by_name: string;
  assignee_kind: DispatchTargetKind | null;
  assignee_unit_id: string | null;
  assignee_department_id: string | null;
  assignee_user_id: string | null;
  assignee_label: string | null;
  sla_days: number;
  deadline_at: number;
  extension_state: ExtensionState | null;
  extension_days: number | null;
  extension_reason: string | null;
  extension_count: number;
  rework_count: number;
  urge_count: number;
  reopen_count: number;
  supervised: number;
  supervise_note: string | null;
  satisfaction: Satisfaction | null;
  result: string | null;
  handled_at: number | null;
  verified_at: number | null;
  closed_at: number | null;
  on_time: number | null;
  merged_into_id: string | null;
  reject_reason: string | null;
  updated_at: number;
  /** 冲突待核: set by sync when PCs moved the case apart (cases/case-sync.ts). */
  sync_conflict: string | null;
}

export interface CaseListDbRow extends CaseDbRow {
  category_name: string | null;
  subcategory_name: string | null;
  grid_name: string | null;
  village_name: string | null;
}

/** Columns and joins of the list shape; `c` is case_record. */
export const CASE_LIST_SELECT = `SELECT c.*, cat.name AS category_name, sub.name AS subcategory_name, g.name AS grid_name, v.name AS village_name
  FROM case_record c
  LEFT JOIN case_category cat ON cat.id = c.category_id
  LEFT JOIN case_category sub ON sub.id = c.subcategory_id
  LEFT JOIN org_unit g ON g.id = c.grid_id
  LEFT JOIN org_unit v ON v.id = c.village_id`;

export function getCaseRow(db: ReadDb, id: string): CaseDbRow {
  const row = db.cached('SELECT * FROM case_record WHERE id = ?').get(id) as CaseDbRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', '事件不存在');
  return row;
}

export function snapshotOf(r: CaseDbRow): CaseSnapshot {
  return { status: r.status, extensionState: r.extension_state, supervised: r.supervised === 1, satisfaction: r.satisfaction, syncConflict: r.sync_conflict };
}

export function toCaseRow(db: ReadDb, r: CaseListDbRow, w: DueWindow): CaseRow {
  const dueState = dueStateOf(r.status, r.deadline_at, w);
  const overdueDays = dueState === 'overdue' ? overdueWorkingDays(db, r.deadline_at, w.now) : 0;
  const open = r.stage < 80;
  const highlight: CaseRow['highlight'] =
    dueState === 'overdue'
      ? 'overdue'
      : open && r.urgency === 'critical'
        ? 'critical'
        : dueState === 'due_soon'
          ? 'due_soon'
          : open && r.supervised === 1
            ? 'supervised'
            : open && r.urgency === 'urgent'
              ? 'urgent'
              : null;
  return {
    id: r.id,
    number: r.number,
    title: r.title,
    status: r.status,
    epoch: r.epoch,
    source: r.source,
    categoryId: r.category_id,
    categoryName: r.category_name ?? '',
    subcategoryId: r.subcategory_id,
    subcategoryName: r.subcategory_name,
    handlingType: r.handling_type,
    urgency: r.urgency,
    level: r.level,
    gridId: r.grid_id,
    gridName: r.grid_name,
    villageId: r.village_id,
    villageName: r.village_name,
    address: r.address,
    receivedAt: r.received_at,
    deadlineAt: r.deadline_at,
    updatedAt: r.updated_at,
    closedAt: r.closed_at,
    dueState,
    overdueWorkingDays: overdueDays,
    assigneeLabel: r.assignee_label,
    supervised: r.supervised === 1,
    urgeCount: r.urge_count,
    reworkCount: r.rework_count,
    extensionState: r.extension_state,
    satisfaction: r.satisfaction,
    highlight,
  };
}

interface EventDbRow {
  id: string;
  at: number;
  actor_id: string | null;
  actor_name: string;
  action: string;
  from_status: CaseStatus | null;
  to_status: CaseStatus | null;
  epoch: number;
  note: string;
  data: string | null;
  attachments: string | null;
}

const EXTRA_EVENT_LABELS: Record<string, string> = { merged_from: '合并重复事件', alert: '通报相邻网格', emergency_ack: '确认收到突发事件' };

export function timeline(db: ReadDb, caseId: string): CaseEventRow[] {
  const rows = db.cached('SELECT * FROM case_event WHERE case_id = ? ORDER BY at, id').all(caseId) as EventDbRow[];
  return rows.map((e) => ({
    id: e.id,
    at: e.at,
    actorId: e.actor_id,
    actorName: e.actor_name,
    action: e.action as CaseEventRow['action'],
    actionLabel: CASE_ACTION_LABELS[e.action as CaseActionType] ?? EXTRA_EVENT_LABELS[e.action] ?? e.action,
    fromStatus: e.from_status,
    toStatus: e.to_status,
    epoch: e.epoch,
    note: e.note,
    data: e.data ? (JSON.parse(e.data) as Record<string, unknown>) : null,
    attachments: e.attachments ? (JSON.parse(e.attachments) as CaseAttachmentMeta[]) : [],
  }));
}

export interface Viewer {
  permissions: readonly string[];
}

export function caseDetail(db: ReadDb, id: string, viewer: Viewer, now: number): CaseDetail {
  const r = db.cached(`${CASE_LIST_SELECT} WHERE c.id = ?`).get(id) as CaseListDbRow | undefined;
  if (!r) throw new AppError('NOT_FOUND', '事件不存在');
  const row = toCaseRow(db, r, dueWindow(db, now));
  const sensitive = viewer.permissions.includes('sensitive.read');
  const mergedInto = r.merged_into_id
    ? ((db.cached('SELECT id, number FROM case_record WHERE id = ?').get(r.merged_into_id) as { id: string; number: string } | undefined) ?? null)
    : null;
  const mergedFrom = db.cached('SELECT id, number FROM case_record WHERE merged_into_id = ? ORDER BY number').all(id) as { id: string; number: string }[];
  const alerts: CaseAlertRow[] = listAlerts(db, { caseId: id, includeAcknowledged: true });
  const assigneeUser = r.assignee_user_id
    ? (db.cached('SELECT display_name FROM user_account WHERE id = ?').get(r.assignee_user_id) as { display_name: string } | undefined)
    : undefined;
  return {
    ...row,
    description: r.description,
    externalRef: r.external_ref,
    lon: r.lon,
    lat: r.lat,
    reporterName: r.reporter_name,
    reporterPhone: r.reporter_phone ? (sensitive ? r.reporter_phone : maskPhone(r.reporter_phone)) : null,
    reporterPhoneMasked: !!r.reporter_phone && !sensitive,
    firstContactId: r.registered_by,
    firstContactName: r.registered_by_name,
    assigneeKind: r.assignee_kind,
    assigneeUnitId: r.assignee_unit_id,
    assigneeDepartmentId: r.assignee_department_id,
    assigneeUserId: r.assignee_user_id,
    assigneeUserName: assigneeUser?.display_name ?? null,
    slaDays: r.sla_days,
    stage: r.stage,
    extensionDays: r.extension_days,
    extensionReason: r.extension_reason,
    extensionCount: r.extension_count,
    reopenCount: r.reopen_count,
    superviseNote: r.supervise_note,
    result: r.result,
    handledAt: r.handled_at,
    verifiedAt: r.verified_at,
    onTime: r.on_time === null ? null : r.on_time === 1,
    mergedInto,
    mergedFrom,
    rejectReason: r.reject_reason,
    syncConflict: r.sync_conflict,
    timeline: timeline(db, id),
    alerts,
    actions: availableActions(snapshotOf(r), viewer.permissions),
  };
}
