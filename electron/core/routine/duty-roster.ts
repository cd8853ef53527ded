// The centre's duty roster (值班表): for each day the leader on duty (带班领导) and the duty
// officer (值班员), chosen from the staff records (the town's leaders and the centre's staff are
// staff records without a grid). One entry per day is a natural key (sync/natural-keys.ts);
// should two PCs apart each have arranged a day, the one changed last counts until merged.
// Nobody is put on duty on a day they are on leave or after they left (离岗).
import { ulid } from 'ulid';
import type { z } from 'zod';
import type { DutyDay, DutyMonth, DutyPerson, DutyToday } from '../../../shared/routine/duty-types';
import { redactPersonal } from '../../../shared/board/wall-text';
import type { saveDutyInput } from '../../../shared/routine/screening-inputs';
import { AppError } from '../../../shared/rpc/errors';
import { addDays, isValidDate } from '../calendar';
import type { ChangeWriter } from '../db/change-writer';
import type { ReadDb } from '../db/read-db';
import { leavesOf } from './leaves';
import { calendarColumns } from './routine-queries';

/** How far ahead the roster may be arranged. */
export const DUTY_DAYS_AHEAD = 366;

interface RosterDbRow {
  id: string;
  duty_date: string;
  leader_staff_id: string | null;
  officer_staff_id: string | null;
  notes: string;
}

function person(db: ReadDb, staffId: string | null): DutyPerson | null {
  if (!staffId) return null;
  const s = db.cached('SELECT id, name, phone, title FROM staff WHERE id = ?').get(staffId) as { id: string; name: string; phone: string; title: string } | undefined;
  return s ? { staffId: s.id, name: s.name, phone: s.phone, title: s.title } : null;
}

/** The roster entries of [from, to] by date (the one changed last, should sync have left two). */
function entries(db: ReadDb, from: string, to: string): Map<string, RosterDbRow> {
  const rows = db
    .cached('SELECT id, duty_date, leader_staff_id, officer_staff_id, notes FROM duty_roster WHERE duty_date BETWEEN ? AND ? ORDER BY duty_date, updated_at, id')
    .all(from, to) as RosterDbRow[];
  return new Map(rows.map((r) => [r.duty_date, r]));
}

function monthDays(month: string): { from: string; to: string } {
  const [y, m] = month.split('-').map(Number);
  return { from: `${month}-01`, to: new Date(Date.UTC(y!, m!, 0)).toISOString().slice(0, 10) };
}

export function dutyMonth(db: ReadDb, month: string, today: string): DutyMonth {
  const { from, to } = monthDays(month);
  const byDate = entries(db, from, to);
  const days = calendarColumns(db, { from, to }).map((c): DutyDay => {
    const e = byDate.get(c.date);
    return {
      date: c.date,
      working: c.working,
      holidayName: c.holidayName,
      id: e?.id ?? null,
      leader: person(db, e?.leader_staff_id ?? null),
      officer: person(db, e?.officer_staff_id ?? null),
      notes: e?.notes ?? '',
    };
  });
  return { month, today, days, unarranged: days.filter((d) => !d.officer).length };
}

/** Who is on duty on `date`, as the wall shows it: no phone numbers, the note's personal patterns masked. */
export function dutyOn(db: ReadDb, date: string): DutyToday {
  const e = entries(db, date, date).get(date);
  const onWall = (p: DutyPerson | null) => (p ? { name: p.name, title: p.title } : null);
  return {
    date,
    leader: onWall(person(db, e?.leader_staff_id ?? null)),
    officer: onWall(person(db, e?.officer_staff_id ?? null)),
    notes: redactPersonal(e?.notes ?? ''),
  };
}

type ParsedDuty = z.output<typeof saveDutyInput>;

function checkPerson(db: ReadDb, staffId: string | null, date: string, role: string, path: string): void {
  if (!staffId) return;
  const s = db.cached('SELECT name, archived FROM staff WHERE id = ?').get(staffId) as { name: string; archived: number } | undefined;
  if (!s) throw new AppError('NOT_FOUND', `${role}不存在`, [{ path, message: '人员不存在' }]);
  if (s.archived) throw new AppError('BAD_INPUT', `${s.name}已离岗，不能安排为${role}`, [{ path, message: '已离岗' }]);
  const leave = leavesOf(db, staffId, date, date)[0];
  if (leave) throw new AppError('BAD_INPUT', `${s.name}${date}在请假期间（${leave.fromDate}至${leave.toDate}），不能安排为${role}`, [{ path, message: '当天请假' }]);
}

/** Arranges (or clears, with nobody named and no note) one day of the roster; returns the day. */
export function saveDuty(db: ReadDb, writer: ChangeWriter, actorId: string | null, now: number, today: string, input: ParsedDuty): DutyDay {
  if (!isValidDate(input.date)) throw new AppError('BAD_INPUT', `日期无效（${input.date}）`);
  if (input.date > addDays(today, DUTY_DAYS_AHEAD)) throw new AppError('BAD_INPUT', '值班表最多提前一年编排');
  if (input.leaderStaffId && input.leaderStaffId === input.officerStaffId) {
    throw new AppError('BAD_INPUT', '带班领导和值班员不能是同一人', [{ path: 'officerStaffId', message: '与带班领导相同' }]);
  }
  checkPerson(db, input.leaderStaffId, input.date, '带班领导', 'leaderStaffId');
  checkPerson(db, input.officerStaffId, input.date, '值班员', 'officerStaffId');
  const existing = entries(db, input.date, input.date).get(input.date);
  const clear = !input.leaderStaffId && !input.officerStaffId && !input.notes;
  writer.transaction(actorId, (tx) => {
    if (existing && clear) tx.remove('duty_roster', existing.id);
    else if (existing) tx.update('duty_roster', existing.id, { leader_staff_id: input.leaderStaffId, officer_staff_id: input.officerStaffId, notes: input.notes, updated_by: actorId, updated_at: now });
    else if (!clear) {
      tx.insert('duty_roster', {
        id: ulid(),
        duty_date: input.date,
        leader_staff_id: input.leaderStaffId,
        officer_staff_id: input.officerStaffId,
        notes: input.notes,
        updated_by: actorId,
        updated_at: now,
      });
    }
  });
  return dutyMonth(db, input.date.slice(0, 7), today).days.find((d) => d.date === input.date)!;
}
