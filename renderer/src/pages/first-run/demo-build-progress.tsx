// While the first run builds the demo town: its steps, the one running, and the time so far.
// The core builds it in one transaction and tells the current step (system.setupProgress).
import { Progress, Steps } from 'antd';
import { useEffect, useState } from 'react';
import { DEMO_SETUP_STEPS } from '../../../../shared/system/setup-progress';
import { useRpcQuery } from '../../app/rpc-hooks';

function useSecondsSince(start: number): number {
  const [now, setNow] = useState(start);
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(t);
  }, []);
  return Math.max(0, Math.floor((now - start) / 1000));
}

export function DemoBuildProgress() {
  const [start] = useState(() => Date.now());
  const seconds = useSecondsSince(start);
  const progress = useRpcQuery('system.setupProgress', {}, { refetchInterval: 500, silent: true });
  // Before the writer reaches the first step (and after the last) the first / last step shows.
  const step = progress.data?.step ?? 0;
  const total = DEMO_SETUP_STEPS.length;
  return (
    <div className="tg-demo-build" data-testid="first-run-progress" aria-live="polite">
      <div className="tg-demo-build-head">
        <span>正在生成演示数据（{step + 1}/{total}）</span>
        <span className="tg-demo-build-time">已用 {seconds} 秒</span>
      </div>
      <Progress percent={Math.round((step / total) * 100)} showInfo={false} status="active" />
      <Steps
        orientation="vertical"
        size="small"
        current={step}
        data-testid="first-run-steps"
        items={DEMO_SETUP_STEPS.map((title) => ({ title }))}
      />
      <div className="tg-demo-build-note">演示数据在一次操作中生成，完成前请勿关闭窗口；如中途关闭，不会留下不完整的数据。</div>
    </div>
  );
}
