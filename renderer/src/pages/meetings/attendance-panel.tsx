// 签到: each expected participant signed in, late, on leave (with the reason) or absent;
// participants added by name and unit. The counts feed the minutes and the sign-in sheet.
import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, Modal, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { ATTENDANCE_LABELS, ATTENDANCE_STATUSES, type AttendanceRow, type AttendanceStatus, type MeetingDetail } from '../../../../shared/meetings/meeting-types';
import { errorMessage } from '../../app/api-error';
import { useRpcMutation } from '../../app/rpc-hooks';
import { useSession } from '../../app/session';
import { fmtDateTime } from '../cases/case-format';
import { NoteModal } from './note-modal';

const STATUS_COLORS: Record<AttendanceStatus, string> = { expected: 'default', present: 'green', late: 'orange', leave: 'blue', absent: 'red' };

export function AttendancePanel({ detail }: { detail: MeetingDetail }) {
  const { can } = useSession();
  const m = detail.meeting;
  const editable = can('meetings.write') && (m.status === 'planned' || m.status === 'running');
  const signIn = useRpcMutation('meetings.signIn');
  const signWithNote = useRpcMutation('meetings.signIn', { silent: true });
  const [asking, setAsking] = useState<{ row: AttendanceRow; status: 'leave' | 'late' } | null>(null);
  const [adding, setAdding] = useState(false);
  const rows = detail.attendance;
  const counts = ATTENDANCE_STATUSES.map((s) => [s, rows.filter((r) => r.status === s).length] as const).filter(([, n]) => n > 0);
  return (
    <div data-testid="meeting-attendance">
      <div className="tgm-toolbar">
        <Space wrap data-testid="attendance-counts">
          <span>应到 {rows.length} 人</span>
          {counts.map(([s, n]) => (
            <Tag key={s} color={STATUS_COLORS[s]}>
              {ATTENDANCE_LABELS[s]} {n}
            </Tag>
          ))}
        </Space>
        {editable ? (
          <Button icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="attendance-add">
            添加参会人
          </Button>
        ) : null}
      </div>
      <Table<AttendanceRow>
        rowKey="id"
        size="small"
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: '尚无参会人员，请添加' }}
        onRow={(r) => ({ 'data-testid': `attendee-${r.name}` }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { title: '姓名', dataIndex: 'name', width: 120 },
          { title: '单位/职务', dataIndex: 'unit', width: 180, render: (v: string) => v || '—' },
          {
            title: '状态',
            key: 'status',
            width: 100,
            render: (_, r) => (
              <Tag color={STATUS_COLORS[r.status]} data-testid={`attendee-status-${r.name}`}>
                {ATTENDANCE_LABELS[r.status]}
              </Tag>
            ),
          },
          { title: '事由/说明', dataIndex: 'reason', render: (v: string) => v || '' },
          { title: '签到时间', key: 'at', width: 150, render: (_, r) => (r.signedAt ? fmtDateTime(r.signedAt) : '') },
          ...(editable
            ? [
                {
                  title: '登记',
                  key: 'ops',
                  width: 250,
                  render: (_: unknown, r: AttendanceRow) => (
                    <Space size={4}>
                      <Button size="small" type={r.status === 'present' ? 'primary' : 'default'} onClick={() => signIn.mutate({ attendanceId: r.id, status: 'present' })} data-testid={`attendee-present-${r.name}`}>
                        签到
                      </Button>
                      <Button size="small" onClick={() => setAsking({ row: r, status: 'late' })} data-testid={`attendee-late-${r.name}`}>
                        迟到
                      </Button>
                      <Button size="small" onClick={() => setAsking({ row: r, status: 'leave' })} data-testid={`attendee-leave-${r.name}`}>
                        请假
                      </Button>
                      <Button size="small" danger={r.status === 'absent'} onClick={() => signIn.mutate({ attendanceId: r.id, status: 'absent' })} data-testid={`attendee-absent-${r.name}`}>
                        缺席
                      </Button>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      <NoteModal
        open={!!asking}
        title={asking?.status === 'leave' ? `${asking.row.name} 请假` : `${asking?.row.name ?? ''} 迟到`}
        label={asking?.status === 'leave' ? '请假事由' : '说明'}
        required={asking?.status === 'leave'}
        placeholder={asking?.status === 'leave' ? '如：带队处置突发事件' : '可选，如：08:45到会'}
        okText="确定"
        onSubmit={(reason) => signWithNote.mutateAsync({ attendanceId: asking!.row.id, status: asking!.status, reason: reason || undefined })}
        onClose={() => setAsking(null)}
        testId="attendee-note"
      />
      <AddAttendeeModal meetingId={m.id} open={adding} onClose={() => setAdding(false)} />
    </div>
  );
}

function AddAttendeeModal({ meetingId, open, onClose }: { meetingId: string; open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<{ name: string; unit?: string }>();
  const add = useRpcMutation('meetings.addAttendee', { silent: true });
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    const v = await form.validateFields();
    add.mutate({ meetingId, name: v.name.trim(), unit: v.unit?.trim() ?? '' }, { onSuccess: onClose, onError: (err) => setError(errorMessage(err)) });
  };
  return (
    <Modal
      title="添加参会人"
      open={open}
      onCancel={onClose}
      onOk={() => void submit()}
      okText="添加"
      confirmLoading={add.isPending}
      destroyOnHidden
      afterClose={() => setError(null)}
      okButtonProps={{ 'data-testid': 'attendee-add-ok' } as Record<string, string>}
    >
      <Form form={form} layout="vertical" preserve={false} onValuesChange={() => setError(null)}>
        <Form.Item name="name" label="姓名" rules={[{ required: true, whitespace: true, message: '请填写姓名' }]}>
          <Input maxLength={50} data-testid="attendee-add-name" autoFocus />
        </Form.Item>
        <Form.Item name="unit" label="单位/职务">
          <Input maxLength={50} placeholder="如：城管中队、溪口村网格长" data-testid="attendee-add-unit" />
        </Form.Item>
      </Form>
      {error ? <Alert type="error" showIcon title={error} /> : null}
    </Modal>
  );
}
