// The paired devices: who, online or not, where, when last seen, how far behind this PC, the
// catch-up progress, the last error — and 撤销 with a reason.
import { App, Button, Card, Form, Input, Modal, Progress, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import type { SyncPeerView } from '../../../../shared/sync/sync-types';
import { useRpcMutation } from '../../app/rpc-hooks';
import { formatDateTime } from '../registry/format';
import { lagText, shortFingerprint } from '../../ui/sync-format';

function at(ms: number | null): string {
  return ms === null ? '—' : formatDateTime(new Date(ms).toISOString());
}

function StatusTag({ peer }: { peer: SyncPeerView }) {
  if (peer.status === 'revoked') return <Tag color="red">已撤销</Tag>;
  if (!peer.connected) return <Tag color="orange">离线</Tag>;
  return peer.catchUp ? <Tag color="processing">在线 · 正在同步</Tag> : <Tag color="green">在线</Tag>;
}

function Progressing({ peer, now }: { peer: SyncPeerView; now: number }) {
  const lag = lagText(peer, now);
  if (!peer.catchUp || peer.catchUp.total <= 0) return <span className={peer.behindChanges ? 'tg-warn-low' : undefined}>{lag}</span>;
  const { done, total } = peer.catchUp;
  return (
    <div>
      <Progress percent={Math.floor((100 * Math.min(done, total)) / total)} size="small" status="active" />
      <div className="tg-muted">
        已接收 {done.toLocaleString('zh-CN')} / {total.toLocaleString('zh-CN')} 条
      </div>
      {peer.behindChanges ? <div className="tg-muted">对方{lag}</div> : null}
    </div>
  );
}

export function SyncPeersTable({ peers, now }: { peers: SyncPeerView[]; now: number }) {
  const { message } = App.useApp();
  const revoke = useRpcMutation('sync.revoke');
  const [revoking, setRevoking] = useState<SyncPeerView | null>(null);
  const [form] = Form.useForm<{ reason: string }>();

  const submitRevoke = async () => {
    if (!revoking) return;
    const { reason } = await form.validateFields();
    await revoke.mutateAsync({ fingerprint: revoking.fingerprint, reason });
    void message.success(`已撤销「${revoking.name}」，各台电脑将不再与它同步`);
    setRevoking(null);
  };

  const columns: TableColumnsType<SyncPeerView> = [
    {
      title: '设备',
      key: 'device',
      width: 170,
      render: (_: unknown, p) => (
        <div className="tgs-peer-device">
          <b>{p.name}</b>
          <div className="tgs-mono tg-muted" data-testid="sync-peer-address">
            {p.address ?? '地址未知'}
          </div>
        </div>
      ),
    },
    {
      title: '指纹',
      dataIndex: 'fingerprint',
      width: 180,
      render: (fp: string) => (
        <Tooltip title={<span className="tgs-mono">{fp}</span>}>
          <Typography.Text className="tgs-mono tgs-peer-fp" copyable={{ text: fp, tooltips: ['复制完整指纹', '已复制'] }}>
            {shortFingerprint(fp)}
          </Typography.Text>
        </Tooltip>
      ),
    },
    { title: '状态', key: 'status', width: 110, render: (_: unknown, p) => <StatusTag peer={p} /> },
    { title: '最近在线', key: 'lastSeen', width: 130, render: (_: unknown, p) => (p.connected ? '现在' : at(p.lastSeenAt)) },
    { title: '同步进度', key: 'lag', width: 210, render: (_: unknown, p) => (p.status === 'revoked' ? '—' : <Progressing peer={p} now={now} />) },
    {
      title: '说明',
      key: 'note',
      minWidth: 180,
      render: (_: unknown, p) =>
        p.status === 'revoked' ? (
          <span className="tg-muted">
            {p.changedBy ?? '管理员'}于 {at(p.changedAt)} 撤销{p.note ? `：${p.note}` : ''}
          </span>
        ) : p.error ? (
          <Typography.Text type="danger" data-testid="sync-peer-error">
            {p.error}
          </Typography.Text>
        ) : (
          <span className="tg-muted">
            {p.changedBy ? `${p.changedBy}于 ` : ''}
            {at(p.changedAt)} 配对
          </span>
        ),
    },
    {
      title: '操作',
      key: 'actions',
      width: 64,
      render: (_: unknown, p) =>
        p.status === 'revoked' ? null : (
          <Button type="link" size="small" danger onClick={() => setRevoking(p)} data-testid="sync-revoke">
            撤销
          </Button>
        ),
    },
  ];

  return (
    <Card size="small" title={`已配对设备（${peers.filter((p) => p.status === 'paired').length} 台）`} className="tgs-sync-card">
      <Table<SyncPeerView>
        rowKey="fingerprint"
        size="small"
        columns={columns}
        dataSource={peers}
        pagination={false}
        scroll={{ x: 1040 }}
        locale={{ emptyText: '尚未与其他电脑配对。在上方「连接/配对设备」中填写对方地址开始配对。' }}
        onRow={(p) => ({ 'data-testid': 'sync-peer', 'data-status': p.status === 'revoked' ? 'revoked' : p.connected ? 'online' : 'offline' }) as React.HTMLAttributes<HTMLElement>}
        data-testid="sync-peers"
      />
      <Modal
        open={revoking !== null}
        title={revoking ? `撤销「${revoking.name}」的配对？` : ''}
        okText="撤销"
        okButtonProps={{ danger: true }}
        cancelText="取消"
        confirmLoading={revoke.isPending}
        onOk={() => void submitRevoke().catch(() => undefined)}
        onCancel={() => setRevoking(null)}
        destroyOnHidden
      >
        <p>撤销后，本中心的所有电脑都不再向这台电脑提供数据（撤销记录会同步到各台电脑）。它已有的数据不会被删除；如需再次使用，须重新配对。</p>
        <Form form={form} layout="vertical" preserve={false} data-testid="sync-revoke-form">
          <Form.Item name="reason" label="撤销原因" rules={[{ required: true, whitespace: true, message: '请填写撤销原因' }, { max: 200, message: '不超过 200 字' }]}>
            <Input.TextArea rows={3} maxLength={200} placeholder="如：电脑报废 / 丢失 / 调离本中心" data-testid="sync-revoke-reason" />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
