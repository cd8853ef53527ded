// The warnings that need a person to act (SPEC §6, docs/assessment.md "Warnings"), as pure rules
// over frozen rankings and satisfaction surveys; electron/core/assessment/run-results.ts reads
// those and calls these.
// - 通报批评: among the bottom two of the level's ranking in three consecutive quarters, each
//   quarter's run frozen.
// - 书面自查: a grid's half-yearly satisfaction survey (满意度测评) scored under 80.
// - 调整出网格队伍: both surveys of one year under 80 (the seed: 全年两次调查均为80分以下) — for
//   the grid's workers.
// - annual 100-point staff review (a frozen year run of grid workers, scaled to 100 points):
//   under 70 培训, under 60 辞退.
import type { WarningKind, WarningRow } from './results-types';

/** A frozen ranking of one period (oldest first when several are given). */
export interface RankedPeriod {
  label: string;
  subjects: readonly { subjectId: string; name: string; rank: number }[];
}

/**
 * In the bottom two: fewer than two subjects rank below it (ties at the bottom all count). A
 * ranking of two subjects or fewer has no bottom two.
 */
export function inBottomTwo(rank: number, ranks: readonly number[]): boolean {
  if (ranks.length <= 2) return false;
  return ranks.filter((r) => r > rank).length < 2;
}

/** 通报批评: the subjects in the bottom two of each of the three consecutive quarters (oldest first). */
export function bottomTwoInThree(quarters: readonly RankedPeriod[]): WarningRow[] {
  if (quarters.length !== 3) return [];
  const ranksOf = quarters.map((q) => q.subjects.map((s) => s.rank));
  const last = quarters[2]!;
  const out: WarningRow[] = [];
  for (const s of last.subjects) {
    const places = quarters.map((q, i) => {
      const hit = q.subjects.find((x) => x.subjectId === s.subjectId);
      return hit && inBottomTwo(hit.rank, ranksOf[i]!) ? `第${hit.rank}/${q.subjects.length}位` : null;
    });
    if (places.some((p) => p === null)) continue;
    out.push({
      subjectId: s.subjectId,
      name: s.name,
      kind: 'bottomThree',
      reason: `据已定版考核，${quarters.map((q) => q.label).join('、')}连续三个季度排名均列倒数两位（${places.join('、')}），予以通报批评`,
    });
  }
  return out;
}

/** Under this a survey calls for a written self-examination. */
export const SURVEY_PASS = 80;

export interface SurveyScore {
  /** 2026H1 */
  halfYear: string;
  /** 2026年上半年 */
  label: string;
  score: number;
  sampleSize: number;
}

const points = (x: number) => String(Math.round(x * 100) / 100);

export interface SurveyFindings {
  /** The surveys of the half-years looked at that scored under 80. */
  low: SurveyScore[];
  /** Both surveys of a year under 80 (H1 first), when its second half is among those looked at. */
  twice: [SurveyScore, SurveyScore] | null;
}

/** One grid's findings over the half-years `window` (e.g. a quarter's half): `surveys` by half-year. */
export function surveyFindings(surveys: ReadonlyMap<string, SurveyScore>, window: readonly string[]): SurveyFindings {
  const isLow = (s: SurveyScore | undefined): s is SurveyScore => s !== undefined && s.score < SURVEY_PASS;
  const low = window.map((h) => surveys.get(h)).filter(isLow);
  let twice: [SurveyScore, SurveyScore] | null = null;
  // The second survey of the year must fall in the window: a first half's period does not look ahead.
  for (const h of window.filter((x) => x.endsWith('H2'))) {
    const first = surveys.get(`${h.slice(0, 4)}H1`);
    const second = surveys.get(h);
    if (isLow(first) && isLow(second)) twice = [first, second];
  }
  return { low, twice };
}

/** Why a survey under the line asks for a written self-examination: the grid's own words, or, for one of its workers, naming the grid. */
export function surveyLowReason(s: SurveyScore, workersGrid?: string): string {
  const figures = `${s.label}群众满意度测评得分${points(s.score)}分（样本${s.sampleSize}份），低于${SURVEY_PASS}分`;
  return workersGrid === undefined
    ? `据满意度测评登记，${figures}，网格长应作书面自查`
    : `据满意度测评登记，所在网格“${workersGrid}”${figures}，应作书面自查`;
}

export function surveyTwiceReason(gridName: string, [first, second]: readonly [SurveyScore, SurveyScore]): string {
  return `据满意度测评登记，所在网格“${gridName}”${first.label}（${points(first.score)}分）、${second.label.slice(5)}（${points(second.score)}分）两次满意度测评均低于${SURVEY_PASS}分，应调整出网格队伍`;
}

/** The annual review's lines on the 100-point scale. */
export const ANNUAL_TRAIN_BELOW = 70;
export const ANNUAL_DISMISS_BELOW = 60;

/** 培训 or 辞退 for a worker's frozen year total (a 千分制 total is scaled to 100 points). */
export function annualReview(total: number, schemeTotal: number, periodLabel: string): { kind: WarningKind; reason: string } | null {
  const on100 = Math.round((total * 100) / schemeTotal * 100) / 100;
  const kind: WarningKind | null = on100 < ANNUAL_DISMISS_BELOW ? 'annualDismiss' : on100 < ANNUAL_TRAIN_BELOW ? 'annualTrain' : null;
  if (!kind) return null;
  const scaled = schemeTotal === 100 ? '' : `（折合百分制${points(on100)}分）`;
  const line = kind === 'annualDismiss' ? `低于${ANNUAL_DISMISS_BELOW}分，应予辞退` : `低于${ANNUAL_TRAIN_BELOW}分，应接受教育培训`;
  return { kind, reason: `据已定版的${periodLabel}网格员考核，年度得分${points(total)}分${scaled}，${line}` };
}
