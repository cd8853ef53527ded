// 人口户数: a unit's households and population as one truth — counted from the ledgers where
// a grid has one, typed only where it has none — with where the figures come from, when each
// was last updated, and the difference between the ledger and the typed figures.
import { Descriptions, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { POPULATION_SOURCE_LABELS, type PopulationCounts, type PopulationFigures } from '../../../../shared/registry/population-types';
import { useRpcQuery } from '../../app/rpc-hooks';

const fmt = (n: number) => n.toLocaleString('zh-CN');
const signed = (n: number) => (n > 0 ? `+${fmt(n)}` : fmt(n));
const when = (ms: number | null) => (ms === null ? '—' : dayjs(ms).format('YYYY-MM-DD HH:mm'));
const line = (c: PopulationCounts, f: (n: number) => string = fmt) => `户数 ${f(c.households)} · 户籍人口 ${f(c.registered)} · 流动人口 ${f(c.floating)}`;

const SOURCE_COLORS = { counted: 'green', typed: 'orange', mixed: 'gold', none: 'default' } as const;

/** The figures, their source and dates; `figures` comes from org.population (or the board). */
export function PopulationFiguresView({ figures }: { figures: PopulationFigures }) {
  const f = figures;
  const isGrid = f.kind === 'grid';
  return (
    <div data-testid="population-figures">
      <Descriptions
        size="small"
        bordered
        column={4}
        items={[
          { key: 'households', label: isGrid ? '户数' : '下辖户数', children: <span data-testid="population-households">{fmt(f.shown.households)}</span> },
          { key: 'reg', label: isGrid ? '户籍人口' : '下辖户籍人口', children: <span data-testid="population-registered">{fmt(f.shown.registered)}</span> },
          { key: 'float', label: isGrid ? '流动人口' : '下辖流动人口', children: <span data-testid="population-floating">{fmt(f.shown.floating)}</span> },
          {
            key: 'source',
            label: '数据来源',
            children: (
              <Tag color={SOURCE_COLORS[f.source]} data-testid="population-source">
                {POPULATION_SOURCE_LABELS[f.source]}
              </Tag>
            ),
          },
        ]}
      />
      <div className="tg-population-notes">
        {f.counted ? (
          <Typography.Text type="secondary" data-testid="population-counted">
            台账统计{isGrid ? '' : `（${f.gridsCounted}个网格）`}：{line(f.counted)}，台账更新于 {when(f.countedAt)}
          </Typography.Text>
        ) : null}
        {f.typed ? (
          <Typography.Text type="secondary" data-testid="population-typed">
            手工填报{isGrid ? '' : `（${f.gridsTyped}个网格无台账，采用填报数）`}：{line(f.typed)}，填报更新于 {when(f.typedAt)}
            {f.counted && !isGrid && f.gridsTyped === 0 ? '（均已有台账，仅供对照）' : null}
            {isGrid && f.counted ? '（已有台账，仅供对照）' : null}
          </Typography.Text>
        ) : null}
        {f.difference ? (
          <Typography.Text type={f.difference.households || f.difference.registered || f.difference.floating ? 'warning' : 'secondary'} data-testid="population-difference">
            台账与填报之差（台账 − 填报）：{line(f.difference, signed)}
          </Typography.Text>
        ) : null}
        {f.source === 'none' ? <Typography.Text type="secondary">尚无台账，也未填报户数和人口。</Typography.Text> : null}
      </div>
    </div>
  );
}

/** A unit's figures, read from the core (org.population). */
export function UnitPopulation({ unitId }: { unitId: string }) {
  const q = useRpcQuery('org.population', { unitId });
  return q.data ? <PopulationFiguresView figures={q.data.unit} /> : null;
}
