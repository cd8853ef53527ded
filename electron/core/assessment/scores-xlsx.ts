// 导出得分表: every score of a run as a workbook — subjects × the scheme's indicators (the value,
// its numerator/denominator, the points), then 加减分, 总分, 等次, 排名 and the change on the
// previous period; a second sheet lists the manual items with their reasons and evidence. The
// scores are the run's (the frozen snapshot once frozen), the same the review and the report show.
import { ADJUSTMENT_KIND_LABELS, ADJUSTMENT_STATUS_LABELS, EVIDENCE_KIND_LABELS, type AdjustmentRow, type SubjectScoreView } from '../../../shared/assessment/assessment-types';
import { INDICATORS } from '../../../shared/assessment/indicators';
import { GRADE_LABELS, SUBJECT_LEVEL_LABELS, type SchemeInput, type SubjectLevel } from '../../../shared/assessment/scheme';
import { rangeOf } from '../io/cell-address';
import type { CellInput, ColumnSpec, RowSpec, WorkbookSpec } from '../io/workbook-spec';

/** A subject's standing in the previous period, for the change column (null: none). */
export type PreviousStanding = { periodLabel: string; rank: number; total: number } | null;

export interface ScoresSheetInput {
  title: string;
  /** 统计截止 … and whether it is a draft. */
  note: string;
  level: SubjectLevel;
  scheme: SchemeInput;
  subjects: SubjectScoreView[];
  adjustments: AdjustmentRow[];
  previous: (subjectId: string) => PreviousStanding;
}

function change(s: SubjectScoreView, p: PreviousStanding): string {
  if (!p) return '—';
  const d = Math.round((s.total - p.total) * 100) / 100;
  const r = p.rank - s.rank;
  return `${d > 0 ? '+' : d < 0 ? '−' : ''}${Math.abs(d)}分，名次${r > 0 ? `上升${r}位` : r < 0 ? `下降${-r}位` : '不变'}（上期第${p.rank}名）`;
}

export function scoresWorkbook(input: ScoresSheetInput): WorkbookSpec {
  const { scheme, subjects } = input;
  const items = scheme.items;
  const lead = ['排名', SUBJECT_LEVEL_LABELS[input.level]];
  const tail = ['加减分', '总分', '等次', '较上期'];
  const width = lead.length + items.length * 3 + tail.length;
  const columns: ColumnSpec[] = [
    { width: 7 },
    { width: 22 },
    ...items.flatMap((): ColumnSpec[] => [{ width: 9, numFmt: '0.0%' }, { width: 10, text: true }, { width: 8 }]),
    { width: 8 },
    { width: 9 },
    { width: 10 },
    { width: 30 },
  ];
  const group: CellInput[] = [...lead, ...items.flatMap((i) => [`${INDICATORS[i.indicator as keyof typeof INDICATORS]?.label ?? i.indicator}（${i.weight}分）`, '', '']), ...tail];
  const sub: CellInput[] = ['', '', ...items.flatMap(() => ['指标值', '分子/分母', '得分']), '', '', '', ''];
  const merges = [rangeOf(0, 1, width - 1, 1), rangeOf(0, 2, width - 1, 2)];
  lead.forEach((_, c) => merges.push(rangeOf(c, 3, c, 4)));
  items.forEach((_, i) => merges.push(rangeOf(lead.length + i * 3, 3, lead.length + i * 3 + 2, 3)));
  tail.forEach((_, t) => merges.push(rangeOf(lead.length + items.length * 3 + t, 3, lead.length + items.length * 3 + t, 4)));
  const rows: RowSpec[] = subjects.map((s) => ({
    style: 'cellCenter',
    cells: [
      s.rank,
      { v: s.name, s: 'cell' },
      ...s.items.flatMap((it): CellInput[] => [it.value?.value ?? '—', it.value ? `${it.value.numerator}/${it.value.denominator}` : '—', it.points]),
      s.adjustment,
      s.total,
      s.vetoed ? '一票否决' : GRADE_LABELS[s.grade],
      { v: change(s, input.previous(s.subjectId)), s: 'cell' },
    ],
  }));
  const names = new Map(subjects.map((s) => [s.subjectId, s.name]));
  const adjColumns = ['考核对象', '类别', '分值', '理由', '依据', '状态', '登记人', '审核人'];
  return {
    sheets: [
      {
        name: '得分与排名',
        columns,
        rows: [
          { cells: [{ v: input.title, s: 'title' }], height: 28 },
          { cells: [{ v: input.note, s: 'subtitle' }] },
          { cells: group, style: 'header', height: 22 },
          { cells: sub, style: 'header', height: 20 },
          ...rows,
        ],
        merges,
        freeze: { rows: 4, cols: 2 },
        printTitleRows: [3, 4],
        page: { paper: 'A3', landscape: true },
      },
      {
        name: '加减分',
        columns: [{ width: 22 }, { width: 10 }, { width: 8 }, { width: 40 }, { width: 36 }, { width: 10 }, { width: 10 }, { width: 10 }],
        rows: [
          { cells: adjColumns, style: 'header', height: 22 },
          ...input.adjustments.map(
            (a): RowSpec => ({
              style: 'cell',
              cells: [
                names.get(a.subjectId) ?? a.subjectId,
                ADJUSTMENT_KIND_LABELS[a.kind],
                a.kind === 'veto' ? '—' : a.kind === 'deduct' ? -a.points : a.points,
                a.reason,
                `${EVIDENCE_KIND_LABELS[a.evidenceKind].replace(/（.*）/, '')}：${a.evidenceLabel}`,
                ADJUSTMENT_STATUS_LABELS[a.status],
                a.enteredByName,
                a.decidedByName ?? '',
              ],
            }),
          ),
        ],
        freeze: { rows: 1 },
        page: { paper: 'A4', landscape: true },
      },
    ],
  };
}
