// The assessment ranking on the 月总结会 agenda (docs/meetings.md "议程自动生成"): the latest
// frozen quarterly ranking of grids (assessment/run-results.ts latestRanking, as the wall board
// and 'assessment.ranking' read it), the scope's grids only: its first five and last five, with
// each grid's rank in the town and the change on the previous quarter.
import { rankChange, type SubjectResult } from '../../../shared/assessment/results-types';
import { GRADE_LABELS } from '../../../shared/assessment/scheme';
import { latestRanking } from '../assessment/run-results';
import { sectionContent, type SectionBuilder } from './agenda-section';

const SHOWN = 5;

export const ranking: SectionBuilder = (ctx) => {
  const view = latestRanking(ctx.db, 'grid', 'quarter', Number.MAX_SAFE_INTEGER, 0, ctx.today);
  if (!view.run) return sectionContent(ctx, { empty: '暂无已定稿的季度考核排名' });
  const inScope = new Set(ctx.scope.grids.map((g) => g.id));
  const subjects = view.top.filter((s) => inScope.has(s.subjectId));
  const period = view.run.periodLabel;
  if (subjects.length === 0) return sectionContent(ctx, { period, empty: `${period}考核排名中无本范围的网格` });
  const top = subjects.slice(0, SHOWN);
  const bottom = subjects.slice(Math.max(top.length, subjects.length - SHOWN));
  const row = (s: SubjectResult, part: string) => {
    const moved = rankChange(s);
    return {
      part,
      rank: s.rank,
      name: s.name,
      total: s.total,
      grade: GRADE_LABELS[s.grade],
      change: moved === null ? '—' : moved === 0 ? '持平' : moved > 0 ? `上升${moved}位` : `下降${-moved}位`,
    };
  };
  const rows = [...top.map((s) => row(s, '前五')), ...bottom.map((s) => row(s, '后五'))];
  const shown = [...top, ...bottom];
  return sectionContent(ctx, {
    period,
    figures: [{ label: '参加排名的网格', value: subjects.length, unit: '个' }],
    table: {
      columns: [
        { key: 'part', label: '', align: 'center', width: 0.6 },
        { key: 'rank', label: '全镇名次', align: 'right', width: 0.8 },
        { key: 'name', label: '网格', width: 1.6 },
        { key: 'total', label: '得分', align: 'right', width: 0.8 },
        { key: 'grade', label: '等次', align: 'center', width: 0.8 },
        { key: 'change', label: '较上期', align: 'center', width: 0.9 },
      ],
      rows,
      caseIds: rows.map(() => null),
      total: subjects.length,
    },
    chart: { type: 'bar', title: `${period}网格考核得分`, categories: shown.map((s) => s.name), series: [{ name: '得分', values: shown.map((s) => s.total) }], unit: '分' },
    summary: `${period}考核：${top[0]!.name}得分最高（${top[0]!.total}分）${bottom.length ? `，${bottom[bottom.length - 1]!.name}得分最低（${bottom[bottom.length - 1]!.total}分）` : ''}。`,
  });
};
