// Reading a meeting's records (docs/meetings.md): the rows the methods return, mapped from the
// tables of migration 0016. The planned times of the items follow from the meeting's start and
// the planned minutes of the items before; which raising of a carried-over problem an item is
// counts the items that raised it in meetings not cancelled, up to this one.
import { MEETING_KINDS, type MeetingKind } from '../../../shared/meetings/meeting-kinds';
import type {
  AgendaItemRow, AttendanceRow, CarryRow, ItemOutcome, MeetingDetail, MeetingEventRow, MeetingRow, MeetingStatus, MeetingTaskRow,
} from '../../../shared/meetings/meeting-types';
import type { SectionKind } from '../../../shared/meetings/agenda-types';
import { AppError } from '../../../shared/rpc/errors';
import type { ReadDb } from '../db/read-db';

/** HH:MM plus `minutes` (wrapping past midnight). */
export function addMinutes(hhmm: string, minutes: number): string {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  const t = (((h * 60 + m + minutes) % 1440) + 1440) % 1440;
  return `${String(Math.floor(t / 60)).padStart(2, '0')}:${String(t % 60).padStart(2, '0')}`;
}

interface MeetingDbRow {
  id: string;
  kind: MeetingKind;
  title: string;
  meeting_date: string;
  start_time: string;
  place: string;
  scope_unit_id: string;
  scope_name: string;
  chair_name: string;
  recorder_name: string;
  status: MeetingStatus;
  started_at: number | null;
  ended_at: number | null;
  undecided_note: string;
  created_at: number;
  updated_at: number;
  planned_minutes: number;
}

const MEETING_SELECT = `SELECT m.*, coalesce(u.name, '') AS scope_name,
  (SELECT coalesce(sum(i.planned_minutes), 0) FROM meeting_item i WHERE i.meeting_id = m.id) AS planned_minutes
  FROM meeting m LEFT JOIN org_unit u ON u.id = m.scope_unit_id`;

function toMeeting(r: MeetingDbRow): MeetingRow {
  return {
    id: r.id,
    kind: r.kind,
    title: r.title,
    date: r.meeting_date,
    startTime: r.start_time,
    place: r.place,
    scopeUnitId: r.scope_unit_id,
    scopeName: r.scope_name,
    chairName: r.chair_name,
    recorderName: r.recorder_name,
    status: r.status,
    startedAt: r.started_at,
    endedAt: r.ended_at,
    undecidedNote: r.undecided_note,
    plannedMinutes: r.planned_minutes,
    plannedEnd: addMinutes(r.start_time, r.planned_minutes),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function findMeeting(db: ReadDb, id: string): MeetingRow | null {
  const r = db.cached(`${MEETING_SELECT} WHERE m.id = ?`).get(id) as MeetingDbRow | undefined;
  return r ? toMeeting(r) : null;
}

export function getMeeting(db: ReadDb, id: string): MeetingRow {
  const m = findMeeting(db, id);
  if (!m) throw new AppError('NOT_FOUND', '会议不存在');
  return m;
}

/** Meetings at the same start in the kinds' order (早例会 before 周例会 …), then as created: the same order on every PC. */
const KIND_ORDER = `CASE m.kind ${MEETING_KINDS.map((k, i) => `WHEN '${k}' THEN ${i}`).join(' ')} ELSE ${MEETING_KINDS.length} END`;

/** Meetings from `from` to `to` (inclusive), by day and start. */
export function meetingsBetween(db: ReadDb, from: string, to: string): MeetingRow[] {
  const rows = db
    .cached(`${MEETING_SELECT} WHERE m.meeting_date BETWEEN ? AND ? ORDER BY m.meeting_date, m.start_time, ${KIND_ORDER}, m.created_at, m.id`)
    .all(from, to) as MeetingDbRow[];
  return rows.map(toMeeting);
}

interface ItemDbRow {
  id: string;
  meeting_id: string;
  position: number;
  section: SectionKind;
  title: string;
  planned_minutes: number;
  notes: string;
  minutes: string;
  outcome: ItemOutcome;
  outcome_note: string;
  case_id: string | null;
  case_number: string | null;
  carry_id: string | null;
  times_raised: number | null;
  first_date: string | null;
}

/** How many items raised carry `c` in meetings not cancelled, up to the meeting (date, start, id) given. */
const RAISINGS_UP_TO = `(SELECT count(*) FROM meeting_item j JOIN meeting mj ON mj.id = j.meeting_id
  WHERE j.carry_id = i.carry_id AND mj.status <> 'cancelled' AND (mj.meeting_date, mj.start_time, mj.id) <= (m.meeting_date, m.start_time, m.id))`;

/** The agenda of a meeting in order, with planned times from its start. */
export function agendaItems(db: ReadDb, meeting: MeetingRow): AgendaItemRow[] {
  const rows = db
    .cached(
      `SELECT i.*, c.number AS case_number, CASE WHEN i.carry_id IS NULL THEN NULL ELSE ${RAISINGS_UP_TO} END AS times_raised, mc.first_date
       FROM meeting_item i JOIN meeting m ON m.id = i.meeting_id
       LEFT JOIN case_record c ON c.id = i.case_id LEFT JOIN meeting_carry mc ON mc.id = i.carry_id
       WHERE i.meeting_id = ? ORDER BY i.position, i.id`,
    )
    .all(meeting.id) as ItemDbRow[];
  let start = meeting.startTime;
  return rows.map((r) => {
    const end = addMinutes(start, r.planned_minutes);
    const row: AgendaItemRow = {
      id: r.id,
      meetingId: r.meeting_id,
      position: r.position,
      section: r.section,
      title: r.title,
      plannedMinutes: r.planned_minutes,
      plannedStart: start,
      plannedEndTime: end,
      notes: r.notes,
      minutes: r.minutes,
      outcome: r.outcome,
      outcomeNote: r.outcome_note,
      caseId: r.case_id,
      caseNumber: r.case_number,
      carryId: r.carry_id,
      timesRaised: r.carry_id ? r.times_raised : null,
      firstRaisedDate: r.carry_id ? r.first_date : null,
    };
    start = end;
    return row;
  });
}

interface AttendanceDbRow {
  id: string;
  meeting_id: string;
  user_id: string | null;
  staff_id: string | null;
  name: string;
  unit: string;
  status: AttendanceRow['status'];
  reason: string;
  signed_at: number | null;
}

const toAttendance = (r: AttendanceDbRow): AttendanceRow => ({
  id: r.id,
  meetingId: r.meeting_id,
  userId: r.user_id,
  staffId: r.staff_id,
  name: r.name,
  unit: r.unit,
  status: r.status,
  reason: r.reason,
  signedAt: r.signed_at,
});

/** Who was expected at a meeting and how they came, in the order they were added. */
export function attendanceOf(db: ReadDb, meetingId: string): AttendanceRow[] {
  return (db.cached('SELECT * FROM meeting_attendance WHERE meeting_id = ? ORDER BY rowid').all(meetingId) as AttendanceDbRow[]).map(toAttendance);
}

export function getAttendance(db: ReadDb, id: string): AttendanceRow {
  const r = db.cached('SELECT * FROM meeting_attendance WHERE id = ?').get(id) as AttendanceDbRow | undefined;
  if (!r) throw new AppError('NOT_FOUND', '参会人员不存在');
  return toAttendance(r);
}

interface TaskDbRow {
  id: string;
  meeting_id: string;
  meeting_title: string;
  meeting_date: string;
  item_id: string | null;
  title: string;
  owner_name: string;
  owner_user_id: string | null;
  owner_department_id: string | null;
  owner_unit_id: string | null;
  deadline: string;
  case_id: string | null;
  case_number: string | null;
  grid_id: string | null;
  grid_name: string | null;
  status: 'open' | 'done';
  done_at: number | null;
  done_by_name: string | null;
  done_note: string;
}

const TASK_SELECT = `SELECT t.*, m.title AS meeting_title, m.meeting_date, c.number AS case_number, g.name AS grid_name
  FROM meeting_task t JOIN meeting m ON m.id = t.meeting_id
  LEFT JOIN case_record c ON c.id = t.case_id LEFT JOIN org_unit g ON g.id = t.grid_id`;

const toTask = (r: TaskDbRow, today: string): MeetingTaskRow => ({
  id: r.id,
  meetingId: r.meeting_id,
  meetingTitle: r.meeting_title,
  meetingDate: r.meeting_date,
  itemId: r.item_id,
  title: r.title,
  ownerName: r.owner_name,
  ownerUserId: r.owner_user_id,
  ownerDepartmentId: r.owner_department_id,
  ownerUnitId: r.owner_unit_id,
  deadline: r.deadline,
  caseId: r.case_id,
  caseNumber: r.case_number,
  gridId: r.grid_id,
  gridName: r.grid_name,
  status: r.status,
  doneAt: r.done_at,
  doneByName: r.done_by_name,
  doneNote: r.done_note,
  overdue: r.status === 'open' && r.deadline < today,
});

export function getTask(db: ReadDb, id: string, today: string): MeetingTaskRow {
  const r = db.cached(`${TASK_SELECT} WHERE t.id = ?`).get(id) as TaskDbRow | undefined;
  if (!r) throw new AppError('NOT_FOUND', '任务不存在');
  return toTask(r, today);
}

/** Tasks (open, done or all; of one meeting or every one), by deadline; `overdue` as of `today`. */
export function listTasks(db: ReadDb, filter: { status: 'open' | 'done' | 'all'; meetingId?: string }, today: string): MeetingTaskRow[] {
  const rows = db
    .cached(`${TASK_SELECT} WHERE (? = 'all' OR t.status = ?) AND (? IS NULL OR t.meeting_id = ?) ORDER BY t.deadline, t.created_at, t.id`)
    .all(filter.status, filter.status, filter.meetingId ?? null, filter.meetingId ?? null) as TaskDbRow[];
  return rows.map((r) => toTask(r, today));
}

interface EventDbRow {
  id: string;
  meeting_id: string;
  at: number;
  actor_name: string;
  action: MeetingEventRow['action'];
  note: string;
}

export function historyOf(db: ReadDb, meetingId: string): MeetingEventRow[] {
  const rows = db.cached('SELECT * FROM meeting_event WHERE meeting_id = ? ORDER BY at, rowid').all(meetingId) as EventDbRow[];
  return rows.map((r) => ({ id: r.id, meetingId: r.meeting_id, at: r.at, actorName: r.actor_name, action: r.action, note: r.note }));
}

/** A meeting with its agenda, attendance, tasks (overdue as of `today`) and history. */
export function meetingDetail(db: ReadDb, id: string, today: string): MeetingDetail {
  const meeting = getMeeting(db, id);
  return {
    meeting,
    items: agendaItems(db, meeting),
    attendance: attendanceOf(db, id),
    tasks: listTasks(db, { status: 'all', meetingId: id }, today),
    history: historyOf(db, id),
  };
}

interface CarryDbRow {
  id: string;
  kind: MeetingKind;
  scope_unit_id: string;
  title: string;
  case_id: string | null;
  case_number: string | null;
  times_raised: number;
  first_date: string;
  status: 'open' | 'resolved';
  resolved_at: number | null;
  resolved_by_name: string | null;
  resolved_note: string;
}

const CARRY_SELECT = `SELECT mc.*, c.number AS case_number,
  (SELECT count(*) FROM meeting_item j JOIN meeting mj ON mj.id = j.meeting_id WHERE j.carry_id = mc.id AND mj.status <> 'cancelled') AS times_raised
  FROM meeting_carry mc LEFT JOIN case_record c ON c.id = mc.case_id`;

/** Carries in the order they were first raised: by day, then by the first item's place in its agenda. */
export const CARRY_ORDER = `mc.first_date, mc.created_at, (SELECT min(f.position) FROM meeting_item f WHERE f.carry_id = mc.id AND f.meeting_id = mc.first_meeting_id), mc.id`;

const toCarry = (r: CarryDbRow): CarryRow => ({
  id: r.id,
  kind: r.kind,
  scopeUnitId: r.scope_unit_id,
  title: r.title,
  caseId: r.case_id,
  caseNumber: r.case_number,
  timesRaised: r.times_raised,
  firstRaisedDate: r.first_date,
  status: r.status,
  resolvedAt: r.resolved_at,
  resolvedByName: r.resolved_by_name,
  resolvedNote: r.resolved_note,
});

export function getCarry(db: ReadDb, id: string): CarryRow {
  const r = db.cached(`${CARRY_SELECT} WHERE mc.id = ?`).get(id) as CarryDbRow | undefined;
  if (!r) throw new AppError('NOT_FOUND', '二次通报事项不存在');
  return toCarry(r);
}

/** Carried-over problems (open, resolved or all), the oldest first. */
export function listCarries(db: ReadDb, status: 'open' | 'resolved' | 'all'): CarryRow[] {
  const rows = db.cached(`${CARRY_SELECT} WHERE (? = 'all' OR mc.status = ?) ORDER BY ${CARRY_ORDER}`).all(status, status) as CarryDbRow[];
  return rows.map(toCarry);
}
