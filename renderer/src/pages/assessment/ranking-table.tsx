// The review table of a run: subjects × indicators (value, the counts behind it, points), the
// manual items' sum, total, grade and rank. Rank and subject stay fixed on the left and the
// sum, total and grade on the right, so at 1366×768 only the indicator columns scroll.
import { Table, Tag, Tooltip } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { RunReview, SubjectScoreView } from '../../../../shared/assessment/assessment-types';
import { isIndicatorKey, INDICATORS, type IndicatorKey } from '../../../../shared/assessment/indicators';
import { GRADE_LABELS } from '../../../../shared/assessment/scheme';
import { GRADE_COLORS, pointsText, rateText, signedPoints } from './assessment-format';

export interface DrillTarget {
  subjectId: string;
  subjectName: string;
  indicator: IndicatorKey;
}

const INDICATOR_WIDTH = 118;

export function RankingTable({ review, onDrill }: { review: RunReview; onDrill: (t: DrillTarget) => void }) {
  const drillable = (k: string) => isIndicatorKey(k) && INDICATORS[k].drill !== null && INDICATORS[k].levels.includes(review.run.level);
  const itemColumns: ColumnsType<SubjectScoreView> = review.scheme.items.map((item, n) => {
    const key = item.indicator as IndicatorKey;
    const info = review.indicators[key];
    return {
      key: `i${n}`,
      width: INDICATOR_WIDTH,
      align: 'center',
      title: (
        <Tooltip title={info ? `${info.label}＝${info.formula}` : item.indicator}>
          <span className="tga-indicator-head" data-testid={`assessment-col-${key}`}>
            {info?.label ?? item.indicator}
            <span className="tg-muted">（{pointsText(item.weight)}分）</span>
          </span>
        </Tooltip>
      ),
      render: (_, s) => {
        const score = s.items.find((i) => i.indicator === key);
        if (!score) return '—';
        const body = (
          <>
            <div className="tga-rate">
              {rateText(score.value)}
              {score.value ? <span className="tga-counts">{`${score.value.numerator}/${score.value.denominator}`}</span> : null}
            </div>
            <div className="tga-points">{pointsText(score.points)}分</div>
          </>
        );
        return drillable(key) ? (
          <button
            type="button"
            className="tga-cell tga-drill"
            title="查看明细"
            onClick={() => onDrill({ subjectId: s.subjectId, subjectName: s.name, indicator: key })}
            data-testid={`assessment-cell-${key}`}
          >
            {body}
          </button>
        ) : (
          <div className="tga-cell" data-testid={`assessment-cell-${key}`}>
            {body}
          </div>
        );
      },
    };
  });
  const columns: ColumnsType<SubjectScoreView> = [
    { title: '排名', dataIndex: 'rank', key: 'rank', width: 56, fixed: 'left', align: 'center', render: (r: number) => <b data-testid="assessment-rank">{r}</b> },
    { title: '考核对象', dataIndex: 'name', key: 'name', width: 150, fixed: 'left', ellipsis: true, render: (n: string) => <span data-testid="assessment-subject">{n}</span> },
    ...itemColumns,
    { title: '加减分', key: 'adj', width: 70, fixed: 'right', align: 'center', render: (_, s) => signedPoints(s.adjustment) },
    {
      title: `总分（${review.scheme.total}）`,
      key: 'total',
      width: 86,
      fixed: 'right',
      align: 'center',
      render: (_, s) => <b data-testid="assessment-total">{pointsText(s.total)}</b>,
    },
    {
      title: '等次',
      key: 'grade',
      width: 96,
      fixed: 'right',
      render: (_, s) => (
        <span data-testid="assessment-grade">
          <Tag color={GRADE_COLORS[s.grade]}>{GRADE_LABELS[s.grade]}</Tag>
          {s.vetoed ? <Tag color="red" bordered={false}>一票否决</Tag> : null}
        </span>
      ),
    },
  ];
  return (
    <Table<SubjectScoreView>
      rowKey="subjectId"
      size="small"
      bordered
      className="tga-ranking"
      dataSource={review.subjects}
      columns={columns}
      pagination={false}
      scroll={{ x: 56 + 150 + 70 + 86 + 96 + itemColumns.length * INDICATOR_WIDTH, y: 'calc(100vh - 300px)' }}
      rowClassName={(s) => (s.vetoed ? 'tga-vetoed' : '')}
      data-testid="assessment-ranking"
      locale={{ emptyText: '没有考核对象' }}
    />
  );
}
