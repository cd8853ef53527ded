// The demo town's quarterly assessment (考核评价): for each level (grids, villages/communities,
// grid workers) the three quarters before this one — the two earliest frozen, the last open for
// review — so the ranking, the change on last quarter and the warnings (the laggard grids at the
// bottom three quarters running) have something to show. Written through the same writes as the
// assessment's methods (assessment/run-writes.ts): the director opens and freezes; manual items
// (deductions and bonuses with a reason and a real case, log, visit or document as evidence,
// one 一票否决) are entered by the supervisor on its own area and by the director elsewhere, and
// decided by another account. Runs after the cases and the routine, whose data it scores.
import { periodOfKey, previousQuarter, type AssessmentPeriod } from '../../../shared/assessment/periods';
import type { SubjectLevel } from '../../../shared/assessment/scheme';
import { addDays, shanghaiDate, shanghaiInstant } from '../calendar';
import type { WriteTx } from '../db/change-writer';
import { servedGrids } from '../org/served-units';
import { allWorkers } from '../routine/routine-scope';
import { addAdjustmentTx, decideAdjustmentTx, freezeRunTx, openRunTx, subjectGrids, type AdjustmentEntry, type RunActor } from '../assessment/run-writes';
import type { IndicatorValues } from '../assessment/indicator-values';
import { runIndicatorValues, runScores } from '../assessment/run-store';
import { HouseholdFiguresMemo } from '../routine/visit-queries';
import { demoGridQuality } from './demo-grid-quality';
import { SeededRandom } from './seeded-random';

export interface DemoAssessmentSummary {
  runs: number;
  frozen: number;
  adjustments: number;
}

const LEVELS: readonly SubjectLevel[] = ['grid', 'village', 'worker'];
const MINUTE = 60_000;

interface Item extends Omit<AdjustmentEntry, 'runId'> {
  /** What the decider does; 'pending' leaves it waiting (the open quarter only). */
  decision: 'approve' | 'reject' | 'pending';
}

/** The quarter a day falls in, as a period key (2026-11-30 → 2026Q4). */
function quarterOf(date: string): string {
  return `${date.slice(0, 4)}Q${Math.ceil(Number(date.slice(5, 7)) / 3)}`;
}

export function seedDemoAssessment(tx: WriteTx, opts: { seed: number; now: number }): DemoAssessmentSummary {
  const db = tx.db;
  const summary: DemoAssessmentSummary = { runs: 0, frozen: 0, adjustments: 0 };
  const user = (role: string) => db.cached('SELECT id, display_name AS name FROM user_account WHERE role = ? ORDER BY created_at, id LIMIT 1').get(role) as RunActor | undefined;
  const director = user('director');
  const admin = user('admin');
  const supervisor = user('supervisor');
  if (!director || !admin) return summary;
  const rng = new SeededRandom(opts.seed ^ 0x4a55e55);
  const quality = demoGridQuality(db, opts.seed);
  const today = shanghaiDate(opts.now);
  const open = previousQuarter(quarterOf(today))!;
  const quarters = [previousQuarter(previousQuarter(open)!)!, previousQuarter(open)!, open].map((k) => periodOfKey(k)!);
  const supervised = new Set(supervisor ? (servedGrids(db, supervisor.id, today) ?? []) : []);
  const grids = db.cached("SELECT id, parent_id FROM org_unit WHERE kind = 'grid' AND archived = 0 ORDER BY code").all() as { id: string; parent_id: string }[];
  const villageOf = new Map(grids.map((g) => [g.id, g.parent_id]));
  const models = [...grids].sort((a, b) => quality.of(b.id) - quality.of(a.id)).slice(0, 12).map((g) => g.id);
  const workers = allWorkers(db);
  const workersOf = (gridId: string) => workers.filter((w) => w.grids.some((g) => g.id === gridId)).map((w) => w.staffId);

  /** An instant on a day after the quarter, never later than `now` less a margin (keeps the order of the steps). */
  const after = (p: AssessmentPeriod, days: number, time: string, step: number) =>
    Math.min(shanghaiInstant(addDays(p.to, days), time).getTime() + rng.int(0, 40) * MINUTE, opts.now - (10 - step) * 10 * MINUTE);

  for (const p of quarters) {
    const frozen = p.key !== open;
    // A frozen quarter was scored ten days after its end; the open one is scored today.
    const scoredOn = frozen ? addDays(p.to, 10) : today;
    const from = shanghaiInstant(p.from).getTime();
    const to = shanghaiInstant(addDays(p.to, 1)).getTime();
    const gridCase = (gridId: string, late: boolean) =>
      (db.cached(
        `SELECT number FROM case_record WHERE grid_id = ? AND received_at >= ? AND received_at < ? AND status = 'closed'
         ORDER BY CASE WHEN ? THEN on_time ELSE satisfaction <> 'satisfied' END, received_at LIMIT 1`,
      ).get(gridId, from, to, late ? 1 : 0) as { number: string } | undefined)?.number;
    const villageCase = (villageId: string) =>
      (db.cached("SELECT number FROM case_record WHERE village_id = ? AND received_at >= ? AND received_at < ? AND status = 'closed' ORDER BY on_time, received_at LIMIT 1").get(villageId, from, to) as
        | { number: string }
        | undefined)?.number;
    const workerLog = (staffId: string) =>
      (db.cached("SELECT id FROM work_log WHERE staff_id = ? AND work_date BETWEEN ? AND ? ORDER BY status = 'draft' DESC, work_date LIMIT 1").get(staffId, p.from, p.to) as { id: string } | undefined)?.id;
    const workerVisit = (staffId: string) =>
      (db.cached('SELECT id FROM household_visit WHERE staff_id = ? AND visit_date BETWEEN ? AND ? ORDER BY visit_date LIMIT 1').get(staffId, p.from, p.to) as { id: string } | undefined)?.id;

    const items = (level: SubjectLevel, runId: string, values: IndicatorValues): Item[] => {
      const out: Item[] = [];
      const scores = new Map(runScores(db, runId, scoredOn, values).map((x) => [x.subjectId, x.total]));
      /** The best-run subject still short of full marks, for a bonus (a bonus on full marks changes nothing). */
      const shortOfFull = (ids: readonly string[]) => ids.find((id) => (scores.get(id) ?? 100) <= 97);
      const [urban, rural] = quality.laggards;
      if (level === 'grid') {
        for (const lag of quality.laggards) {
          const number = gridCase(lag, true);
          if (number) out.push({ subjectId: lag, kind: 'deduct', points: rng.pick([2, 3, 3.5]), reason: '督查发现事件处置超期、回访群众不满意，通报扣分', evidenceKind: 'case', evidenceRef: number, decision: 'approve' });
        }
        // 一票否决 in the middle quarter: a serious incident in the rural laggard reported late.
        const vetoCase = rural && p.key === quarters[1]!.key ? gridCase(rural, true) : undefined;
        if (rural && vetoCase) out.push({ subjectId: rural, kind: 'veto', points: 0, reason: '辖区发生安全生产事故，网格未按规定及时上报，一票否决', evidenceKind: 'case', evidenceRef: vetoCase, decision: 'approve' });
        const good = shortOfFull(models);
        const number = good ? gridCase(good, false) : undefined;
        if (good && number) out.push({ subjectId: good, kind: 'bonus', points: 2, reason: '主动排查化解矛盾纠纷，群众送来感谢信', evidenceKind: 'case', evidenceRef: number, decision: frozen ? 'approve' : 'pending' });
      } else if (level === 'village') {
        for (const lag of quality.laggards) {
          const village = villageOf.get(lag)!;
          const number = villageCase(village);
          if (number && !out.some((i) => i.subjectId === village)) out.push({ subjectId: village, kind: 'deduct', points: 1.5, reason: '所辖网格事件超期办结较多，督查通报扣分', evidenceKind: 'case', evidenceRef: number, decision: 'approve' });
        }
        const good = shortOfFull(models.map((g) => villageOf.get(g)!));
        if (good) out.push({ subjectId: good, kind: 'bonus', points: 2, reason: '平安建设工作获县综治委通报表扬', evidenceKind: 'document', evidenceRef: `县综治委〔${p.key.slice(0, 4)}〕${rng.int(3, 40)}号`, decision: 'approve' });
      } else {
        const slack = [urban, rural].flatMap((g) => (g ? workersOf(g).slice(0, 1) : []));
        for (const staffId of slack) {
          const log = workerLog(staffId);
          if (log) out.push({ subjectId: staffId, kind: 'deduct', points: 2, reason: '工作日志多次补填、内容空泛，督导抽查扣分', evidenceKind: 'log', evidenceRef: log, decision: 'approve' });
        }
        const good = shortOfFull(models.flatMap(workersOf));
        const visit = good ? workerVisit(good) : undefined;
        if (good && visit) out.push({ subjectId: good, kind: 'bonus', points: 3, reason: '入户走访发现独居老人突发疾病，及时送医', evidenceKind: 'visit', evidenceRef: visit, decision: frozen ? 'approve' : 'reject' });
      }
      return out;
    };

    // The three levels read the same households' visit figures: once per quarter (nothing between writes visits).
    const visitMemo = new HouseholdFiguresMemo();
    for (const level of LEVELS) {
      const runId = openRunTx(tx, level, p.key, today, director, after(p, 3, '09:00', 0));
      summary.runs++;
      // The indicators are computed once per run: the manual items do not change them.
      const values = runIndicatorValues(db, runId, scoredOn, visitMemo);
      for (const item of items(level, runId, values)) {
        // The supervisor enters items on its own area (the rule of 考核加减分); the director the others.
        const inArea = supervisor && (subjectGrids(db, level, item.subjectId) ?? []).some((g) => supervised.has(g));
        const enterer = inArea ? supervisor : director;
        const decider = enterer === director ? admin : director;
        const { decision, ...entry } = item;
        const id = addAdjustmentTx(tx, { runId, ...entry }, enterer, after(p, 5, '10:00', 1));
        summary.adjustments++;
        if (decision !== 'pending') decideAdjustmentTx(tx, id, decision === 'approve', decider, after(p, 7, '15:00', 2));
      }
      if (frozen) {
        freezeRunTx(tx, runId, scoredOn, director, after(p, 10, '16:00', 3), values);
        summary.frozen++;
      }
    }
  }
  return summary;
}
