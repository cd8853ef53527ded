// 本机: the name the other PCs show for this one (renameable), its certificate fingerprint (its
// identity, to compare when pairing) and the address it listens on.
import { App, Button, Card, Descriptions, Input, Space, Tag, Typography } from 'antd';
import { Fragment, useState } from 'react';
import type { SyncStatus } from '../../../../shared/sync/sync-types';
import { useRpcMutation } from '../../app/rpc-hooks';
import { fingerprintLines } from '../../ui/sync-format';

export function SyncDeviceCard({ device, enabled }: { device: SyncStatus['device']; enabled: boolean }) {
  const { message } = App.useApp();
  const rename = useRpcMutation('sync.rename');
  const [editing, setEditing] = useState<string | null>(null);

  const save = async () => {
    if (editing === null) return;
    await rename.mutateAsync({ name: editing });
    void message.success('设备名称已保存');
    setEditing(null);
  };

  return (
    <Card size="small" title="本机" className="tgs-sync-card" data-testid="sync-device">
      <Descriptions
        size="small"
        column={1}
        styles={{ label: { width: 104 } }}
        items={[
          {
            key: 'name',
            label: '设备名称',
            children:
              editing === null ? (
                <Space size="small">
                  <b data-testid="sync-device-name">{device.name}</b>
                  <Button size="small" type="link" onClick={() => setEditing(device.name)} data-testid="sync-rename">
                    修改
                  </Button>
                </Space>
              ) : (
                <Space.Compact style={{ width: '100%', maxWidth: 360 }}>
                  <Input
                    autoFocus
                    value={editing}
                    maxLength={40}
                    onChange={(e) => setEditing(e.target.value)}
                    onPressEnter={() => void save().catch(() => undefined)}
                    placeholder="如：指挥中心值班台"
                    data-testid="sync-rename-input"
                  />
                  <Button type="primary" loading={rename.isPending} onClick={() => void save().catch(() => undefined)} data-testid="sync-rename-save">
                    保存
                  </Button>
                  <Button onClick={() => setEditing(null)}>取消</Button>
                </Space.Compact>
              ),
          },
          {
            key: 'fingerprint',
            label: '证书指纹',
            children: (
              <Typography.Text className="tgs-fingerprint" copyable={{ text: device.fingerprint, tooltips: ['复制', '已复制'] }} data-testid="sync-device-fingerprint">
                {fingerprintLines(device.fingerprint).map((line, i) => (
                  <Fragment key={i}>
                    {i ? <br /> : null}
                    <span className="tgs-fingerprint-line">{line}</span>
                  </Fragment>
                ))}
              </Typography.Text>
            ),
          },
          {
            key: 'listening',
            label: '本机地址',
            children: device.listening ? (
              <Typography.Text className="tgs-mono" copyable={{ text: device.listening, tooltips: ['复制', '已复制'] }} data-testid="sync-device-address">
                {device.listening}
              </Typography.Text>
            ) : (
              <Tag>{enabled ? '未在监听' : '未开启'}</Tag>
            ),
          },
          { key: 'schema', label: '数据版本', children: <span className="tg-num">第 {device.schema} 版</span> },
        ]}
      />
      <div className="tg-muted tgs-sync-hint">其他电脑配对时，在「连接/配对设备」中填写本机地址；配对时请核对双方屏幕上的配对码。</div>
    </Card>
  );
}
