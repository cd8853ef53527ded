// 工作台: the dispatcher's start screen. Their queues as big cards (click to open the queue),
// 登记事件 (F2), today's new and closed cases, emergency alerts to neighbouring grids, the
// overdue and soon-due lists, today's meetings, and the holiday-calendar warning when next year
// is missing.
import { BarChartOutlined, NotificationOutlined, RightOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Empty, List, Space, Statistic, Tag } from 'antd';
import { useNavigate } from 'react-router';
import { CASE_QUEUE_LABELS, type CaseQueue } from '../../../../shared/cases/case-inputs';
import type { CaseRow } from '../../../../shared/cases/case-types';
import { ROLE_LABELS } from '../../../../shared/auth/roles';
import { useRpcMutation, useRpcQuery } from '../../app/rpc-hooks';
import { useSession } from '../../app/session';
import { deadlineState, fmtShort } from '../cases/case-format';
import { DeadlineText, StatusTag, SupervisedFlag, UrgencyTag } from '../cases/case-tags';
import { IntakeLauncher } from '../cases/intake-launcher';
import { useRemainingWorkingDays } from '../cases/use-working-days';
import { TodayMeetings } from './today-meetings';
import '../cases/cases.css';
import './workbench.css';

const CARDS: { queue: CaseQueue; hint: string }[] = [
  { queue: 'mine', hint: '我登记或承办、尚未办结' },
  { queue: 'to_accept', hint: '新登记，等待受理' },
  { queue: 'to_dispatch', hint: '已受理，等待派遣' },
  { queue: 'in_progress', hint: '已派遣，承办单位处置中' },
  { queue: 'due_soon', hint: '下一个工作日内到期' },
  { queue: 'overdue', hint: '已超过办理期限' },
  { queue: 'supervised', hint: '中心挂牌督办' },
  { queue: 'to_verify', hint: '已处置，待核查评价结案' },
];

function tone(q: CaseQueue, n: number): string {
  if (n === 0) return 'tgw-card-quiet';
  if (q === 'overdue') return 'tgw-card-red';
  if (q === 'due_soon' || q === 'supervised') return 'tgw-card-orange';
  return 'tgw-card-blue';
}

function greeting(): string {
  const h = Number(new Date(Date.now() + 8 * 3600_000).toISOString().slice(11, 13));
  return h < 11 ? '上午好' : h < 13 ? '中午好' : h < 18 ? '下午好' : '晚上好';
}

const todayFmt = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', year: 'numeric', month: 'long', day: 'numeric', weekday: 'long' });

function QueueCards() {
  const navigate = useNavigate();
  const counts = useRpcQuery('cases.queueCounts', {}, { refetchInterval: 60_000 });
  return (
    <div className="tgw-cards" data-testid="workbench-queues">
      {CARDS.map(({ queue, hint }) => {
        const n = counts.data?.[queue];
        return (
          <button
            key={queue}
            type="button"
            className={`tgw-card ${tone(queue, n ?? 0)}`}
            onClick={() => void navigate(`/cases?queue=${queue}`)}
            data-testid={`workbench-queue-${queue}`}
          >
            <span className="tgw-card-label">{CASE_QUEUE_LABELS[queue]}</span>
            <span className="tgw-card-value" data-testid={`workbench-count-${queue}`}>
              {n === undefined ? '…' : n.toLocaleString('zh-CN')}
              <small>件</small>
            </span>
            <span className="tgw-card-hint">{hint}</span>
          </button>
        );
      })}
    </div>
  );
}

function CaseList({ queue, title, empty }: { queue: CaseQueue; title: string; empty: string }) {
  const navigate = useNavigate();
  const remaining = useRemainingWorkingDays();
  const page = useRpcQuery('cases.queue', { queue, filter: {}, sort: { field: 'deadlineAt', dir: 'asc' }, limit: 8 }, { refetchInterval: 60_000 });
  const total = page.data?.total ?? 0;
  return (
    <Card
      size="small"
      className="tgw-panel"
      title={title}
      extra={
        <a onClick={() => void navigate(`/cases?queue=${queue}`)}>
          全部 {total} 件 <RightOutlined />
        </a>
      }
      data-testid={`workbench-list-${queue}`}
    >
      <List<CaseRow>
        size="small"
        loading={page.isPending}
        dataSource={page.data?.rows ?? []}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} /> }}
        renderItem={(r) => (
          <List.Item className="tgw-case" onClick={() => void navigate(`/cases/${r.id}`)}>
            <div className="tgw-case-main">
              <div className="tgw-case-title">
                <UrgencyTag urgency={r.urgency} />
                {r.title}
              </div>
              <div className="tgw-case-sub">
                <span className="tg-num">{r.number}</span>
                <span>{r.gridName ?? r.villageName ?? ''}</span>
                {r.assigneeLabel !== r.gridName ? <span>{r.assigneeLabel ?? '未派遣'}</span> : null}
              </div>
            </div>
            <div className="tgw-case-side">
              <DeadlineText state={deadlineState(r, r.dueState && r.dueState !== 'overdue' ? remaining(r.deadlineAt) : null)} />
              <span>
                <StatusTag status={r.status} />
                <SupervisedFlag supervised={r.supervised} urgeCount={r.urgeCount} />
              </span>
            </div>
          </List.Item>
        )}
      />
    </Card>
  );
}

function AlertsPanel() {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { can } = useSession();
  const alerts = useRpcQuery('cases.alerts', {});
  const ack = useRpcMutation('cases.ackAlert');
  const rows = alerts.data ?? [];
  return (
    <Card
      size="small"
      className="tgw-panel"
      title={
        <span>
          <NotificationOutlined /> 突发事件联动通报
          {rows.length ? <Tag color="red" style={{ marginLeft: 8 }}>{rows.length} 条待确认</Tag> : null}
        </span>
      }
      data-testid="workbench-alerts"
    >
      <List
        size="small"
        loading={alerts.isPending}
        dataSource={rows.slice(0, 6)}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无待确认的联动通报" /> }}
        renderItem={(a) => (
          <List.Item
            actions={
              can('cases.handle') || can('cases.dispatch')
                ? [
                    <Button key="ack" size="small" loading={ack.isPending} onClick={() => ack.mutateAsync({ id: a.id }).then(() => message.success(`已确认：${a.unitName}`)).catch(() => undefined)}>
                      确认收到
                    </Button>,
                  ]
                : [<Tag key="wait">待网格确认</Tag>]
            }
          >
            <div className="tgw-alert" onClick={() => void navigate(`/cases/${a.caseId}`)}>
              <b>{a.unitName}</b>：{a.caseTitle}
              <div className="tg-muted tg-num">
                {a.caseNumber} · 来自 {a.sourceUnitName ?? '—'} · {fmtShort(a.createdAt)}
              </div>
            </div>
          </List.Item>
        )}
      />
    </Card>
  );
}

function TodayFigures() {
  const { can } = useSession();
  const board = useRpcQuery('board.cases', {}, { enabled: can('board.read'), refetchInterval: 60_000 });
  const b = board.data;
  if (!can('board.read')) return null;
  return (
    <Card size="small" className="tgw-panel" title="今日概况" data-testid="workbench-today" loading={board.isPending}>
      {b ? (
        <div className="tgw-today">
          <Statistic title="今日新登记" value={b.today.created} suffix="件" />
          <Statistic title="今日办结" value={b.today.closed} suffix="件" />
          <Statistic title="在办事件" value={b.open} suffix="件" />
          <Statistic
            title={`${b.closedOnTime.year}年按期办结率`}
            value={b.closedOnTime.rate === null ? '—' : (b.closedOnTime.rate * 100).toFixed(1)}
            suffix={b.closedOnTime.rate === null ? '' : '%'}
          />
        </div>
      ) : null}
    </Card>
  );
}

function CalendarWarning() {
  const navigate = useNavigate();
  const { can } = useSession();
  const status = useRpcQuery('calendar.status', {}, { silent: true });
  const warning = status.data?.warning;
  if (!warning) return null;
  return (
    <Alert
      type="warning"
      showIcon
      title={warning}
      data-testid="workbench-calendar-warning"
      action={
        can('calendar.write') ? (
          <Button size="small" onClick={() => void navigate('/settings?tab=calendar')}>
            去导入
          </Button>
        ) : undefined
      }
    />
  );
}

export function WorkbenchPage() {
  const navigate = useNavigate();
  const { can, user } = useSession();
  const casesAllowed = can('cases.read');
  return (
    <div className="tgw-page" data-testid="workbench-page">
      <div className="tgw-top">
        <div>
          <div className="tgw-hello">
            {greeting()}，{user?.displayName}
            {user ? <Tag color="blue" style={{ marginLeft: 10 }}>{ROLE_LABELS[user.role]}</Tag> : null}
          </div>
          <div className="tg-muted">{todayFmt.format(new Date())} · 日清日毕，今日事今日毕</div>
        </div>
        <Space>
          {can('board.read') ? (
            <Button icon={<BarChartOutlined />} onClick={() => void navigate('/board')}>
              指挥大屏
            </Button>
          ) : null}
          <IntakeLauncher className="tgw-intake" />
        </Space>
      </div>
      <CalendarWarning />
      {casesAllowed ? (
        <>
          <QueueCards />
          <div className="tgw-grid">
            <CaseList queue="overdue" title="超期事件（最久在前）" empty="没有超期事件" />
            <CaseList queue="due_soon" title="即将到期" empty="没有即将到期的事件" />
            <div className="tgw-col">
              <TodayMeetings />
              <TodayFigures />
              <AlertsPanel />
            </div>
          </div>
          <div className="tg-muted tgw-foot">快捷键：F2 登记事件 · 在事件办理中 Alt+1…9 切换队列、Enter 打开事件</div>
        </>
      ) : (
        <>
          <TodayMeetings />
          <Card>
            <Empty description="当前账号不办理事件" />
          </Card>
        </>
      )}
    </div>
  );
}
