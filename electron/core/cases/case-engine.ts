// Enforces the case state machine (shared/cases/case-workflow.ts) on the database: every
// action is checked against the actor's permissions and the case's current state before
// anything is written, then applied as one update of the case plus insert-only timeline rows,
// inside the caller's single writer transaction. Any error rolls the whole action back.
import { monotonicFactory } from 'ulid';
import type { AttachmentInput, CaseActionInput, DispatchTargetInput, RegisterInput } from '../../../shared/cases/case-inputs';
import { sourceFormErrors } from '../../../shared/cases/case-inputs';
import {
  DEFAULT_LEVEL_BY_TYPE,
  DISPATCH_TARGET_LABELS,
  LEVEL_OF_TARGET,
  type CaseAttachmentMeta,
  type HandlingType,
  type ResponsibilityLevel,
} from '../../../shared/cases/case-types';
import { checkTransition, STAGE, type CaseActionType, type CaseStatus } from '../../../shared/cases/case-workflow';
import { AppError } from '../../../shared/rpc/errors';
import { intakeLevel } from '../../../shared/cases/sla-rules';
import type { Row, WriteTx } from '../db/change-writer';
import { writeAlerts } from './case-alerts';
import { mintCaseNumber } from './case-number';
import { getCaseRow, snapshotOf, type CaseDbRow } from './case-repo';
import { caseForks } from './case-sync';
import { defaultDepartmentId, getCategoryRow } from './catalogue-repo';
import { caseDeadline, deadlineFor, extendDeadline } from './sla-deadline';
import { resolveCarriesOfClosedCase } from '../meetings/carry-over';

export interface Actor {
  id: string | null;
  name: string;
  permissions: readonly string[];
}

/** What an action needs: the open write transaction, the time of the action and who takes it. */
export interface Env {
  tx: WriteTx;
  now: number;
  actor: Actor;
  devicePrefix: string;
  /** Id source (the demo passes a seeded one); monotonic ULIDs by default. */
  newId?: () => string;
}

const monotonic = monotonicFactory();
const newId = (env: Env): string => (env.newId ? env.newId() : monotonic(env.now));

function check(action: CaseActionType, c: CaseDbRow | null, actor: Actor): { to: CaseStatus; newEpoch: boolean } {
  const r = checkTransition(action, c ? snapshotOf(c) : null, actor.permissions);
  if (!r.ok) throw new AppError(r.code, c ? `事件${c.number}：${r.message}` : r.message);
  return r;
}

function base64Size(b64: string): number {
  const pad = b64.endsWith('==') ? 2 : b64.endsWith('=') ? 1 : 0;
  return Math.max(0, Math.floor((b64.length * 3) / 4) - pad);
}

interface EventSpec {
  action: CaseActionType | 'merged_from' | 'alert' | 'emergency_ack';
  from: CaseStatus | null;
  to: CaseStatus | null;
  epoch: number;
  note?: string;
  data?: Record<string, unknown> | null;
  attachments?: readonly AttachmentInput[];
}

/** Inserts one timeline row (and its attachments). Timeline rows are never updated or deleted. */
export function addEvent(env: Env, caseId: string, e: EventSpec): string {
  const id = newId(env);
  const metas: CaseAttachmentMeta[] = (e.attachments ?? []).map((a) => {
    const meta = { id: newId(env), name: a.name, mime: a.mime, size: base64Size(a.dataBase64) };
    env.tx.insert('case_attachment', { ...meta, case_id: caseId, event_id: id, data: a.dataBase64, created_at: env.now });
    return meta;
  });
  env.tx.insert('case_event', {
    id,
    case_id: caseId,
    at: env.now,
    actor_id: env.actor.id,
    actor_name: env.actor.name,
    action: e.action,
    from_status: e.from,
    to_status: e.to,
    epoch: e.epoch,
    note: e.note ?? '',
    data: e.data ? JSON.stringify(e.data) : null,
    attachments: metas.length ? JSON.stringify(metas) : null,
  });
  return id;
}

interface Classification {
  categoryId: string;
  subcategoryId: string | null;
  gridId: string;
  villageId: string | null;
}

function checkClassification(env: Env, categoryId: string, subcategoryId: string | null, gridId: string): Classification {
  const db = env.tx.db;
  const cat = getCategoryRow(db, categoryId);
  if (cat.parent_id) throw new AppError('BAD_INPUT', `“${cat.name}”是小类，请选择它所属的大类`);
  if (cat.archived) throw new AppError('INVALID_STATE', `分类“${cat.name}”已停用`);
  if (subcategoryId) {
    const sub = getCategoryRow(db, subcategoryId);
    if (sub.parent_id !== cat.id) throw new AppError('BAD_INPUT', `小类“${sub.name}”不属于“${cat.name}”`);
    if (sub.archived) throw new AppError('INVALID_STATE', `分类“${sub.name}”已停用`);
  }
  const grid = db.cached('SELECT id, kind, name, parent_id, archived FROM org_unit WHERE id = ?').get(gridId) as
    | { id: string; kind: string; name: string; parent_id: string | null; archived: number }
    | undefined;
  if (!grid) throw new AppError('NOT_FOUND', '网格不存在');
  if (grid.kind !== 'grid') throw new AppError('BAD_INPUT', `“${grid.name}”不是网格，请选择事件所在的网格`);
  if (grid.archived) throw new AppError('INVALID_STATE', `网格“${grid.name}”已归档`);
  return { categoryId: cat.id, subcategoryId, gridId: grid.id, villageId: grid.parent_id };
}

function slaDeadline(env: Env, c: { categoryId: string; subcategoryId: string | null; handlingType: HandlingType; level: ResponsibilityLevel }, from: number) {
  const d = caseDeadline(env.tx.db, c, from);
  return { sla_days: d.days, deadline_at: d.deadlineAt };
}

/** Registers a case (登记); returns its id. */
export function registerCase(env: Env, input: RegisterInput): string {
  const onSpot = input.onSpotResult !== undefined;
  const { to } = check(onSpot ? 'register_handled' : 'register', null, env.actor);
  if (onSpot && input.handlingType !== 'general') throw new AppError('BAD_INPUT', '只有一般性事件可以现场处置后登记备案');
  if (onSpot && (input.accept || input.dispatch)) throw new AppError('BAD_INPUT', '现场处置的事件已处置完毕，无需受理或派遣');
  const missing = sourceFormErrors(input.source, input);
  if (missing.length) throw new AppError('BAD_INPUT', `${missing.map((m) => m.message).join('；')}`, missing);
  const cls = checkClassification(env, input.categoryId, input.subcategoryId ?? null, input.gridId);
  const level: ResponsibilityLevel = intakeLevel(input.handlingType, { onSpot });
  const id = newId(env);
  const number = mintCaseNumber(env.tx, env.devicePrefix, env.now);
  const limits = slaDeadline(env, { ...cls, handlingType: input.handlingType, level }, env.now);
  env.tx.insert('case_record', {
    id,
    number,
    title: input.title,
    description: input.description,
    source: input.source,
    external_ref: input.externalRef || null,
    category_id: cls.categoryId,
    subcategory_id: cls.subcategoryId,
    handling_type: input.handlingType,
    urgency: input.urgency,
    level,
    grid_id: cls.gridId,
    village_id: cls.villageId,
    address: input.address,
    lon: input.lon ?? null,
    lat: input.lat ?? null,
    reporter_name: input.reporterName || null,
    reporter_phone: input.reporterPhone || null,
    status: to,
    stage: STAGE[to],
    received_at: env.now,
    registered_by: env.actor.id,
    registered_by_name: env.actor.name,
    ...limits,
    // epoch, the counters and the supervision flag start at their column defaults (0).
    result: onSpot ? input.onSpotResult : null,
    handled_at: onSpot ? env.now : null,
    updated_at: env.now,
  });
  addEvent(env, id, {
    action: onSpot ? 'register_handled' : 'register',
    from: null,
    to,
    epoch: 0,
    note: onSpot ? input.onSpotResult : input.description,
    data: { number, source: input.source, handlingType: input.handlingType, level, slaDays: limits.sla_days, deadlineAt: limits.deadline_at },
    attachments: input.attachments,
  });
  if (input.handlingType === 'emergency') alertNeighbours(env, getCaseRow(env.tx.db, id));
  if (input.accept || input.dispatch) applyAction(env, id, { type: 'accept', attachments: [] });
  if (input.dispatch) applyAction(env, id, { type: 'dispatch', attachments: [], ...input.dispatch });
  return id;
}

function alertNeighbours(env: Env, c: CaseDbRow): void {
  const names = writeAlerts(env.tx, c.id, c.grid_id, env.now);
  if (names.length) {
    addEvent(env, c.id, { action: 'alert', from: null, to: null, epoch: c.epoch, note: `突发性事件，已通报相邻网格：${names.join('、')}`, data: { units: names } });
  }
}

interface Target {
  kind: DispatchTargetInput['kind'];
  unitId: string | null;
  departmentId: string | null;
  label: string;
}

function resolveTarget(env: Env, c: CaseDbRow, t: DispatchTargetInput): Target {
  const db = env.tx.db;
  if (t.kind === 'grid' || t.kind === 'village') {
    const unitId = t.unitId ?? (t.kind === 'grid' ? c.grid_id : c.village_id);
    const unit = unitId
      ? (db.cached('SELECT id, kind, name, archived FROM org_unit WHERE id = ?').get(unitId) as { id: string; kind: string; name: string; archived: number } | undefined)
      : undefined;
    if (!unit) throw new AppError('BAD_INPUT', t.kind === 'grid' ? '请选择承办网格' : '请选择承办村/社区');
    const ok = t.kind === 'grid' ? unit.kind === 'grid' : unit.kind === 'village' || unit.kind === 'community';
    if (!ok) throw new AppError('BAD_INPUT', `“${unit.name}”不是${t.kind === 'grid' ? '网格' : '村/社区'}`);
    if (unit.archived) throw new AppError('INVALID_STATE', `“${unit.name}”已归档`);
    return { kind: t.kind, unitId: unit.id, departmentId: null, label: unit.name };
  }
  if (t.kind === 'department') {
    const deptId = t.departmentId ?? defaultDepartmentId(db, c.category_id, c.subcategory_id);
    const dept = deptId
      ? (db.cached('SELECT id, name, archived FROM department WHERE id = ?').get(deptId) as { id: string; name: string; archived: number } | undefined)
      : undefined;
    if (!dept) throw new AppError('BAD_INPUT', '请选择承办部门');
    if (dept.archived) throw new AppError('INVALID_STATE', `部门“${dept.name}”已停用`);
    return { kind: 'department', unitId: null, departmentId: dept.id, label: dept.name };
  }
  if (!t.name) throw new AppError('BAD_INPUT', '请填写上报的县级部门');
  return { kind: 'county', unitId: null, departmentId: null, label: `县级：${t.name}` };
}

function checkUser(env: Env, userId: string | undefined): string | null {
  if (!userId) return null;
  const u = env.tx.db.cached('SELECT disabled, display_name FROM user_account WHERE id = ?').get(userId) as { disabled: number; display_name: string } | undefined;
  if (!u) throw new AppError('NOT_FOUND', '承办人账号不存在');
  if (u.disabled) throw new AppError('INVALID_STATE', `账号“${u.display_name}”已停用`);
  return userId;
}

/** Applies one action to a case. Throws (and the caller's transaction rolls back) when it is not allowed. */
export function applyAction(env: Env, caseId: string, action: CaseActionInput): void {
  const db = env.tx.db;
  const c = getCaseRow(db, caseId);
  const { to, newEpoch } = check(action.type, c, env.actor);
  const epoch = newEpoch ? c.epoch + 1 : c.epoch;
  const patch: Row = {};
  let note = 'note' in action ? (action.note ?? '') : '';
  let data: Record<string, unknown> | null = null;
  const after: ((c: CaseDbRow) => void)[] = [];
  const sub = { categoryId: c.category_id, subcategoryId: c.subcategory_id, handlingType: c.handling_type, level: c.level };

  switch (action.type) {
    case 'accept': {
      const r = action.reclassify;
      if (r) {
        const cls = checkClassification(
          env,
          r.categoryId ?? c.category_id,
          r.subcategoryId !== undefined ? r.subcategoryId : r.categoryId && r.categoryId !== c.category_id ? null : c.subcategory_id,
          r.gridId ?? c.grid_id ?? '',
        );
        const handlingType = r.handlingType ?? c.handling_type;
        const level = handlingType !== c.handling_type ? DEFAULT_LEVEL_BY_TYPE[handlingType] : c.level;
        Object.assign(patch, {
          category_id: cls.categoryId,
          subcategory_id: cls.subcategoryId,
          grid_id: cls.gridId,
          village_id: cls.villageId,
          handling_type: handlingType,
          level,
          urgency: r.urgency ?? c.urgency,
          title: r.title ?? c.title,
          ...slaDeadline(env, { ...cls, handlingType, level }, c.received_at),
        });
        data = { reclassified: r };
        if (handlingType === 'emergency') after.push((updated) => alertNeighbours(env, updated));
      }
      break;
    }
    case 'reject':
      patch.reject_reason = action.reason;
      note = action.reason;
      break;
    case 'merge': {
      const target = getCaseRow(db, action.targetId);
      if (target.id === c.id) throw new AppError('BAD_INPUT', '不能合并到自身');
      if (target.status === 'merged' || target.status === 'rejected') {
        throw new AppError('INVALID_STATE', `目标事件${target.number}已合并或不予受理，不能作为合并对象`);
      }
      patch.merged_into_id = target.id;
      data = { targetId: target.id, targetNumber: target.number };
      after.push(() => {
        addEvent(env, target.id, {
          action: 'merged_from',
          from: target.status,
          to: target.status,
          epoch: target.epoch,
          note: `重复事件${c.number}“${c.title}”已并入本事件${action.note ? `：${action.note}` : ''}`,
          data: { duplicateId: c.id, duplicateNumber: c.number },
        });
        env.tx.update('case_record', target.id, { updated_at: env.now });
      });
      break;
    }
    case 'dispatch': {
      const target = resolveTarget(env, c, action.target);
      const level = LEVEL_OF_TARGET[target.kind];
      const limits = slaDeadline(env, { ...sub, level }, env.now);
      const assigneeUserId = checkUser(env, action.assigneeUserId);
      Object.assign(patch, {
        assignee_kind: target.kind,
        assignee_unit_id: target.unitId,
        assignee_department_id: target.departmentId,
        assignee_user_id: assigneeUserId,
        assignee_label: target.label,
        level,
        ...limits,
        extension_state: null,
        extension_days: null,
        extension_reason: null,
      });
      // The named handling person is kept with the target: notifications tell whom a dispatch was for.
      data = { target: { ...target, kindLabel: DISPATCH_TARGET_LABELS[target.kind] }, assigneeUserId, level, slaDays: limits.sla_days, deadlineAt: limits.deadline_at };
      if (c.handling_type === 'emergency') after.push((updated) => alertNeighbours(env, updated));
      break;
    }
    case 'start':
    case 'progress':
    case 'verify':
      if (action.type === 'verify') patch.verified_at = env.now;
      break;
    case 'request_extension':
      Object.assign(patch, { extension_state: 'requested', extension_days: action.days, extension_reason: action.reason });
      note = action.reason;
      data = { days: action.days };
      break;
    case 'decide_extension': {
      if (action.approve) {
        const days = action.days ?? c.extension_days ?? 1;
        const deadline = extendDeadline(db, c.deadline_at, days);
        Object.assign(patch, { extension_state: 'approved', extension_days: days, extension_count: c.extension_count + 1, deadline_at: deadline });
        data = { approved: true, days, reason: c.extension_reason, oldDeadlineAt: c.deadline_at, deadlineAt: deadline };
      } else {
        patch.extension_state = 'refused';
        data = { approved: false, reason: c.extension_reason, days: c.extension_days };
      }
      break;
    }
    case 'handle':
      Object.assign(patch, { result: action.result, handled_at: env.now });
      note = action.result;
      break;
    case 'rework':
      Object.assign(patch, reworkPatch(env, c));
      break;
    case 'evaluate': {
      if (action.rework && action.satisfaction !== 'dissatisfied') throw new AppError('BAD_INPUT', '只有群众评价“不满意”时才能退回返工');
      patch.satisfaction = action.satisfaction;
      data = { satisfaction: action.satisfaction };
      if (action.rework) {
        after.push(() => applyAction(env, c.id, { type: 'rework', note: action.note || '群众评价不满意，退回返工', attachments: [] }));
      }
      break;
    }
    case 'close': {
      const onTime = c.handled_at !== null && c.handled_at <= c.deadline_at;
      Object.assign(patch, { closed_at: env.now, on_time: onTime ? 1 : 0 });
      data = { onTime, evaluated: c.satisfaction !== null };
      break;
    }
    case 'reopen': {
      const limits = slaDeadline(env, sub, env.now);
      Object.assign(patch, {
        reopen_count: c.reopen_count + 1,
        closed_at: null,
        on_time: null,
        handled_at: null,
        verified_at: null,
        satisfaction: null,
        reject_reason: null,
        extension_state: null,
        ...limits,
      });
      note = action.reason;
      break;
    }
    case 'supervise':
      Object.assign(patch, { supervised: 1, supervise_note: action.note || null });
      break;
    case 'unsupervise':
      patch.supervised = 0;
      break;
    case 'urge':
      patch.urge_count = c.urge_count + 1;
      data = { urgeCount: c.urge_count + 1 };
      break;
    case 'resolve_conflict':
      // The forks reviewed are named in the event, so sync does not flag them again.
      patch.sync_conflict = null;
      data = { forks: caseForks(env.tx, c.id)?.keys ?? [], conflict: c.sync_conflict };
      break;
  }

  env.tx.update('case_record', c.id, { ...patch, status: to, stage: STAGE[to], epoch, updated_at: env.now });
  addEvent(env, c.id, { action: action.type, from: c.status, to, epoch, note, data, attachments: action.attachments });
  // A problem raised at meetings on this case (二次通报) is resolved by its closing.
  if (to === 'closed') resolveCarriesOfClosedCase(env.tx, c.id, env.now);
  if (after.length) {
    const updated = getCaseRow(db, c.id);
    for (const f of after) f(updated);
  }
}

/** A case going back to handling: a new round with a fresh deadline (the counting of reworks is the 返工率). */
function reworkPatch(env: Env, c: CaseDbRow): Row {
  return {
    rework_count: c.rework_count + 1,
    handled_at: null,
    verified_at: null,
    satisfaction: null,
    deadline_at: deadlineFor(env.tx.db, env.now, c.sla_days),
  };
}
