// The demo town's 入户核实: for every quarter of the demo's visits that has ended, each
// supervisor draws its area's sample by the real rule (routine/verification-sample.ts) in the
// first days after the quarter and records the outcomes over the next weeks — mostly 属实, some
// 不属实 (more for a few careless workers) and some 未核实, each with a note; a 未核实 visit is
// replaced by a second draw, as the rule asks. The latest ended quarter is still being worked
// through: about a third of its sample is not yet recorded. The current quarter is not drawn.
// Called after the visits are generated; deterministic for a seed and a time.
import { previousQuarter, quarterOf, quarterRange, type VerificationOutcome } from '../../../shared/routine/verification-types';
import { addDays, shanghaiDate, shanghaiInstant } from '../calendar';
import type { WriteTx } from '../db/change-writer';
import { staffGridMap } from '../org/served-units';
import { sampleSeed, visitsToDraw } from '../routine/verification-sample';
import { areaVisits, drawnOutcomes, verificationRates } from '../routine/verifications';
import { SeededRandom } from './seeded-random';

export interface DemoVerificationSummary {
  drawn: number;
  recorded: number;
}

const INACCURATE_NOTES = ['户主称近期无人上门走访', '走访日期户内无人，记录与实际不符', '记录的见面人当天不在家', '走访情况与户内实际情况不一致'];
const UNVERIFIED_NOTES = ['家中无人，电话未接通', '户主外出务工，暂无法核实', '老人住院，家属不在本地', '多次上门未遇，留联系卡'];
const ACCURATE_NOTES = ['', '', '', '', '电话回访，情况属实', '上门核对，与记录一致'];

export function seedDemoVerification(tx: WriteTx, opts: { seed: number; now: number }): DemoVerificationSummary {
  const db = tx.db;
  const rng = new SeededRandom(opts.seed);
  const today = shanghaiDate(opts.now);
  const yesterday = addDays(today, -1);
  const earliest = (db.cached('SELECT min(visit_date) AS d FROM household_visit').get() as { d: string | null }).d;
  if (!earliest) return { drawn: 0, recorded: 0 };
  const latest = previousQuarter(quarterOf(today));
  const quarters: string[] = [];
  for (let q = latest; q >= quarterOf(earliest); q = previousQuarter(q)) quarters.unshift(q);
  const rates = verificationRates(db);
  const accounts = new Map(
    (db.cached('SELECT id, display_name, staff_id FROM user_account WHERE staff_id IS NOT NULL ORDER BY id').all() as { id: string; display_name: string; staff_id: string }[]).map(
      (a) => [a.staff_id, a],
    ),
  );
  const names = new Map((db.cached('SELECT id, name FROM staff').all() as { id: string; name: string }[]).map((s) => [s.id, s.name]));
  const visitFacts = db.cached('SELECT staff_id, visit_date FROM household_visit WHERE id = ?');
  // A few careless workers: 不属实 far more often.
  const careless = new Set([...staffGridMap(db, ['worker_full', 'worker_part']).keys()].filter(() => rng.chance(0.12)));
  const supervisors = [...staffGridMap(db, ['supervisor'])].sort(([a], [b]) => a.localeCompare(b));
  let drawnCount = 0;
  let recorded = 0;

  for (const quarter of quarters) {
    const { from, to } = quarterRange(quarter);
    const isLatest = quarter === latest;
    for (const [staffId, grids] of supervisors) {
      const account = accounts.get(staffId);
      const actor = account?.id ?? null;
      const actorName = account?.display_name ?? names.get(staffId) ?? null;
      const seed = sampleSeed(quarter, grids);
      const visits = areaVisits(db, from, to, grids);
      const soon = addDays(to, rng.int(1, 6));
      const drawnOn = soon < today ? soon : today;
      // Two rounds: the sample, then the replacements of the 未核实 ones.
      for (let round = 0; round < 2; round++) {
        const add = visitsToDraw(visits, drawnOutcomes(db, from, to, grids), rates, seed);
        for (const visitId of add) {
          const visit = visitFacts.get(visitId) as { staff_id: string; visit_date: string };
          const drawnAt = Math.min(opts.now, shanghaiInstant(drawnOn, '09:00').getTime() + rng.int(0, 120) * 60_000);
          const pending = isLatest && rng.chance(0.35);
          let outcome: VerificationOutcome | null = null;
          let note = '';
          let verifiedOn: string | null = null;
          if (!pending) {
            const r = rng.next();
            const wrong = careless.has(visit.staff_id) ? 0.18 : 0.03;
            outcome = r < wrong ? 'inaccurate' : r < wrong + (round === 0 ? 0.06 : 0.02) ? 'unverified' : 'accurate';
            note = rng.pick(outcome === 'inaccurate' ? INACCURATE_NOTES : outcome === 'unverified' ? UNVERIFIED_NOTES : ACCURATE_NOTES);
            const day = addDays(drawnOn, rng.int(0, 24));
            verifiedOn = day > yesterday ? (drawnOn > yesterday ? today : yesterday) : day;
            if (verifiedOn < visit.visit_date) verifiedOn = visit.visit_date;
          }
          tx.insert('visit_verification', {
            id: visitId,
            visit_id: visitId,
            quarter,
            drawn_by: actor,
            drawn_at: drawnAt,
            outcome,
            note,
            verified_on: verifiedOn,
            verifier_id: outcome ? actor : null,
            verifier_name: outcome ? actorName : null,
            updated_at: verifiedOn ? Math.min(opts.now, shanghaiInstant(verifiedOn, '16:00').getTime()) : drawnAt,
          });
          drawnCount++;
          if (outcome) recorded++;
        }
        if (isLatest) break;
      }
    }
  }
  return { drawn: drawnCount, recorded };
}
