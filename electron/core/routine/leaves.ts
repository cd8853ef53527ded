// Leave (请假) with A/B cover (AB岗替岗): a worker's days off and the colleague who covers its
// grids meanwhile. Leave days count as covered in the completeness table; the cover may log
// places in the absent worker's grids on those days (work-logs.ts).
import { ulid } from 'ulid';
import { AppError } from '../../../shared/rpc/errors';
import type { LeaveRow } from '../../../shared/routine/routine-types';
import type { z } from 'zod';
import type { saveLeaveInput } from '../../../shared/routine/routine-inputs';
import { addDays } from '../calendar';
import type { ChangeWriter } from '../db/change-writer';
import type { ReadDb } from '../db/read-db';

interface LeaveDbRow {
  id: string;
  staff_id: string;
  staff_name: string;
  from_date: string;
  to_date: string;
  reason: string;
  cover_staff_id: string | null;
  cover_name: string | null;
  cancelled: number;
}

const LEAVE_SQL = `SELECT l.id, l.staff_id, s.name AS staff_name, l.from_date, l.to_date, l.reason, l.cover_staff_id, c.name AS cover_name, l.cancelled
  FROM staff_leave l JOIN staff s ON s.id = l.staff_id LEFT JOIN staff c ON c.id = l.cover_staff_id`;

function toLeave(r: LeaveDbRow): LeaveRow {
  return {
    id: r.id,
    staffId: r.staff_id,
    staffName: r.staff_name,
    fromDate: r.from_date,
    toDate: r.to_date,
    reason: r.reason,
    coverStaffId: r.cover_staff_id,
    coverStaffName: r.cover_name,
    cancelled: r.cancelled === 1,
  };
}

export function getLeave(db: ReadDb, id: string): LeaveRow {
  const r = db.cached(`${LEAVE_SQL} WHERE l.id = ?`).get(id) as LeaveDbRow | undefined;
  if (!r) throw new AppError('NOT_FOUND', '请假记录不存在');
  return toLeave(r);
}

/** A worker's leave (not cancelled) overlapping [from, to], earliest first. */
export function leavesOf(db: ReadDb, staffId: string, from: string, to: string): LeaveRow[] {
  const rows = db
    .cached(`${LEAVE_SQL} WHERE l.staff_id = ? AND l.cancelled = 0 AND l.from_date <= ? AND l.to_date >= ? ORDER BY l.from_date, l.id`)
    .all(staffId, to, from) as LeaveDbRow[];
  return rows.map(toLeave);
}

/** Every leave (cancelled ones too) overlapping [from, to] of the given workers. */
export function leavesInPeriod(db: ReadDb, staffIds: readonly string[], from: string, to: string): LeaveRow[] {
  const rows = db
    .cached(
      `${LEAVE_SQL} WHERE l.staff_id IN (SELECT value FROM json_each(?)) AND l.from_date <= ? AND l.to_date >= ?
       ORDER BY l.from_date DESC, s.name`,
    )
    .all(JSON.stringify(staffIds), to, from) as LeaveDbRow[];
  return rows.map(toLeave);
}

type ParsedLeave = z.output<typeof saveLeaveInput>;

/** Records or changes a leave; returns its id. */
export function saveLeave(db: ReadDb, writer: ChangeWriter, actorId: string | null, now: number, input: ParsedLeave): string {
  const staff = db.cached('SELECT id, name FROM staff WHERE id = ? AND archived = 0').get(input.staffId) as { id: string; name: string } | undefined;
  if (!staff) throw new AppError('NOT_FOUND', '请假人员不存在');
  if (input.fromDate > input.toDate) throw new AppError('BAD_INPUT', '请假结束日期不能早于开始日期', [{ path: 'toDate', message: '结束日期不能早于开始日期' }]);
  if (addDays(input.fromDate, 365) < input.toDate) throw new AppError('BAD_INPUT', '一次请假最长一年');
  if (input.coverStaffId) {
    if (input.coverStaffId === input.staffId) throw new AppError('BAD_INPUT', '替岗人不能是请假人本人', [{ path: 'coverStaffId', message: '替岗人不能是本人' }]);
    const cover = db.cached('SELECT id FROM staff WHERE id = ? AND archived = 0').get(input.coverStaffId);
    if (!cover) throw new AppError('NOT_FOUND', '替岗人员不存在');
  }
  const prior = input.id ? getLeave(db, input.id) : null;
  if (prior && prior.staffId !== input.staffId) throw new AppError('BAD_INPUT', '不能更改请假人，请取消后重新登记');
  const overlap = leavesOf(db, input.staffId, input.fromDate, input.toDate).find((l) => l.id !== input.id);
  if (overlap) throw new AppError('CONFLICT', `${staff.name}在${overlap.fromDate}至${overlap.toDate}已有请假记录`);
  const logged = db
    .cached("SELECT work_date FROM work_log WHERE staff_id = ? AND status = 'submitted' AND work_date BETWEEN ? AND ? ORDER BY work_date LIMIT 1")
    .get(input.staffId, input.fromDate, input.toDate) as { work_date: string } | undefined;
  if (logged) throw new AppError('CONFLICT', `${staff.name}${logged.work_date}已提交工作日志，不能登记为请假`);
  const id = prior?.id ?? ulid();
  const values = { from_date: input.fromDate, to_date: input.toDate, reason: input.reason, cover_staff_id: input.coverStaffId };
  writer.transaction(actorId, (tx) => {
    if (prior) tx.update('staff_leave', id, { ...values, cancelled: 0 });
    else tx.insert('staff_leave', { id, staff_id: input.staffId, cancelled: 0, created_by: actorId, created_at: now, ...values });
  });
  return id;
}
