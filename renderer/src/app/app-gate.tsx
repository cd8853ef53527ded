// Start-up: not set up → first-run screen; no valid session → sign-in; else the app.
import { Button, Result, Spin } from 'antd';
import { useEffect, useRef } from 'react';
import { FirstRunPage } from '../pages/first-run/first-run-page';
import { SignInPage } from '../pages/sign-in/sign-in-page';
import { ChangePasswordPage } from '../pages/sign-in/change-password-page';
import { errorMessage } from './api-error';
import { AppRoutes } from './app-routes';
import { LiveEvents } from './live-events';
import { useRpcQuery } from './rpc-hooks';
import { useSession } from './session';

function Loading({ tip }: { tip: string }) {
  return (
    <div className="tg-fullscreen-center" data-testid="app-loading">
      <Spin size="large" />
      <div className="tg-loading-tip">{tip}</div>
    </div>
  );
}

/** How often an unreachable station is tried again without anyone pressing 重试 (an unattended wall). */
const AUTO_RETRY_MS = 10_000;

function ConnectionFailed({ message, onRetry }: { message: string; onRetry: () => void }) {
  const retry = useRef(onRetry);
  useEffect(() => {
    retry.current = onRetry;
  });
  useEffect(() => {
    const timer = setInterval(() => retry.current(), AUTO_RETRY_MS);
    return () => clearInterval(timer);
  }, []);
  return (
    <div className="tg-fullscreen-center">
      <Result
        status="warning"
        title="无法连接到指挥台服务"
        subTitle={`${message}（每 10 秒自动重试）`}
        extra={
          <Button type="primary" onClick={onRetry}>
            重试
          </Button>
        }
      />
    </div>
  );
}

export function AppGate() {
  const status = useRpcQuery('system.status', {}, { silent: true, refetchInterval: (q) => (q.state.error ? 10_000 : false) });
  const session = useSession();

  if (status.isPending) return <Loading tip="正在连接指挥台…" />;
  if (status.isError && !status.data) return <ConnectionFailed message={errorMessage(status.error)} onRetry={() => void status.refetch()} />;
  const system = status.data;
  if (!system.setUp) return <FirstRunPage />;
  if (!session.token) return <SignInPage townName={system.townName} />;
  if (session.checking) return <Loading tip="正在验证登录状态…" />;
  if (!session.user) {
    if (session.error?.code === 'TRANSPORT') return <ConnectionFailed message={session.error.message} onRetry={session.retry} />;
    return <SignInPage townName={system.townName} />;
  }
  if (session.user.mustChangePassword) return <ChangePasswordPage user={session.user} />;
  return (
    <>
      <LiveEvents token={session.token} />
      <AppRoutes system={system} user={session.user} />
    </>
  );
}
