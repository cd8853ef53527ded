// The row of headline figures. A value that changes flashes briefly so the duty officer sees it.
import type { BoardSummary } from '../../../../shared/board/board-types';
import type { PopulationFigures } from '../../../../shared/registry/population-types';

const fmt = (n: number) => n.toLocaleString('zh-CN');

const day = (ms: number | null) => {
  if (ms === null) return '';
  const d = new Date(ms + 8 * 3_600_000); // Asia/Shanghai
  return `${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
};

/**
 * Where the population figures come from, and as of when (one truth: ledgers first). Short: it
 * shares a seventh of the wall's width with the label and a six-digit figure.
 */
function populationNote(p: PopulationFigures): string {
  if (p.source === 'counted') return `台账 · ${day(p.countedAt)}`;
  if (p.source === 'mixed') return `台账 · ${p.gridsTyped}格为填报`;
  if (p.source === 'typed') return `填报 · ${day(p.typedAt)}`;
  return '暂无数据';
}

interface Counter {
  key: string;
  label: string;
  value: string;
  unit: string;
  sub?: string;
  tone?: 'normal' | 'alert';
}

function counters(s: BoardSummary): Counter[] {
  return [
    { key: 'villages', label: '村 / 社区', value: fmt(s.villages + s.communities), unit: '个', sub: `村 ${s.villages} · 社区 ${s.communities}` },
    { key: 'grids', label: '网格', value: fmt(s.grids), unit: '个', sub: `职能部门 ${s.departments} 个` },
    { key: 'households', label: '户数', value: fmt(s.households), unit: '户', sub: populationNote(s.population) },
    { key: 'populationRegistered', label: '户籍人口', value: fmt(s.populationRegistered), unit: '人', sub: populationNote(s.population) },
    { key: 'populationFloating', label: '流动人口', value: fmt(s.populationFloating), unit: '人', sub: populationNote(s.population) },
    {
      key: 'staff',
      label: '在岗网格员',
      value: `${fmt(s.staffOnDuty)} / ${fmt(s.staffTotal)}`,
      unit: '人',
      sub: s.staffTotal ? `在岗率 ${Math.round((s.staffOnDuty / s.staffTotal) * 100)}%` : undefined,
    },
    {
      key: 'gridsOutOfRange',
      label: '规模异常网格',
      value: fmt(s.gridsOutOfRange),
      unit: '个',
      sub: s.grids ? `占网格总数 ${Math.round((s.gridsOutOfRange / s.grids) * 100)}%` : undefined,
      tone: s.gridsOutOfRange > 0 ? 'alert' : 'normal',
    },
  ];
}

export function BoardCounters({ summary }: { summary: BoardSummary }) {
  return (
    <section className="tgb-counters">
      {counters(summary).map((c) => (
        <div key={c.key} className={`tgb-counter tgb-counter-${c.tone ?? 'normal'}`} data-testid={`board-counter-${c.key}`}>
          <div className="tgb-counter-label">{c.label}</div>
          <div className="tgb-counter-figure">
            {/* key={value}: remount on change so the flash animation replays */}
            <span key={c.value} className="tgb-counter-value tgb-flash" data-testid={`board-value-${c.key}`}>
              {c.value}
            </span>
            <span className="tgb-counter-unit">{c.unit}</span>
          </div>
          <div className="tgb-counter-sub">{c.sub ?? '\u00a0'}</div>
        </div>
      ))}
    </section>
  );
}
