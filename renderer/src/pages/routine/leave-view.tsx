// 请假与替岗: the leave of the workers in the account's area around this month, recording a
// leave with its A/B cover (the partner by default) and cancelling one.
import { App, Button, DatePicker, Form, Input, Modal, Select, Table, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import type { LeaveRow } from '../../../../shared/routine/routine-types';
import { errorMessage } from '../../app/api-error';
import { useRpcMutation, useRpcQuery } from '../../app/rpc-hooks';
import { useSession } from '../../app/session';
import { filterPick, withInitials } from '../cases/case-lookups';
import { monthRange, plusDays } from './routine-format';

interface LeaveValues {
  staffId?: string;
  dates?: [Dayjs, Dayjs];
  reason?: string;
  coverStaffId?: string | null;
}

export function LeaveView({ today }: { today: string }) {
  const { message, modal } = App.useApp();
  const { can } = useSession();
  const month = monthRange(today);
  const period = { from: plusDays(month.from, -31), to: plusDays(month.to, 62) };
  const leaves = useRpcQuery('routine.leaves', period);
  const workers = useRpcQuery('routine.workers', {});
  const saveLeave = useRpcMutation('routine.saveLeave', { silent: true });
  const cancel = useRpcMutation('routine.cancelLeave');
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [form] = Form.useForm<LeaveValues>();
  const options = (workers.data ?? []).map((w) => ({ value: w.staffId, label: `${w.name}（${w.grids.map((g) => g.name).join('、')}）`, search: withInitials(w.name) }));

  const submit = async () => {
    const v = form.getFieldsValue(true) as LeaveValues;
    if (!v.staffId || !v.dates) {
      setError('请选择请假人和请假日期');
      return;
    }
    try {
      await saveLeave.mutateAsync({
        staffId: v.staffId,
        fromDate: v.dates[0].format('YYYY-MM-DD'),
        toDate: v.dates[1].format('YYYY-MM-DD'),
        reason: v.reason ?? '',
        coverStaffId: v.coverStaffId ?? null,
      });
      void message.success('已登记请假');
      setOpen(false);
    } catch (err) {
      setError(errorMessage(err));
    }
  };

  return (
    <div data-testid="leave-view">
      <div className="tgr-toolbar">
        <span className="tg-muted">
          {period.from} 至 {period.to} 的请假记录。请假日计为已覆盖；替岗人可在请假期间记录被替岗网格的巡查地点。
        </span>
        {can('routine.leave') ? (
          <Button
            type="primary"
            onClick={() => {
              form.resetFields();
              setError(null);
              setOpen(true);
            }}
            data-testid="leave-new"
          >
            登记请假
          </Button>
        ) : null}
      </div>
      <Table<LeaveRow>
        rowKey="id"
        size="small"
        loading={leaves.isPending}
        dataSource={leaves.data ?? []}
        pagination={false}
        locale={{ emptyText: '没有请假记录' }}
        columns={[
          { title: '请假人', dataIndex: 'staffName', width: 120 },
          { title: '日期', key: 'dates', width: 220, render: (_, r) => `${r.fromDate} 至 ${r.toDate}` },
          { title: '事由', dataIndex: 'reason' },
          { title: '替岗（AB岗）', key: 'cover', width: 140, render: (_, r) => r.coverStaffName ?? <span className="tg-muted">未安排</span> },
          {
            title: '',
            key: 'act',
            width: 110,
            render: (_, r) =>
              r.cancelled ? (
                <Tag>已取消</Tag>
              ) : can('routine.leave') ? (
                <Button
                  size="small"
                  onClick={() =>
                    modal.confirm({
                      title: `取消${r.staffName}${r.fromDate}至${r.toDate}的请假？`,
                      okText: '取消请假',
                      cancelText: '返回',
                      onOk: () => cancel.mutateAsync({ id: r.id }),
                    })
                  }
                >
                  取消请假
                </Button>
              ) : null,
          },
        ]}
      />
      <Modal open={open} title="登记请假" okText="登记" cancelText="取消" onOk={() => void submit()} confirmLoading={saveLeave.isPending} onCancel={() => setOpen(false)} destroyOnHidden>
        {error ? <div className="tgr-bad" data-testid="leave-error">{error}</div> : null}
        <Form<LeaveValues>
          form={form}
          layout="vertical"
          onValuesChange={(changed: LeaveValues) => {
            if (changed.staffId) {
              const partner = workers.data?.find((w) => w.staffId === changed.staffId)?.partnerId ?? null;
              form.setFieldsValue({ coverStaffId: partner });
            }
          }}
        >
          <Form.Item name="staffId" label="请假人" required>
            <Select showSearch={{ filterOption: filterPick }} options={options} data-testid="leave-staff" />
          </Form.Item>
          <Form.Item name="dates" label="请假日期（含首尾）" required>
            <DatePicker.RangePicker style={{ width: '100%' }} defaultPickerValue={[dayjs(today), dayjs(today)]} />
          </Form.Item>
          <Form.Item name="reason" label="事由">
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="coverStaffId" label="替岗人（默认AB岗搭档）">
            <Select allowClear showSearch={{ filterOption: filterPick }} options={options} data-testid="leave-cover" />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}
