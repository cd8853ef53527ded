// 最新考核排名 on a start screen: the latest frozen grid ranking's first and last five with their
// scores and the change on the period before (assessment.ranking, as the board's ranking panel).
import { RightOutlined } from '@ant-design/icons';
import { Card, Empty } from 'antd';
import { useNavigate } from 'react-router';
import { rankChange, type SubjectResult } from '../../../../shared/assessment/results-types';
import { useRpcQuery } from '../../app/rpc-hooks';
import { useSession } from '../../app/session';

function Row({ s }: { s: SubjectResult }) {
  const c = rankChange(s);
  return (
    <div className="tgw-rank-row">
      <span className="tgw-rank-no tg-num">{s.rank}</span>
      <span className="tgw-rank-name">{s.name}</span>
      <span className="tgw-rank-score tg-num">{s.total.toFixed(1)}</span>
      <span className={`tgw-rank-change${c && c > 0 ? ' tgw-up' : c && c < 0 ? ' tgw-down' : ''}`}>{c === null ? '新' : c === 0 ? '—' : c > 0 ? `↑${c}` : `↓${-c}`}</span>
    </div>
  );
}

export function RankingCard() {
  const navigate = useNavigate();
  const { can } = useSession();
  const q = useRpcQuery('assessment.ranking', { level: 'grid', top: 5, bottom: 5 }, { enabled: can('board.read'), silent: true });
  if (!can('board.read')) return null;
  const r = q.data;
  return (
    <Card
      size="small"
      className="tgw-panel"
      title="最新考核排名（网格）"
      loading={q.isPending}
      extra={
        can('assessment.read') ? (
          <a onClick={() => void navigate('/assessment')}>
            考核评价 <RightOutlined />
          </a>
        ) : null
      }
      data-testid="start-ranking"
    >
      {!r?.run || r.top.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无已定版的考核排名" />
      ) : (
        <>
          <div className="tg-muted tgw-rank-period">
            {r.run.periodLabel} · 共{r.count}个网格{r.previousPeriodLabel ? ` · 对比${r.previousPeriodLabel}` : ''}
          </div>
          <div className="tgw-rank-lists">
            <div data-testid="start-rank-top">
              <div className="tgw-rank-head">前{r.top.length}名</div>
              {r.top.map((s) => <Row key={s.subjectId} s={s} />)}
            </div>
            {r.bottom.length ? (
              <div className="tgw-rank-bottom" data-testid="start-rank-bottom">
                <div className="tgw-rank-head">后{r.bottom.length}名</div>
                {r.bottom.map((s) => <Row key={s.subjectId} s={s} />)}
              </div>
            ) : null}
          </div>
        </>
      )}
    </Card>
  );
}
