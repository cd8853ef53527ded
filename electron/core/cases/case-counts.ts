// How many cases a queue holds under a filter, as the queue counts and every page's total give
// it. The queues defined by status alone (待受理, 待派遣, 处置中, 待核查结案, 已办结, 全部) are read
// from the stored tallies (case_tally, migrations 0022-0023, 0031 and 0033, kept by triggers on
// case_record) when the filter is one of the tallied facets — none, a grid, a village, a category
// or subcategory, a source, a handling type, an urgency, a level, a range of days received, one of
// category, subcategory, source, handling type, urgency or level with a range of days, or a
// village with a category — plus a status; a department handler's scope (with no filter, a range
// of days, one such facet, or both: migrations 0031 and 0033) is its department's tally plus the
// few cases outside the department registered by or given to the handler by name. Several of
// category, source, urgency, level and handling type at once are counted from the covering index
// of the one with the fewest cases (case-facet-index.ts, migrations 0035-0036). Every other count
// (我的待办, the deadline queues and 督办 over the open cases, text, a grid worker's scope) is
// counted through the indexes.
import type { CaseFilter, CaseQueue } from '../../../shared/cases/case-inputs';
import type { CaseStatus } from '../../../shared/cases/case-workflow';
import { addDays, shanghaiInstant } from '../calendar';
import type { ReadDb } from '../db/read-db';
import type { CaseScope } from './case-scope';
import { isSubcategory } from './catalogue-repo';
import { facetCondition, facetIndex } from './case-facet-index';

type Params = Record<string, string | number>;

/** The statuses a queue holds when it is defined by status alone. */
export const QUEUE_STATUSES: Partial<Record<CaseQueue, readonly CaseStatus[] | 'done' | 'any'>> = {
  to_accept: ['registered'],
  to_dispatch: ['accepted'],
  in_progress: ['dispatched', 'in_progress'],
  to_verify: ['handled', 'verified', 'evaluated'],
  closed: 'done',
  all: 'any',
};

const DAY_MS = 86_400_000;
/** The tally's day of an instant: days since 1970-01-01 in Shanghai (UTC+8, no daylight saving). */
export const dayOf = (instant: number) => Math.floor((instant + 8 * 3_600_000) / DAY_MS);

interface Facet {
  /** The condition on case_tally `t` (parameters in `p`). */
  where: string;
  p: Params;
}

/** The tally rows that hold the filter's cases; null when the filter is not one tallied facet. */
export function tallyFacet(db: ReadDb, f: CaseFilter): Facet | null {
  if (f.text || f.syncConflict) return null;
  const keys = (Object.keys(f) as (keyof CaseFilter)[]).filter((k) => f[k] !== undefined && k !== 'status').sort().join(',');
  const one = (facet: string, key: string): Facet => ({ where: 't.facet = @facet AND t.key = @key', p: { facet, key } });
  switch (keys) {
    case '':
      return one('all', '');
    case 'gridId':
      return one('grid', f.gridId!);
    case 'villageId':
      return one('village', f.villageId!);
    case 'categoryId,villageId':
      return isSubcategory(db, f.categoryId!) ? null : one('village_category', `${f.villageId}/${f.categoryId}`);
    case 'from':
    case 'to':
    case 'from,to':
      return daysFacet('day', null, f);
    default: {
      // One facet (a category, source, handling type, urgency or level): its tallies, or with a
      // range of days received its tallies by day (migration 0031).
      const single = singleFacet(db, f);
      if (!single) return null;
      return f.from || f.to ? daysFacet(`${single.name}_day`, single.value, f) : one(single.name, single.value);
    }
  }
}

/**
 * The one facet of a filter that has a tally by day — a category or subcategory, a source, a
 * handling type, an urgency or a level — besides a range of days and a status; null for any
 * other filter.
 */
function singleFacet(db: ReadDb, f: CaseFilter): { name: string; value: string } | null {
  if (f.text || f.syncConflict) return null;
  const keys = (Object.keys(f) as (keyof CaseFilter)[]).filter((k) => f[k] !== undefined && k !== 'status' && k !== 'from' && k !== 'to');
  if (keys.length !== 1) return null;
  switch (keys[0]) {
    case 'categoryId':
      return { name: isSubcategory(db, f.categoryId!) ? 'subcategory' : 'category', value: f.categoryId! };
    case 'source':
      return { name: 'source', value: f.source! };
    case 'handlingType':
      return { name: 'handling', value: f.handlingType! };
    case 'urgency':
      return { name: 'urgency', value: f.urgency! };
    case 'level':
      return { name: 'level', value: f.level! };
    default:
      return null;
  }
}

/**
 * The tally rows of a department's cases under a filter: all of them, those received in a range
 * of days, or those of one facet (with or without a range: migration 0033); null for any other
 * filter.
 */
function departmentFacet(db: ReadDb, department: string, f: CaseFilter): Facet | null {
  const rest = { ...f, status: undefined };
  const keys = (Object.keys(rest) as (keyof CaseFilter)[]).filter((k) => rest[k] !== undefined);
  if (keys.length === 0) return { where: 't.facet = @facet AND t.key = @key', p: { facet: 'department', key: department } };
  if (keys.every((k) => k === 'from' || k === 'to')) return daysFacet('department_day', department, f);
  const one = singleFacet(db, f);
  return one ? daysFacet(`department_${one.name}_day`, `${department}/${one.value}`, f) : null;
}

/**
 * How many cases of `statuses` (any status where null) have one tallied facet's value (received in
 * the filter's range of days, if any): the entries a read of that facet's index passes
 * (case-facet-index.ts).
 */
export function facetCaseCount(db: ReadDb, facet: string, value: string, f: Pick<CaseFilter, 'from' | 'to'>, statuses: readonly CaseStatus[] | null = null): number {
  const rows: Facet = f.from || f.to ? daysFacet(`${facet}_day`, value, f) : { where: 't.facet = @facet AND t.key = @key', p: { facet, key: value } };
  return sumOf(db, statuses ? [rows.where, statusIn(statuses)] : [rows.where], rows.p);
}

/** How many cases, of any status, the tallies say the filter holds (its text and status aside, no scope); null where none does. */
export function filterCaseCount(db: ReadDb, f: CaseFilter): number | null {
  const facet = tallyFacet(db, { ...f, text: undefined, status: undefined });
  return facet ? tallySum(db, facet, 'all', undefined) : null;
}

/**
 * How many of a department's cases, of any status, were received in a range of days (and are of a
 * category, if given): the cases a page of its handler reads from the department's index
 * (case-department-page.ts).
 */
export function departmentCaseCount(db: ReadDb, department: string, f: Pick<CaseFilter, 'from' | 'to' | 'categoryId'>): number {
  return tallySum(db, departmentFacet(db, department, { from: f.from, to: f.to, categoryId: f.categoryId })!, 'all', undefined);
}

/**
 * The tally rows of the days received in the filter's range: of the 'day' facet (value null,
 * integer keys), or of a facet by value and day (keys 'value/day', days of five digits, so the
 * range of days is a range of keys).
 */
export function daysFacet(facet: string, value: string | null, f: Pick<CaseFilter, 'from' | 'to'>): Facet {
  const p: Params = { facet };
  const terms = ['t.facet = @facet'];
  const key = (day: number | string) => (value === null ? day : `${value}/${day}`);
  if (f.from) {
    p.dayFrom = key(dayOf(shanghaiInstant(f.from).getTime()));
    terms.push('t.key >= @dayFrom');
  } else if (value !== null) {
    p.dayFrom = key('');
    terms.push('t.key >= @dayFrom');
  }
  if (f.to) {
    p.dayTo = key(dayOf(shanghaiInstant(addDays(f.to, 1)).getTime()));
    terms.push('t.key < @dayTo');
  } else if (value !== null) {
    p.dayTo = key('~');
    terms.push('t.key < @dayTo');
  }
  return { where: terms.join(' AND '), p };
}

/** The sum of the tallies of `facet` for the queue's statuses (and the filter's status). */
function tallySum(db: ReadDb, facet: Facet, queue: CaseQueue, status: CaseStatus | undefined): number {
  const statuses = QUEUE_STATUSES[queue]!;
  const p: Params = { ...facet.p };
  const terms = [facet.where];
  if (statuses === 'done') terms.push('t.done = 1');
  else if (statuses !== 'any') terms.push(statusIn(statuses));
  if (status) {
    p.status = status;
    terms.push('t.status = @status');
  }
  return sumOf(db, terms, p);
}

const statusIn = (statuses: readonly CaseStatus[]): string => `t.status IN (${statuses.map((s) => `'${s}'`).join(', ')})`;

/** The sum of the tallies `t` that hold all of `terms`. */
function sumOf(db: ReadDb, terms: readonly string[], p: Params): number {
  return (db.cached(`SELECT coalesce(sum(t.n), 0) AS n FROM case_tally t WHERE ${terms.join(' AND ')}`).get(p) as { n: number }).n;
}

export interface CountQuery {
  queue: CaseQueue;
  filter: CaseFilter;
  scope: CaseScope | null;
  /** The queue, filter and scope as one condition on `case_record c` (case-queues.ts), and without the scope. */
  where: string;
  whereUnscoped: string;
  params: Params;
}

/** The number of cases of a queue under a filter and scope. */
export function countQueue(db: ReadDb, q: CountQuery): number {
  const department = q.scope?.kind === 'department' && q.scope.department ? q.scope.department : null;
  if (QUEUE_STATUSES[q.queue]) {
    if (!q.scope) {
      const facet = tallyFacet(db, { ...q.filter, status: undefined });
      if (facet) return tallySum(db, facet, q.queue, q.filter.status);
    }
    const tallied = department ? departmentFacet(db, department, q.filter) : null;
    // The department's cases under the filter (its tallies), and those outside it.
    if (tallied) return tallySum(db, tallied, q.queue, q.filter.status) + outsideDepartment(db, q);
  }
  // Several facets at once: the covering index of the one with the fewest cases, its entries
  // alone (for a department handler, the department's cases among them, and those outside it).
  const pinned = (!q.scope || department) && q.queue !== 'mine' ? facetIndex(db, q.filter, q.queue) : null;
  if (pinned && !q.scope) return pinnedCount(db, pinned, q, q.where, q.params);
  if (pinned && department) {
    const p = { ...q.params, scopeDept: department };
    return pinnedCount(db, pinned, q, `${q.whereUnscoped} AND c.assignee_department_id = @scopeDept`, p) + outsideDepartment(db, q);
  }
  return (db.cached(`SELECT count(*) AS n FROM case_record c WHERE ${q.where}`).get(q.params) as { n: number }).n;
}

/** The cases of a department handler's queue outside its department: those it registered or was given by name. */
function outsideDepartment(db: ReadDb, q: CountQuery): number {
  const p = { ...q.params, scopeMe: q.scope!.userId, scopeDept: q.scope!.department! };
  return (db.cached(`SELECT count(*) AS n FROM case_record c WHERE ${q.whereUnscoped}
       AND (c.assignee_user_id = @scopeMe OR c.registered_by = @scopeMe) AND c.assignee_department_id IS NOT @scopeDept`).get(p) as { n: number }).n;
}

/** A count through a facet's covering index (migrations 0035-0036), its entries alone. */
function pinnedCount(db: ReadDb, index: string, q: CountQuery, where: string, params: Params): number {
  return (db.cached(`SELECT count(*) AS n FROM case_record c INDEXED BY ${index} WHERE ${facetCondition(q.queue, q.filter.status, where)}`).get(params) as { n: number }).n;
}

/** The cases of a day facet's tallies over a range of days, in all (one row, not one per day). */
export function tallyTotal(db: ReadDb, facet: 'day' | 'closed_day' | 'closed_on_time_day', fromDay: number, toDay: number): number {
  return db.cached('SELECT coalesce(sum(t.n), 0) FROM case_tally t WHERE t.facet = ? AND t.key >= ? AND t.key < ?').pluck().get(facet, fromDay, toDay) as number;
}

/** The tally of `facet` per day key in [fromDay, toDay) (facets 'day', 'closed_day', 'closed_on_time_day'), every status. */
export function tallyByDay(db: ReadDb, facet: 'day' | 'closed_day' | 'closed_on_time_day', fromDay: number, toDay: number): Map<number, number> {
  const rows = db.cached('SELECT t.key AS day, sum(t.n) AS n FROM case_tally t WHERE t.facet = ? AND t.key >= ? AND t.key < ? GROUP BY t.key')
    .all(facet, fromDay, toDay) as { day: number; n: number }[];
  return new Map(rows.map((r) => [r.day, r.n]));
}
