// A running job's step and progress bar with a cancel button (imports, exports, forms).
import { Button, Progress } from 'antd';
import type { JobStatus } from '../../../shared/jobs/job-types';

interface Props {
  status: JobStatus | null;
  /** Shown before the first event arrives. */
  starting?: string;
  onCancel?: () => void;
  /** A one-line bar for toolbars. */
  compact?: boolean;
  'data-testid'?: string;
}

export function jobPercent(status: JobStatus | null): number {
  if (!status) return 0;
  if (status.state === 'done') return 100;
  const within = status.total > 0 ? status.done / status.total : 0;
  return Math.min(99, Math.round(((status.stepIndex - 1 + within) / Math.max(1, status.steps)) * 100));
}

export function jobText(status: JobStatus | null, starting = '正在开始…'): string {
  if (!status) return starting;
  const rows = status.total > 0 ? `：${status.done.toLocaleString('zh-CN')} / ${status.total.toLocaleString('zh-CN')} 行` : '';
  return `第${status.stepIndex}/${status.steps}步 ${status.step}${rows}`;
}

export function JobProgress({ status, starting, onCancel, compact, 'data-testid': testId }: Props) {
  const cancel = onCancel ? (
    <Button size="small" onClick={onCancel} disabled={status !== null && status.state !== 'running'} data-testid="job-cancel">
      取消
    </Button>
  ) : null;
  if (compact) {
    return (
      <span className="tg-job-progress tg-job-progress-compact" data-testid={testId}>
        <Progress percent={jobPercent(status)} size="small" status="active" style={{ width: 120, margin: 0 }} />
        <span className="tg-muted">{jobText(status, starting)}</span>
        {cancel}
      </span>
    );
  }
  return (
    <div className="tg-job-progress" data-testid={testId}>
      <Progress percent={jobPercent(status)} status="active" />
      <div className="tg-job-phase">{jobText(status, starting)}</div>
      {cancel}
    </div>
  );
}
