// The 督查专报 of a run as content (shared/assessment/report-types.ts), built once from the run's
// scores (the frozen snapshot once frozen), its approved manual items and the scheme: the
// summary figures, the top and bottom units with their reasons, the charts, the ranking. The
// .docx job and the printed view lay out the same model (docs/assessment.md).
import { CASE_INDICATORS, emptyCaseCounts, type CaseCountKey, type CaseIndicatorKey } from '../../../shared/assessment/case-indicators';
import { ADJUSTMENT_KIND_LABELS, EVIDENCE_KIND_LABELS, type AdjustmentRow, type ItemScoreView, type SubjectScoreView } from '../../../shared/assessment/assessment-types';
import { INDICATORS } from '../../../shared/assessment/indicators';
import type { ReportBlock, ReportSection, RunReport } from '../../../shared/assessment/report-types';
import { rankChange, WARNING_KIND_LABELS, type RunResults, type SubjectResult } from '../../../shared/assessment/results-types';
import { GRADE_LABELS, GRADES, SUBJECT_LEVEL_LABELS, type SchemeInput, type SubjectLevel } from '../../../shared/assessment/scheme';
import type { ReadDb } from '../db/read-db';
import { allWorkers } from '../routine/routine-scope';
import { readSetting, SETTING_KEYS, type TownSetting } from '../settings/settings-repo';
import { runResults } from './run-results';
import { adjustmentsOf, getRun, runScores } from './run-store';
import { getScheme } from './scheme-store';

/** How many units the report names at the top and at the bottom. */
const NAMED = 3;
const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** 2026-10-08 → 2026年10月8日 */
export function chineseDate(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** An instant as 2026年10月8日 16:30 in China time. */
function chineseTime(ms: number): string {
  const s = new Date(ms + 8 * 3600_000).toISOString();
  return `${chineseDate(s)} ${s.slice(11, 16)}`;
}

/** Points as the core keeps them (two decimals at most): 92.5, 88.25, 90. */
export function pointsText(n: number): string {
  return String(Math.round(n * 100) / 100);
}

/** 0.8333 with 10/12 → 83.3%（10/12）; nothing counted → 无数据. */
export function rateText(item: Pick<ItemScoreView, 'value'>): string {
  const v = item.value;
  if (!v || v.value === null) return '无数据';
  return `${(v.value * 100).toFixed(1)}%（${v.numerator}/${v.denominator}）`;
}

function share(n: number, of: number): string {
  return of === 0 ? '—' : `${((n / of) * 100).toFixed(1)}%`;
}

function itemText(item: ItemScoreView, weight: number): string {
  return `${INDICATORS[item.indicator].label}${rateText(item)}，得${pointsText(item.points)}分（满分${pointsText(weight)}分）`;
}

/** The items that earned the largest (or smallest) share of their weight, counted ones only. */
function rankedItems(subject: SubjectScoreView, scheme: SchemeInput, best: boolean): { item: ItemScoreView; weight: number }[] {
  const weights = new Map(scheme.items.map((i) => [i.indicator, i.weight]));
  const counted = subject.items
    .filter((i) => i.value !== null && i.value.value !== null)
    .map((item) => ({ item, weight: weights.get(item.indicator) ?? 0 }))
    .filter((x) => x.weight > 0);
  const ratio = (x: { item: ItemScoreView; weight: number }) => x.item.points / x.weight;
  const sorted = counted.sort((a, b) => (best ? ratio(b) - ratio(a) : ratio(a) - ratio(b)) || b.weight - a.weight);
  return (best ? sorted : sorted.filter((x) => ratio(x) < 1)).slice(0, 2);
}

function adjustmentText(a: AdjustmentRow): string {
  const what = a.kind === 'veto' ? ADJUSTMENT_KIND_LABELS.veto : `${ADJUSTMENT_KIND_LABELS[a.kind]}${pointsText(a.points)}分`;
  return `${what}：${a.reason}（依据：${EVIDENCE_KIND_LABELS[a.evidenceKind].replace(/（.*）/, '')} ${a.evidenceLabel}；登记人${a.enteredByName}，审核人${a.decidedByName ?? ''}）`;
}

function unitParagraph(s: SubjectScoreView, tied: number, scheme: SchemeInput, adjustments: AdjustmentRow[], top: boolean): ReportBlock[] {
  const head = `${tied > 1 ? '并列' : ''}第${s.rank}名 ${s.name}：${pointsText(s.total)}分，${s.vetoed ? '一票否决' : GRADE_LABELS[s.grade]}。`;
  const items = rankedItems(s, scheme, top);
  const why = items.length === 0 ? (top ? '各项指标均未失分。' : '') : `${top ? '得分较高的指标' : '失分较多的指标'}：${items.map((x) => itemText(x.item, x.weight)).join('；')}。`;
  const manual = adjustments.filter((a) => a.subjectId === s.subjectId && a.status === 'approved');
  return [{ kind: 'paragraph', text: head + why + manual.map((a) => adjustmentText(a)).join('；') + (manual.length ? '。' : '') }];
}

/**
 * The units named at one end of the ranking: the first (or last) few, each with its reasons; when
 * more subjects share the end rank than would be named, all of them in one paragraph instead of
 * an arbitrary few.
 */
function namedUnits(subjects: SubjectScoreView[], scheme: SchemeInput, adjustments: AdjustmentRow[], top: boolean, unit: string, levelLabel: string): ReportBlock[] {
  const n = Math.min(NAMED, Math.floor(subjects.length / 2));
  if (n === 0) return [{ kind: 'paragraph', text: '考核对象不足，不作排名通报。' }];
  const ordered = top ? subjects : [...subjects].reverse();
  const tiedCount = (rank: number) => subjects.filter((x) => x.rank === rank).length;
  const endRank = ordered[0]!.rank;
  const atEnd = ordered.filter((x) => x.rank === endRank);
  if (atEnd.length > n) {
    const s = atEnd[0]!;
    return [
      {
        kind: 'paragraph',
        text: `${atEnd.map((x) => x.name).join('、')}共${atEnd.length}${unit}${levelLabel}并列第${endRank}名，均为${pointsText(s.total)}分（${s.vetoed ? '一票否决' : GRADE_LABELS[s.grade]}）。`,
      },
    ];
  }
  return ordered.slice(0, n).flatMap((s) => unitParagraph(s, tiedCount(s.rank), scheme, adjustments, top));
}

/** Every approved manual item (deductions, bonuses, vetoes) with its reason and evidence. */
function adjustmentsSection(heading: string, subjects: SubjectScoreView[], adjustments: AdjustmentRow[]): ReportSection {
  const names = new Map(subjects.map((s) => [s.subjectId, s.name]));
  const approved = adjustments.filter((a) => a.status === 'approved');
  if (approved.length === 0) return { heading, blocks: [{ kind: 'paragraph', text: '本期无经审核的加减分和一票否决事项。' }] };
  return {
    heading,
    blocks: [
      { kind: 'paragraph', text: `本期经审核的加减分和一票否决事项共${approved.length}项：` },
      {
        kind: 'table',
        caption: '加减分与一票否决事项',
        columns: ['考核对象', '类别', '分值', '理由', '依据', '登记/审核'],
        widths: [18, 10, 8, 26, 24, 14],
        rows: approved.map((a) => [
          names.get(a.subjectId) ?? '',
          ADJUSTMENT_KIND_LABELS[a.kind],
          a.kind === 'veto' ? '—' : `${a.kind === 'deduct' ? '−' : '+'}${pointsText(a.points)}`,
          a.reason,
          `${EVIDENCE_KIND_LABELS[a.evidenceKind].replace(/（.*）/, '')} ${a.evidenceLabel}`,
          `${a.enteredByName}/${a.decidedByName ?? ''}`,
        ]),
      },
    ],
  };
}

/** The village or community each grid or worker belongs to (a grid's parent; a worker's first grid's). */
function villagesOf(db: ReadDb, level: SubjectLevel, subjects: SubjectScoreView[]): Map<string, string> {
  const out = new Map<string, string>();
  const parent = new Map(
    (db.cached("SELECT g.id, p.name FROM org_unit g JOIN org_unit p ON p.id = g.parent_id WHERE g.kind = 'grid'").all() as { id: string; name: string }[]).map((r) => [r.id, r.name]),
  );
  if (level === 'grid') {
    for (const s of subjects) {
      const v = parent.get(s.subjectId);
      if (v) out.set(s.subjectId, v);
    }
    return out;
  }
  for (const w of allWorkers(db)) {
    const v = w.grids.map((g) => parent.get(g.id)).find((x) => x !== undefined);
    if (v) out.set(w.staffId, v);
  }
  return out;
}

/** The town's case counts as the run counted them: its subjects' counts added up (so a frozen run's report keeps its figures). */
function townCaseCounts(subjects: SubjectScoreView[]): { counts: Record<CaseCountKey, number>; known: Set<CaseCountKey>; keys: CaseIndicatorKey[] } {
  const counts = emptyCaseCounts();
  const known = new Set<CaseCountKey>();
  const keys = new Set<CaseIndicatorKey>();
  for (const s of subjects) {
    const seen = new Set<CaseCountKey>();
    for (const item of s.items) {
      if (!Object.hasOwn(CASE_INDICATORS, item.indicator)) continue;
      const def = CASE_INDICATORS[item.indicator as CaseIndicatorKey];
      keys.add(item.indicator as CaseIndicatorKey);
      known.add(def.numerator).add(def.denominator);
      if (!item.value) continue;
      for (const [key, n] of [[def.numerator, item.value.numerator], [def.denominator, item.value.denominator]] as const) {
        if (seen.has(key)) continue;
        seen.add(key);
        counts[key] += n;
      }
    }
  }
  return { counts, known, keys: [...keys] };
}

function summarySection(subjects: SubjectScoreView[], scheme: SchemeInput, level: SubjectLevel, periodLabel: string): ReportSection {
  const n = subjects.length;
  const totals = subjects.map((s) => s.total);
  const avg = n ? totals.reduce((a, b) => a + b, 0) / n : 0;
  const gradeCounts = GRADES.map((g) => ({ grade: g, n: subjects.filter((s) => s.grade === g).length }));
  const vetoed = subjects.filter((s) => s.vetoed).length;
  const unit = level === 'worker' ? '名' : '个';
  const levelLabel = SUBJECT_LEVEL_LABELS[level];
  const blocks: ReportBlock[] = [
    {
      kind: 'paragraph',
      text:
        `${periodLabel}，按照“${scheme.name}”（满分${scheme.total}分），对全镇${n}${unit}${levelLabel}进行了考核。` +
        `平均得分${avg.toFixed(2)}分，最高${pointsText(n ? Math.max(...totals) : 0)}分，最低${pointsText(n ? Math.min(...totals) : 0)}分；` +
        gradeCounts.map((g) => `${GRADE_LABELS[g.grade]}${g.n}${unit}`).join('、') +
        (vetoed ? `（其中一票否决${vetoed}${unit}）` : '') +
        '。',
    },
    {
      kind: 'figures',
      items: [
        { label: '考核对象', value: `${n}${unit}` },
        { label: '平均得分', value: `${avg.toFixed(2)}分` },
        ...gradeCounts.map((g) => ({ label: GRADE_LABELS[g.grade], value: `${g.n}${unit}` })),
      ],
    },
  ];
  const town = townCaseCounts(subjects);
  if (town.keys.length > 0) {
    const c = town.counts;
    const parts: string[] = [];
    if (town.known.has('received')) parts.push(`受理事件${c.received}件`);
    if (town.known.has('closed')) parts.push(`结案${c.closed}件（结案率${share(c.closed, c.received)}）`);
    if (town.known.has('closedOnTime')) parts.push(`按期办结${c.closedOnTime}件（按期结案率${share(c.closedOnTime, c.closed)}）`);
    if (town.known.has('satisfied')) parts.push(`群众评价${c.evaluated}件，满意和基本满意${c.satisfied}件（满意率${share(c.satisfied, c.evaluated)}）`);
    if (parts.length) blocks.push({ kind: 'paragraph', text: `事件办理方面，各${levelLabel}本期共${parts.join('，')}。` });
    blocks.push({
      kind: 'table',
      caption: `全镇事件类指标（各${levelLabel}合计）`,
      columns: ['指标', '计算方法', '分子/分母', '全镇'],
      widths: [16, 56, 14, 14],
      rows: town.keys.map((k) => {
        const d = CASE_INDICATORS[k];
        return [d.label, d.formula, `${c[d.numerator]}/${c[d.denominator]}`, share(c[d.numerator], c[d.denominator])];
      }),
    });
  }
  return { heading: '总体情况', blocks };
}

function chartsSection(db: ReadDb, subjects: SubjectScoreView[], scheme: SchemeInput, level: SubjectLevel): ReportSection {
  // Villages and departments: a bar each; grids and workers: their village's average.
  const own = level === 'village' || level === 'department';
  const villages = own ? new Map<string, string>() : villagesOf(db, level, subjects);
  const byGroup = new Map<string, number[]>();
  for (const s of subjects) {
    const v = own ? s.name : (villages.get(s.subjectId) ?? '其他');
    byGroup.set(v, [...(byGroup.get(v) ?? []), s.total]);
  }
  const bars = [...byGroup.entries()]
    .map(([name, t]) => ({ name, value: Math.round((t.reduce((a, b) => a + b, 0) / t.length) * 100) / 100 }))
    .sort((a, b) => b.value - a.value);
  const title = level === 'village' ? '各村（社区）得分' : level === 'department' ? '各部门得分' : `各村（社区）${SUBJECT_LEVEL_LABELS[level]}平均得分`;
  return {
    heading: '得分分布',
    blocks: [
      {
        kind: 'chart',
        chart: {
          kind: 'bar',
          title,
          categories: bars.map((b) => b.name),
          values: bars.map((b) => b.value),
          max: scheme.total,
          unit: '分',
        },
      },
      {
        kind: 'chart',
        chart: {
          kind: 'grades',
          title: '等次分布',
          slices: GRADES.map((g) => ({ name: GRADE_LABELS[g], value: subjects.filter((s) => s.grade === g).length })).filter((x) => x.value > 0),
        },
      },
    ],
  };
}

/** 上升3位 / 下降2位 / 名次不变; a subject new this period: 新参加考核. */
export function rankChangeText(s: Pick<SubjectResult, 'rank' | 'previous'>): string {
  const d = rankChange(s);
  if (d === null) return '新参加考核';
  return d > 0 ? `上升${d}位` : d < 0 ? `下降${-d}位` : '名次不变';
}

function signedText(n: number): string {
  const r = Math.round(n * 100) / 100;
  return r > 0 ? `+${r}` : r < 0 ? `−${-r}` : '0';
}

/** 与上期相比: how ranks and the average moved since the same level's previous frozen run, and the largest moves. */
function changeSection(results: RunResults, unit: string, levelLabel: string, noun: string): ReportSection {
  const heading = '与上期相比';
  const compared = results.subjects.filter((s) => s.previous !== null);
  if (!results.previousRunId || compared.length === 0) {
    return { heading, blocks: [{ kind: 'paragraph', text: `上一期没有已定版的${levelLabel}考核，本期不作比较。` }] };
  }
  const prev = results.previousPeriodLabel ?? '上期';
  const up = compared.filter((s) => rankChange(s)! > 0);
  const down = compared.filter((s) => rankChange(s)! < 0);
  const avg = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const avgNow = avg(compared.map((s) => s.total));
  const avgPrev = avg(compared.map((s) => s.previous!.total));
  const fresh = results.subjects.length - compared.length;
  const blocks: ReportBlock[] = [
    {
      kind: 'paragraph',
      text:
        `与${prev}相比，两期均参加考核的${compared.length}${unit}${levelLabel}中，名次上升${up.length}${unit}、下降${down.length}${unit}、` +
        `不变${compared.length - up.length - down.length}${unit}；平均得分由${avgPrev.toFixed(2)}分变为${avgNow.toFixed(2)}分（${signedText(avgNow - avgPrev)}分）。` +
        (fresh > 0 ? `本期新参加考核${fresh}${unit}。` : ''),
    },
  ];
  const moves = [...up.sort((a, b) => rankChange(b)! - rankChange(a)!).slice(0, 3), ...down.sort((a, b) => rankChange(a)! - rankChange(b)!).slice(0, 3)];
  if (moves.length > 0) {
    blocks.push({
      kind: 'table',
      caption: `名次变化较大的${noun}`,
      columns: ['考核对象', prev, '本期', '变化'],
      widths: [34, 22, 22, 22],
      rows: moves.map((s) => [s.name, `第${s.previous!.rank}名 ${pointsText(s.previous!.total)}分`, `第${s.rank}名 ${pointsText(s.total)}分`, rankChangeText(s)]),
    });
  }
  return { heading, blocks };
}

/** 预警与红黑榜: the warnings for a person to act on, the red and black lists, the star workers. */
function warningsSection(results: RunResults, level: SubjectLevel): ReportSection {
  const blocks: ReportBlock[] = [];
  const red = results.subjects.filter((s) => s.list === 'red').map((s) => s.name);
  const black = results.subjects.filter((s) => s.list === 'black').map((s) => s.name);
  if (red.length || black.length) blocks.push({ kind: 'paragraph', text: `红榜：${red.join('、') || '无'}。黑榜：${black.join('、') || '无'}。` });
  const stars = results.subjects.filter((s) => s.stars > 0);
  if (level === 'worker' && stars.length) blocks.push({ kind: 'paragraph', text: `星级网格员：${stars.map((s) => `${s.name}（${'★'.repeat(s.stars)}）`).join('、')}。` });
  if (results.warnings.length === 0) blocks.push({ kind: 'paragraph', text: '本期没有需要预警的事项。' });
  else {
    blocks.push({ kind: 'paragraph', text: `本期预警${results.warnings.length}项，请相关单位和人员按规定处理：` });
    blocks.push({
      kind: 'table',
      caption: '预警事项',
      columns: ['对象', '预警', '原因'],
      widths: [28, 16, 56],
      rows: results.warnings.map((w) => [w.name, WARNING_KIND_LABELS[w.kind], w.reason]),
    });
  }
  return { heading: '预警与红黑榜', blocks };
}

function rankingTable(subjects: SubjectScoreView[], level: SubjectLevel, results: RunResults): ReportSection {
  const byId = new Map(results.subjects.map((r) => [r.subjectId, r]));
  return {
    heading: '附表：得分与排名',
    blocks: [
      {
        kind: 'table',
        caption: `${SUBJECT_LEVEL_LABELS[level]}得分与排名`,
        columns: ['排名', SUBJECT_LEVEL_LABELS[level], '指标得分', '加减分', '总分', '等次', '较上期'],
        widths: [8, 32, 12, 10, 10, 12, 16],
        rows: subjects.map((s) => {
          const items = s.items.reduce((a, i) => a + i.points, 0);
          const r = byId.get(s.subjectId);
          return [
            String(s.rank),
            s.name,
            pointsText(items),
            signedText(s.adjustment),
            pointsText(s.total),
            s.vetoed ? '一票否决' : GRADE_LABELS[s.grade],
            r && results.previousRunId ? rankChangeText(r) : '—',
          ];
        }),
      },
    ],
  };
}

export interface ReportClock {
  /** Today in China (YYYY-MM-DD). */
  today: string;
  /** Now, epoch ms. */
  now: number;
}

/** The 督查专报 of a run: its content, laid out by the .docx job and the printed view. */
export function buildRunReport(db: ReadDb, runId: string, clock: ReportClock): RunReport {
  const run = getRun(db, runId);
  const scheme = getScheme(db, run.schemeId);
  const subjects = runScores(db, runId, clock.today);
  const adjustments = adjustmentsOf(db, runId);
  const results = runResults(db, runId, clock.today, subjects);
  const townName = readSetting<TownSetting | null>(db, SETTING_KEYS.town, null)?.name ?? '';
  const draft = run.status !== 'frozen';
  const unit = run.level === 'worker' ? '名' : '个';
  const levelLabel = SUBJECT_LEVEL_LABELS[run.level];
  /** What the report calls its subjects: units (grids, villages, departments) or the workers themselves. */
  const noun = run.level === 'worker' ? '网格员' : '单位';
  const sections: ReportSection[] = [
    summarySection(subjects, scheme, run.level, run.periodLabel),
    chartsSection(db, subjects, scheme, run.level),
    { heading: `排名靠前的${noun}`, blocks: namedUnits(subjects, scheme, adjustments, true, unit, levelLabel) },
    { heading: `排名靠后的${noun}`, blocks: namedUnits(subjects, scheme, adjustments, false, unit, levelLabel) },
    changeSection(results, unit, levelLabel, noun),
    warningsSection(results, run.level),
    adjustmentsSection('加减分与一票否决', subjects, adjustments),
  ].map((sec, i) => ({ ...sec, heading: `${NUMERALS[i]}、${sec.heading}` }));
  sections.push(rankingTable(subjects, run.level, results));
  return {
    runId,
    title: `${townName}网格化服务管理工作督查专报（${run.periodLabel}）${draft ? '【未定版（草稿）】' : ''}`,
    titleLines: [`${townName}网格化服务管理工作督查专报`, `（${run.periodLabel}）${draft ? '【未定版（草稿）】' : ''}`],
    draft,
    townName,
    periodLabel: run.periodLabel,
    subtitle: `考核方案：${scheme.name}第${scheme.version}版`,
    period: `考核期间：${chineseDate(run.from)}至${chineseDate(run.to)}`,
    cutoff: `统计截止：${chineseTime(run.frozenAt ?? clock.now)}${draft ? '（未定版，数据仍会变化）' : `（${run.frozenByName ?? ''}定版）`}`,
    sections,
    issuedBy: `${townName}网格化服务管理中心`,
    issuedOn: chineseDate(clock.today),
  };
}
