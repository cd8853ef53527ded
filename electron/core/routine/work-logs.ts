// Work logs (工作日志): reading one with its cases, and saving one with the routine's checks —
// not for a future day, not on a leave day, one per worker and day, places only in the
// worker's grids (and the grids it covers for a colleague on leave that day). One transaction.
import { ulid } from 'ulid';
import { AppError } from '../../../shared/rpc/errors';
import type { LogPlace, RoutineWorker, WorkLog, WorkLogStatus } from '../../../shared/routine/routine-types';
import type { z } from 'zod';
import type { saveLogInput } from '../../../shared/routine/routine-inputs';
import type { ReadDb } from '../db/read-db';
import type { ChangeWriter } from '../db/change-writer';
import { allWorkers } from './routine-scope';
import { leavesOf } from './leaves';

/** A log as read (LOG_SQL): the saved columns (LogValues, below), its key and its worker's name. */
interface LogDbRow extends Omit<LogValues, 'patrolled'> {
  id: string;
  staff_id: string;
  staff_name: string;
  work_date: string;
  patrolled: number;
}

const LOG_SQL = `SELECT l.id, l.staff_id, s.name AS staff_name, l.work_date, l.patrolled, l.patrol_start, l.patrol_end, l.places,
  l.observations, l.notes, l.status, l.submitted_at, l.updated_at FROM work_log l JOIN staff s ON s.id = l.staff_id`;

function parsePlaces(text: string): LogPlace[] {
  try {
    const v = JSON.parse(text) as unknown;
    return Array.isArray(v) ? (v as LogPlace[]) : [];
  } catch {
    return [];
  }
}

function toLog(db: ReadDb, r: LogDbRow): WorkLog {
  const cases = db
    .cached(
      `SELECT c.id, c.number, c.title, c.status FROM work_log_case k JOIN case_record c ON c.id = k.case_id
       WHERE k.log_id = ? ORDER BY c.received_at`,
    )
    .all(r.id) as WorkLog['cases'];
  return {
    id: r.id,
    staffId: r.staff_id,
    staffName: r.staff_name,
    workDate: r.work_date,
    patrolled: r.patrolled === 1,
    patrolStart: r.patrol_start,
    patrolEnd: r.patrol_end,
    places: parsePlaces(r.places),
    observations: r.observations,
    notes: r.notes,
    status: r.status,
    submittedAt: r.submitted_at,
    updatedAt: r.updated_at,
    cases,
  };
}

export function getLog(db: ReadDb, id: string): WorkLog {
  const r = db.cached(`${LOG_SQL} WHERE l.id = ?`).get(id) as LogDbRow | undefined;
  if (!r) throw new AppError('NOT_FOUND', '工作日志不存在');
  return toLog(db, r);
}

/** A worker's log of a day (a submitted one first, should sync have left two), or null. */
export function logOfDay(db: ReadDb, staffId: string, date: string): WorkLog | null {
  const r = db
    .cached(`${LOG_SQL} WHERE l.staff_id = ? AND l.work_date = ? ORDER BY l.status = 'submitted' DESC, l.id LIMIT 1`)
    .get(staffId, date) as LogDbRow | undefined;
  return r ? toLog(db, r) : null;
}

/** A worker's logs of a period (a submitted one per day first, should sync have left two), by date. */
export function logsOfPeriod(db: ReadDb, staffId: string, from: string, to: string): WorkLog[] {
  const rows = db
    .cached(`${LOG_SQL} WHERE l.staff_id = ? AND l.work_date BETWEEN ? AND ? ORDER BY l.work_date, l.status = 'submitted' DESC, l.id`)
    .all(staffId, from, to) as LogDbRow[];
  const seen = new Set<string>();
  const out: WorkLog[] = [];
  for (const r of rows) {
    if (seen.has(r.work_date)) continue;
    seen.add(r.work_date);
    out.push(toLog(db, r));
  }
  return out;
}

/** The grids a worker may log places in on a day: its own, and those of colleagues it covers on leave that day. */
export function gridsOnDay(
  db: ReadDb,
  staffId: string,
  date: string,
  workers: readonly RoutineWorker[] = allWorkers(db),
): { id: string; name: string; covering: string | null }[] {
  const own = workers.find((w) => w.staffId === staffId);
  const out = new Map<string, { id: string; name: string; covering: string | null }>();
  for (const g of own?.grids ?? []) out.set(g.id, { ...g, covering: null });
  const covered = db
    .cached('SELECT staff_id FROM staff_leave WHERE cover_staff_id = ? AND cancelled = 0 AND from_date <= ? AND to_date >= ?')
    .all(staffId, date, date) as { staff_id: string }[];
  for (const c of covered) {
    const w = workers.find((x) => x.staffId === c.staff_id);
    for (const g of w?.grids ?? []) if (!out.has(g.id)) out.set(g.id, { ...g, covering: w!.name });
  }
  return [...out.values()];
}

export interface SaveLogEnv {
  db: ReadDb;
  writer: ChangeWriter;
  actorId: string | null;
  now: number;
  today: string;
}

/** What the rules need: the reads, today, the time of the write, and (for many logs at once) the workers loaded once. */
export interface CheckLogEnv {
  db: ReadDb;
  now: number;
  today: string;
  workers?: readonly RoutineWorker[];
}

type ParsedSaveLog = z.output<typeof saveLogInput>;

function checkPlaces(env: CheckLogEnv, staffName: string, staffId: string, date: string, places: ParsedSaveLog['places']): LogPlace[] {
  const { db } = env;
  const allowed = new Map(gridsOnDay(db, staffId, date, env.workers).map((g) => [g.id, g]));
  const out: LogPlace[] = [];
  const seen = new Set<string>();
  for (const p of places) {
    let name = p.name?.trim() ?? '';
    if (p.buildingId) {
      const b = db.cached('SELECT id, grid_id, name, archived FROM building WHERE id = ?').get(p.buildingId) as
        | { id: string; grid_id: string; name: string; archived: number }
        | undefined;
      if (!b || b.archived) throw new AppError('BAD_INPUT', `楼栋“${name || p.buildingId}”不存在或已归档`);
      if (b.grid_id !== p.gridId) throw new AppError('BAD_INPUT', `楼栋“${b.name}”不在所选网格内`);
      name = b.name;
    }
    if (!name) throw new AppError('BAD_INPUT', '请填写巡查地点名称');
    if (!allowed.has(p.gridId)) {
      const grid = db.cached('SELECT name FROM org_unit WHERE id = ?').get(p.gridId) as { name: string } | undefined;
      throw new AppError('BAD_INPUT', `巡查地点“${name}”${grid ? `属于${grid.name}，` : ''}不在${staffName}负责的网格内`);
    }
    const key = `${p.gridId}|${p.buildingId ?? ''}|${name}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ gridId: p.gridId, buildingId: p.buildingId ?? null, name });
  }
  return out;
}

/** The columns a log sets when it is saved (created or edited). */
export interface LogValues {
  patrolled: 0 | 1;
  patrol_start: string | null;
  patrol_end: string | null;
  places: string;
  observations: string;
  notes: string;
  status: WorkLogStatus;
  submitted_at: number | null;
  updated_at: number;
}

/**
 * The routine's rules for a worker's log of a day, in one place — the log form (saveLog) and
 * the import of paper logs (log-import.ts) both call it: not for a future day, not on a day
 * of leave, one per worker and day (an edit names its log), places only in the worker's grids
 * (and those it covers that day), a submitted patrol with times and places, a submitted log
 * with 民情. Throws the first broken rule as an AppError in Chinese; returns the columns to write.
 */
export function checkLog(env: CheckLogEnv, staffId: string, input: ParsedSaveLog): { existing: WorkLog | null; values: LogValues } {
  const { db } = env;
  const staff = db.cached('SELECT id, name, archived FROM staff WHERE id = ?').get(staffId) as { id: string; name: string; archived: number } | undefined;
  if (!staff) throw new AppError('NOT_FOUND', '网格员不存在');
  const date = input.date;
  if (date > env.today) throw new AppError('BAD_INPUT', `不能填写未来日期（${date}）的工作日志`);
  const leave = leavesOf(db, staffId, date, date)[0];
  if (leave) throw new AppError('BAD_INPUT', `${staff.name}${date}在请假期间（${leave.fromDate}至${leave.toDate}），当天不需填写工作日志`);
  let existing: WorkLog | null = null;
  if (input.id) {
    existing = getLog(db, input.id);
    if (existing.staffId !== staffId) throw new AppError('NOT_FOUND', '工作日志不存在');
    if (existing.workDate !== date) throw new AppError('BAD_INPUT', '不能修改工作日志的日期');
  } else if (logOfDay(db, staffId, date)) {
    throw new AppError('CONFLICT', `${staff.name}${date}的工作日志已存在，请打开原日志修改`);
  }
  const submit = input.submit || existing?.status === 'submitted';
  const start = input.patrolled ? (input.patrolStart ?? null) : null;
  const end = input.patrolled ? (input.patrolEnd ?? null) : null;
  if (start && end && end <= start) throw new AppError('BAD_INPUT', '巡查结束时间应晚于开始时间', [{ path: 'patrolEnd', message: '结束时间应晚于开始时间' }]);
  const places = checkPlaces(env, staff.name, staffId, date, input.places);
  if (submit && input.patrolled) {
    if (!start || !end) throw new AppError('BAD_INPUT', '请填写巡查开始和结束时间', [{ path: 'patrolStart', message: '请填写巡查时间' }]);
    if (places.length === 0) throw new AppError('BAD_INPUT', '请至少选择一个巡查地点', [{ path: 'places', message: '请选择巡查地点' }]);
  }
  if (submit && !input.observations.trim()) {
    throw new AppError('BAD_INPUT', '请填写民情（无异常可填“无异常”）', [{ path: 'observations', message: '请填写民情' }]);
  }
  const values: LogValues = {
    patrolled: input.patrolled ? 1 : 0,
    patrol_start: start,
    patrol_end: end,
    places: JSON.stringify(places),
    observations: input.observations.trim(),
    notes: input.notes.trim(),
    status: submit ? 'submitted' : 'draft',
    submitted_at: existing?.submittedAt ?? (submit ? env.now : null),
    updated_at: env.now,
  };
  return { existing, values };
}

/** Saves (creates or edits) a worker's log of a day, draft or submitted; returns its id. */
export function saveLog(env: SaveLogEnv, staffId: string, input: ParsedSaveLog): string {
  const { existing, values } = checkLog(env, staffId, input);
  const id = existing?.id ?? ulid();
  env.writer.transaction(env.actorId, (tx) => {
    if (existing) tx.update('work_log', id, values);
    else tx.insert('work_log', { id, staff_id: staffId, work_date: input.date, created_by: env.actorId, created_at: env.now, ...values });
  });
  return id;
}
