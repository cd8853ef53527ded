// 全镇概况 on the director's start screen: today's new and closed cases, this month's cases with
// their on-time and satisfaction rates (start.month, by the assessment's rules, beside last
// month's), the open, overdue and supervised cases now (board.cases), and the town's size as
// the org registry gives it (board.summary).
import { Card } from 'antd';
import type { ReactNode } from 'react';
import { useRpcQuery } from '../../app/rpc-hooks';

const pct = (rate: number | null | undefined) => (rate === null || rate === undefined ? '—' : `${(rate * 100).toFixed(1)}%`);
const num = (n: number | undefined) => (n === undefined ? '…' : n.toLocaleString('zh-CN'));

function Figure({ label, value, sub, tone, testId }: { label: string; value: ReactNode; sub?: ReactNode; tone?: 'red' | 'orange'; testId: string }) {
  return (
    <div className={`tgw-figure${tone ? ` tgw-figure-${tone}` : ''}`} data-testid={testId}>
      <span className="tgw-figure-label">{label}</span>
      <span className="tgw-figure-value">{value}</span>
      {sub ? <span className="tgw-figure-sub">{sub}</span> : null}
    </div>
  );
}

export function TownFigures() {
  const cases = useRpcQuery('board.cases', {}, { refetchInterval: 60_000 });
  const month = useRpcQuery('start.month', {}, { refetchInterval: 5 * 60_000 });
  const town = useRpcQuery('board.summary', {}, { refetchInterval: 10 * 60_000, silent: true });
  const c = cases.data;
  const m = month.data;
  const t = town.data;
  return (
    <Card size="small" className="tgw-panel" title="全镇概况" data-testid="start-town-figures">
      <div className="tgw-figures">
        <Figure label="今日新登记" value={num(c?.today.created)} sub={`今日办结 ${num(c?.today.closed)} 件`} testId="figure-today" />
        <Figure label="本月受理" value={num(m?.current.counts.received)} sub={m ? `${m.previous.label} ${num(m.previous.counts.received)} 件` : null} testId="figure-month" />
        <Figure label="本月按期结案率" value={pct(m?.current.onTimeRate)} sub={m ? `${m.previous.label} ${pct(m.previous.onTimeRate)}` : null} testId="figure-on-time" />
        <Figure label="本月满意率" value={pct(m?.current.satisfactionRate)} sub={m ? `${m.previous.label} ${pct(m.previous.satisfactionRate)}` : null} testId="figure-satisfaction" />
        <Figure label="在办事件" value={num(c?.open)} sub={`即将到期 ${num(c?.dueSoon)} 件`} testId="figure-open" />
        <Figure label="已超期" value={num(c?.overdue)} sub={`督办 ${num(c?.supervised)} 件`} tone={c?.overdue ? 'red' : undefined} testId="figure-overdue" />
        <Figure label="户籍人口" value={num(t?.populationRegistered)} sub={t ? `流动人口 ${num(t.populationFloating)}` : null} testId="figure-population" />
      </div>
    </Card>
  );
}
