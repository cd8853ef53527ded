// The demo town's satisfaction surveys (满意度测评): two half-years for every grid — the one under
// way (once two months of it have passed; before that the two finished ones) and the one before —
// mostly 80–97 points, a few grids under 80 once (书面自查) and a few under 80 in both halves of a
// year (调整出网格队伍 for their workers), so the assessment's warnings show. Deterministic for a
// seed and a time; every survey meets the form's rules (dated in its half-year, never ahead of today).
import { monotonicFactory } from 'ulid';
import { periodOfKey } from '../../../shared/assessment/periods';
import { addDays, shanghaiDate } from '../calendar';
import type { WriteTx } from '../db/change-writer';
import { SeededRandom } from './seeded-random';

export interface DemoSurveySummary {
  surveys: number;
  /** Surveys under 80 points. */
  low: number;
}

const NOTES = ['入户问卷调查', '村民代表座谈测评', '电话回访测评', '人大代表、政协委员、居民代表测评'];

/** The two half-years surveyed, older first, and the day each survey is taken on. */
function surveyedHalves(today: string): { key: string; from: string; last: string }[] {
  const y = Number(today.slice(0, 4));
  const current = `${y}H${today.slice(5, 7) <= '06' ? 1 : 2}`;
  const before = (k: string) => (k.endsWith('H2') ? `${k.slice(0, 4)}H1` : `${Number(k.slice(0, 4)) - 1}H2`);
  const started = periodOfKey(current)!.from;
  const keys = addDays(started, 60) <= today ? [before(current), current] : [before(before(current)), before(current)];
  return keys.map((key) => {
    const p = periodOfKey(key)!;
    return { key, from: p.from, last: p.to < today ? p.to : today };
  });
}

export function seedDemoSurveys(tx: WriteTx, opts: { seed: number; now: number }): DemoSurveySummary {
  const rng = new SeededRandom(opts.seed);
  const newId = monotonicFactory(rng.fork().asFunction());
  const grids = (tx.db.cached("SELECT id FROM org_unit WHERE kind = 'grid' AND archived = 0 ORDER BY code").all() as { id: string }[]).map((g) => g.id);
  const halves = surveyedHalves(shanghaiDate(opts.now));
  let surveys = 0;
  let low = 0;
  for (const grid of grids) {
    // About one grid in twenty-five is weak in both halves; one in eight slips under 80 once.
    const weak = rng.chance(0.04);
    const slipsIn = rng.chance(0.12) ? rng.int(0, halves.length - 1) : -1;
    halves.forEach((h, i) => {
      const under = weak || i === slipsIn;
      const score = Math.round((under ? rng.range(68, 79.5) : rng.range(80.5, 97.5)) * 2) / 2;
      // Taken in the last three weeks of the half-year (or before today in the half under way).
      const latest = h.last;
      const earliest = addDays(latest, -20) < h.from ? h.from : addDays(latest, -20);
      let date = addDays(earliest, rng.int(0, 20));
      if (date > latest) date = latest;
      tx.insert('satisfaction_survey', {
        id: newId(),
        grid_id: grid,
        half_year: h.key,
        score,
        sample_size: rng.int(30, 120),
        survey_date: date,
        note: rng.pick(NOTES),
        created_by: null,
        created_at: opts.now,
        updated_at: opts.now,
      });
      surveys++;
      if (score < 80) low++;
    });
  }
  return { surveys, low };
}
