// 督查专报 预览: the report of a run laid out on A4 for reading on screen and printing (or saving
// as PDF from the print dialog). The content is the core's model (assessment.report), the same
// the .docx is made from; the charts use the same ECharts option as the Word file's images.
import { Alert, Button } from 'antd';
import { FileWordOutlined } from '@ant-design/icons';
import { useParams } from 'react-router';
import { reportChartOption } from '../../../../shared/assessment/report-chart-option';
import type { ReportBlock } from '../../../../shared/assessment/report-types';
import { useRpcQuery } from '../../app/rpc-hooks';
import { useFileJob } from '../../app/use-job';
import { Chart, type ChartOption } from '../../ui/chart';
import { PrintPage } from '../notice/print-page';
import './report-print.css';

function Block({ block }: { block: ReportBlock }) {
  switch (block.kind) {
    case 'paragraph':
      return <p className={block.bold ? 'tgap-p tgap-bold' : 'tgap-p'}>{block.text}</p>;
    case 'figures':
      return (
        <div className="tgap-figures" data-testid="report-figures">
          {block.items.map((f) => (
            <div key={f.label} className="tgap-figure">
              <div className="tgap-figure-value">{f.value}</div>
              <div className="tgap-figure-label">{f.label}</div>
            </div>
          ))}
        </div>
      );
    case 'table':
      return (
        <table className="tgap-table">
          <caption>{block.caption}</caption>
          <colgroup>
            {block.widths.map((w, i) => (
              <col key={i} style={{ width: `${w}%` }} />
            ))}
          </colgroup>
          <thead>
            <tr>
              {block.columns.map((c) => (
                <th key={c}>{c}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {block.rows.map((r, i) => (
              <tr key={i}>
                {r.map((v, j) => (
                  <td key={j} className={v.length <= 8 ? 'tgap-center' : undefined}>
                    {v}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      );
    case 'chart':
      return (
        <div className={`tgap-chart tgap-chart-${block.chart.kind}`}>
          <Chart option={reportChartOption(block.chart) as ChartOption} testId="report-chart" />
        </div>
      );
  }
}

export function ReportPrintPage() {
  const { runId = '' } = useParams();
  const report = useRpcQuery('assessment.report', { runId });
  const fileJob = useFileJob();
  const r = report.data;
  return (
    <PrintPage
      title="督查专报"
      paper="A4"
      ready={!!r}
      testId="report-print"
      extra={
        <Button icon={<FileWordOutlined />} loading={fileJob.running} onClick={() => void fileJob.download('assessment.exportReport', { runId })} data-testid="report-print-docx">
          导出Word
        </Button>
      }
    >
      <style>{'@page { size: A4 portrait; margin: 25mm 22mm 22mm; }'}</style>
      {r ? (
        <article className="tgap-sheet" data-testid="report-sheet">
          {r.draft ? <Alert className="tg-no-print tgap-draft" type="warning" showIcon message="本期考核尚未定版：以下为当前数据的草稿，定版后再正式印发。" /> : null}
          <header className="tgap-masthead">
            <div className="tgap-masthead-name">督 查 专 报</div>
            <div className="tgap-masthead-period">{r.periodLabel}</div>
            <div className="tgap-masthead-line">
              <span>{r.issuedBy}</span>
              <span>{r.issuedOn}</span>
            </div>
          </header>
          <h1 className={r.draft ? 'tgap-title tgap-title-draft' : 'tgap-title'} data-testid="report-title">
            {r.titleLines.map((line) => (
              <span key={line} className="tgap-title-line">
                {line}
              </span>
            ))}
          </h1>
          <div className="tgap-meta">
            <div>{r.subtitle}</div>
            <div>{r.period}</div>
            <div>{r.cutoff}</div>
          </div>
          {r.sections.map((s) => (
            <section key={s.heading} className="tgap-section">
              <h2 className="tgap-heading">{s.heading}</h2>
              {s.blocks.map((b, i) => (
                <Block key={i} block={b} />
              ))}
            </section>
          ))}
          <footer className="tgap-closing">
            <div>{r.issuedBy}</div>
            <div>{r.issuedOn}</div>
          </footer>
        </article>
      ) : (
        <div className="tg-notice-loading">{report.error ? report.error.message : '正在生成督查专报…'}</div>
      )}
    </PrintPage>
  );
}
