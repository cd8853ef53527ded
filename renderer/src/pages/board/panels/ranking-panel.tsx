// 最新考核排名 (the latest frozen quarter, named under the title: a quarter is ranked only once it is frozen) of the grids (assessment.ranking) — the first five and
// the last five with their scores and the change on the quarter before.
import { BOARD_PANELS } from '../../../../../shared/board/board-panels';
import { rankChange, type SubjectResult } from '../../../../../shared/assessment/results-types';
import { useBoardRanking } from './board-data';
import { PanelEmpty, PanelFrame, PanelWaiting } from './panel-frame';
import './live-panels.css';

function Change({ s }: { s: SubjectResult }) {
  const c = rankChange(s);
  if (c === null) return <span className="tgb-rank-change tgb-rank-new">新</span>;
  if (c === 0) return <span className="tgb-rank-change">—</span>;
  return c > 0 ? <span className="tgb-rank-change tgb-rank-up">↑{c}</span> : <span className="tgb-rank-change tgb-rank-down">↓{-c}</span>;
}

function RankList({ label, rows, tone, testId }: { label: string; rows: SubjectResult[]; tone: 'top' | 'bottom'; testId: string }) {
  return (
    <div className={`tgb-rank-list tgb-rank-${tone}`} data-testid={testId}>
      <div className="tgb-rank-head">{label}</div>
      {rows.map((s) => (
        <div key={s.subjectId} className="tgb-rank-row">
          <span className="tgb-rank-no">{s.rank}</span>
          <span className="tgb-rank-name">{s.name}</span>
          <span className="tgb-rank-score">{s.total.toFixed(1)}</span>
          <Change s={s} />
        </div>
      ))}
    </div>
  );
}

export function RankingPanel() {
  const q = useBoardRanking();
  const r = q.data;
  return (
    <PanelFrame title={BOARD_PANELS.ranking.label} testId="board-panel-ranking">
      {!r ? (
        <PanelWaiting error={q.error} />
      ) : !r.run || r.top.length === 0 ? (
        <PanelEmpty>暂无已发布的考核排名</PanelEmpty>
      ) : (
        <div className="tgb-rank">
          <div className="tgb-rank-period">
            {r.run.periodLabel} · 网格考核 · 共{r.count}个{r.previousPeriodLabel ? ` · 升降对比${r.previousPeriodLabel}` : ''}
          </div>
          <div className="tgb-rank-lists">
            <RankList label={`前${r.top.length}名`} rows={r.top} tone="top" testId="board-rank-top" />
            {r.bottom.length ? <RankList label={`后${r.bottom.length}名`} rows={r.bottom} tone="bottom" testId="board-rank-bottom" /> : null}
          </div>
        </div>
      )}
    </PanelFrame>
  );
}
