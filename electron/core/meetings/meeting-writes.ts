// The writes of a meeting's records (docs/meetings.md), each inside the caller's transaction with
// its rules checked there: create it with its generated agenda and expected participants, edit
// and reorder the agenda, start, record the items, end, cancel. The method handlers call them
// with the session's user and the core's clock; the demo town calls the same ones.
import { ulid } from 'ulid';
import { AGENDA_TEMPLATES, SECTION_LABELS, type SectionKind } from '../../../shared/meetings/agenda-types';
import { MEETING_KIND_LABELS, type MeetingKind } from '../../../shared/meetings/meeting-kinds';
import { ITEM_OUTCOME_LABELS, type ItemOutcome } from '../../../shared/meetings/meeting-types';
import { AppError } from '../../../shared/rpc/errors';
import type { WriteTx } from '../db/change-writer';
import type { ReadDb } from '../db/read-db';
import { itemContent } from './agenda-content';
import { expectedParticipants, insertAttendee } from './attendance';
import { CARRY_MINUTES, carriesToRaise, carryItemTitle, settleCarries } from './carry-over';
import { addMeetingEvent, caseOfRef, requireAgendaOpen, requireChangeable, shorten, type MeetingActor } from './meeting-guards';
import { agendaItems } from './meeting-store';
import { overdueTaskCount } from './meeting-tasks';
import { scheduledTitle } from './meeting-titles';

export type { MeetingActor };

/** Planned minutes of the overdue-tasks item and of an item added by hand (when not given). */
const TASKS_MINUTES = 5;
const CUSTOM_MINUTES = 5;

/** The town (the root org_unit): the scope of meetings created without one. */
export function townUnitId(db: ReadDb): string {
  const t = db.cached("SELECT id FROM org_unit WHERE parent_id IS NULL AND kind = 'town' ORDER BY id LIMIT 1").get() as { id: string } | undefined;
  if (!t) throw new AppError('INVALID_STATE', '尚未设置乡镇，不能安排会议');
  return t.id;
}

export interface MeetingEntry {
  kind: MeetingKind;
  date: string;
  startTime: string;
  scopeUnitId?: string;
  title?: string;
  place: string;
  chairName: string;
  recorderName: string;
}

interface AgendaSeed {
  section: SectionKind;
  title: string;
  minutes: number;
  carryId?: string;
  caseId?: string | null;
}

function insertItem(tx: WriteTx, meetingId: string, item: AgendaSeed, position: number, now: number): string {
  const id = ulid();
  tx.insert('meeting_item', {
    id,
    meeting_id: meetingId,
    position,
    section: item.section,
    title: item.title,
    planned_minutes: item.minutes,
    notes: '',
    minutes: '',
    outcome: 'pending',
    outcome_note: '',
    case_id: item.caseId ?? null,
    carry_id: item.carryId ?? null,
    content: null,
    updated_at: now,
  });
  return id;
}

/**
 * Creates a meeting with its generated agenda — the kind's sections, then one item per open
 * carry of the kind and scope (those whose case closed are resolved instead), then the overdue
 * tasks of the scope's meetings when there are any — and its expected participants. Returns its id.
 */
export function createMeetingTx(tx: WriteTx, input: MeetingEntry, who: MeetingActor, now: number): string {
  const { db } = tx;
  const scopeUnitId = input.scopeUnitId ?? townUnitId(db);
  const scope = db.cached('SELECT id, kind, name, archived FROM org_unit WHERE id = ?').get(scopeUnitId) as { id: string; kind: string; name: string; archived: number } | undefined;
  if (!scope || scope.archived) throw new AppError('BAD_INPUT', '会议范围（乡镇、村社区或网格）不存在', [{ path: 'scopeUnitId', message: '范围不存在' }]);
  if (!['town', 'village', 'community', 'grid'].includes(scope.kind)) {
    throw new AppError('BAD_INPUT', '会议范围应为乡镇、村（社区）或网格', [{ path: 'scopeUnitId', message: '范围不适用' }]);
  }
  const title = input.title?.trim() || (input.kind === 'adhoc' ? '' : scheduledTitle(input.kind, input.date, scope.kind === 'town' ? null : scope.name));
  if (!title) throw new AppError('BAD_INPUT', `请填写${MEETING_KIND_LABELS.adhoc}的名称`, [{ path: 'title', message: '请填写会议名称' }]);
  const id = ulid();
  // A second scheduled meeting of the kind, day and scope is refused by its natural key (sync/natural-keys.ts).
  tx.insert('meeting', {
    id,
    kind: input.kind,
    title,
    meeting_date: input.date,
    start_time: input.startTime,
    place: input.place,
    scope_unit_id: scopeUnitId,
    chair_name: input.chairName,
    recorder_name: input.recorderName,
    status: 'planned',
    started_at: null,
    ended_at: null,
    undecided_note: '',
    created_by: who.id,
    created_at: now,
    updated_at: now,
  });
  const items: AgendaSeed[] = AGENDA_TEMPLATES[input.kind].map((t) => ({
    section: t.section,
    title: SECTION_LABELS[t.section],
    minutes: t.minutes,
  }));
  for (const c of carriesToRaise(tx, input.kind, scopeUnitId, now)) {
    items.push({ section: 'carry_over', title: carryItemTitle(c.title), minutes: CARRY_MINUTES, carryId: c.id, caseId: c.case_id });
  }
  if (overdueTaskCount(db, scopeUnitId, input.date) > 0) items.push({ section: 'tasks_overdue', title: SECTION_LABELS.tasks_overdue, minutes: TASKS_MINUTES });
  items.forEach((item, i) => insertItem(tx, id, item, i, now));
  for (const p of expectedParticipants(db, scopeUnitId)) insertAttendee(tx, id, p);
  addMeetingEvent(tx, id, who, now, 'created', `${MEETING_KIND_LABELS[input.kind]}，${input.date} ${input.startTime}，议题${items.length}项`);
  return id;
}

export interface MeetingPatch {
  title?: string;
  date?: string;
  startTime?: string;
  place?: string;
  chairName?: string;
  recorderName?: string;
}

/** Edits a meeting's heading; its day and start only before it has started. */
export function updateMeetingTx(tx: WriteTx, meetingId: string, patch: MeetingPatch, now: number): void {
  const m = requireChangeable(tx.db, meetingId);
  const moves = (patch.date !== undefined && patch.date !== m.date) || (patch.startTime !== undefined && patch.startTime !== m.startTime);
  if (moves && m.status !== 'planned') throw new AppError('INVALID_STATE', '会议已开始，不能再更改日期和时间');
  const changed = tx.update('meeting', meetingId, {
    ...(patch.title !== undefined && { title: patch.title }),
    ...(patch.date !== undefined && { meeting_date: patch.date }),
    ...(patch.startTime !== undefined && { start_time: patch.startTime }),
    ...(patch.place !== undefined && { place: patch.place }),
    ...(patch.chairName !== undefined && { chair_name: patch.chairName }),
    ...(patch.recorderName !== undefined && { recorder_name: patch.recorderName }),
  });
  if (changed.length > 0) tx.update('meeting', meetingId, { updated_at: now });
}

export interface ItemEntry {
  meetingId: string;
  itemId?: string;
  title?: string;
  plannedMinutes?: number;
  notes?: string;
  caseRef?: string;
}

/** Adds an item typed by the organiser at the end, or edits an item's title, planned minutes, notes or linked case (before the meeting ends). Returns its id. */
export function saveItemTx(tx: WriteTx, input: ItemEntry, now: number): string {
  const { db } = tx;
  const m = requireAgendaOpen(db, input.meetingId);
  const caseId = input.caseRef === undefined ? undefined : input.caseRef === '' ? null : caseOfRef(db, input.caseRef);
  if (!input.itemId) {
    if (!input.title) throw new AppError('BAD_INPUT', '请填写议题', [{ path: 'title', message: '请填写议题' }]);
    const next = (db.cached('SELECT coalesce(max(position) + 1, 0) AS p FROM meeting_item WHERE meeting_id = ?').get(m.id) as { p: number }).p;
    const id = insertItem(tx, m.id, { section: 'custom', title: input.title, minutes: input.plannedMinutes ?? CUSTOM_MINUTES, caseId }, next, now);
    if (input.notes) tx.update('meeting_item', id, { notes: input.notes });
    return id;
  }
  const item = db.cached('SELECT id FROM meeting_item WHERE id = ? AND meeting_id = ?').get(input.itemId, m.id);
  if (!item) throw new AppError('NOT_FOUND', '议题不存在');
  const changed = tx.update('meeting_item', input.itemId, {
    ...(input.title !== undefined && { title: input.title }),
    ...(input.plannedMinutes !== undefined && { planned_minutes: input.plannedMinutes }),
    ...(input.notes !== undefined && { notes: input.notes }),
    ...(caseId !== undefined && { case_id: caseId }),
  });
  if (changed.length > 0) tx.update('meeting_item', input.itemId, { updated_at: now });
  return input.itemId;
}

function itemOf(db: ReadDb, itemId: string): { id: string; meeting_id: string; title: string; minutes: string; outcome: ItemOutcome; outcome_note: string } {
  const item = db.cached('SELECT id, meeting_id, title, minutes, outcome, outcome_note FROM meeting_item WHERE id = ?').get(itemId) as ReturnType<typeof itemOf> | undefined;
  if (!item) throw new AppError('NOT_FOUND', '议题不存在');
  return item;
}

/** Takes an item off an agenda not yet ended (the others close up); returns the meeting's id. */
export function removeItemTx(tx: WriteTx, itemId: string): string {
  const item = itemOf(tx.db, itemId);
  requireAgendaOpen(tx.db, item.meeting_id);
  if (tx.db.cached('SELECT 1 FROM meeting_task WHERE item_id = ?').get(itemId)) throw new AppError('INVALID_STATE', '该议题已有会议任务，不能删除');
  tx.remove('meeting_item', itemId);
  renumber(tx, item.meeting_id, (tx.db.cached('SELECT id FROM meeting_item WHERE meeting_id = ? ORDER BY position, id').all(item.meeting_id) as { id: string }[]).map((r) => r.id));
  return item.meeting_id;
}

function renumber(tx: WriteTx, meetingId: string, ids: string[]): void {
  ids.forEach((id, i) => tx.update('meeting_item', id, { position: i }));
}

/** Puts an agenda not yet ended in the order given; `itemIds` must be exactly its items. */
export function reorderTx(tx: WriteTx, meetingId: string, itemIds: string[]): void {
  const m = requireAgendaOpen(tx.db, meetingId);
  const ids = (tx.db.cached('SELECT id FROM meeting_item WHERE meeting_id = ?').all(m.id) as { id: string }[]).map((r) => r.id);
  const given = new Set(itemIds);
  if (given.size !== itemIds.length || itemIds.length !== ids.length || ids.some((id) => !given.has(id))) {
    throw new AppError('BAD_INPUT', '议题顺序与会议议程不一致，请刷新后重试', [{ path: 'itemIds', message: '议题列表不一致' }]);
  }
  renumber(tx, m.id, itemIds);
}

export function startTx(tx: WriteTx, meetingId: string, who: MeetingActor, now: number): void {
  const m = requireChangeable(tx.db, meetingId);
  if (m.status !== 'planned') throw new AppError('INVALID_STATE', m.status === 'running' ? '会议已在进行中' : '会议已结束，不能再开始');
  tx.update('meeting', m.id, { status: 'running', started_at: now, updated_at: now });
  addMeetingEvent(tx, m.id, who, now, 'started');
}

export interface RecordEntry {
  itemId: string;
  minutes?: string;
  outcome?: ItemOutcome;
  outcomeNote?: string;
}

/**
 * The recorder's minutes and the outcome of an item. After the meeting ended only the minutes and
 * the outcome's note may change, and each change is written to the meeting's history (before → after).
 * Returns the meeting's id and whether a finished meeting's record was edited.
 */
export function recordItemTx(tx: WriteTx, input: RecordEntry, who: MeetingActor, now: number): { meetingId: string; editedAfterEnd: boolean } {
  const item = itemOf(tx.db, input.itemId);
  const m = requireChangeable(tx.db, item.meeting_id);
  const finished = m.status === 'finished';
  if (finished && input.outcome !== undefined && input.outcome !== item.outcome) {
    throw new AppError('INVALID_STATE', '会议已结束，议定结果不能更改；可修改纪要和说明');
  }
  const changed = tx.update('meeting_item', item.id, {
    ...(input.minutes !== undefined && { minutes: input.minutes }),
    ...(input.outcome !== undefined && { outcome: input.outcome }),
    ...(input.outcomeNote !== undefined && { outcome_note: input.outcomeNote }),
  });
  if (changed.length === 0) return { meetingId: m.id, editedAfterEnd: false };
  tx.update('meeting_item', item.id, { updated_at: now });
  if (finished) {
    const parts: string[] = [];
    if (changed.includes('minutes')) parts.push(`纪要：“${shorten(item.minutes) || '（空）'}” → “${shorten(input.minutes ?? '') || '（空）'}”`);
    if (changed.includes('outcome_note')) parts.push(`说明：“${shorten(item.outcome_note) || '（空）'}” → “${shorten(input.outcomeNote ?? '') || '（空）'}”`);
    addMeetingEvent(tx, m.id, who, now, 'minutes_edited', `${item.title}：${parts.join('；')}`);
  }
  return { meetingId: m.id, editedAfterEnd: finished };
}

/**
 * Ends a meeting (planned or running). Items still 未议定 need a note saying why; then carries are
 * opened, kept or resolved item by item, each item's content is frozen as it stands, and the end
 * goes into the history.
 */
export function finishTx(tx: WriteTx, meetingId: string, undecidedNote: string | undefined, who: MeetingActor, now: number): void {
  const { db } = tx;
  const m = requireChangeable(db, meetingId);
  if (m.status === 'finished') throw new AppError('INVALID_STATE', '会议已结束');
  const note = (undecidedNote ?? '').trim();
  const pending = (db.cached("SELECT count(*) AS n FROM meeting_item WHERE meeting_id = ? AND outcome = 'pending'").get(m.id) as { n: number }).n;
  if (pending > 0 && !note) {
    throw new AppError('BAD_INPUT', `还有 ${pending} 个议题未议定，请逐项议定，或写明未议定的原因`, [{ path: 'undecidedNote', message: '请写明未议定的原因' }]);
  }
  settleCarries(tx, m, who, now);
  for (const item of agendaItems(db, m)) {
    tx.update('meeting_item', item.id, { content: JSON.stringify(itemContent(db, m, item, m.date)) });
  }
  tx.update('meeting', m.id, { status: 'finished', started_at: m.startedAt ?? now, ended_at: now, undecided_note: pending > 0 ? note : '', updated_at: now });
  const decided = Object.entries(
    (db.cached('SELECT outcome, count(*) AS n FROM meeting_item WHERE meeting_id = ? GROUP BY outcome').all(m.id) as { outcome: ItemOutcome; n: number }[]).reduce<Record<string, number>>(
      (acc, r) => ({ ...acc, [ITEM_OUTCOME_LABELS[r.outcome]]: r.n }),
      {},
    ),
  )
    .map(([label, n]) => `${label}${n}项`)
    .join('，');
  addMeetingEvent(tx, m.id, who, now, 'finished', pending > 0 ? `${decided}；未议定原因：${note}` : decided);
}

/** Cancels a meeting not yet ended, with the reason. */
export function cancelTx(tx: WriteTx, meetingId: string, reason: string, who: MeetingActor, now: number): void {
  const m = requireChangeable(tx.db, meetingId);
  if (m.status === 'finished') throw new AppError('INVALID_STATE', '会议已结束，不能取消');
  tx.update('meeting', m.id, { status: 'cancelled', updated_at: now });
  addMeetingEvent(tx, m.id, who, now, 'cancelled', reason);
}

