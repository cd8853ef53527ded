// The frame of a titled board panel: a title bar and a body that fills the panel's cell.
// `state` renders the waiting spinner, the error or the empty text in place of the body.
import { Spin } from 'antd';
import type { ReactNode } from 'react';
import { errorMessage, type ApiError } from '../../../app/api-error';

export function PanelFrame({ title, testId, children }: { title: string; testId?: string; children: ReactNode }) {
  return (
    <div className="tgb-panel" data-testid={testId}>
      <div className="tgb-panel-title">{title}</div>
      <div className="tgb-panel-body">{children}</div>
    </div>
  );
}

/** What a panel shows before its data: a spinner, or the error while it retries. */
export function PanelWaiting({ error }: { error?: ApiError | null }) {
  return error ? <div className="tgb-empty tgb-error">{errorMessage(error)}，正在重试…</div> : <Spin />;
}

/** A panel's tidy empty state. */
export function PanelEmpty({ children }: { children: ReactNode }) {
  return <div className="tgb-empty">{children}</div>;
}
