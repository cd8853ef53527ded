// Drill-down into one worker's day: its log (patrol, places, 民情, notes, cases raised) and
// the week's summary generated from its days (周结).
import { Descriptions, Drawer, Empty, Input, Spin, Tabs, Tag } from 'antd';
import { Link } from 'react-router';
import { WORK_LOG_STATUS_LABELS } from '../../../../shared/routine/routine-types';
import { useRpcQuery } from '../../app/rpc-hooks';
import { RoutineFormButton } from './routine-form-button';
import { monthRange, weekdayOf } from './routine-format';

export function DayLogDrawer({ staffId, date, onClose }: { staffId: string | null; date: string | null; onClose: () => void }) {
  const open = !!staffId && !!date;
  const log = useRpcQuery('routine.dayLog', { staffId: staffId ?? '', date: date ?? '2000-01-01' }, { enabled: open });
  const week = useRpcQuery('routine.weekly', { staffId: staffId ?? '', date: date ?? '2000-01-01' }, { enabled: open });
  const l = log.data;
  return (
    <Drawer open={open} onClose={onClose} size={560} title={date ? `${week.data?.staffName ?? ''} ${date}（周${weekdayOf(date)}）` : ''}
      extra={staffId && date ? <RoutineFormButton form="routine.logForm" staffId={staffId} {...monthRange(date)} label="导出当月工作日志" /> : null}
      data-testid="daylog-drawer"
      destroyOnHidden
    >
      <Tabs
        items={[
          {
            key: 'day',
            label: '当日日志',
            children: log.isPending ? (
              <Spin />
            ) : !l ? (
              <Empty description="当天没有工作日志" />
            ) : (
              <Descriptions column={1} size="small" bordered className="tgr-daylog" data-testid="daylog">
                <Descriptions.Item label="状态">
                  <Tag color={l.status === 'submitted' ? 'green' : 'orange'}>{WORK_LOG_STATUS_LABELS[l.status]}</Tag>
                  {l.submittedAt ? <span className="tg-muted">提交于 {new Date(l.submittedAt).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' })}</span> : null}
                </Descriptions.Item>
                <Descriptions.Item label="巡查">{l.patrolled ? `${l.patrolStart ?? '?'} — ${l.patrolEnd ?? '?'}` : '未巡查'}</Descriptions.Item>
                <Descriptions.Item label="巡查地点">{l.places.map((p) => p.name).join('、') || '—'}</Descriptions.Item>
                <Descriptions.Item label="民情">
                  <div className="tgr-pre">{l.observations || '—'}</div>
                </Descriptions.Item>
                <Descriptions.Item label="备注">
                  <div className="tgr-pre">{l.notes || '—'}</div>
                </Descriptions.Item>
                <Descriptions.Item label="登记事件">
                  {l.cases.length === 0
                    ? '—'
                    : l.cases.map((c) => (
                        <div key={c.id}>
                          <Link to={`/cases/${c.id}`}>
                            <span className="tg-num">{c.number}</span> {c.title}
                          </Link>
                        </div>
                      ))}
                </Descriptions.Item>
              </Descriptions>
            ),
          },
          {
            key: 'week',
            label: '本周小结',
            children: week.isPending ? <Spin /> : week.data ? <Input.TextArea readOnly value={week.data.text} autoSize={{ minRows: 6, maxRows: 20 }} data-testid="weekly-text" /> : null,
          },
        ]}
      />
    </Drawer>
  );
}
