// 结束会议: lists the items still 未议定; when any remain the reason must be given (they come
// back at the next meeting of the kind). The rule is the server's: its refusal is shown here.
import { Alert, Form, Input, List, Modal } from 'antd';
import { useState } from 'react';
import type { MeetingDetail } from '../../../../shared/meetings/meeting-types';
import { errorMessage } from '../../app/api-error';
import { useRpcMutation } from '../../app/rpc-hooks';

export function FinishModal({ open, detail, onClose }: { open: boolean; detail: MeetingDetail; onClose: () => void }) {
  const finish = useRpcMutation('meetings.finish', { silent: true });
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const pending = detail.items.filter((i) => i.outcome === 'pending');
  const submit = () => {
    setError(null);
    finish.mutate(
      { meetingId: detail.meeting.id, undecidedNote: note.trim() || undefined },
      { onSuccess: onClose, onError: (err) => setError(errorMessage(err)) },
    );
  };
  return (
    <Modal
      title="结束会议"
      open={open}
      onCancel={onClose}
      onOk={submit}
      okText="结束会议"
      okButtonProps={{ danger: true, ...({ 'data-testid': 'meeting-finish-ok' } as Record<string, string>) }}
      confirmLoading={finish.isPending}
      destroyOnHidden
      afterClose={() => {
        setNote('');
        setError(null);
      }}
      width={600}
    >
      {pending.length ? (
        <>
          <p>
            以下 <b>{pending.length}</b> 项议题尚未议定，结束会议须说明原因；未议定的议题在下次同类会议上再次通报。
          </p>
          <List
            size="small"
            bordered
            className="tgm-pending"
            dataSource={pending}
            renderItem={(i) => <List.Item data-testid={`finish-pending-${i.id}`}>{`${i.position + 1}. ${i.title}`}</List.Item>}
          />
          <Form layout="vertical" style={{ marginTop: 12 }}>
            <Form.Item label="未议定原因" required>
              <Input.TextArea
                rows={3}
                maxLength={500}
                value={note}
                onChange={(e) => {
                  setNote(e.target.value);
                  setError(null);
                }}
                placeholder="如：时间不足，留待下次例会研究"
                data-testid="meeting-finish-note"
              />
            </Form.Item>
          </Form>
        </>
      ) : (
        <p>各议题均已议定。结束后议程内容按此刻的数据定格，纪要可继续修改（修改记入会议历史）。</p>
      )}
      {error ? <Alert type="error" showIcon title={error} data-testid="meeting-finish-error" /> : null}
    </Modal>
  );
}
