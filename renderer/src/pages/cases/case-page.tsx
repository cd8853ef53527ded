// 事件详情: one case — header (number, status, deadline, supervision, 首问责任人), the action bar
// (exactly what the state machine allows this account now), the facts, emergency alerts to
// neighbouring grids, and the timeline.
import { ArrowLeftOutlined, NotificationOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Empty, Result, Space, Spin, Tag } from 'antd';
import { useState } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router';
import { SOURCE_FORMS } from '../../../../shared/cases/case-inputs';
import {
  CASE_SOURCE_LABELS,
  EXTENSION_STATE_LABELS,
  HANDLING_TYPE_LABELS,
  RESPONSIBILITY_LEVEL_LABELS,
  SATISFACTION_LABELS,
  URGENCY_LABELS,
  type CaseAlertRow,
  type CaseDetail,
} from '../../../../shared/cases/case-types';
import { OPEN_STATUSES } from '../../../../shared/cases/case-workflow';
import { errorMessage } from '../../app/api-error';
import { useRpcMutation, useRpcQuery } from '../../app/rpc-hooks';
import { useSession } from '../../app/session';
import { CaseActionModal } from './case-action-modal';
import { choicesFor, CHOICE_LABELS, DANGER, type ActionChoice } from './case-actions';
import { deadlineState, fmtDateTime, fmtDeadline } from './case-format';
import { DeadlineText, ExtensionTag, StatusTag, SupervisedFlag, UrgencyTag } from './case-tags';
import { CaseProgress } from './case-progress';
import { CaseTimeline } from './case-timeline';
import { IntakeLauncher } from './intake-launcher';
import { RevealPhoneButton } from './reveal-phone';
import { useRemainingWorkingDays } from './use-working-days';
import './cases.css';

function ActionBar({ detail, onPick }: { detail: CaseDetail; onPick: (c: ActionChoice) => void }) {
  const { user } = useSession();
  const { choices, primary } = choicesFor(detail, user?.permissions ?? []);
  if (choices.length === 0) {
    return (
      <div className="tgc-actionbar tg-muted" data-testid="case-actions">
        {detail.status === 'closed' || detail.status === 'rejected' || detail.status === 'merged' ? '事件已办结，无可执行的操作' : '当前账号在此环节无可执行的操作'}
      </div>
    );
  }
  return (
    <div className="tgc-actionbar" data-testid="case-actions">
      {choices.map((c) => (
        <Button
          key={c}
          type={c === primary ? 'primary' : 'default'}
          size={c === primary ? 'large' : 'middle'}
          danger={DANGER.has(c)}
          onClick={() => onPick(c)}
          data-testid={`action-${c}`}
        >
          {CHOICE_LABELS[c]}
        </Button>
      ))}
    </div>
  );
}

function AlertsCard({ alerts }: { alerts: CaseAlertRow[] }) {
  const { message } = App.useApp();
  const { can } = useSession();
  const ack = useRpcMutation('cases.ackAlert');
  if (alerts.length === 0) return null;
  return (
    <Card size="small" className="tgc-card" title={<span><NotificationOutlined /> 相邻网格联动通报（{alerts.length}）</span>} data-testid="case-alerts">
      {alerts.map((a) => (
        <div key={a.id} className="tgc-alert-row">
          <span>
            <b>{a.unitName}</b>
            {a.sourceUnitName ? <span className="tg-muted">（来自 {a.sourceUnitName}）</span> : null}
          </span>
          <span className="tg-muted tg-num">{fmtDateTime(a.createdAt)}</span>
          {a.acknowledgedAt ? (
            <Tag color="green">
              {a.acknowledgedByName ?? ''}已确认 {fmtDateTime(a.acknowledgedAt)}
            </Tag>
          ) : can('cases.handle') || can('cases.dispatch') ? (
            <Button size="small" loading={ack.isPending} onClick={() => ack.mutateAsync({ id: a.id }).then(() => message.success(`已确认收到：${a.unitName}`)).catch(() => undefined)}>
              确认收到
            </Button>
          ) : (
            <Tag color="orange">待确认</Tag>
          )}
        </div>
      ))}
    </Card>
  );
}

function Facts({ c }: { c: CaseDetail }) {
  const navigate = useNavigate();
  const canReveal = useSession().can('cases.handle');
  const refLabel = SOURCE_FORMS[c.source].externalRefLabel;
  const items = [
    { key: 'cat', label: '事件分类', children: c.subcategoryName ? `${c.categoryName} / ${c.subcategoryName}` : c.categoryName },
    { key: 'src', label: '事件来源', children: `${CASE_SOURCE_LABELS[c.source]}${c.externalRef ? `（${refLabel ?? '编号'}：${c.externalRef}）` : ''}` },
    { key: 'type', label: '办理类型', children: HANDLING_TYPE_LABELS[c.handlingType] },
    { key: 'urg', label: '紧急程度', children: URGENCY_LABELS[c.urgency] },
    { key: 'lvl', label: '责任层级', children: RESPONSIBILITY_LEVEL_LABELS[c.level] },
    {
      key: 'asg',
      label: '承办单位',
      children: c.assigneeLabel ? `${c.assigneeLabel}${c.assigneeUserName ? `（承办人：${c.assigneeUserName}）` : ''}` : <span className="tg-muted">尚未派遣</span>,
    },
    { key: 'grid', label: '所在网格', children: [c.villageName, c.gridName].filter(Boolean).join(' · ') || '—' },
    { key: 'addr', label: '事发地址', children: c.address || '—' },
    { key: 'rep', label: '反映人', children: c.reporterName ?? '—' },
    {
      key: 'phone',
      label: '联系电话',
      children: c.reporterPhone ? (
        <span className="tg-num" data-testid="case-reporter-phone">
          {c.reporterPhone}
          {c.reporterPhoneMasked ? <Tag style={{ marginLeft: 8 }}>已脱敏</Tag> : null}
          {c.reporterPhoneMasked && canReveal && OPEN_STATUSES.includes(c.status) ? <RevealPhoneButton caseId={c.id} number={c.number} /> : null}
        </span>
      ) : (
        '—'
      ),
    },
    { key: 'recv', label: '登记时间', children: <span className="tg-num">{fmtDateTime(c.receivedAt)}</span> },
    { key: 'sla', label: '办理时限', children: `${c.slaDays}个工作日，${fmtDeadline(c.deadlineAt)}前` },
    ...(c.extensionState
      ? [
          {
            key: 'ext',
            label: '延期',
            span: 2,
            children: `${EXTENSION_STATE_LABELS[c.extensionState]}${c.extensionDays ? ` ${c.extensionDays}个工作日` : ''}${c.extensionReason ? `：${c.extensionReason}` : ''}（累计批准${c.extensionCount}次）`,
          },
        ]
      : []),
    ...(c.result ? [{ key: 'res', label: '处置结果', span: 2, children: `${c.result}${c.handledAt ? `（${fmtDateTime(c.handledAt)}）` : ''}` }] : []),
    ...(c.satisfaction ? [{ key: 'sat', label: '群众满意度', children: SATISFACTION_LABELS[c.satisfaction] }] : []),
    ...(c.onTime !== null ? [{ key: 'ontime', label: '办结情况', children: c.onTime ? <Tag color="green">按期办结</Tag> : <Tag color="red">超期办结</Tag> }] : []),
    ...(c.superviseNote && c.supervised ? [{ key: 'sup', label: '督办说明', span: 2, children: c.superviseNote }] : []),
    ...(c.rejectReason ? [{ key: 'rej', label: '不予受理理由', span: 2, children: c.rejectReason }] : []),
    ...(c.mergedInto
      ? [{ key: 'mi', label: '已合并到', span: 2, children: <a onClick={() => void navigate(`/cases/${c.mergedInto!.id}`)}>{c.mergedInto.number}</a> }]
      : []),
    ...(c.mergedFrom.length
      ? [
          {
            key: 'mf',
            label: '并入的重复事件',
            span: 2,
            children: (
              <Space wrap>
                {c.mergedFrom.map((m) => (
                  <a key={m.id} onClick={() => void navigate(`/cases/${m.id}`)}>
                    {m.number}
                  </a>
                ))}
              </Space>
            ),
          },
        ]
      : []),
    ...(c.reworkCount || c.urgeCount || c.reopenCount
      ? [{ key: 'cnt', label: '返工/催办/重开', span: 2, children: `返工${c.reworkCount}次 · 催办${c.urgeCount}次 · 重新打开${c.reopenCount}次` }]
      : []),
    { key: 'desc', label: '情况描述', span: 2, children: <div className="tgc-desc">{c.description || '—'}</div> },
  ];
  return <Descriptions bordered size="small" column={2} items={items} className="tgc-facts" data-testid="case-facts" />;
}

export function CasePage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const location = useLocation();
  const { user } = useSession();
  const detail = useRpcQuery('cases.get', { id }, { enabled: !!id, refetchInterval: 120_000, silent: true });
  const remaining = useRemainingWorkingDays();
  const [choice, setChoice] = useState<ActionChoice | null>(null);

  const back = () => (location.key !== 'default' ? void navigate(-1) : void navigate('/cases'));

  if (detail.isPending) {
    return (
      <div className="tg-page">
        <Spin />
      </div>
    );
  }
  if (detail.isError || !detail.data) {
    return (
      <div className="tg-page">
        <Result status="warning" title="无法打开该事件" subTitle={errorMessage(detail.error)} extra={<Button onClick={() => void navigate('/cases')}>返回事件列表</Button>} />
      </div>
    );
  }
  const c = detail.data;
  const due = deadlineState(c, c.dueState && c.dueState !== 'overdue' ? remaining(c.deadlineAt) : null);

  return (
    <div className="tgc-case" data-testid="case-page">
      <div className="tgc-case-head">
        <div className="tgc-case-top">
          <Button icon={<ArrowLeftOutlined />} onClick={back} data-testid="case-back">
            返回
          </Button>
          <span className="tgc-case-number tg-num" data-testid="case-number">
            {c.number}
          </span>
          <StatusTag status={c.status} />
          <UrgencyTag urgency={c.urgency} />
          <ExtensionTag state={c.extensionState} />
          <DeadlineText state={due} />
          <SupervisedFlag supervised={c.supervised} urgeCount={c.urgeCount} withText />
          <span className="tgc-spacer" />
          <IntakeLauncher size="middle" />
        </div>
        <h2 className="tgc-case-title" data-testid="case-title">
          {c.title}
        </h2>
        <div className="tgc-case-meta">
          <span>
            首问责任人：<b data-testid="case-first-contact">{c.firstContactName || '—'}</b>
          </span>
          <span>登记：{fmtDateTime(c.receivedAt)}</span>
          <span>承办：{c.assigneeLabel ?? '尚未派遣'}</span>
          <span>
            期限：{fmtDeadline(c.deadlineAt)}（{c.slaDays}个工作日）
          </span>
        </div>
        {c.syncConflict ? <Alert type="error" showIcon className="tgc-case-conflict" title={c.syncConflict} data-testid="case-sync-conflict" /> : null}
        <ActionBar detail={c} onPick={setChoice} />
      </div>
      <div className="tgc-case-body">
        <div className="tgc-case-left">
          <Card size="small" className="tgc-card" title="闭环进度">
            <CaseProgress c={c} />
          </Card>
          <Card size="small" className="tgc-card" title="事件信息">
            <Facts c={c} />
          </Card>
          <AlertsCard alerts={c.alerts} />
        </div>
        <Card size="small" className="tgc-card tgc-case-right" title={`办理过程（${c.timeline.length}）`}>
          {c.timeline.length ? <CaseTimeline events={c.timeline} /> : <Empty description="暂无记录" />}
        </Card>
      </div>
      {user ? <CaseActionModal detail={c} choice={choice} onClose={() => setChoice(null)} /> : null}
    </div>
  );
}
