// 统计报表: the centre's 月报 and 季报 (docs/reports.md). Choose the kind and the period, read the
// figures (the core's reports.work — the same the files are made from), and take the report away
// as Word or Excel through the job service (progress, then the file is saved).
import { FileExcelOutlined, FileWordOutlined } from '@ant-design/icons';
import { Alert, Button, Segmented, Select, Space, Spin } from 'antd';
import { useMemo, useState } from 'react';
import { recentReportPeriods, REPORT_KIND_LABELS, type ReportKind, type ReportPeriodInput } from '../../../../shared/reports/report-periods';
import { useRpcQuery } from '../../app/rpc-hooks';
import { useFileJob } from '../../app/use-job';
import { JobProgress } from '../../ui/job-progress';
import { todayShanghai } from '../meetings/meeting-format';
import { ReportFigures } from './report-figures';
import './reports.css';

/** How many periods back the list offers. */
const OFFERED: Record<ReportKind, number> = { month: 24, quarter: 12 };

const periodKey = (p: Pick<ReportPeriodInput, 'year' | 'index'>) => `${p.year}-${p.index}`;

export function ReportsPage() {
  const [today] = useState(todayShanghai);
  const [kind, setKind] = useState<ReportKind>('month');
  const periods = useMemo(() => recentReportPeriods(kind, today, OFFERED[kind]), [kind, today]);
  // Reports are filed after a period ends: the last whole one is offered first.
  const [chosen, setChosen] = useState<string | null>(null);
  const period = periods.find((p) => periodKey(p) === chosen) ?? periods[1]!;
  const input: ReportPeriodInput = { kind, year: period.year, index: period.index };
  const report = useRpcQuery('reports.work', input, { placeholderData: (prev) => prev });
  const docx = useFileJob();
  const xlsx = useFileJob();
  const running = docx.running ? docx : xlsx.running ? xlsx : null;
  return (
    <div className="tg-page tgr-page" data-testid="reports-page">
      <div className="tgr-toolbar">
        <h2 className="tg-page-title">统计报表</h2>
        <Space wrap>
          <Segmented<ReportKind>
            value={kind}
            onChange={(k) => {
              setKind(k);
              setChosen(null);
            }}
            options={(['month', 'quarter'] as const).map((k) => ({ value: k, label: REPORT_KIND_LABELS[k] }))}
            data-testid="reports-kind"
          />
          <Select
            value={periodKey(period)}
            onChange={setChosen}
            style={{ width: 170 }}
            options={periods.map((p, i) => ({ value: periodKey(p), label: i === 0 ? `${p.label}（本期）` : p.label }))}
            data-testid="reports-period"
          />
          <Button icon={<FileWordOutlined />} loading={docx.running} disabled={xlsx.running} onClick={() => void docx.download('reports.exportDocx', input)} data-testid="reports-docx">
            导出Word
          </Button>
          <Button icon={<FileExcelOutlined />} loading={xlsx.running} disabled={docx.running} onClick={() => void xlsx.download('reports.exportXlsx', input)} data-testid="reports-xlsx">
            导出Excel
          </Button>
        </Space>
      </div>
      {running && <JobProgress status={running.status} onCancel={running.cancel} compact data-testid="reports-progress" />}
      {report.data ? (
        <Spin spinning={report.isFetching && report.isPlaceholderData}>
          {report.data.partial && (
            <Alert className="tgr-partial" type="info" showIcon message={`${report.data.period.label}尚未结束，数字统计到今天，月末（季末）后再导出正式报表。`} />
          )}
          <ReportFigures report={report.data} />
        </Spin>
      ) : (
        <Spin spinning={report.isLoading}>
          <div className="tgr-empty">{report.isError ? '统计失败，请稍后重试' : ''}</div>
        </Spin>
      )}
    </div>
  );
}
