// Decisions that become tasks (docs/meetings.md, "Tasks"): an owner (a person or a unit), a
// deadline on a working day of the stored calendar not before the meeting, a linked case or grid;
// cleared (销号) with a note on what was done. Open tasks past their deadline come back on the
// next agenda of the scope (the 逾期未销号任务 item).
import { ulid } from 'ulid';
import { AppError } from '../../../shared/rpc/errors';
import type { WriteTx } from '../db/change-writer';
import type { ReadDb } from '../db/read-db';
import { holidayCalendar } from '../calendar/calendar-store';
import { caseOfRef, requireChangeable, type MeetingActor } from './meeting-guards';

export interface TaskEntry {
  meetingId: string;
  itemId?: string;
  title: string;
  ownerName: string;
  ownerUserId?: string;
  ownerDepartmentId?: string;
  ownerUnitId?: string;
  deadline: string;
  caseRef?: string;
  gridId?: string;
}

/** Refuses a deadline that is not a working day of the stored calendar, or falls before `notBefore`. */
export function checkDeadline(db: ReadDb, deadline: string, notBefore: string): void {
  const day = holidayCalendar(db).dayInfo(deadline);
  if (!day.working) {
    const why = day.holidayName ? `${day.holidayName}假期` : '周末';
    throw new AppError('BAD_INPUT', `截止日期 ${deadline} 是${why}，请选择工作日`, [{ path: 'deadline', message: '截止日期须为工作日' }]);
  }
  if (deadline < notBefore) throw new AppError('BAD_INPUT', `截止日期不能早于会议日期 ${notBefore}`, [{ path: 'deadline', message: '截止日期早于会议日期' }]);
}

const exists = (db: ReadDb, sql: string, id: string) => !!db.cached(sql).get(id);

/** Records a decision as a task of a meeting not cancelled; returns its id. */
export function addTaskTx(tx: WriteTx, input: TaskEntry, who: MeetingActor, now: number): string {
  const { db } = tx;
  const meeting = requireChangeable(db, input.meetingId);
  if (input.itemId && !db.cached('SELECT 1 FROM meeting_item WHERE id = ? AND meeting_id = ?').get(input.itemId, meeting.id)) {
    throw new AppError('BAD_INPUT', '所选议题不属于这次会议', [{ path: 'itemId', message: '议题不存在' }]);
  }
  if (!input.ownerName.trim()) throw new AppError('BAD_INPUT', '请指定责任人或责任单位', [{ path: 'ownerName', message: '请指定责任人' }]);
  if (input.ownerUserId && !exists(db, 'SELECT 1 FROM user_account WHERE id = ?', input.ownerUserId)) throw new AppError('BAD_INPUT', '所选责任人账号不存在', [{ path: 'ownerUserId', message: '账号不存在' }]);
  if (input.ownerDepartmentId && !exists(db, 'SELECT 1 FROM department WHERE id = ?', input.ownerDepartmentId)) throw new AppError('BAD_INPUT', '所选责任部门不存在', [{ path: 'ownerDepartmentId', message: '部门不存在' }]);
  if (input.ownerUnitId && !exists(db, 'SELECT 1 FROM org_unit WHERE id = ?', input.ownerUnitId)) throw new AppError('BAD_INPUT', '所选责任单位不存在', [{ path: 'ownerUnitId', message: '单位不存在' }]);
  checkDeadline(db, input.deadline, meeting.date);
  if (input.gridId && !exists(db, "SELECT 1 FROM org_unit WHERE id = ? AND kind = 'grid'", input.gridId)) throw new AppError('BAD_INPUT', '所选网格不存在', [{ path: 'gridId', message: '网格不存在' }]);
  const caseId = input.caseRef ? caseOfRef(db, input.caseRef) : null;
  const id = ulid();
  tx.insert('meeting_task', {
    id,
    meeting_id: meeting.id,
    item_id: input.itemId ?? null,
    title: input.title,
    owner_name: input.ownerName.trim(),
    owner_user_id: input.ownerUserId ?? null,
    owner_department_id: input.ownerDepartmentId ?? null,
    owner_unit_id: input.ownerUnitId ?? null,
    deadline: input.deadline,
    case_id: caseId,
    grid_id: input.gridId ?? null,
    status: 'open',
    done_at: null,
    done_by: null,
    done_by_name: null,
    done_note: '',
    created_by: who.id,
    created_at: now,
  });
  return id;
}

/** 销号: an open task is done, with a note on what was done. */
export function clearTaskTx(tx: WriteTx, taskId: string, note: string, who: MeetingActor, now: number): void {
  const t = tx.db.cached('SELECT status FROM meeting_task WHERE id = ?').get(taskId) as { status: string } | undefined;
  if (!t) throw new AppError('NOT_FOUND', '任务不存在');
  if (t.status !== 'open') throw new AppError('INVALID_STATE', '该任务已销号');
  tx.update('meeting_task', taskId, { status: 'done', done_at: now, done_by: who.id, done_by_name: who.name, done_note: note });
}

/** How many open tasks of the scope's meetings (not cancelled) are past their deadline on `day`. */
export function overdueTaskCount(db: ReadDb, scopeUnitId: string, day: string): number {
  return (
    db
      .cached(
        `SELECT count(*) AS n FROM meeting_task t JOIN meeting m ON m.id = t.meeting_id
         WHERE m.scope_unit_id = ? AND m.status <> 'cancelled' AND t.status = 'open' AND t.deadline < ?`,
      )
      .get(scopeUnitId, day) as { n: number }
  ).n;
}
