// 拨打/查看号码: a handler who sees the reporter's phone masked reveals it once to call back.
// The core checks scope and permission and writes the audit log; the number lives only in this
// dialog while it is open (never in a list or the query cache).
import { PhoneOutlined } from '@ant-design/icons';
import { Button, Modal, Typography } from 'antd';
import { useRpcMutation } from '../../app/rpc-hooks';

export function RevealPhoneButton({ caseId, number }: { caseId: string; number: string }) {
  const reveal = useRpcMutation('cases.revealPhone');
  const phone = reveal.data?.phone ?? null;
  return (
    <>
      <Button size="small" icon={<PhoneOutlined />} style={{ marginLeft: 8 }} loading={reveal.isPending} onClick={() => reveal.mutate({ id: caseId })} data-testid="case-reveal-phone">
        拨打/查看号码
      </Button>
      <Modal open={phone !== null} title={`反映人电话 · ${number}`} onCancel={() => reveal.reset()} footer={<Button onClick={() => reveal.reset()}>关闭</Button>} destroyOnHidden>
        <Typography.Title level={3} className="tg-num" style={{ margin: '8px 0' }} data-testid="case-revealed-phone">
          <a href={`tel:${phone ?? ''}`}>{phone}</a>
        </Typography.Title>
        <Typography.Text type="secondary">本次查看已记入审计日志。号码仅供回访联系，请勿转告他人。</Typography.Text>
      </Modal>
    </>
  );
}
