// Small badges shared by the queue, the case page and the workbench.
import { FlagFilled } from '@ant-design/icons';
import { Tag, Tooltip } from 'antd';
import { EXTENSION_STATE_LABELS, URGENCY_LABELS, type ExtensionState, type Urgency } from '../../../../shared/cases/case-types';
import { CASE_STATUS_LABELS, type CaseStatus } from '../../../../shared/cases/case-workflow';
import { STATUS_COLORS, type DeadlineState } from './case-format';

export function StatusTag({ status }: { status: CaseStatus }) {
  return (
    <Tag color={STATUS_COLORS[status]} className="tgc-tag" data-testid="case-status">
      {CASE_STATUS_LABELS[status]}
    </Tag>
  );
}

export function UrgencyTag({ urgency }: { urgency: Urgency }) {
  if (urgency === 'normal') return null;
  return (
    <Tag color={urgency === 'critical' ? 'red' : 'volcano'} className="tgc-tag">
      {URGENCY_LABELS[urgency]}
    </Tag>
  );
}

const SHORT_EXTENSION: Record<ExtensionState, string> = { requested: '待批延期', approved: '已延期', refused: '延期驳回' };

export function ExtensionTag({ state, short = false }: { state: ExtensionState | null; short?: boolean }) {
  if (!state) return null;
  return (
    <Tag color={state === 'requested' ? 'orange' : state === 'approved' ? 'blue' : 'default'} className="tgc-tag" title={EXTENSION_STATE_LABELS[state]}>
      {short ? SHORT_EXTENSION[state] : EXTENSION_STATE_LABELS[state]}
    </Tag>
  );
}

export function DeadlineText({ state }: { state: DeadlineState }) {
  return (
    <span className={`tgc-due tgc-due-${state.tone}`} data-testid="case-due">
      {state.text}
    </span>
  );
}

export function SupervisedFlag({ supervised, urgeCount = 0, withText = false }: { supervised: boolean; urgeCount?: number; withText?: boolean }) {
  if (!supervised && urgeCount === 0) return null;
  return (
    <span className="tgc-flagbox">
      {supervised ? (
        <Tooltip title="挂牌督办">
          <span className="tgc-flag" data-testid="case-supervised">
            <FlagFilled /> {withText ? '挂牌督办' : null}
          </span>
        </Tooltip>
      ) : null}
      {urgeCount > 0 ? <span className="tgc-urged">催办{urgeCount}次</span> : null}
    </span>
  );
}
