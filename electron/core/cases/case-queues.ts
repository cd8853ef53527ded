// Case queues (我的待办, 待受理, 待派遣, 处置中, 即将到期, 已超期, 督办, 待核查结案, 已办结, 全部)
// as SQL over indexed columns: filtered, sorted and paged in the database, never by loading
// every row. "Due soon" and "overdue" depend on now, so each query is given the instant now
// and the due-soon threshold (see sla-deadline.ts), computed once per call.
import type { CaseFilter, CaseQueue, CaseSort } from '../../../shared/cases/case-inputs';
import { CASE_QUEUES } from '../../../shared/cases/case-inputs';
import type { CaseRow } from '../../../shared/cases/case-types';
import { ACTIVE_STATUSES } from '../../../shared/cases/case-workflow';
import { addDays, shanghaiInstant } from '../calendar';
import type { ReadDb } from '../db/read-db';
import { CASE_LIST_SELECT, toCaseRow, type CaseListDbRow } from './case-repo';
import { staffUnits } from '../org/served-units';
import { userDepartment } from './case-people';
import { scopeCondition, scopeRowids, type CaseScope } from './case-scope';
import type { DueWindow } from './sla-deadline';
import { countQueue, facetCaseCount, filterCaseCount } from './case-counts';
import { textCondition, type TextCondition } from './case-search';
import { receivedBucketsPage } from './case-received-buckets';
import { gatherPage } from './case-gather-page';
import { doneAsStage, facetCondition, facetIndex, fewestCasesIndex, severalFacets } from './case-facet-index';
import { isSubcategory } from './catalogue-repo';
import { keptAll, keptCounts, keptMatches, keptOrder, keptPage, type KeptMatches } from './case-keys';

export interface QueueViewer {
  userId: string | null;
  /** The cases the viewer may see (case-scope.ts); null: all. */
  scope: CaseScope | null;
}

export interface QueueQuery {
  queue: CaseQueue;
  filter: CaseFilter;
  sort?: CaseSort;
  viewer: QueueViewer;
  window: DueWindow;
}

type Params = Record<string, string | number>;

const list = (xs: readonly string[]) => xs.map((s) => `'${s}'`).join(', ');
const ACTIVE = `(${list(ACTIVE_STATUSES)})`;

function queueCondition(queue: CaseQueue, q: QueueQuery, p: Params, db: ReadDb): string {
  // With a grid, village or category filter, stating done = 0 (implied by the statuses) lets
  // the (unit/category, done, …) indexes narrow to open cases; without one, the status
  // indexes are the better start and the extra term would mislead the planner.
  const f = q.filter;
  const open = f.gridId || f.villageId || f.categoryId ? 'c.done = 0 AND ' : '';
  switch (queue) {
    case 'mine': {
      p.me = q.viewer.userId ?? '';
      const units = staffUnits(db, q.viewer.userId);
      const unitTerm = units.length ? ` OR c.assignee_unit_id IN (${units.map((_, i) => `@unit${i}`).join(', ')})` : '';
      units.forEach((u, i) => (p[`unit${i}`] = u));
      const department = userDepartment(db, q.viewer.userId);
      if (department) p.dept = department;
      const deptTerm = department ? ' OR c.assignee_department_id = @dept' : '';
      return `c.done = 0 AND (c.assignee_user_id = @me OR c.registered_by = @me${unitTerm}${deptTerm})`;
    }
    case 'to_accept':
      return `${open}c.status = 'registered'`;
    case 'to_dispatch':
      return `${open}c.status = 'accepted'`;
    case 'in_progress':
      return `${open}c.status IN ('dispatched', 'in_progress')`;
    case 'due_soon':
      p.now = q.window.now;
      p.soon = q.window.soonUntil;
      return `${open}c.status IN ${ACTIVE} AND c.deadline_at >= @now AND c.deadline_at < @soon`;
    case 'overdue':
      p.now = q.window.now;
      return `${open}c.status IN ${ACTIVE} AND c.deadline_at < @now`;
    case 'supervised':
      return `c.supervised = 1 AND c.done = 0`;
    case 'to_verify':
      return `${open}c.status IN ('handled', 'verified', 'evaluated')`;
    case 'closed':
      return `c.done = 1`;
    case 'all':
      return '1 = 1';
  }
}

/**
 * The filter's conditions; `text`: the filter's text as textCondition gave it (with its
 * parameters in `p`); `forPage`: a search matching many cases as a membership test
 * (case-search.ts TextCondition.walk).
 */
function filterConditions(f: CaseFilter, p: Params, db: ReadDb, text: TextCondition | null, forPage = false): string[] {
  const w: string[] = [];
  if (f.gridId) {
    p.gridId = f.gridId;
    w.push('c.grid_id = @gridId');
  }
  if (f.villageId) {
    p.villageId = f.villageId;
    w.push('c.village_id = @villageId');
  }
  if (f.categoryId) {
    p.categoryId = f.categoryId;
    w.push(isSubcategory(db, f.categoryId) ? 'c.subcategory_id = @categoryId' : 'c.category_id = @categoryId');
  }
  for (const [key, col] of [
    ['source', 'source'],
    ['handlingType', 'handling_type'],
    ['urgency', 'urgency'],
    ['level', 'level'],
    ['status', 'status'],
  ] as const) {
    const v = f[key];
    if (v) {
      p[key] = v;
      w.push(`c.${col} = @${key}`);
    }
  }
  if (f.from) {
    p.from = shanghaiInstant(f.from).getTime();
    w.push('c.received_at >= @from');
  }
  if (f.to) {
    p.to = shanghaiInstant(addDays(f.to, 1)).getTime();
    w.push('c.received_at < @to');
  }
  if (f.syncConflict) w.push('c.sync_conflict IS NOT NULL');
  if (text) w.push(forPage && text.walk ? text.walk : text.sql);
  return w;
}

const DEFAULT_SORT: Record<CaseQueue, CaseSort> = {
  mine: { field: 'deadlineAt', dir: 'asc' },
  to_accept: { field: 'receivedAt', dir: 'asc' },
  to_dispatch: { field: 'receivedAt', dir: 'asc' },
  in_progress: { field: 'deadlineAt', dir: 'asc' },
  due_soon: { field: 'deadlineAt', dir: 'asc' },
  overdue: { field: 'deadlineAt', dir: 'asc' },
  supervised: { field: 'deadlineAt', dir: 'asc' },
  to_verify: { field: 'updatedAt', dir: 'asc' },
  closed: { field: 'updatedAt', dir: 'desc' },
  all: { field: 'receivedAt', dir: 'desc' },
};

function orderBy(sort: CaseSort): string {
  const dir = sort.dir === 'asc' ? 'ASC' : 'DESC';
  switch (sort.field) {
    case 'receivedAt':
      return `c.received_at ${dir}, c.rowid ${dir}`;
    case 'deadlineAt':
      return `c.deadline_at ${dir}, c.rowid ${dir}`;
    case 'updatedAt':
      return `c.updated_at ${dir}, c.rowid ${dir}`;
    case 'number':
      return `c.number ${dir}`;
    case 'urgency':
      return `CASE c.urgency WHEN 'critical' THEN 3 WHEN 'urgent' THEN 2 ELSE 1 END ${dir}, c.deadline_at ASC, c.rowid ASC`;
  }
}

export interface BuiltQuery {
  where: string;
  /** The condition a page's rows are chosen by (equal to `where` but for how a big search is read). */
  pageWhere: string;
  /** The same without the viewer's scope. */
  whereUnscoped: string;
  order: string;
  /** The order asked for, or the queue's own. */
  sort: CaseSort;
  /** The filter's text search (its parameters in `params`), found once for the page and its count. */
  text: TextCondition | null;
  params: Params;
}

export function buildQueueQuery(db: ReadDb, q: QueueQuery): BuiltQuery {
  const params: Params = {};
  const scope = scopeCondition(q.viewer.scope, params);
  const text = q.filter.text ? textCondition(db, q.filter.text, params) : null;
  const unscoped = [queueCondition(q.queue, q, params, db), ...filterConditions(q.filter, params, db, text)];
  const where = [...unscoped, ...(scope ? [scope] : [])].join(' AND ');
  const pageWhere = q.filter.text ? [queueCondition(q.queue, q, params, db), ...filterConditions(q.filter, params, db, text, true), ...(scope ? [scope] : [])].join(' AND ') : where;
  const sort = q.sort ?? DEFAULT_SORT[q.queue];
  return { where, pageWhere, whereUnscoped: unscoped.join(' AND '), order: orderBy(sort), sort, text, params };
}

/** The number of cases of a queue (case-counts.ts: stored tallies where they answer, indexes otherwise). */
function countOf(db: ReadDb, q: QueueQuery, built: BuiltQuery): number {
  const fromIndexes = built.text && searchOnlyCounts(db, q.filter, q.viewer, q.window, built.text, built.params);
  if (fromIndexes) return fromIndexes[q.queue];
  return countQueue(db, { queue: q.queue, filter: q.filter, scope: q.viewer.scope, where: built.where, whereUnscoped: built.whereUnscoped, params: built.params });
}

/** The index that walks 全部 or 已办结 in each order (rowid breaks ties, as the order does). */
const ORDER_INDEX: Record<'all' | 'closed', Record<CaseSort['field'], string>> = {
  all: { receivedAt: 'case_received', deadlineAt: 'case_deadline', updatedAt: 'case_updated', number: 'case_record_number', urgency: 'case_urgency_order' },
  closed: { receivedAt: 'case_done_received', deadlineAt: 'case_done_deadline', updatedAt: 'case_done_updated', number: 'case_done_number', urgency: 'case_urgency_order' },
};
/** A category's own indexes in an order: its cases alone, already in that order. */
const CATEGORY_ORDER: Record<'all' | 'closed', Partial<Record<CaseSort['field'], string>>> = {
  all: { receivedAt: 'case_category_received' },
  closed: { receivedAt: 'case_category_done', updatedAt: 'case_category_updated' },
};

/** How many cases a page's walk passes when it walks a category's own index in its order (else null: the town's). */
function categoryWalk(db: ReadDb, q: QueueQuery, sort: CaseSort): number | null {
  const f = q.filter;
  if (!f.categoryId || (q.queue !== 'all' && q.queue !== 'closed') || !CATEGORY_ORDER[q.queue][sort.field] || isSubcategory(db, f.categoryId)) return null;
  return facetCaseCount(db, 'category', f.categoryId, f);
}

/**
 * The index a page walks, named where SQLite guesses wrong. Most urgent first over a big queue:
 * the urgency index (SQLite read 已办结 through an index on done and sorted every finished case:
 * 340 ms). 全部 and 已办结 under a category, source, urgency, level or handling type: the order's
 * index, testing the filter on the way (the filter holds a share of the town's cases, so a page
 * is found within a few thousand), where SQLite took the facet's index and sorted all its cases
 * (已办结 of 特急 by last update: 3 → 20 ms once migration 0035 gave urgency an index; 市政设施 by
 * number 150 ms). Few cases under such a filter are gathered instead (case-gather-page.ts). Not
 * with a grid, village, subcategory or text filter or a grid worker's scope, whose few cases
 * their own indexes find.
 */
function pinnedOrder(db: ReadDb, q: QueueQuery, sort: CaseSort): string {
  const f = q.filter;
  if (f.gridId || f.villageId || f.text || q.viewer.scope?.kind === 'grid') return '';
  if (f.categoryId && isSubcategory(db, f.categoryId)) return '';
  const big = q.queue === 'all' || q.queue === 'closed' ? q.queue : null;
  if (big && (f.categoryId || f.source || f.urgency || f.level || f.handlingType)) {
    return ` INDEXED BY ${(f.categoryId && CATEGORY_ORDER[big][sort.field]) || ORDER_INDEX[big][sort.field]}`;
  }
  return sort.field === 'urgency' && !f.categoryId ? ' INDEXED BY case_urgency_order' : '';
}

/**
 * A search's cases are found from the filter's own index and tested against the matches when the
 * filter holds at most this many times as many cases as the search matches: each match read from
 * the matches costs a seek into the cases (~1.3 µs in the county), each entry of the filter's
 * index a test against the matches (~0.15 µs, and the matches kept once).
 */
const FILTER_FIRST = 6;

/**
 * Where the kept keys do not answer (a fragment with a letter, or few matches), how a search's
 * cases are found under a filter: from the filter (a grid, a village, a grid
 * worker's grids, or a tallied filter holding few cases beside the matches: a month, a category)
 * and tested against the matches (the membership form of TextCondition.walk), or null: read from
 * the matches. Under a category, source, urgency, level or handling type the filter's cases are
 * read from the facet's covering index (`index`, its stages listed: case-facet-index.ts), no
 * row but the survivors'; SQLite's own choice skipped through a village index (170 ms).
 * County: 垃圾 (36,835 matches) in a month, 47 → 9 ms; 路灯 in a grid, 20 → 5 ms.
 */
function filterFirst(db: ReadDb, filter: CaseFilter, viewer: QueueViewer, text: TextCondition | null): { index: string | null } | null {
  if (filter.gridId || filter.villageId || viewer.scope?.kind === 'grid') return { index: null };
  if (!text?.walk || text.matched === undefined) return null;
  // Several facets: no tally holds them, but their fewest-cases facet's entries bound them.
  const facet = fewestCasesIndex(db, { ...filter, text: undefined }, 'all');
  const held = filterCaseCount(db, filter) ?? facet?.entries ?? null;
  if (held === null || held > FILTER_FIRST * text.matched) return null;
  return { index: facet?.index ?? null };
}

/**
 * A text search with another filter or a scope is counted by reading every matching case (no
 * tally holds text), so its page is read in the same statement: the matches are filtered once,
 * counted, and only the survivors sorted (the page apart walked its order's index testing every
 * case against the matches: 29 ms for 已办结 under 路灯 and a year in the county, beside a 13 ms
 * count), with the count even for a page past the end. Many matches the indexes give exactly are
 * answered from the kept keys instead (keptQueuePage), no row read.
 */
function pageWithTotal(db: ReadDb, q: QueueQuery, built: BuiltQuery, offset: number, limit: number): { rids: number[]; total: number } {
  const fromKeys = searchFromKeys(built.text) ? keptQueuePage(db, q, built, offset, limit) : null;
  if (fromKeys) return fromKeys;
  const driver = filterFirst(db, q.filter, q.viewer, built.text);
  const from = driver?.index ? `case_record c INDEXED BY ${driver.index}` : 'case_record c';
  const where = !driver ? built.where : driver.index ? facetCondition(q.queue, q.filter.status, built.pageWhere) : built.pageWhere;
  // The matching cases once (with their sort keys); the page's rows by their place in the order
  // (`n`, so the order survives the compound) and a last row with the count, even past the end.
  const order = orderOverKeys(built.order);
  const rows = db.cached(`WITH m AS MATERIALIZED (SELECT c.rowid AS rid, ${SORT_KEYS} FROM ${from} WHERE ${where})
    SELECT rid, n FROM (SELECT rid, row_number() OVER (ORDER BY ${order}) AS n FROM m) WHERE n > @offset AND n <= @offset + @limit
    UNION ALL SELECT NULL, count(*) FROM m`).all({ ...built.params, limit, offset }) as { rid: number | null; n: number }[];
  const page = rows.filter((r) => r.rid !== null).sort((a, b) => a.n - b.n);
  return { rids: page.map((r) => r.rid!), total: rows.find((r) => r.rid === null)!.n };
}

/**
 * The cases of the filter and the viewer's scope from the kept keys (case-keys.ts): a search's
 * matches read from the search indexes (`text`, whose matches they give exactly), or every case,
 * each tested on the keys, no row read. Null where the keys cannot answer (a condition outside
 * what they hold). County, 路灯 in 2025 (10,681 matches): 23 ms for the statement → 3 ms.
 */
function keptCases(db: ReadDb, filter: CaseFilter, viewer: QueueViewer, text: (TextCondition & { matches: string }) | null, textParams: Params): { kept: KeptMatches; params: Params } | null {
  const params: Params = { ...textParams };
  const conditions = filterConditions(filter, params, db, null);
  const scope = scopeCondition(viewer.scope, params);
  if (scope) conditions.push(scope);
  const kept = text ? keptMatches(db, text.matches, conditions, params) : keptAll(db, conditions, params);
  return kept && { kept, params };
}

/** Whether a search is answered from the keys: many matches (TextCondition.walk), given exactly by the indexes. */
const searchFromKeys = (text: TextCondition | null): text is TextCondition & { matches: string } => !!text?.walk && !!text.matches;

/** A queue's page and total from the kept keys (see keptCases), or null. */
function keptQueuePage(db: ReadDb, q: QueueQuery, built: BuiltQuery, offset: number, limit: number): { rids: number[]; total: number } | null {
  const order = keptOrder(db, built.order);
  const found = order && keptCases(db, q.filter, q.viewer, searchFromKeys(built.text) ? built.text : null, built.params);
  return found && keptPage(found.kept, queueCondition(q.queue, q, found.params, db), order, found.params, offset, limit);
}

/**
 * Several facets at once (no tally holds them together) whose facet with the fewest cases holds
 * more than this share of every case (and at least SCAN_MIN) are counted and paged on the cases'
 * keys: a pass over every case's keys (~2–5 ms in the county) costs less than that facet's
 * covering index (0.14 µs an entry, and its page's sort: 环境卫生 from 热线, 110,082 and 74,785
 * cases, 14 ms; 走访 at town level, 24,887 entries, a deep page by number 20 ms).
 */
const SCAN_SHARE = 1 / 32;
const SCAN_MIN = 1000;

/** Whether a filter without text is answered from the keys (everyone's view, or a department handler's). */
function scansKeys(db: ReadDb, filter: CaseFilter, viewer: QueueViewer): boolean {
  if (filter.text || filter.gridId || filter.villageId || !severalFacets(filter)) return false;
  if (viewer.scope && viewer.scope.kind !== 'department') return false;
  const fewest = fewestCasesIndex(db, filter, 'all');
  return !!fewest && fewest.entries > Math.max(SCAN_MIN, SCAN_SHARE * filterCaseCount(db, {})!);
}

/** The columns the queues' orders read (orderBy), carried with a search's matches or a facet's entries. */
export const SORT_KEYS = 'c.received_at, c.deadline_at, c.updated_at, c.number, c.urgency';

/** A queue's order over rows of `rid` and SORT_KEYS (a subquery's), not over `case_record c`. */
export const orderOverKeys = (order: string): string => order.replaceAll('c.rowid', 'rid').replaceAll('c.', '');

/**
 * The statement choosing a page's rowids (`rid`; @limit and @offset still to bind), as queuePage
 * runs it when the count (`total`, if known) comes first.
 */
export function pageStatement(db: ReadDb, q: QueueQuery, built = buildQueueQuery(db, q), total: number | null = null, reach = 50): { sql: string; params: Params } {
  const { pageWhere, order, params } = built;
  // Few cases: gathered from an index that holds their whole condition.
  const gathered = gatherPage(db, q, built, total, reach, () => categoryWalk(db, q, built.sort));
  if (gathered) return gathered;
  // A grid worker's few cases: gathered from its scope's indexes (a grid or a village filter, or a search, has its own path).
  const mine = !q.filter.gridId && !q.filter.villageId && !q.filter.text ? scopeRowids(q.viewer.scope, params) : null;
  if (mine) return { sql: `SELECT c.rowid AS rid FROM case_record c WHERE c.rowid IN (${mine}) AND ${pageWhere} ORDER BY ${order} LIMIT @limit OFFSET @offset`, params };
  // A range of receipt dates in update order: one ordered walk per receipt bucket, merged.
  const merged = receivedBucketsPage(db, { queue: q.queue, filter: q.filter, sort: built.sort, scope: q.viewer.scope?.kind ?? null, where: pageWhere, params });
  return merged ?? { sql: `SELECT c.rowid AS rid FROM case_record c${pinnedOrder(db, q, built.sort)} WHERE ${pageWhere} ORDER BY ${order} LIMIT @limit OFFSET @offset`, params };
}

/** One page of a queue: the rowids are chosen (indexed, sorted, limited) first, then only those rows are joined. */
export function queuePage(db: ReadDb, q: QueueQuery, offset: number, limit: number): { rows: CaseRow[]; total: number } {
  const built = buildQueueQuery(db, q);
  if (built.text && !searchOnlyCountsApply(q.filter, q.viewer, built.text)) {
    const both = pageWithTotal(db, q, built, offset, limit);
    return { rows: rowsByRowid(db, both.rids, q.window), total: both.total };
  }
  const fromKeys = scansKeys(db, q.filter, q.viewer) ? keptQueuePage(db, q, built, offset, limit) : null;
  if (fromKeys) return { rows: rowsByRowid(db, fromKeys.rids, q.window), total: fromKeys.total };
  // The count first (tallies or an index): a page past the last case is not looked for, which
  // matters where a filter and a scope leave none (a department's cases of another department's
  // category: walking the year's cases for them took 170 ms in the county).
  const total = countOf(db, q, built);
  if (offset >= total) return { rows: [], total };
  const page = pageStatement(db, q, built, total, offset + limit);
  const ids = db.cached(page.sql).all({ ...page.params, limit, offset }) as { rid: number }[];
  return { rows: rowsByRowid(db, ids.map((r) => r.rid), q.window), total };
}

export function rowsByRowid(db: ReadDb, rowids: number[], window: DueWindow): CaseRow[] {
  if (rowids.length === 0) return [];
  const rows = db.cached(`${CASE_LIST_SELECT.replace('SELECT c.*', 'SELECT c.rowid AS rid, c.*')} WHERE c.rowid IN (SELECT value FROM json_each(?))`)
    .all(JSON.stringify(rowids)) as (CaseListDbRow & { rid: number })[];
  const pos = new Map(rowids.map((r, i) => [r, i]));
  return rows.sort((a, b) => pos.get(a.rid)! - pos.get(b.rid)!).map((r) => toCaseRow(db, r, window));
}

/** Every queue's count under the same filter, each from the tallies or an indexed count. */
export function queueCounts(db: ReadDb, filter: CaseFilter, viewer: QueueViewer, window: DueWindow): Record<CaseQueue, number> {
  // A text search, or a grid worker's few grids: the cases are found once and every queue
  // counted over them in one pass.
  if (filter.text || viewer.scope?.kind === 'grid') return countsOverMatches(db, filter, viewer, window);
  const fromKeys = scansKeys(db, filter, viewer) ? keptQueueCounts(db, filter, viewer, window, null, {}) : null;
  if (fromKeys) return fromKeys;
  const out = (countsOverFacet(db, filter, viewer, window) ?? {}) as Record<CaseQueue, number>;
  for (const queue of CASE_QUEUES) {
    if (out[queue] !== undefined) continue;
    const q: QueueQuery = { queue, filter, viewer, window };
    out[queue] = countOf(db, q, buildQueueQuery(db, q));
  }
  return out;
}

/** The queues whose cases are all open (done = 0); the others are 已办结 (done = 1) and 全部. */
const OPEN_QUEUES = CASE_QUEUES.filter((q) => q !== 'closed' && q !== 'all');

/**
 * Every queue's count for a text search alone over every case (no other filter, no scope), from
 * the search indexes: 全部 is the number of matches, counted without reading a case; the open
 * queues are summed over the open cases, whose index is walked and each entry tested against the
 * matches before its row is read; 已办结 is the difference. (Counting over the matches read every
 * matching case: 10,000 rows for 路灯 in the county.) Null where this does not apply.
 */
function searchOnlyCounts(
  db: ReadDb,
  filter: CaseFilter,
  viewer: QueueViewer,
  window: DueWindow,
  t: TextCondition,
  textParams: Params,
): Record<CaseQueue, number> | null {
  if (!searchOnlyCountsApply(filter, viewer, t)) return null;
  const params: Params = { ...textParams };
  const total = t.matched ?? (db.cached(`SELECT count(*) FROM (${t.matches})`).pluck().get(params) as number);
  const sums = queueSums(db, OPEN_QUEUES, filter, viewer, window, params);
  const open = db.cached(`SELECT count(*) AS "open", ${sums} FROM case_record c INDEXED BY case_done_received WHERE c.done = 0 AND c.rowid IN (${t.matches})`)
    .get(params) as Record<CaseQueue | 'open', number>;
  const out = { closed: total - open.open, all: total } as Record<CaseQueue, number>;
  for (const queue of OPEN_QUEUES) out[queue] = open[queue];
  return out;
}

/**
 * Each queue's count over the rows a statement reads, one column per queue named after it (the
 * sum of its condition; `stated`: how the condition is read, e.g. from a covering index).
 */
function queueSums(db: ReadDb, queues: readonly CaseQueue[], filter: CaseFilter, viewer: QueueViewer, window: DueWindow, params: Params, stated = (sql: string) => sql): string {
  return queues.map((queue) => `coalesce(sum(${stated(queueCondition(queue, { queue, filter, viewer, window }, params, db))}), 0) AS "${queue}"`).join(', ');
}

/** Every queue's count from the kept keys (see keptCases), each queue's condition tested in one pass; or null. */
function keptQueueCounts(db: ReadDb, filter: CaseFilter, viewer: QueueViewer, window: DueWindow, text: (TextCondition & { matches: string }) | null, textParams: Params): Record<CaseQueue, number> | null {
  const found = keptCases(db, filter, viewer, text, textParams);
  if (!found) return null;
  const conditions = Object.fromEntries(CASE_QUEUES.map((queue) => [queue, queueCondition(queue, { queue, filter, viewer, window }, found.params, db)])) as Record<CaseQueue, string>;
  return keptCounts(found.kept, conditions, found.params);
}

/** Whether searchOnlyCounts answers: a text search alone, no scope, matches read from the indexes alone. */
function searchOnlyCountsApply(filter: CaseFilter, viewer: QueueViewer, t: TextCondition): t is TextCondition & { matches: string } {
  return !viewer.scope && !!t.matches && Object.entries(filter).every(([k, v]) => k === 'text' || v === undefined);
}

/**
 * Every queue's count but 我的待办 under several facets (no scope, or a department handler's) from
 * the covering index of the facet with the fewest cases (case-facet-index.ts), no row read: the
 * open queues summed over the open entries in one pass, 已办结 counted over the finished ones
 * (most of them, so no sum there), 全部 both; a handler's own cases outside the department are
 * summed from their rows. (Counted one queue at a time the index was read once per queue, and
 * summed in one pass over every entry: a department handler's 镇级 cases from 巡查, 70 and 55 ms
 * in the county.) Null where this does not apply.
 */
function countsOverFacet(db: ReadDb, filter: CaseFilter, viewer: QueueViewer, window: DueWindow): Partial<Record<CaseQueue, number>> | null {
  const department = viewer.scope?.kind === 'department' ? viewer.scope.department : null;
  if (viewer.scope && !department) return null;
  const index = facetIndex(db, filter, 'all');
  if (!index) return null;
  const params: Params = {};
  const conditions = filterConditions(filter, params, db, null);
  if (department) Object.assign(params, { scopeDept: department, scopeMe: viewer.scope!.userId });
  const where = [...conditions, ...(department ? ['c.assignee_department_id = @scopeDept'] : [])].join(' AND ');
  const sumsOf = (queues: readonly CaseQueue[]) => queueSums(db, queues, filter, viewer, window, params, doneAsStage);
  const openQueues = OPEN_QUEUES.filter((q) => q !== 'mine');
  const open = db.cached(`SELECT count(*) AS "open", ${sumsOf(openQueues)} FROM case_record c INDEXED BY ${index} WHERE ${facetCondition('open', filter.status, where)}`)
    .get(params) as Record<CaseQueue | 'open', number>;
  const closed = db.cached(`SELECT count(*) FROM case_record c INDEXED BY ${index} WHERE ${facetCondition('closed', filter.status, where)}`).pluck().get(params) as number;
  const out: Partial<Record<CaseQueue, number>> = { closed, all: open.open + closed };
  for (const queue of openQueues) out[queue] = open[queue];
  if (department) {
    const queues = CASE_QUEUES.filter((q) => q !== 'mine');
    const outside = db.cached(`SELECT ${sumsOf(queues)} FROM case_record c WHERE ${conditions.join(' AND ') || '1 = 1'}
      AND (c.assignee_user_id = @scopeMe OR c.registered_by = @scopeMe) AND c.assignee_department_id IS NOT @scopeDept`).get(params) as Record<CaseQueue, number>;
    for (const queue of queues) out[queue]! += outside[queue];
  }
  return out;
}

/** Every queue's count as one statement over the cases the filter and scope hold (each queue a sum of its condition). */
function countsOverMatches(db: ReadDb, filter: CaseFilter, viewer: QueueViewer, window: DueWindow): Record<CaseQueue, number> {
  const params: Params = {};
  const text = filter.text ? textCondition(db, filter.text, params) : null;
  const fromIndexes = text && searchOnlyCounts(db, filter, viewer, window, text, params);
  if (fromIndexes) return fromIndexes;
  const fromKeys = searchFromKeys(text) ? keptQueueCounts(db, filter, viewer, window, text, params) : null;
  if (fromKeys) return fromKeys;
  const scope = scopeCondition(viewer.scope, params);
  const driver = filterFirst(db, filter, viewer, text);
  const where = [...filterConditions(filter, params, db, text, !!driver), ...(scope ? [scope] : [])].join(' AND ');
  const sumsOf = (queues: readonly CaseQueue[], stated?: (sql: string) => string) => queueSums(db, queues, filter, viewer, window, params, stated);
  if (!driver?.index) return db.cached(`SELECT ${sumsOf(CASE_QUEUES)} FROM case_record c WHERE ${where}`).get(params) as Record<CaseQueue, number>;
  // From a facet's covering index: 我的待办 (whose people the index does not hold) apart.
  const out = db.cached(`SELECT ${sumsOf(CASE_QUEUES.filter((q) => q !== 'mine'), doneAsStage)} FROM case_record c INDEXED BY ${driver.index} WHERE ${facetCondition('all', filter.status, where)}`)
    .get(params) as Record<CaseQueue, number>;
  const mine: QueueQuery = { queue: 'mine', filter, viewer, window };
  return { ...out, mine: countOf(db, mine, buildQueueQuery(db, mine)) };
}

/** Every row of a queue (for export), in the queue's order, up to `max`. */
export function queueAll(db: ReadDb, q: QueueQuery, max: number): CaseListDbRow[] {
  const { where, order, params } = buildQueueQuery(db, q);
  return db.cached(`${CASE_LIST_SELECT} WHERE ${where} ORDER BY ${order} LIMIT @max`).all({ ...params, max }) as CaseListDbRow[];
}
