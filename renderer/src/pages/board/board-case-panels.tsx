// The board's case figures: the headline counters, the scrolling list of overdue and
// supervised cases (numbers, titles, grids — never the reporter), and the emergency alerts.
import type { CSSProperties } from 'react';
import type { BoardCaseItem, BoardCases } from '../../../../shared/board/board-cases-types';
import { formatShanghaiTime } from './board-clock';

const fmt = (n: number) => n.toLocaleString('zh-CN');

interface CaseCounter {
  key: string;
  label: string;
  value: string;
  unit: string;
  sub: string;
  tone: 'normal' | 'alert' | 'danger' | 'good';
}

function counters(c: BoardCases): CaseCounter[] {
  const rate = c.closedOnTime.rate;
  return [
    { key: 'todayCreated', label: '今日新增事件', value: fmt(c.today.created), unit: '件', sub: `今日办结 ${fmt(c.today.closed)} 件`, tone: 'normal' },
    { key: 'open', label: '在办事件', value: fmt(c.open), unit: '件', sub: '已登记、尚未办结', tone: 'normal' },
    { key: 'overdue', label: '已超期', value: fmt(c.overdue), unit: '件', sub: c.open ? `占在办 ${Math.round((c.overdue / c.open) * 100)}%` : '—', tone: c.overdue > 0 ? 'danger' : 'good' },
    { key: 'dueSoon', label: '即将到期', value: fmt(c.dueSoon), unit: '件', sub: '下一个工作日内到期', tone: c.dueSoon > 0 ? 'alert' : 'normal' },
    { key: 'supervised', label: '挂牌督办', value: fmt(c.supervised), unit: '件', sub: '中心督办中', tone: c.supervised > 0 ? 'alert' : 'normal' },
    {
      key: 'onTimeRate',
      label: '按期办结率',
      value: rate === null ? '—' : (rate * 100).toFixed(1),
      unit: rate === null ? '' : '%',
      sub: `${c.closedOnTime.year}年办结 ${fmt(c.closedOnTime.closed)} 件`,
      tone: rate !== null && rate < 0.85 ? 'alert' : 'good',
    },
  ];
}

export function BoardCaseCounters({ cases }: { cases: BoardCases }) {
  return (
    <section className="tgb-case-counters">
      {counters(cases).map((c) => (
        <div key={c.key} className={`tgb-counter tgb-counter-${c.tone}`} data-testid={`board-counter-${c.key}`}>
          <div className="tgb-counter-label">{c.label}</div>
          <div className="tgb-counter-figure">
            <span key={c.value} className="tgb-counter-value tgb-flash" data-testid={`board-value-${c.key}`}>
              {c.value}
            </span>
            <span className="tgb-counter-unit">{c.unit}</span>
          </div>
          <div className="tgb-counter-sub">{c.sub}</div>
        </div>
      ))}
    </section>
  );
}

interface TickerItem extends BoardCaseItem {
  kind: 'overdue' | 'supervised';
}

function tickerItems(c: BoardCases): TickerItem[] {
  const seen = new Set<string>();
  const out: TickerItem[] = [];
  for (const item of c.topOverdue) {
    seen.add(item.number);
    out.push({ ...item, kind: 'overdue' });
  }
  for (const item of c.topSupervised) if (!seen.has(item.number)) out.push({ ...item, kind: 'supervised' });
  return out;
}

function TickerRow({ item }: { item: TickerItem }) {
  return (
    <div className="tgb-ticker-row">
      <div className="tgb-ticker-top">
        <span className="tgb-ticker-number">{item.number}</span>
        {item.overdueWorkingDays > 0 ? <span className="tgb-chip tgb-chip-red">超期{item.overdueWorkingDays}个工作日</span> : null}
        {item.supervised ? <span className="tgb-chip tgb-chip-orange">督办</span> : null}
        <span className="tgb-ticker-status">{item.statusLabel}</span>
      </div>
      <div className="tgb-ticker-title">{item.subject}</div>
      <div className="tgb-ticker-sub">{[item.gridName ?? item.villageName, item.place].filter(Boolean).join(' · ')}</div>
    </div>
  );
}

/** Scrolls upward in a loop when the list is longer than the panel; pauses under the mouse. */
export function BoardCaseTicker({ cases }: { cases: BoardCases }) {
  const items = tickerItems(cases);
  if (items.length === 0) return <div className="tgb-empty">暂无超期或督办事件</div>;
  const scroll = items.length > 5;
  return (
    <div className="tgb-ticker" data-testid="board-case-ticker">
      <div className={scroll ? 'tgb-ticker-track tgb-ticker-scroll' : 'tgb-ticker-track'} style={scroll ? ({ animationDuration: `${items.length * 4}s`, '--tgb-ticker-rows': items.length } as CSSProperties) : undefined}>
        {items.map((i) => (
          <TickerRow key={i.number} item={i} />
        ))}
        {scroll ? items.map((i) => <TickerRow key={`again-${i.number}`} item={i} />) : null}
      </div>
    </div>
  );
}

export function BoardCaseAlerts({ cases }: { cases: BoardCases }) {
  if (cases.alerts.length === 0) return null;
  const a = cases.alerts[0]!;
  return (
    <div className="tgb-alert" data-testid="board-case-alerts">
      <span className="tgb-alert-badge">突发联动</span>
      <span className="tgb-alert-text">
        {a.sourceUnitName ? `${a.sourceUnitName}` : ''}{a.casePlace ? ` ${a.casePlace}` : ''}“{a.caseSubject}”已通报 {a.unitName}
        {cases.alerts.length > 1 ? ` 等${cases.alerts.length}个网格` : ''}
      </span>
      <span className="tgb-alert-time">{formatShanghaiTime(new Date(a.createdAt))}</span>
    </div>
  );
}
