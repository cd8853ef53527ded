// The case's timeline (insert-only case_event rows): who did what, when, from which status to
// which, the note, the details of the step (target, deadline, days, rating) and its photos.
import { Tag, Timeline } from 'antd';
import type { ReactNode } from 'react';
import { SATISFACTION_LABELS, type CaseEventRow, type Satisfaction } from '../../../../shared/cases/case-types';
import { CASE_STATUS_LABELS } from '../../../../shared/cases/case-workflow';
import { AttachmentLink } from './attachments-field';
import { fmtDateTime, fmtDeadline, STATUS_COLORS } from './case-format';

const RED = new Set(['reject', 'rework', 'urge', 'alert', 'reopen']);
const GREEN = new Set(['close', 'verify', 'handle', 'register_handled', 'evaluate', 'emergency_ack']);
const ORANGE = new Set(['request_extension', 'decide_extension', 'supervise', 'merge', 'merged_from']);

function colorOf(action: string): string {
  if (RED.has(action)) return 'red';
  if (GREEN.has(action)) return 'green';
  if (ORANGE.has(action)) return 'orange';
  return 'blue';
}

function num(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}
function str(v: unknown): string | null {
  return typeof v === 'string' && v ? v : null;
}

/** The details a step carries in its data, said in a line. */
function details(e: CaseEventRow): ReactNode[] {
  const d = e.data ?? {};
  const out: ReactNode[] = [];
  const deadline = num(d.deadlineAt);
  const slaDays = num(d.slaDays);
  if (e.action === 'dispatch') {
    const t = (d.target ?? {}) as { kindLabel?: string; label?: string };
    out.push(
      <span key="t">
        {t.kindLabel ?? '派遣'}：<b>{t.label ?? '—'}</b>
      </span>,
    );
  }
  if ((e.action === 'register' || e.action === 'dispatch' || e.action === 'register_handled') && deadline) {
    out.push(<span key="d">时限{slaDays ?? '—'}个工作日，期限 {fmtDeadline(deadline)}</span>);
  }
  if (e.action === 'request_extension' && num(d.days)) out.push(<span key="x">申请延期{num(d.days)}个工作日</span>);
  if (e.action === 'decide_extension') {
    out.push(
      d.approved ? (
        <span key="x">批准延期{num(d.days) ?? '—'}个工作日{deadline ? `，新期限 ${fmtDeadline(deadline)}` : ''}</span>
      ) : (
        <span key="x">驳回延期申请</span>
      ),
    );
  }
  if (e.action === 'evaluate' && str(d.satisfaction)) {
    const s = d.satisfaction as Satisfaction;
    out.push(
      <Tag key="s" color={s === 'dissatisfied' ? 'red' : 'green'}>
        {SATISFACTION_LABELS[s] ?? s}
      </Tag>,
    );
  }
  if (e.action === 'close' && typeof d.onTime === 'boolean') out.push(<Tag key="o" color={d.onTime ? 'green' : 'red'}>{d.onTime ? '按期办结' : '超期办结'}</Tag>);
  if (e.action === 'merge' && str(d.targetNumber)) out.push(<span key="m">并入事件 {str(d.targetNumber)}</span>);
  if (e.action === 'urge' && num(d.urgeCount)) out.push(<span key="u">第{num(d.urgeCount)}次催办</span>);
  return out;
}

export function CaseTimeline({ events }: { events: CaseEventRow[] }) {
  const items = [...events].reverse().map((e) => {
    const extra = details(e);
    const moved = e.fromStatus && e.toStatus && e.fromStatus !== e.toStatus;
    return {
      key: e.id,
      color: colorOf(e.action),
      content: (
        <div className="tgc-tl-item" data-testid="timeline-item">
          <div className="tgc-tl-head">
            <b className="tgc-tl-action">{e.actionLabel}</b>
            <span className="tgc-tl-actor">{e.actorName}</span>
            <span className="tg-muted tg-num">{fmtDateTime(e.at)}</span>
          </div>
          {moved || (!e.fromStatus && e.toStatus) ? (
            <div className="tgc-tl-status">
              {e.fromStatus ? (
                <>
                  <Tag color={STATUS_COLORS[e.fromStatus]}>{CASE_STATUS_LABELS[e.fromStatus]}</Tag>→{' '}
                </>
              ) : null}
              {e.toStatus ? <Tag color={STATUS_COLORS[e.toStatus]}>{CASE_STATUS_LABELS[e.toStatus]}</Tag> : null}
            </div>
          ) : null}
          {extra.length ? <div className="tgc-tl-extra">{extra}</div> : null}
          {e.note ? <div className="tgc-tl-note">{e.note}</div> : null}
          {e.attachments.length ? (
            <div className="tgc-tl-files">
              {e.attachments.map((a) => (
                <AttachmentLink key={a.id} meta={a} />
              ))}
            </div>
          ) : null}
        </div>
      ),
    };
  });
  return (
    <div data-testid="case-timeline">
      <Timeline items={items} className="tgc-timeline" />
    </div>
  );
}
