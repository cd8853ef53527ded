// Incoming pairing requests: a device asks to join through this PC. The administrator compares
// the code with the one on the other screen and accepts (after confirming) or declines.
import { App, Button, Card, Space } from 'antd';
import type { SyncPendingPair } from '../../../../shared/sync/sync-types';
import { useRpcMutation } from '../../app/rpc-hooks';
import { formatDateTime } from '../registry/format';
import { pairingCodeText, shortFingerprint } from '../../ui/sync-format';

export function SyncIncoming({ requests }: { requests: SyncPendingPair[] }) {
  const { message, modal } = App.useApp();
  const accept = useRpcMutation('sync.accept');
  const reject = useRpcMutation('sync.reject');

  const confirmAccept = (p: SyncPendingPair) =>
    modal.confirm({
      title: `接受「${p.name}」加入数据同步？`,
      width: 480,
      content: (
        <div data-testid="sync-accept-confirm">
          <p>
            请确认对方电脑屏幕上显示的配对码也是 <b className="tgs-mono">{pairingCodeText(p.code)}</b>。
          </p>
          <p>接受后，这台电脑将与本中心的所有已配对电脑同步全部数据（含人员信息）。配对码不一致时请拒绝。</p>
        </div>
      ),
      okText: '配对码一致，接受',
      cancelText: '取消',
      onOk: () =>
        accept.mutateAsync({ fingerprint: p.fingerprint }).then(
          () => void message.success(`已接受「${p.name}」，开始同步`),
          () => undefined, // the failure is shown by the mutation
        ),
    });

  return (
    <Card size="small" title="待接受的配对请求" className="tgs-incoming" data-testid="sync-incoming-list">
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        {requests.map((p) => (
          <div key={p.fingerprint} className="tgs-code-box tgs-code-box-incoming" data-testid="sync-incoming">
            <div className="tgs-incoming-who">
              <div className="tgs-incoming-name" data-testid="sync-incoming-name">
                {p.name}
              </div>
              <div className="tg-muted">
                {p.address ? <span className="tgs-mono">{p.address}</span> : null} · 指纹 <span className="tgs-mono">{shortFingerprint(p.fingerprint)}</span> · {formatDateTime(new Date(p.at).toISOString())} 请求
              </div>
            </div>
            <div>
              <div className="tgs-code-label">配对码</div>
              <div className="tgs-code" data-testid="sync-incoming-code">
                {pairingCodeText(p.code)}
              </div>
            </div>
            <Space>
              <Button type="primary" size="large" onClick={() => confirmAccept(p)} data-testid="sync-accept">
                接受
              </Button>
              <Button
                size="large"
                danger
                loading={reject.isPending}
                onClick={() => void reject.mutateAsync({ fingerprint: p.fingerprint }).then(() => message.info(`已拒绝「${p.name}」的配对请求`), () => undefined)}
                data-testid="sync-reject"
              >
                拒绝
              </Button>
            </Space>
          </div>
        ))}
      </Space>
    </Card>
  );
}
