// A run's outputs (考核查看): 导出督查专报 (.docx) and 导出得分表 (.xlsx), each a job of the core
// with its progress, and 预览 — the report's printed view. An open run's files are drafts.
import { EyeOutlined, FileExcelOutlined, FileWordOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import { useNavigate } from 'react-router';
import { useFileJob } from '../../app/use-job';
import { useSession } from '../../app/session';

export function RunOutputs({ runId }: { runId: string }) {
  const { can } = useSession();
  const report = useFileJob();
  const scores = useFileJob();
  const navigate = useNavigate();
  if (!can('assessment.read')) return null;
  return (
    <Space.Compact>
      <Button icon={<FileWordOutlined />} loading={report.running} onClick={() => void report.download('assessment.exportReport', { runId })} data-testid="assessment-export-report">
        导出督查专报
      </Button>
      <Button icon={<FileExcelOutlined />} loading={scores.running} onClick={() => void scores.download('assessment.exportScores', { runId })} data-testid="assessment-export-scores">
        导出得分表
      </Button>
      <Button icon={<EyeOutlined />} onClick={() => void navigate(`/assessment/report/${runId}`)} data-testid="assessment-report-preview">
        预览
      </Button>
    </Space.Compact>
  );
}
