// One agenda item's content as the meeting page shows it (meetings.content): the figures with
// their change against the previous period, the table (case numbers open the case) and the
// chart. The same SectionContent feeds the slides and the documents.
import { Empty, Table } from 'antd';
import { Link } from 'react-router';
import type { SectionChart, SectionContent, SectionFigure, SectionTable } from '../../../../shared/meetings/agenda-types';
import { figureDelta, formatFigureNumber } from '../../../../shared/meetings/slides';
import { Chart, type ChartOption } from '../../ui/chart';

function FigureChange({ f }: { f: SectionFigure }) {
  const delta = figureDelta(f);
  if (!delta) return null;
  const tone = delta.better === null ? 'tgm-flat' : delta.better ? 'tgm-better' : 'tgm-worse';
  return (
    <span className={`tgm-change ${tone}`}>
      {delta.text}（{delta.previous}）
    </span>
  );
}

export function SectionFigures({ figures }: { figures: SectionFigure[] }) {
  if (!figures.length) return null;
  return (
    <div className="tgm-figures" data-testid="section-figures">
      {figures.map((f) => (
        <div key={f.label} className="tgm-figure">
          <div className="tgm-figure-label">{f.label}</div>
          <div className="tgm-figure-value">
            <span className="tg-num">{formatFigureNumber(f.value)}</span>
            <small>{f.unit}</small>
          </div>
          <FigureChange f={f} />
        </div>
      ))}
    </div>
  );
}

/** The column holding the case number: named so, or the first one. */
function caseColumn(table: SectionTable): string | undefined {
  return (table.columns.find((c) => /number|caseNo/i.test(c.key) || c.label.includes('编号')) ?? table.columns[0])?.key;
}

export function SectionTableView({ table }: { table: SectionTable }) {
  const linkKey = table.caseIds?.some(Boolean) ? caseColumn(table) : undefined;
  const rows = table.rows.map((r, i) => ({ ...r, __key: i }));
  return (
    <div data-testid="section-table">
      <Table
        size="small"
        rowKey="__key"
        pagination={false}
        dataSource={rows}
        scroll={{ x: 'max-content' }}
        columns={table.columns.map((c) => ({
          key: c.key,
          title: c.label,
          dataIndex: c.key,
          align: c.align ?? 'left',
          render: (v: unknown, _r: unknown, i: number) => {
            const text = v == null ? '—' : String(v);
            const caseId = table.caseIds?.[i];
            return c.key === linkKey && caseId ? <Link to={`/cases/${caseId}`}>{text}</Link> : text;
          },
        }))}
      />
      {table.total !== undefined && table.total > table.rows.length ? (
        <div className="tg-muted tgm-table-more">
          共 {table.total} 条，仅列出前 {table.rows.length} 条
        </div>
      ) : null}
    </div>
  );
}

export function sectionChartOption(chart: SectionChart): ChartOption {
  const unit = chart.unit ?? '';
  if (chart.type === 'pie') {
    const series = chart.series[0];
    return {
      tooltip: { trigger: 'item', valueFormatter: (v) => `${String(v)}${unit}` },
      legend: { bottom: 0, type: 'scroll' },
      series: [
        {
          type: 'pie',
          radius: ['35%', '65%'],
          name: series?.name ?? chart.title,
          data: chart.categories.map((name, i) => ({ name, value: series?.values[i] ?? 0 })),
        },
      ],
    };
  }
  return {
    tooltip: { trigger: 'axis', valueFormatter: (v) => `${String(v)}${unit}` },
    legend: chart.series.length > 1 ? { top: 0 } : undefined,
    grid: { left: 8, right: 16, top: chart.series.length > 1 ? 32 : 16, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: chart.categories, axisLabel: { interval: 0, hideOverlap: true } },
    yAxis: { type: 'value', name: unit },
    series: chart.series.map((s) => ({ type: chart.type, name: s.name, data: s.values, barMaxWidth: 36 })),
  } as ChartOption;
}

export function SectionView({ content }: { content: SectionContent }) {
  return (
    <div className="tgm-section" data-testid={`section-${content.section}`}>
      <div className="tgm-section-head">
        {content.period ? <span className="tg-muted">统计时段：{content.period}</span> : null}
        {content.summary ? <span className="tgm-summary">{content.summary}</span> : null}
      </div>
      {content.empty ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={content.empty} />
      ) : (
        <>
          <SectionFigures figures={content.figures} />
          <div className={content.table && content.chart ? 'tgm-section-body tgm-two' : 'tgm-section-body'}>
            {content.table ? <SectionTableView table={content.table} /> : null}
            {content.chart ? (
              <div className="tgm-chart">
                <div className="tgm-chart-title">{content.chart.title}</div>
                <Chart option={sectionChartOption(content.chart)} style={{ height: 240 }} testId="section-chart" />
              </div>
            ) : null}
          </div>
        </>
      )}
    </div>
  );
}
