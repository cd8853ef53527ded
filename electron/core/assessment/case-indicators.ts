// The case indicators per subject and period (docs/assessment.md): one pass over the cases
// received in the period, each case tested by the same predicates for the counts and for the
// drill-down (the cases behind a number), so a score and its list never disagree. Counted as
// the cases stand when computed (统计截止 = the computation; freezing a run keeps its figures).
import { emptyCaseCounts, type CaseCountKey, type CaseCounts } from '../../../shared/assessment/case-indicators';
import { shanghaiDate, shanghaiInstant } from '../calendar';
import { workingTime } from '../calendar/calendar-store';
import type { ReadDb } from '../db/read-db';

/** Whose cases: by the case's grid, its village/community, the town department responsible for it, or the whole town. */
export type CaseSubjectLevel = 'grid' | 'village' | 'department' | 'town';

export interface CasePeriod {
  /** First and last day, inclusive (YYYY-MM-DD, Shanghai). */
  from: string;
  to: string;
}

interface CaseFacts {
  id: string;
  number: string;
  title: string;
  grid_id: string | null;
  village_id: string | null;
  assignee_department_id: string | null;
  category_id: string;
  handling_type: string;
  status: string;
  received_at: number;
  accepted_at: number | null;
  handled_at: number | null;
  on_time: number | null;
  rework_count: number;
  extension_count: number;
  satisfaction: string | null;
  registered_handled: number;
  source: string;
  /** The day of the earliest work log the case was raised from (the day the problem was found); null: not from a log. */
  found_date: string | null;
}

/** When a case must be received by: its first acceptance, and a grid worker's report. */
interface Cutoffs {
  /** The instant a case received at `receivedAt` must be accepted by. */
  accept: (receivedAt: number) => number;
  /** The last day a problem found on `date` may be reported on: the next working day. */
  report: (date: string) => string;
}

/** The one place each count's rule is written: does this case count? */
function predicates(cut: Cutoffs): Record<CaseCountKey, (c: CaseFacts) => boolean> {
  const closed = (c: CaseFacts) => c.status === 'closed';
  const handled = (c: CaseFacts) => c.handled_at !== null;
  const evaluated = (c: CaseFacts) => c.satisfaction !== null;
  const workerReported = (c: CaseFacts) => c.source === 'patrol' || c.found_date !== null;
  return {
    received: () => true,
    closed,
    closedOnTime: (c) => closed(c) && c.on_time === 1,
    acceptedTimely: (c) => c.registered_handled === 1 || (c.accepted_at !== null && c.accepted_at <= cut.accept(c.received_at)),
    handled,
    reworked: (c) => handled(c) && c.rework_count > 0,
    extended: (c) => c.extension_count > 0,
    evaluated,
    satisfied: (c) => evaluated(c) && (c.satisfaction === 'satisfied' || c.satisfaction === 'basically'),
    workerReported,
    // Found on the log's day; a case not raised from a log was reported when it was found.
    reportedTimely: (c) => workerReported(c) && (c.found_date === null || shanghaiDate(c.received_at) <= cut.report(c.found_date)),
  };
}

/**
 * The period's cases with their facts. A case's events are read by the case's own index: left to
 * itself, SQLite reads min(at) of an action through case_event_action_at, walking every 'accept'
 * of the town for each case (5 s for a quarter of the demo town).
 */
function casesOfPeriod(db: ReadDb, period: CasePeriod): CaseFacts[] {
  const from = shanghaiInstant(period.from).getTime();
  const until = shanghaiInstant(period.to).getTime() + 86_400_000;
  return db
    .cached(
      `SELECT c.id, c.number, c.title, c.grid_id, c.village_id, c.assignee_department_id, c.category_id, c.handling_type, c.status, c.received_at, c.handled_at, c.on_time,
              c.rework_count, c.extension_count, c.satisfaction, c.source,
              (SELECT min(l.work_date) FROM work_log_case k JOIN work_log l ON l.id = k.log_id WHERE k.case_id = c.id) AS found_date,
              (SELECT min(e.at) FROM case_event e INDEXED BY case_event_case WHERE e.case_id = c.id AND e.action = 'accept') AS accepted_at,
              EXISTS (SELECT 1 FROM case_event e INDEXED BY case_event_case WHERE e.case_id = c.id AND e.action = 'register_handled') AS registered_handled
       FROM case_record c
       WHERE c.received_at >= ? AND c.received_at < ? AND c.status NOT IN ('merged', 'rejected')`,
    )
    .all(from, until) as CaseFacts[];
}

function subjectOf(level: CaseSubjectLevel, c: CaseGroupFacts): string | null {
  if (level === 'grid') return c.grid_id;
  if (level === 'village') return c.village_id;
  return level === 'department' ? c.assignee_department_id : 'town';
}

/** A case counts as accepted in time up to the end of the working day after it was received; a report, up to the working day after the find. */
function cutoffs(db: ReadDb): Cutoffs {
  const wt = workingTime(db);
  const memo = new Map<number, number>();
  const nextDays = new Map<string, string>();
  const report = (date: string) => {
    let next = nextDays.get(date);
    if (next === undefined) nextDays.set(date, (next = wt.nextWorkingDay(date)));
    return next;
  };
  const accept = (receivedAt: number) => {
    // The cutoff depends on the received day and whether it came after the day's cutoff time:
    // memoised per minute, a quarter's thousands of cases cost a few hundred calendar walks.
    const minute = Math.floor(receivedAt / 60_000);
    let cut = memo.get(minute);
    if (cut === undefined) {
      cut = wt.deadlineFor(receivedAt, 1).getTime();
      memo.set(minute, cut);
    }
    return cut;
  };
  return { accept, report };
}

/** The counts of every subject of a level that had a case in the period (subject id → counts). */
export function caseCountsBySubject(db: ReadDb, level: CaseSubjectLevel, period: CasePeriod): Map<string, CaseCounts> {
  return caseCountsGrouped(db, period, (c) => subjectOf(level, c));
}

/** Where a case of the period lies, for grouping its counts another way (the meetings' scope, by category; the work reports' dimensions). */
export type CaseGroupFacts = Pick<CaseFacts, 'grid_id' | 'village_id' | 'assignee_department_id' | 'category_id' | 'source' | 'handling_type' | 'satisfaction'>;

/** The same counts grouped by `groupOf` (null: the case is left out), e.g. a meeting scope's cases by category. */
export function caseCountsGrouped(db: ReadDb, period: CasePeriod, groupOf: (c: CaseGroupFacts) => string | null): Map<string, CaseCounts> {
  return caseCountsGroupings(db, period, { only: groupOf }).only;
}

/** The counts grouped several ways in one pass over the period's cases (one map per grouping). */
export function caseCountsGroupings<K extends string>(
  db: ReadDb,
  period: CasePeriod,
  groupings: Record<K, (c: CaseGroupFacts) => string | null>,
): Record<K, Map<string, CaseCounts>> {
  const tests = Object.entries(predicates(cutoffs(db))) as [CaseCountKey, (c: CaseFacts) => boolean][];
  const ways = Object.entries(groupings) as [K, (c: CaseGroupFacts) => string | null][];
  const out = Object.fromEntries(ways.map(([k]) => [k, new Map<string, CaseCounts>()])) as Record<K, Map<string, CaseCounts>>;
  for (const c of casesOfPeriod(db, period)) {
    const passed = tests.filter(([, test]) => test(c)).map(([key]) => key);
    for (const [way, groupOf] of ways) {
      const subject = groupOf(c);
      if (subject === null) continue;
      const map = out[way];
      let counts = map.get(subject);
      if (!counts) map.set(subject, (counts = emptyCaseCounts()));
      for (const key of passed) counts[key]++;
    }
  }
  return out;
}

export interface CaseBehind {
  id: string;
  number: string;
  title: string;
}

/** The cases behind one count of one subject (the drill-down from a score). */
export function casesBehind(db: ReadDb, level: CaseSubjectLevel, subjectId: string, period: CasePeriod, count: CaseCountKey): CaseBehind[] {
  const test = predicates(cutoffs(db))[count];
  return casesOfPeriod(db, period)
    .filter((c) => subjectOf(level, c) === subjectId && test(c))
    .map((c) => ({ id: c.id, number: c.number, title: c.title }))
    .sort((a, b) => a.number.localeCompare(b.number));
}
