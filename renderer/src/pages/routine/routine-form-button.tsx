// 导出工作日志 / 导出走访记录: a handbook form of one worker over a period (工作日志 or
// 入户走访记录), as .xlsx made by the core, which checks the worker is in the caller's scope.
import { DownloadOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useFileJob } from '../../app/use-job';

const TEST_IDS = { 'routine.logForm': 'log-form-export', 'routine.visitForm': 'visit-form-export' } as const;

export function RoutineFormButton({
  form,
  staffId,
  from,
  to,
  label,
}: {
  form: 'routine.logForm' | 'routine.visitForm';
  staffId: string;
  from: string;
  to: string;
  label: string;
}) {
  const job = useFileJob();
  return (
    <Button icon={<DownloadOutlined />} loading={job.running} onClick={() => void job.download(form, { staffId, from, to })} data-testid={TEST_IDS[form]}>
      {label}
    </Button>
  );
}
