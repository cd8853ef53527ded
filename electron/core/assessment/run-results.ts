// A run's results (docs/assessment.md "Results"): its ranking with the change on the same level's
// previous period, the 红榜 and 黑榜, the stars of grid workers, and the warnings that need a
// person to act. The rules are pure (shared/assessment/honour-lists.ts, worker-stars.ts,
// warning-rules.ts); here the frozen runs and the surveys they read. Warnings come only from
// frozen runs and from the surveys entered: an open run's live scores warn no one.
import type { SubjectScoreView } from '../../../shared/assessment/assessment-types';
import { honourListOf } from '../../../shared/assessment/honour-lists';
import { halfYearsOf, periodOfKey, previousPeriodKey } from '../../../shared/assessment/periods';
import { WARNING_KINDS, type RankingView, type RunResults, type SubjectResult, type WarningRow } from '../../../shared/assessment/results-types';
import type { PeriodKind, SubjectLevel } from '../../../shared/assessment/scheme';
import { annualReview, bottomTwoInThree, surveyFindings, surveyLowReason, surveyTwiceReason, type SurveyScore } from '../../../shared/assessment/warning-rules';
import { MAX_STARS, starsOf } from '../../../shared/assessment/worker-stars';
import type { ReadDb } from '../db/read-db';
import { allWorkers } from '../routine/routine-scope';
import { getRun, runScores } from './run-store';
import { getScheme } from './scheme-store';
import { listSurveys } from './survey-store';

interface FrozenRun {
  id: string;
  periodKey: string;
  label: string;
  subjects: SubjectScoreView[];
}

/** The frozen run of a level and period (the first by id, should sync have brought two), or null. */
function frozenRunOf(db: ReadDb, level: SubjectLevel, periodKey: string | null): FrozenRun | null {
  if (!periodKey) return null;
  const r = db
    .cached("SELECT id, snapshot FROM assessment_run WHERE level = ? AND period_key = ? AND status = 'frozen' AND snapshot IS NOT NULL ORDER BY id LIMIT 1")
    .get(level, periodKey) as { id: string; snapshot: string } | undefined;
  if (!r) return null;
  return { id: r.id, periodKey, label: periodOfKey(periodKey)?.label ?? periodKey, subjects: JSON.parse(r.snapshot) as SubjectScoreView[] };
}

/** The frozen runs of the periods before `periodKey`, nearest first, `count` of them (null where none). */
function frozenRunsBefore(db: ReadDb, level: SubjectLevel, periodKey: string, count: number): (FrozenRun | null)[] {
  const out: (FrozenRun | null)[] = [];
  let key: string | null = periodKey;
  for (let i = 0; i < count; i++) {
    key = key ? previousPeriodKey(key) : null;
    out.push(frozenRunOf(db, level, key));
  }
  return out;
}

export function runResults(db: ReadDb, runId: string, today: string, scores: SubjectScoreView[] = runScores(db, runId, today)): RunResults {
  const run = getRun(db, runId);
  const before = frozenRunsBefore(db, run.level, run.periodKey, run.level === 'worker' ? MAX_STARS - 1 : 1);
  const previous = before[0] ?? null;
  const previousById = new Map(previous?.subjects.map((s) => [s.subjectId, s]));
  const earlierById = before.map((r) => new Map(r?.subjects.map((s) => [s.subjectId, s.grade])));
  const subjects = scores.map((s): SubjectResult => {
    const p = previousById.get(s.subjectId);
    return {
      subjectId: s.subjectId,
      name: s.name,
      rank: s.rank,
      total: s.total,
      grade: s.grade,
      vetoed: s.vetoed,
      previous: p && previous ? { periodLabel: previous.label, rank: p.rank, total: p.total, grade: p.grade } : null,
      stars: run.level === 'worker' ? starsOf([s.grade, ...earlierById.map((m) => m.get(s.subjectId) ?? null)]) : 0,
      list: honourListOf(s, scores.length),
    };
  });
  const self: FrozenRun | null = run.status === 'frozen' ? { id: run.id, periodKey: run.periodKey, label: run.periodLabel, subjects: scores } : null;
  const warnings = [
    ...(run.periodKind === 'quarter' ? bottomThreeWarnings(db, run.level, self) : []),
    ...surveyWarnings(db, run.level, run.periodKey),
    ...(run.level === 'worker' && run.periodKind === 'year' && self ? annualWarnings(self, getScheme(db, run.schemeId).total) : []),
  ];
  const order = (w: WarningRow) => WARNING_KINDS.indexOf(w.kind);
  warnings.sort((a, b) => order(a) - order(b) || a.name.localeCompare(b.name, 'zh-CN'));
  return { runId, previousRunId: previous?.id ?? null, previousPeriodLabel: previous?.label ?? null, subjects, warnings };
}

/** 通报批评: the bottom two of this frozen quarter and of the two frozen quarters before it. */
function bottomThreeWarnings(db: ReadDb, level: SubjectLevel, self: FrozenRun | null): WarningRow[] {
  if (!self) return [];
  const [q2, q1] = frozenRunsBefore(db, level, self.periodKey, 2);
  if (!q1 || !q2) return [];
  return bottomTwoInThree([q1, q2, self]);
}

/** 书面自查 and 调整出网格队伍 from the surveys of the half-years the period lies in. */
function surveyWarnings(db: ReadDb, level: SubjectLevel, periodKey: string): WarningRow[] {
  // Surveys are of grids: they warn the grid (grid runs) and its workers (grid and worker runs).
  if (level !== 'grid' && level !== 'worker') return [];
  const window = halfYearsOf(periodKey);
  const years = [...new Set(window.map((h) => h.slice(0, 4)))];
  const byGrid = new Map<string, { name: string; surveys: Map<string, SurveyScore> }>();
  for (const s of listSurveys(db, years.flatMap((y) => [`${y}H1`, `${y}H2`]))) {
    const g = byGrid.get(s.gridId) ?? { name: s.gridName, surveys: new Map<string, SurveyScore>() };
    if (!g.surveys.has(s.halfYear)) g.surveys.set(s.halfYear, { halfYear: s.halfYear, label: s.halfYearLabel, score: s.score, sampleSize: s.sampleSize });
    byGrid.set(s.gridId, g);
  }
  if (byGrid.size === 0) return [];
  const workersOf = new Map<string, { staffId: string; name: string }[]>();
  for (const w of allWorkers(db)) for (const g of w.grids) workersOf.set(g.id, [...(workersOf.get(g.id) ?? []), { staffId: w.staffId, name: w.name }]);
  const out: WarningRow[] = [];
  for (const [gridId, grid] of byGrid) {
    const found = surveyFindings(grid.surveys, window);
    const workers = workersOf.get(gridId) ?? [];
    for (const low of found.low) {
      if (level === 'grid') out.push({ subjectId: gridId, name: grid.name, kind: 'surveyLow', reason: surveyLowReason(low) });
      else for (const w of workers) out.push({ subjectId: w.staffId, name: `${w.name}（${grid.name}）`, kind: 'surveyLow', reason: surveyLowReason(low, grid.name) });
    }
    if (found.twice) {
      for (const w of workers) out.push({ subjectId: w.staffId, name: `${w.name}（${grid.name}）`, kind: 'surveyLowTwice', reason: surveyTwiceReason(grid.name, found.twice) });
    }
  }
  return out;
}

/** 培训 and 辞退 from a frozen year run of grid workers. */
function annualWarnings(self: FrozenRun, schemeTotal: number): WarningRow[] {
  return self.subjects.flatMap((s) => {
    const flag = annualReview(s.total, schemeTotal, self.label);
    return flag ? [{ subjectId: s.subjectId, name: s.name, ...flag }] : [];
  });
}

/**
 * The latest frozen run of a level and period kind: its first `top` and last `bottom` subjects
 * with the change on the period before — what the wall board and the meeting slides show. Names
 * and figures only.
 */
export function latestRanking(db: ReadDb, level: SubjectLevel, periodKind: PeriodKind, top: number, bottom: number, today: string): RankingView {
  const latest = (db.cached("SELECT id, period_key FROM assessment_run WHERE level = ? AND status = 'frozen' ORDER BY period_key DESC, id").all(level) as {
    id: string;
    period_key: string;
  }[]).find((r) => periodOfKey(r.period_key)?.kind === periodKind);
  if (!latest) return { run: null, previousPeriodLabel: null, count: 0, top: [], bottom: [] };
  const run = getRun(db, latest.id);
  const results = runResults(db, latest.id, today);
  const head = results.subjects.slice(0, top);
  const tail = results.subjects.slice(Math.max(head.length, results.subjects.length - bottom));
  return {
    run: { id: run.id, level: run.level, periodKey: run.periodKey, periodLabel: run.periodLabel, frozenAt: run.frozenAt },
    previousPeriodLabel: results.previousPeriodLabel,
    count: results.subjects.length,
    top: head,
    bottom: tail,
  };
}
