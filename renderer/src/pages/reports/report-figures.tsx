// The figures of a work report on screen: the main figures with their change on the period
// before (环比), then one tab per dimension (the table and its chart, drawn with the same option
// as the pictures in the files) and 突出问题 (the grids with the most cases, the buildings cases
// came back to).
import { Table, Tabs, type TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { reportChartOption } from '../../../../shared/assessment/report-chart-option';
import type { ReportChart } from '../../../../shared/assessment/report-types';
import { chartEmpty, reportCharts } from '../../../../shared/reports/report-charts';
import { changeCell, pointsChange, rateText } from '../../../../shared/reports/report-format';
import { REPORT_DIMENSION_LABELS, REPORT_DIMENSIONS, type RepeatAddress, type ReportRow, type WorkReport } from '../../../../shared/reports/report-types';
import { Chart, type ChartOption } from '../../ui/chart';

function Figure({ label, value, note, testId }: { label: string; value: string; note: string; testId: string }) {
  return (
    <div className="tgr-figure" data-testid={testId}>
      <div className="tgr-figure-label">{label}</div>
      <div className="tgr-figure-value tg-num">{value}</div>
      <div className="tgr-figure-note tg-muted">{note}</div>
    </div>
  );
}

const vsPrevious = (p: string | null) => (p ? `较上期${p}` : '上期不计');

function rowColumns(nameLabel: string): TableColumnsType<ReportRow> {
  const num = { align: 'right' as const, className: 'tg-num' };
  return [
    { title: nameLabel, dataIndex: 'name', ellipsis: { showTitle: true } },
    { title: '本期', width: 58, ...num, render: (_, r) => r.current.received },
    { title: '占比', width: 62, ...num, render: (_, r) => (r.share === null ? '—' : `${r.share}%`) },
    { title: '上期', width: 58, ...num, render: (_, r) => r.previous.received },
    { title: '环比', width: 112, ...num, render: (_, r) => changeCell(r) },
    { title: '按期结案率', width: 92, ...num, render: (_, r) => rateText(r.current.onTimeRate) },
    { title: '满意率', width: 70, ...num, render: (_, r) => rateText(r.current.satisfactionRate) },
  ];
}

const addressColumns: TableColumnsType<RepeatAddress> = [
  { title: '地点', dataIndex: 'address', ellipsis: true },
  { title: '村(社区)', dataIndex: 'village', width: 96, ellipsis: true },
  { title: '事件数', dataIndex: 'cases', width: 64, align: 'right' },
  { title: '主要问题', width: 230, ellipsis: { showTitle: true }, render: (_, a) => a.categories.slice(0, 3).join('、') },
];

function ChartBox({ chart }: { chart: ReportChart | null }) {
  const option = useMemo(() => (chart && !chartEmpty(chart) ? (reportChartOption(chart) as ChartOption) : null), [chart]);
  if (!option) return null;
  return (
    <div className="tgr-chart">
      <Chart option={option} testId="reports-chart" />
    </div>
  );
}

export function ReportFigures({ report: r }: { report: WorkReport }) {
  const { current: c, previous: p } = r.total;
  const charts = useMemo(() => reportCharts(r), [r]);
  const s = r.satisfaction.current;
  const tables = REPORT_DIMENSIONS.map((d) => ({
    key: d,
    label: REPORT_DIMENSION_LABELS[d],
    children: (
      <div className="tgr-pane">
        <Table<ReportRow>
          className="tgr-table"
          size="small"
          rowKey="key"
          pagination={false}
          scroll={{ y: 300 }}
          columns={rowColumns(REPORT_DIMENSION_LABELS[d])}
          dataSource={r.dimensions[d]}
          locale={{ emptyText: '本期与上期均无事件' }}
          data-testid={`reports-table-${d}`}
        />
        <ChartBox chart={charts[d]} />
      </div>
    ),
  }));
  return (
    <div data-testid="reports-figures">
      <div className="tgr-heading">
        <span className="tgr-title" data-testid="reports-title">
          {r.title}
        </span>
        <span className="tg-muted">
          统计期间 {r.period.from} 至 {r.period.to}，环比：与{r.previous.label}比较
        </span>
      </div>
      <div className="tgr-figures">
        <Figure label="受理事件" value={`${c.received}件`} note={`环比 ${changeCell(r.total)}（上期${p.received}件）`} testId="reports-received" />
        <Figure label="已结案" value={`${c.closed}件`} note={`结案率 ${rateText(c.closeRate)}，${vsPrevious(pointsChange(c.closeRate, p.closeRate))}`} testId="reports-closed" />
        <Figure label="按期结案率" value={rateText(c.onTimeRate)} note={`按期${c.closedOnTime}件 / 结案${c.closed}件，${vsPrevious(pointsChange(c.onTimeRate, p.onTimeRate))}`} testId="reports-on-time" />
        <Figure label="满意率" value={rateText(c.satisfactionRate)} note={`评价${c.evaluated}件，${vsPrevious(pointsChange(c.satisfactionRate, p.satisfactionRate))}`} testId="reports-satisfaction" />
        <Figure label="群众评价" value={`${s.satisfied}/${s.basically}/${s.dissatisfied}`} note="满意 / 基本满意 / 不满意（件）" testId="reports-split" />
      </div>
      <Tabs
        size="small"
        items={[
          ...tables,
          {
            key: 'problems',
            label: '突出问题',
            children: (
              <div className="tgr-pane tgr-pane-even">
                <Table<ReportRow>
                  className="tgr-table"
                  size="small"
                  rowKey="key"
                  pagination={false}
                  columns={rowColumns('网格').slice(0, 5)}
                  dataSource={r.topGrids}
                  title={() => '事件最多的网格'}
                  locale={{ emptyText: '本期无事件' }}
                />
                <Table<RepeatAddress>
                  className="tgr-table"
                  size="small"
                  rowKey={(a) => `${a.village}/${a.address}`}
                  pagination={false}
                  scroll={{ y: 220 }}
                  columns={addressColumns}
                  dataSource={r.repeatAddresses}
                  title={() => '重复发生事件的地点'}
                  locale={{ emptyText: '本期未发现同一地点重复发生的事件' }}
                  data-testid="reports-repeat"
                />
              </div>
            ),
          },
        ]}
      />
    </div>
  );
}
