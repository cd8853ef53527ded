// 结果与预警 of a run (assessment.results): the ranking with the change on the previous period's
// frozen run, 红榜 and 黑榜, the stars of grid workers, and the warnings that need a person to act
// (from frozen runs and surveys only). The rules are the core's; this shows them.
import { Alert, Empty, Table, Tag } from 'antd';
import { HONOUR_LIST_LABELS, type SubjectResult } from '../../../../shared/assessment/results-types';
import { GRADE_LABELS, type SubjectLevel } from '../../../../shared/assessment/scheme';
import { useRpcQuery } from '../../app/rpc-hooks';
import { GRADE_COLORS, pointsText } from './assessment-format';
import { RankChange } from './rank-change';
import { WarningsList } from './warnings-list';

const LIST_NAMES = 8;

/** The first names of a list, then how many in all: 甲、乙、丙……等22个. */
function namesText(list: SubjectResult[]): string {
  const shown = list.slice(0, LIST_NAMES).map((s) => s.name).join('、');
  return list.length > LIST_NAMES ? `${shown}等${list.length}个` : shown;
}

export function ResultsPanel({ runId, level }: { runId: string; level: SubjectLevel }) {
  const results = useRpcQuery('assessment.results', { runId });
  const data = results.data;
  if (!data) return <Table loading size="small" dataSource={[]} columns={[]} />;
  const red = data.subjects.filter((s) => s.list === 'red');
  const black = data.subjects.filter((s) => s.list === 'black');
  return (
    <div className="tga-results" data-testid="assessment-results">
      <div className="tga-results-head">
        <span className="tg-muted" data-testid="assessment-results-previous">
          {data.previousPeriodLabel ? `较上期：与${data.previousPeriodLabel}定版结果比较名次` : '上期没有定版的考核，不计名次变化'}
        </span>
        <div className="tga-lists">
          <div data-testid="assessment-red-list">
            <Tag color="red">{HONOUR_LIST_LABELS.red}</Tag>
            {red.length ? namesText(red) : <span className="tg-muted">无（优秀且名列前10%）</span>}
          </div>
          <div data-testid="assessment-black-list">
            <Tag color="#262626">{HONOUR_LIST_LABELS.black}</Tag>
            {black.length ? namesText(black) : <span className="tg-muted">无（不合格或一票否决）</span>}
          </div>
        </div>
      </div>
      <div className="tga-results-body">
        <Table<SubjectResult>
          className="tga-results-ranking"
          rowKey="subjectId"
          size="small"
          dataSource={data.subjects}
          pagination={false}
          scroll={{ y: 420 }}
          locale={{ emptyText: <Empty description="没有考核对象" /> }}
          data-testid="assessment-results-ranking"
          columns={[
            { title: '排名', dataIndex: 'rank', width: 56, align: 'center' },
            { title: '考核对象', dataIndex: 'name', ellipsis: true },
            { title: '总分', key: 'total', width: 70, align: 'right', render: (_, s) => pointsText(s.total) },
            {
              title: '等次',
              key: 'grade',
              width: 90,
              render: (_, s) => (
                <Tag color={GRADE_COLORS[s.grade]}>
                  {GRADE_LABELS[s.grade]}
                  {s.vetoed ? '·否决' : ''}
                </Tag>
              ),
            },
            { title: '较上期', key: 'change', width: 70, align: 'center', render: (_, s) => <RankChange subject={s} compared={data.previousRunId !== null} /> },
            {
              title: '榜单',
              key: 'list',
              width: 64,
              render: (_, s) => (s.list ? <Tag color={s.list === 'red' ? 'red' : '#262626'}>{HONOUR_LIST_LABELS[s.list]}</Tag> : null),
            },
            ...(level === 'worker'
              ? [
                  {
                    title: '星级',
                    key: 'stars',
                    width: 96,
                    render: (_: unknown, s: SubjectResult) =>
                      s.stars > 0 ? (
                        <span className="tga-stars" title={`连续${s.stars}期考核优秀：${s.stars}星网格员`} data-testid="assessment-stars">
                          {'★'.repeat(s.stars)}
                        </span>
                      ) : null,
                  },
                ]
              : []),
          ]}
        />
        <WarningsList warnings={data.warnings} />
      </div>
      {level === 'worker' ? <Alert className="tga-results-note" type="info" showIcon message="星级网格员：连续几期考核为优秀即为几星（最多五星）；本期未定版时按当前得分计。" /> : null}
    </div>
  );
}
