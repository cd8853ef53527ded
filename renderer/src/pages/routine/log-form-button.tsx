// 导出工作日志: the handbook's 工作日志 form of one worker over a period, as .xlsx (made by the
// core, which checks the worker is in the caller's scope).
import { DownloadOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useFileJob } from '../../app/use-job';

export function LogFormButton({ staffId, from, to, label = '导出工作日志' }: { staffId: string; from: string; to: string; label?: string }) {
  const job = useFileJob();
  return (
    <Button icon={<DownloadOutlined />} loading={job.running} onClick={() => void job.download('routine.logForm', { staffId, from, to })} data-testid="log-form-export">
      {label}
    </Button>
  );
}
