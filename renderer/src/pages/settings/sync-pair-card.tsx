// 连接/配对设备: type the other PC's address; a paired device there connects at once, an unknown
// one gets a pairing request and both screens show the same six-digit code until its
// administrator accepts.
import { App, Alert, Button, Card, Form, Input } from 'antd';
import { useState } from 'react';
import type { SyncConnectResult, SyncPendingPair, SyncStatus } from '../../../../shared/sync/sync-types';
import { syncAddressInput } from '../../../../shared/sync/sync-api';
import { useRpcMutation } from '../../app/rpc-hooks';
import { zodFieldRule } from '../../ui/zod-rule';
import { pairingCodeText, shortFingerprint } from '../../ui/sync-format';

export function SyncPairCard({ status }: { status: SyncStatus }) {
  const { message } = App.useApp();
  const connect = useRpcMutation('sync.connect');
  const cancel = useRpcMutation('sync.reject');
  const [form] = Form.useForm<{ address: string }>();
  const [last, setLast] = useState<(SyncConnectResult & { at: number }) | null>(null);

  const submit = async ({ address }: { address: string }) => {
    const r = await connect.mutateAsync({ address });
    setLast({ ...r, at: Date.now() });
    if (r.outcome === 'connected') void message.success(`已连接「${r.name}」`);
  };

  const pairedNow = (fp: string) => status.peers.some((p) => p.fingerprint === fp && p.status === 'paired');
  const outgoing: SyncPendingPair[] = status.pending.filter((p) => p.direction === 'outgoing');
  // The request just made, until the status shows it (or its acceptance).
  if (last?.outcome === 'pairing' && last.code && !pairedNow(last.fingerprint) && !outgoing.some((p) => p.fingerprint === last.fingerprint)) {
    outgoing.unshift({ fingerprint: last.fingerprint, name: last.name, address: null, code: last.code, direction: 'outgoing', at: last.at });
  }
  const accepted = last?.outcome === 'pairing' && pairedNow(last.fingerprint) ? last : null;

  return (
    <Card size="small" title="连接/配对设备" className="tgs-sync-card" data-testid="sync-pair">
      <Form form={form} layout="inline" onFinish={(v) => void submit(v).catch(() => undefined)} className="tgs-pair-form">
        <Form.Item name="address" label="对方地址" rules={[zodFieldRule(syncAddressInput, 'address')]} className="tgs-pair-address">
          <Input placeholder="例如 192.168.1.20:47810" allowClear disabled={!status.enabled} data-testid="sync-address" />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={connect.isPending} disabled={!status.enabled} data-testid="sync-connect">
            连接
          </Button>
        </Form.Item>
      </Form>
      <div className="tg-muted tgs-sync-hint">填写对方电脑「数据同步」页上显示的本机地址。已配对的设备会直接连接；新设备需对方管理员核对配对码后接受。</div>
      {last?.outcome === 'connected' ? (
        <Alert className="tgs-pair-result" type="success" showIcon title={`已连接「${last.name}」（已配对的设备），数据会自动同步`} data-testid="sync-connected" />
      ) : null}
      {accepted ? (
        <Alert className="tgs-pair-result" type="success" showIcon title={`「${accepted.name}」已接受配对，正在同步数据`} data-testid="sync-pair-accepted" />
      ) : null}
      {outgoing.map((p) => (
        <div key={p.fingerprint} className="tgs-code-box tgs-code-box-outgoing" data-testid="sync-outgoing">
          <div className="tgs-code-label">
            已向「{p.name}」发出配对请求。请核对对方屏幕上显示的配对码是否为：
          </div>
          <div className="tgs-code" data-testid="sync-outgoing-code">
            {pairingCodeText(p.code)}
          </div>
          <div className="tgs-code-meta">
            <div className="tg-muted">
              对方指纹 <span className="tgs-mono">{shortFingerprint(p.fingerprint)}</span>
            </div>
            <div className="tg-muted">等待对方管理员在「数据同步」中核对配对码并接受…</div>
            <Button size="small" loading={cancel.isPending} onClick={() => void cancel.mutateAsync({ fingerprint: p.fingerprint }).then(() => setLast(null), () => undefined)}>
              取消请求
            </Button>
          </div>
        </div>
      ))}
    </Card>
  );
}
