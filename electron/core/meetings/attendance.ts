// Who is expected at a meeting and how they came (docs/meetings.md, "Attendance"): the centre's
// accounts that take part in meetings and, for a village's or grid's meeting, the staff serving
// its grids; anyone else added by account, staff record or name. Sign-in, late arrival, leave
// (请假, with its reason) and absence are recorded per person.
import { ulid } from 'ulid';
import { ROLE_LABELS, ROLES, roleHas, type Role } from '../../../shared/auth/roles';
import type { AttendanceStatus } from '../../../shared/meetings/meeting-types';
import { TEAM_ROLE_LABELS, type TeamRole } from '../../../shared/org/org-types';
import { AppError } from '../../../shared/rpc/errors';
import type { WriteTx } from '../db/change-writer';
import type { ReadDb } from '../db/read-db';
import { requireChangeable, type MeetingActor } from './meeting-guards';

export interface Participant {
  userId: string | null;
  staffId: string | null;
  name: string;
  unit: string;
}

/** Roles that take part in meetings: those that read them (not the system administrator) and the departments' handlers. */
const attends = (role: Role) => role !== 'admin' && (roleHas(role, 'meetings.read') || role === 'department_handler');

/**
 * The expected participants of a meeting of the scope, in a fixed order: the active accounts
 * that take part (by role, then name; a department handler under its department's name), then
 * for a village or grid the staff serving its grids (by grid code, then name) not already listed.
 */
export function expectedParticipants(db: ReadDb, scopeUnitId: string): Participant[] {
  const accounts = db
    .cached(
      `SELECT u.id, u.display_name, u.role, u.staff_id, d.name AS department FROM user_account u LEFT JOIN department d ON d.id = u.department_id
       WHERE u.disabled = 0 ORDER BY u.display_name, u.id`,
    )
    .all() as { id: string; display_name: string; role: Role; staff_id: string | null; department: string | null }[];
  const order = (r: Role) => ROLES.indexOf(r);
  const out: Participant[] = accounts
    .filter((a) => ROLES.includes(a.role) && attends(a.role))
    .sort((a, b) => order(a.role) - order(b.role))
    .map((a) => ({ userId: a.id, staffId: a.staff_id, name: a.display_name, unit: a.department ?? ROLE_LABELS[a.role] }));
  const scope = db.cached('SELECT kind FROM org_unit WHERE id = ?').get(scopeUnitId) as { kind: string } | undefined;
  if (!scope || scope.kind === 'town') return out;
  const staff = db
    .cached(
      `SELECT s.id, s.name, g.name AS grid, a.team_role FROM staff_assignment a JOIN staff s ON s.id = a.staff_id JOIN org_unit g ON g.id = a.unit_id
       WHERE s.archived = 0 AND (g.id = ? OR g.parent_id = ?) ORDER BY g.code, s.name, s.id, a.team_role`,
    )
    .all(scopeUnitId, scopeUnitId) as { id: string; name: string; grid: string; team_role: TeamRole }[];
  const seen = new Set(out.map((p) => p.staffId).filter((s): s is string => !!s));
  for (const s of staff) {
    if (seen.has(s.id)) continue;
    seen.add(s.id);
    out.push({ userId: null, staffId: s.id, name: s.name, unit: `${s.grid}${TEAM_ROLE_LABELS[s.team_role] ?? ''}` });
  }
  return out;
}

export function insertAttendee(tx: WriteTx, meetingId: string, p: Participant): string {
  const id = ulid();
  tx.insert('meeting_attendance', { id, meeting_id: meetingId, user_id: p.userId, staff_id: p.staffId, name: p.name, unit: p.unit, status: 'expected', reason: '', signed_at: null });
  return id;
}

export interface AttendeeInput {
  meetingId: string;
  userId?: string;
  staffId?: string;
  name?: string;
  unit: string;
}

/** Adds a person (an account, a staff member or a typed name) once to a meeting not cancelled. */
export function addAttendeeTx(tx: WriteTx, input: AttendeeInput): string {
  const { db } = tx;
  const meeting = requireChangeable(db, input.meetingId);
  let p: Participant;
  if (input.userId) {
    const u = db.cached('SELECT u.display_name, u.role, u.staff_id, d.name AS department FROM user_account u LEFT JOIN department d ON d.id = u.department_id WHERE u.id = ?').get(input.userId) as
      | { display_name: string; role: Role; staff_id: string | null; department: string | null }
      | undefined;
    if (!u) throw new AppError('BAD_INPUT', '该账号不存在', [{ path: 'userId', message: '账号不存在' }]);
    p = { userId: input.userId, staffId: u.staff_id, name: u.display_name, unit: input.unit || u.department || (ROLES.includes(u.role) ? ROLE_LABELS[u.role] : '') };
  } else if (input.staffId) {
    const s = db.cached('SELECT name, title FROM staff WHERE id = ?').get(input.staffId) as { name: string; title: string } | undefined;
    if (!s) throw new AppError('BAD_INPUT', '该工作人员不存在', [{ path: 'staffId', message: '工作人员不存在' }]);
    p = { userId: null, staffId: input.staffId, name: s.name, unit: input.unit || s.title };
  } else {
    const name = (input.name ?? '').trim();
    if (!name) throw new AppError('BAD_INPUT', '请选择账号、工作人员或填写姓名', [{ path: 'name', message: '请填写姓名' }]);
    p = { userId: null, staffId: null, name, unit: input.unit };
  }
  const dup = db
    .cached(
      `SELECT name FROM meeting_attendance WHERE meeting_id = ? AND ((? IS NOT NULL AND user_id = ?) OR (? IS NOT NULL AND staff_id = ?)
        OR (user_id IS NULL AND staff_id IS NULL AND ? IS NULL AND ? IS NULL AND name = ?))`,
    )
    .get(meeting.id, p.userId, p.userId, p.staffId, p.staffId, p.userId, p.staffId, p.name) as { name: string } | undefined;
  if (dup) throw new AppError('CONFLICT', `${dup.name}已在参会名单中`);
  return insertAttendee(tx, meeting.id, p);
}

/** Records how a person came: signed in or late (with the time), on leave (with the reason), absent, or back to expected. */
export function signInTx(tx: WriteTx, attendanceId: string, status: AttendanceStatus, reason: string | undefined, _who: MeetingActor, now: number): void {
  const row = tx.db.cached('SELECT meeting_id, signed_at FROM meeting_attendance WHERE id = ?').get(attendanceId) as { meeting_id: string; signed_at: number | null } | undefined;
  if (!row) throw new AppError('NOT_FOUND', '参会人员不存在');
  requireChangeable(tx.db, row.meeting_id);
  const why = (reason ?? '').trim();
  if (status === 'leave' && !why) throw new AppError('BAD_INPUT', '请假须写明原因', [{ path: 'reason', message: '请假须写明原因' }]);
  const signed = status === 'present' || status === 'late';
  tx.update('meeting_attendance', attendanceId, {
    status,
    reason: status === 'leave' || status === 'late' || status === 'absent' ? why : '',
    signed_at: signed ? (row.signed_at ?? now) : null,
  });
}
