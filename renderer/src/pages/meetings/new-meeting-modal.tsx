// 新建会议: kind, day and time, scope (the town, a village/community or a grid), place, chair
// and recorder; the title is generated from the kind, the day and the scope unless typed. The
// server builds the agenda of the kind and opens the new meeting.
import { Alert, DatePicker, Form, Input, Modal, Select, TimePicker } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { MEETING_KIND_LABELS, MEETING_KINDS, type MeetingKind } from '../../../../shared/meetings/meeting-kinds';
import { errorMessage } from '../../app/api-error';
import { useRpcMutation } from '../../app/rpc-hooks';
import { filterPick, useOrgLookups, withInitials } from '../cases/case-lookups';

interface Values {
  kind: MeetingKind;
  date: Dayjs;
  time: Dayjs;
  scopeUnitId?: string;
  title?: string;
  place?: string;
  chairName?: string;
  recorderName?: string;
}

/** The town, then its villages/communities, then the grids, for the scope select. */
export function useScopeOptions() {
  const org = useOrgLookups();
  const town = [...org.byId.values()].filter((u) => u.kind === 'town');
  return [
    ...town.map((u) => ({ value: u.id, label: `${u.name}（全镇）`, search: withInitials(u.name) })),
    ...org.villageOptions,
    ...org.gridOptions(),
  ];
}

export function NewMeetingModal({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: (meetingId: string) => void }) {
  const [form] = Form.useForm<Values>();
  const scopes = useScopeOptions();
  const create = useRpcMutation('meetings.create', { silent: true });
  const [error, setError] = useState<string | null>(null);
  const kind = Form.useWatch('kind', form);
  const submit = async () => {
    const v = await form.validateFields();
    setError(null);
    create.mutate(
      {
        kind: v.kind,
        date: v.date.format('YYYY-MM-DD'),
        startTime: v.time.format('HH:mm'),
        scopeUnitId: v.scopeUnitId || undefined,
        title: v.title?.trim() || undefined,
        place: v.place ?? '',
        chairName: v.chairName ?? '',
        recorderName: v.recorderName ?? '',
      },
      {
        onSuccess: (d) => {
          onClose();
          onCreated(d.meeting.id);
        },
        onError: (err) => setError(errorMessage(err)),
      },
    );
  };
  return (
    <Modal
      title="新建会议"
      open={open}
      onCancel={onClose}
      onOk={() => void submit()}
      okText="创建并生成议程"
      confirmLoading={create.isPending}
      destroyOnHidden
      width={620}
      okButtonProps={{ 'data-testid': 'meeting-new-ok' } as Record<string, string>}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ kind: 'weekly', date: dayjs(), time: dayjs('08:30', 'HH:mm'), place: '', chairName: '', recorderName: '' }}
        onValuesChange={() => setError(null)}
      >
        <div className="tgm-form-row">
          <Form.Item name="kind" label="会议类型" rules={[{ required: true, message: '请选择会议类型' }]}>
            <Select options={MEETING_KINDS.map((k) => ({ value: k, label: MEETING_KIND_LABELS[k] }))} data-testid="meeting-new-kind" />
          </Form.Item>
          <Form.Item name="date" label="日期" rules={[{ required: true, message: '请选择日期' }]}>
            <DatePicker style={{ width: '100%' }} allowClear={false} data-testid="meeting-new-date" />
          </Form.Item>
          <Form.Item name="time" label="开始时间" rules={[{ required: true, message: '请选择开始时间' }]}>
            <TimePicker format="HH:mm" minuteStep={5} style={{ width: '100%' }} allowClear={false} data-testid="meeting-new-time" />
          </Form.Item>
        </div>
        <Form.Item name="scopeUnitId" label="范围" extra="议程中的数据按范围内的网格统计；不选即全镇">
          <Select allowClear showSearch={{ filterOption: filterPick }} placeholder="全镇" options={scopes} data-testid="meeting-new-scope" />
        </Form.Item>
        <Form.Item
          name="title"
          label="会议名称"
          extra={kind === 'adhoc' ? '专题会议须填写名称' : '不填则按类型、日期和范围自动生成'}
          rules={[{ required: kind === 'adhoc', whitespace: true, message: '请填写会议名称' }]}
        >
          <Input maxLength={100} data-testid="meeting-new-title" />
        </Form.Item>
        <div className="tgm-form-row">
          <Form.Item name="place" label="地点">
            <Input maxLength={100} placeholder="如：中心三楼会议室" data-testid="meeting-new-place" />
          </Form.Item>
          <Form.Item name="chairName" label="主持人">
            <Input maxLength={50} data-testid="meeting-new-chair" />
          </Form.Item>
          <Form.Item name="recorderName" label="记录人">
            <Input maxLength={50} data-testid="meeting-new-recorder" />
          </Form.Item>
        </div>
        {error ? <Alert type="error" showIcon title={error} data-testid="meeting-new-error" /> : null}
      </Form>
    </Modal>
  );
}
