// The figures of a work report (月报, 季报; docs/reports.md): the town's cases received in the
// period by source, category, village/community and handling type, with 结案率, 按期结案率 and
// 满意率 counted by the assessment's rules (assessment/case-indicators.ts — one place per rule),
// the satisfaction split, the most frequent grids and the buildings cases came back to, each
// against the period before (环比). Pure over the database: cases as they stand at `now`.
// Served by the received-time index: each period is one range scan of case_record.
import { caseRate, type CaseCounts } from '../../../shared/assessment/case-indicators';
import { wallPlace } from '../../../shared/board/wall-text';
import { CASE_SOURCE_LABELS, HANDLING_TYPE_LABELS, SATISFACTIONS, type CaseSource, type HandlingType, type Satisfaction } from '../../../shared/cases/case-types';
import { previousReportPeriod, reportPeriod, REPORT_KIND_LABELS, type ReportPeriod, type ReportPeriodInput } from '../../../shared/reports/report-periods';
import {
  REPORT_DIMENSIONS, type RepeatAddress, type ReportCounts, type ReportDimension, type ReportRow, type SatisfactionSplit, type WorkReport,
} from '../../../shared/reports/report-types';
import { caseCountsGroupings, type CaseGroupFacts } from '../assessment/case-indicators';
import { shanghaiDate } from '../calendar';
import type { ReadDb } from '../db/read-db';
import { periodInstants } from '../meetings/agenda-periods';
import { percent } from '../meetings/agenda-section';
import { readSetting, SETTING_KEYS, type TownSetting } from '../settings/settings-repo';

/** How many grids and buildings 突出问题 names. */
const TOP = 5;
/** Cases at one building that make it a repeat address. */
const REPEAT_MIN = 2;
/** The key of the cases without a village/community or grid (not placed on the map). */
const NONE = '';

const GROUPINGS = {
  source: (c: CaseGroupFacts) => c.source,
  category: (c: CaseGroupFacts) => c.category_id,
  village: (c: CaseGroupFacts) => c.village_id ?? NONE,
  handlingType: (c: CaseGroupFacts) => c.handling_type,
  grid: (c: CaseGroupFacts) => c.grid_id ?? NONE,
  satisfaction: (c: CaseGroupFacts) => c.satisfaction,
  total: () => 'town',
} satisfies Record<ReportDimension | 'grid' | 'satisfaction' | 'total', (c: CaseGroupFacts) => string | null>;
type Counted = Record<keyof typeof GROUPINGS, Map<string, CaseCounts>>;

function reportCounts(c: CaseCounts | undefined): ReportCounts {
  const counts = c ?? { received: 0, closed: 0, closedOnTime: 0, evaluated: 0, satisfied: 0 };
  const rate = (key: 'closeRate' | 'onTimeRate' | 'satisfactionRate') => (c ? percent(caseRate(c, key)) : null);
  return {
    received: counts.received,
    closed: counts.closed,
    closedOnTime: counts.closedOnTime,
    evaluated: counts.evaluated,
    satisfied: counts.satisfied,
    closeRate: rate('closeRate'),
    onTimeRate: rate('onTimeRate'),
    satisfactionRate: rate('satisfactionRate'),
  };
}

/** 环比: the change in cases received and its rate in percent (none when there were none before). */
function change(current: number, previous: number): { change: number; changeRate: number | null } {
  return { change: current - previous, changeRate: previous === 0 ? null : Math.round(((current - previous) / previous) * 1000) / 10 };
}

function rows(current: Map<string, CaseCounts>, previous: Map<string, CaseCounts>, total: number, nameOf: (key: string) => string): ReportRow[] {
  const keys = new Set([...current.keys(), ...previous.keys()]);
  return [...keys]
    .map((key) => {
      const now = reportCounts(current.get(key));
      const before = reportCounts(previous.get(key));
      return {
        key,
        name: nameOf(key),
        current: now,
        previous: before,
        ...change(now.received, before.received),
        share: total === 0 ? null : percent(now.received / total),
      };
    })
    .sort((a, b) => b.current.received - a.current.received || b.previous.received - a.previous.received || a.name.localeCompare(b.name, 'zh-CN'));
}

function satisfactionSplit(m: Map<string, CaseCounts>): SatisfactionSplit {
  const n = (s: Satisfaction) => m.get(s)?.received ?? 0;
  return Object.fromEntries(SATISFACTIONS.map((s) => [s, n(s)])) as unknown as SatisfactionSplit;
}

/** Buildings with two or more of the period's cases, the most first, with what was reported there. */
function repeatAddresses(db: ReadDb, period: ReportPeriod, names: (table: 'org_unit' | 'case_category', id: string | null) => string): RepeatAddress[] {
  const { from, until } = periodInstants(period);
  const cases = db
    .cached(
      `SELECT c.address, c.reporter_name, c.village_id, c.category_id FROM case_record c
       WHERE c.received_at >= ? AND c.received_at < ? AND c.status NOT IN ('merged', 'rejected') AND c.address <> ''`,
    )
    .all(from, until) as { address: string; reporter_name: string | null; village_id: string | null; category_id: string }[];
  const places = new Map<string, { village: string | null; categories: Map<string, number>; cases: number }>();
  for (const c of cases) {
    const place = wallPlace(c.address, [c.reporter_name]);
    if (!place) continue;
    const key = `${c.village_id ?? NONE}\u0000${place}`;
    let p = places.get(key);
    if (!p) places.set(key, (p = { village: c.village_id, categories: new Map(), cases: 0 }));
    p.cases++;
    p.categories.set(c.category_id, (p.categories.get(c.category_id) ?? 0) + 1);
  }
  return [...places]
    .filter(([, p]) => p.cases >= REPEAT_MIN)
    .map(([key, p]) => ({
      address: key.split('\u0000')[1]!,
      village: names('org_unit', p.village),
      cases: p.cases,
      categories: [...p.categories].sort((a, b) => b[1] - a[1]).map(([id]) => names('case_category', id)),
    }))
    .sort((a, b) => b.cases - a.cases || a.address.localeCompare(b.address, 'zh-CN'))
    .slice(0, TOP * 2);
}

/** The town's work report for a month or a quarter, as the cases stand at `now`. */
export function workReport(db: ReadDb, input: ReportPeriodInput, now: number): WorkReport {
  const period = reportPeriod(input);
  const previous = previousReportPeriod(input);
  const current: Counted = caseCountsGroupings(db, period, GROUPINGS);
  const before: Counted = caseCountsGroupings(db, previous, GROUPINGS);
  const nameStmt = { org_unit: db.cached('SELECT name FROM org_unit WHERE id = ?'), case_category: db.cached('SELECT name FROM case_category WHERE id = ?') };
  const names = (table: 'org_unit' | 'case_category', id: string | null) => {
    if (!id) return table === 'org_unit' ? '未定位' : '未分类';
    return (nameStmt[table].get(id) as { name: string } | undefined)?.name ?? (table === 'org_unit' ? '未定位' : '未分类');
  };
  const labelOf: Record<ReportDimension | 'grid', (key: string) => string> = {
    source: (k) => CASE_SOURCE_LABELS[k as CaseSource] ?? k,
    category: (k) => names('case_category', k),
    village: (k) => names('org_unit', k),
    handlingType: (k) => HANDLING_TYPE_LABELS[k as HandlingType] ?? k,
    grid: (k) => names('org_unit', k),
  };
  const totalNow = reportCounts(current.total.get('town'));
  const totalBefore = reportCounts(before.total.get('town'));
  const dimension = (d: ReportDimension | 'grid') => rows(current[d], before[d], totalNow.received, labelOf[d]);
  const townName = readSetting<TownSetting | null>(db, SETTING_KEYS.town, null)?.name || '本镇';
  const centre = `${townName}网格化服务管理中心`;
  return {
    townName,
    centre,
    title: `${centre}${period.label}工作${REPORT_KIND_LABELS[period.kind]}`,
    period,
    previous,
    partial: period.to >= shanghaiDate(now),
    countedAt: now,
    total: { current: totalNow, previous: totalBefore, ...change(totalNow.received, totalBefore.received) },
    dimensions: Object.fromEntries(REPORT_DIMENSIONS.map((d) => [d, dimension(d)])) as Record<ReportDimension, ReportRow[]>,
    satisfaction: { current: satisfactionSplit(current.satisfaction), previous: satisfactionSplit(before.satisfaction) },
    topGrids: dimension('grid').filter((r) => r.current.received > 0).slice(0, TOP),
    repeatAddresses: repeatAddresses(db, period, names),
  };
}
