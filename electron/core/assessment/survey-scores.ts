// 群众满意度测评得分率 (indicator surveyScore, docs/assessment.md): the satisfaction surveys of
// the half-years a period overlaps, as a share of 100 points. A grid: its survey's score (two
// half-years: their sample-weighted mean). A village or community: the sample-weighted mean of its
// grids' surveys. The counts shown beside the rate are the mean score out of 100.
import type { SubjectLevel } from '../../../shared/assessment/scheme';
import type { ReadDb } from '../db/read-db';
import type { CasePeriod } from './case-indicators';
import type { IndicatorValue } from './indicator-values';

/** The half-years (2026H1) a period of days overlaps. */
function halvesOverlapping(period: CasePeriod): string[] {
  const out: string[] = [];
  for (let y = Number(period.from.slice(0, 4)); y <= Number(period.to.slice(0, 4)); y++) {
    if (period.from <= `${y}-06-30` && period.to >= `${y}-01-01`) out.push(`${y}H1`);
    if (period.from <= `${y}-12-31` && period.to >= `${y}-07-01`) out.push(`${y}H2`);
  }
  return out;
}

/** Subject id → its survey figure, for grids and villages (none for workers). */
export function surveyScores(db: ReadDb, level: SubjectLevel, period: CasePeriod): Map<string, IndicatorValue> {
  const out = new Map<string, IndicatorValue>();
  if (level !== 'grid' && level !== 'village') return out;
  const subject = level === 'grid' ? 'g.id' : 'g.parent_id';
  const rows = db
    .cached(
      `SELECT ${subject} AS subject, sum(s.score * s.sample_size) AS weighted, sum(s.sample_size) AS samples
       FROM satisfaction_survey s JOIN org_unit g ON g.id = s.grid_id
       WHERE s.half_year IN (SELECT value FROM json_each(?)) GROUP BY ${subject}`,
    )
    .all(JSON.stringify(halvesOverlapping(period))) as { subject: string | null; weighted: number; samples: number }[];
  for (const r of rows) {
    if (!r.subject || r.samples <= 0) continue;
    const mean = Math.round((r.weighted / r.samples) * 100) / 100;
    out.set(r.subject, { numerator: mean, denominator: 100, value: mean / 100 });
  }
  return out;
}
