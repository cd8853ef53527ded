// Household visits (入户走访): reading them, and recording one with the routine's checks — not
// in the future, not on a day the worker was on leave, only to a household of the grids the
// worker serves that day (its own, and a colleague's it covers during the leave), one visit per
// household and day, the person met a member of the household. The household's class on the
// day is recorded with the visit. One transaction; nothing written on refusal.
import { ulid } from 'ulid';
import type { z } from 'zod';
import { AppError } from '../../../shared/rpc/errors';
import { CLASS_OF_KIND, type HouseholdClass, type VisitClassKind } from '../../../shared/routine/visit-classes';
import type { saveVisitInput } from '../../../shared/routine/visit-inputs';
import type { VisitRow } from '../../../shared/routine/visit-types';
import type { RoutineWorker } from '../../../shared/routine/routine-types';
import type { ChangeWriter } from '../db/change-writer';
import type { ReadDb } from '../db/read-db';
import { leavesOf } from './leaves';
import { classKindOf } from './visit-queries';
import { gridsOnDay } from './work-logs';

interface VisitDbRow {
  id: string;
  household_id: string;
  household_no: string | null;
  head_name: string | null;
  address: string | null;
  grid_id: string;
  grid_name: string | null;
  visit_date: string;
  staff_id: string;
  staff_name: string | null;
  household_class: HouseholdClass;
  class_kind: VisitClassKind;
  met_person_id: string | null;
  met_name: string;
  situation: string;
  needs: string;
  follow_up: string;
  case_id: string | null;
  case_number: string | null;
  created_at: number;
  updated_at: number;
}

export const VISIT_SQL = `SELECT v.id, v.household_id, hh.household_no, head.name AS head_name, hh.address, v.grid_id, g.name AS grid_name, v.visit_date,
  v.staff_id, s.name AS staff_name, v.household_class, v.class_kind, v.met_person_id, v.met_name, v.situation, v.needs, v.follow_up, v.case_id,
  c.number AS case_number, v.created_at, v.updated_at
  FROM household_visit v
  LEFT JOIN household hh ON hh.id = v.household_id
  LEFT JOIN person head ON head.id = hh.head_person_id
  LEFT JOIN org_unit g ON g.id = v.grid_id
  LEFT JOIN staff s ON s.id = v.staff_id
  LEFT JOIN case_record c ON c.id = v.case_id`;

export function toVisit(r: VisitDbRow): VisitRow {
  return {
    id: r.id,
    householdId: r.household_id,
    householdNo: r.household_no ?? '（已删除）',
    headName: r.head_name,
    address: r.address,
    gridId: r.grid_id,
    gridName: r.grid_name ?? '',
    date: r.visit_date,
    staffId: r.staff_id,
    staffName: r.staff_name ?? '',
    householdClass: r.household_class,
    classKind: r.class_kind,
    metPersonId: r.met_person_id,
    metName: r.met_name,
    situation: r.situation,
    needs: r.needs,
    followUp: r.follow_up,
    caseId: r.case_id,
    caseNumber: r.case_number,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function getVisit(db: ReadDb, id: string): VisitRow {
  const r = db.cached(`${VISIT_SQL} WHERE v.id = ?`).get(id) as VisitDbRow | undefined;
  if (!r) throw new AppError('NOT_FOUND', '走访记录不存在');
  return toVisit(r);
}

export interface VisitFilter {
  from?: string;
  to?: string;
  staffId?: string;
  /** Visits to households of these grids (the household's grid today, or the grid at the visit). */
  grids: readonly string[] | null;
  householdId?: string;
  personId?: string;
}

/** The most visits one list returns (newest first). */
export const VISIT_LIST_LIMIT = 2000;

export function listVisits(db: ReadDb, f: VisitFilter): VisitRow[] {
  const where: string[] = [];
  const p: Record<string, string> = {};
  const add = (sql: string, key: string, value: string | undefined) => {
    if (value === undefined) return;
    where.push(sql);
    p[key] = value;
  };
  add('v.visit_date >= @from', 'from', f.from);
  add('v.visit_date <= @to', 'to', f.to);
  add('v.staff_id = @staffId', 'staffId', f.staffId);
  add('v.household_id = @householdId', 'householdId', f.householdId);
  add('(v.met_person_id = @personId OR v.household_id = (SELECT household_id FROM person WHERE id = @personId))', 'personId', f.personId);
  if (f.grids) {
    where.push('(v.grid_id IN (SELECT value FROM json_each(@grids)) OR hh.grid_id IN (SELECT value FROM json_each(@grids)))');
    p.grids = JSON.stringify(f.grids);
  }
  const rows = db
    .prepare(`${VISIT_SQL} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY v.visit_date DESC, v.id DESC LIMIT ${VISIT_LIST_LIMIT}`)
    .all(p) as VisitDbRow[];
  return rows.map(toVisit);
}

/** Every visit a worker recorded in a period, oldest first (the 走访记录 form; no list limit). */
export function visitsOfWorker(db: ReadDb, staffId: string, from: string, to: string): VisitRow[] {
  const rows = db.cached(`${VISIT_SQL} WHERE v.staff_id = ? AND v.visit_date BETWEEN ? AND ? ORDER BY v.visit_date, v.id`).all(staffId, from, to) as VisitDbRow[];
  return rows.map(toVisit);
}

/** What the rules need: the reads, today, the time of the write, and (for many visits at once) the workers loaded once. */
export interface CheckVisitEnv {
  db: ReadDb;
  now: number;
  today: string;
  workers?: readonly RoutineWorker[];
}

export interface SaveVisitEnv extends CheckVisitEnv {
  writer: ChangeWriter;
  actorId: string | null;
}

type ParsedSaveVisit = z.output<typeof saveVisitInput>;

/** The columns a visit sets when it is saved (created or edited). */
export interface VisitValues {
  household_id: string;
  grid_id: string;
  visit_date: string;
  household_class: HouseholdClass;
  class_kind: VisitClassKind;
  met_person_id: string | null;
  met_name: string;
  situation: string;
  needs: string;
  follow_up: string;
  case_id: string | null;
  updated_at: number;
}

/**
 * The routine's rules for a visit by `staffId`, in one place — the visit form (saveVisit) and
 * the import of paper visit records (visit-import.ts) both call it: a worker that exists, not a
 * future date, a household that exists, not a day of the worker's leave, a household of the
 * grids the worker serves that day (its own, and a colleague's it covers), one visit per
 * household and day (an edit names its visit), the person met a member of the household, who
 * was met and the situation filled in, a case the caller may see (`checkCase`). Throws the
 * first broken rule as an AppError in Chinese; writes nothing; returns the columns to write.
 */
export function checkVisit(env: CheckVisitEnv, staffId: string, input: ParsedSaveVisit, checkCase?: (caseId: string) => void): { existing: VisitRow | null; values: VisitValues } {
  const { db } = env;
  const staff = db.cached('SELECT id, name FROM staff WHERE id = ? AND archived = 0').get(staffId) as { id: string; name: string } | undefined;
  if (!staff) throw new AppError('NOT_FOUND', '网格员不存在');
  const date = input.date;
  if (date > env.today) throw new AppError('BAD_INPUT', `走访日期（${date}）不能晚于今天`, [{ path: 'date', message: '不能晚于今天' }]);
  const household = db.cached('SELECT id, household_no, grid_id, archived FROM household WHERE id = ?').get(input.householdId) as
    | { id: string; household_no: string; grid_id: string; archived: number }
    | undefined;
  if (!household || household.archived) throw new AppError('NOT_FOUND', '该户不存在或已注销');
  const leave = leavesOf(db, staffId, date, date)[0];
  if (leave) throw new AppError('BAD_INPUT', `${staff.name}${date}在请假期间（${leave.fromDate}至${leave.toDate}），不能登记当天的走访`, [{ path: 'date', message: '当天在请假' }]);
  if (!gridsOnDay(db, staffId, date, env.workers).some((g) => g.id === household.grid_id)) {
    const grid = db.cached('SELECT name FROM org_unit WHERE id = ?').get(household.grid_id) as { name: string } | undefined;
    throw new AppError('BAD_INPUT', `户${household.household_no}属于${grid?.name ?? '其他网格'}，不在${staff.name}${date}负责的网格内`, [{ path: 'householdId', message: '不在负责的网格内' }]);
  }
  let existing: VisitRow | null = null;
  if (input.id) {
    existing = getVisit(db, input.id);
    if (existing.staffId !== staffId) throw new AppError('NOT_FOUND', '走访记录不存在');
  }
  const twin = db.cached('SELECT s.name AS staff_name FROM household_visit v LEFT JOIN staff s ON s.id = v.staff_id WHERE v.household_id = ? AND v.visit_date = ? AND v.id IS NOT ?').get(
    household.id,
    date,
    existing?.id ?? null,
  ) as { staff_name: string | null } | undefined;
  if (twin) throw new AppError('CONFLICT', `户${household.household_no}在${date}已有${twin.staff_name ?? ''}的走访记录，请打开原记录修改`);
  let metName = input.metName;
  if (input.metPersonId) {
    const person = db.cached('SELECT name, household_id, archived FROM person WHERE id = ?').get(input.metPersonId) as
      | { name: string; household_id: string | null; archived: number }
      | undefined;
    if (!person || person.archived || person.household_id !== household.id) throw new AppError('BAD_INPUT', '接待人不是该户的成员', [{ path: 'metPersonId', message: '不是该户成员' }]);
    metName = person.name;
  }
  if (!metName) throw new AppError('BAD_INPUT', '请填写接待人（见到的家庭成员）', [{ path: 'metName', message: '请填写接待人' }]);
  if (!input.situation) throw new AppError('BAD_INPUT', '请填写走访情况', [{ path: 'situation', message: '请填写走访情况' }]);
  if (input.caseId) {
    const found = db.cached('SELECT id FROM case_record WHERE id = ?').get(input.caseId);
    if (!found) throw new AppError('NOT_FOUND', '关联的事件不存在');
    if (!checkCase) throw new AppError('FORBIDDEN', '无权关联该事件');
    checkCase(input.caseId);
  }
  const kind = classKindOf(db, household.id, date);
  const values: VisitValues = {
    household_id: household.id,
    grid_id: household.grid_id,
    visit_date: date,
    household_class: CLASS_OF_KIND[kind],
    class_kind: kind,
    met_person_id: input.metPersonId ?? null,
    met_name: metName,
    situation: input.situation,
    needs: input.needs,
    follow_up: input.followUp,
    case_id: input.caseId ?? null,
    updated_at: env.now,
  };
  return { existing, values };
}

/** Records (or edits) a visit by `staffId`; returns its id. `checkCase` refuses a case the caller may not see. */
export function saveVisit(env: SaveVisitEnv, staffId: string, input: ParsedSaveVisit, checkCase: (caseId: string) => void): string {
  const { existing, values } = checkVisit(env, staffId, input, checkCase);
  const id = existing?.id ?? ulid();
  env.writer.transaction(env.actorId, (tx) => {
    if (existing) tx.update('household_visit', id, values);
    else tx.insert('household_visit', { id, staff_id: staffId, created_by: env.actorId, created_at: env.now, ...values });
  });
  return id;
}
