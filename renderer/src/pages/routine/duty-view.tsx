// 值班表: the centre's duty roster as a month calendar — each day's leader on duty (带班领导) and
// duty officer (值班员), holidays marked; the administrator and the director click a day to
// arrange it. Below, each grid worker's status today (在岗 / 请假 with the A/B cover / 离岗).
import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Alert, App, Button, Form, Input, Modal, Select, Space, Table, Tag } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { STAFF_STATUS_LABELS, type DutyDay, type WorkerStatusRow } from '../../../../shared/routine/duty-types';
import { errorMessage } from '../../app/api-error';
import { useRpcMutation, useRpcQuery } from '../../app/rpc-hooks';
import { useSession } from '../../app/session';
import { filterPick, withInitials } from '../cases/case-lookups';
import { weekdayOf } from './routine-format';
import { onCtrlEnter } from '../../ui/ctrl-enter';

const WEEK_HEAD = ['一', '二', '三', '四', '五', '六', '日'];
const STATUS_COLOR = { on_duty: 'green', leave: 'orange', left: 'default' } as const;

function shiftMonth(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1 + n, 1)).toISOString().slice(0, 7);
}

interface DutyValues {
  leaderStaffId?: string | null;
  officerStaffId?: string | null;
  notes?: string;
}

function DutyDayForm({ day, onClose }: { day: DutyDay | null; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<DutyValues>();
  const [error, setError] = useState<string | null>(null);
  const staff = useRpcQuery('staff.list', {}, { enabled: !!day, staleTime: 60_000 });
  const save = useRpcMutation('routine.saveDuty', { silent: true });
  const options = useMemo(
    () => (staff.data ?? []).filter((s) => !s.archived).map((s) => ({ value: s.id, label: `${s.name}（${s.title || '工作人员'}）`, search: withInitials(`${s.name}${s.title}`) })),
    [staff.data],
  );
  useEffect(() => {
    if (!day) return;
    form.setFieldsValue({ leaderStaffId: day.leader?.staffId ?? null, officerStaffId: day.officer?.staffId ?? null, notes: day.notes });
  }, [day, form]);
  const close = () => {
    setError(null);
    onClose();
  };

  const submit = async () => {
    if (!day) return;
    const v = form.getFieldsValue(true) as DutyValues;
    try {
      await save.mutateAsync({ date: day.date, leaderStaffId: v.leaderStaffId ?? null, officerStaffId: v.officerStaffId ?? null, notes: v.notes ?? '' });
      void message.success(`已保存${day.date}的值班安排`);
      close();
    } catch (err) {
      setError(errorMessage(err));
    }
  };
  const onKeyDown = onCtrlEnter(submit);
  return (
    <Modal
      open={!!day}
      title={day ? `${day.date}（周${weekdayOf(day.date)}）值班安排` : ''}
      okText="保存"
      cancelText="取消"
      onOk={() => void submit()}
      confirmLoading={save.isPending}
      onCancel={close}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'duty-submit' } as Record<string, string>}
    >
      <div onKeyDown={onKeyDown}>
        {error ? <Alert type="error" showIcon className="tg-form-alert" title={error} data-testid="duty-error" /> : null}
        <Form<DutyValues> form={form} layout="vertical">
          <Form.Item name="leaderStaffId" label="带班领导">
            <Select allowClear showSearch={{ filterOption: filterPick }} options={options} loading={staff.isPending} data-testid="duty-leader" />
          </Form.Item>
          <Form.Item name="officerStaffId" label="值班员">
            <Select allowClear showSearch={{ filterOption: filterPick }} options={options} loading={staff.isPending} data-testid="duty-officer" />
          </Form.Item>
          <Form.Item name="notes" label="备注" extra="两人都不选且无备注时，清除当天的安排。Ctrl+Enter 保存。">
            <Input maxLength={200} />
          </Form.Item>
        </Form>
      </div>
    </Modal>
  );
}

function StaffStatusTable() {
  const q = useRpcQuery('routine.staffStatus', {});
  const rows = q.data ?? [];
  const count = (s: WorkerStatusRow['status']) => rows.filter((r) => r.status === s).length;
  return (
    <div className="tgr-status" data-testid="staff-status">
      <div className="tgr-recent-title">
        网格员今日状态：在岗 {count('on_duty')} 人，请假 {count('leave')} 人，离岗 {count('left')} 人
      </div>
      <Table<WorkerStatusRow>
        rowKey="staffId"
        size="small"
        loading={q.isPending}
        dataSource={rows}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
        columns={[
          { title: '姓名', dataIndex: 'name', width: 100 },
          { title: '职务', dataIndex: 'title', width: 140 },
          { title: '负责网格', key: 'grids', render: (_, r) => r.grids.map((g) => g.name).join('、') },
          {
            title: '状态',
            key: 'status',
            width: 90,
            render: (_, r) => (
              <Tag color={STATUS_COLOR[r.status]} data-testid={`status-${r.name}`}>
                {STAFF_STATUS_LABELS[r.status]}
              </Tag>
            ),
          },
          {
            title: '请假与替岗',
            key: 'leave',
            width: 260,
            render: (_, r) =>
              r.leave ? `${r.leave.fromDate} 至 ${r.leave.toDate}，替岗：${r.leave.coverStaffName ?? '未安排'}` : r.status === 'leave' ? <span className="tg-muted">组织架构中标为请假</span> : null,
          },
        ]}
      />
    </div>
  );
}

export function DutyView({ today }: { today: string }) {
  const { can } = useSession();
  const [month, setMonth] = useState(today.slice(0, 7));
  const [editing, setEditing] = useState<DutyDay | null>(null);
  const q = useRpcQuery('routine.dutyMonth', { month }, { placeholderData: (prev) => prev });
  const data = q.data;
  const canWrite = can('duty.write');
  const lead = data?.days.length ? (new Date(`${data.days[0]!.date}T00:00:00Z`).getUTCDay() + 6) % 7 : 0;
  return (
    <div data-testid="duty-view">
      <div className="tgr-toolbar">
        <Space wrap>
          <Button icon={<LeftOutlined />} onClick={() => setMonth(shiftMonth(month, -1))} aria-label="上个月" />
          <span className="tgr-range" data-testid="duty-month">
            {month.slice(0, 4)}年{Number(month.slice(5))}月值班表
          </span>
          <Button icon={<RightOutlined />} onClick={() => setMonth(shiftMonth(month, 1))} aria-label="下个月" />
          <Button onClick={() => setMonth(today.slice(0, 7))}>本月</Button>
          {data?.unarranged ? <span className="tgr-bad">{data.unarranged} 天未安排值班员</span> : null}
        </Space>
        <span className="tg-muted tgr-legend">{canWrite ? '点击日期编排带班领导和值班员' : '带班领导 / 值班员'}</span>
      </div>
      <div className="tgr-duty-grid" data-testid="duty-grid">
        {WEEK_HEAD.map((w) => (
          <div key={w} className="tgr-duty-head">
            周{w}
          </div>
        ))}
        {Array.from({ length: lead }, (_, i) => (
          <div key={`pad${i}`} />
        ))}
        {(data?.days ?? []).map((d) => (
          <button
            key={d.date}
            type="button"
            className={`tgr-duty-day${d.working ? '' : ' tgr-off'}${d.date === today ? ' tgr-duty-today' : ''}`}
            disabled={!canWrite}
            onClick={() => setEditing(d)}
            data-testid={`duty-${d.date}`}
          >
            <div className="tgr-duty-date">
              {Number(d.date.slice(8))}
              <span className="tg-muted">{d.holidayName ?? (d.working ? '' : '休')}</span>
            </div>
            <div className="tgr-duty-line">
              <span className="tg-muted">带班</span> {d.leader?.name ?? <span className="tgr-bad">—</span>}
            </div>
            <div className="tgr-duty-line">
              <span className="tg-muted">值班</span> {d.officer?.name ?? <span className="tgr-bad">未安排</span>}
            </div>
            {d.notes ? <div className="tg-muted tgr-duty-note">{d.notes}</div> : null}
          </button>
        ))}
      </div>
      <StaffStatusTable />
      {canWrite ? <DutyDayForm day={editing} onClose={() => setEditing(null)} /> : null}
    </div>
  );
}
