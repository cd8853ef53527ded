// 修改会议信息: title, day, start time, place, chair and recorder of a meeting not yet ended.
import { Alert, DatePicker, Form, Input, Modal, TimePicker } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import type { MeetingRow } from '../../../../shared/meetings/meeting-types';
import { errorMessage } from '../../app/api-error';
import { useRpcMutation } from '../../app/rpc-hooks';

interface Values {
  title: string;
  date: Dayjs;
  time: Dayjs;
  place: string;
  chairName: string;
  recorderName: string;
}

export function EditMeetingModal({ open, meeting, onClose }: { open: boolean; meeting: MeetingRow; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const update = useRpcMutation('meetings.update', { silent: true });
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    const v = await form.validateFields();
    update.mutate(
      {
        meetingId: meeting.id,
        title: v.title,
        date: v.date.format('YYYY-MM-DD'),
        startTime: v.time.format('HH:mm'),
        place: v.place ?? '',
        chairName: v.chairName ?? '',
        recorderName: v.recorderName ?? '',
      },
      { onSuccess: onClose, onError: (err) => setError(errorMessage(err)) },
    );
  };
  return (
    <Modal
      title="修改会议信息"
      open={open}
      onCancel={onClose}
      onOk={() => void submit()}
      okText="保存"
      confirmLoading={update.isPending}
      destroyOnHidden
      afterClose={() => setError(null)}
      width={620}
      okButtonProps={{ 'data-testid': 'meeting-edit-ok' } as Record<string, string>}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        preserve={false}
        onValuesChange={() => setError(null)}
        initialValues={{
          title: meeting.title,
          date: dayjs(meeting.date),
          time: dayjs(meeting.startTime, 'HH:mm'),
          place: meeting.place,
          chairName: meeting.chairName,
          recorderName: meeting.recorderName,
        }}
      >
        <Form.Item name="title" label="会议名称" rules={[{ required: true, whitespace: true, message: '请填写会议名称' }]}>
          <Input maxLength={100} data-testid="meeting-edit-title" />
        </Form.Item>
        <div className="tgm-form-row">
          <Form.Item name="date" label="日期" rules={[{ required: true, message: '请选择日期' }]}>
            <DatePicker style={{ width: '100%' }} allowClear={false} disabled={meeting.status !== 'planned'} />
          </Form.Item>
          <Form.Item name="time" label="开始时间" rules={[{ required: true, message: '请选择开始时间' }]}>
            <TimePicker format="HH:mm" minuteStep={5} style={{ width: '100%' }} allowClear={false} />
          </Form.Item>
        </div>
        <div className="tgm-form-row">
          <Form.Item name="place" label="地点">
            <Input maxLength={100} data-testid="meeting-edit-place" />
          </Form.Item>
          <Form.Item name="chairName" label="主持人">
            <Input maxLength={50} data-testid="meeting-edit-chair" />
          </Form.Item>
          <Form.Item name="recorderName" label="记录人">
            <Input maxLength={50} data-testid="meeting-edit-recorder" />
          </Form.Item>
        </div>
        {error ? <Alert type="error" showIcon title={error} /> : null}
      </Form>
    </Modal>
  );
}
