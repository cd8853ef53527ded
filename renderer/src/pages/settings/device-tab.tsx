// 本机信息: the town, this device's id and case-number prefix, version, connection, and — when
// the station serves the LAN over HTTPS — its certificate's fingerprint for browser users to
// compare with what their browser shows.
import { Descriptions, Tag } from 'antd';
import type { SystemStatus } from '../../../../shared/api';
import { useLiveStatus } from '../../app/live-status';
import { getTransport } from '../../app/transport';
import { useRpcQuery } from '../../app/rpc-hooks';

export function DeviceTab({ system }: { system: SystemStatus }) {
  const live = useLiveStatus();
  const transport = getTransport();
  const connection = useRpcQuery('system.connection', {});
  const lan = connection.data?.lan ?? false;
  return (
    <Descriptions
      bordered
      column={1}
      style={{ maxWidth: 720 }}
      styles={{ label: { width: 200 } }}
      data-testid="device-tab"
      items={[
        { key: 'town', label: '镇/街道', children: system.townName ?? '—' },
        { key: 'code', label: '行政区划代码', children: system.townCode ?? '—' },
        { key: 'device', label: '设备编号', children: <span className="tg-num">{system.deviceId}</span> },
        {
          key: 'prefix',
          label: '设备前缀',
          children: (
            <span>
              <Tag color="blue" data-testid="device-prefix">
                {system.devicePrefix}
              </Tag>
              <span className="tg-muted">本机登记的事件编号使用此前缀，多台电脑离线时编号也不会重复</span>
            </span>
          ),
        },
        { key: 'version', label: '软件版本', children: system.version },
        { key: 'transport', label: '连接方式', children: transport.kind === 'ipc' ? '桌面客户端（本机数据库）' : `浏览器访问（局域网站点 ${window.location.host}）` },
        {
          key: 'lan',
          label: '局域网访问',
          children: connection.isPending ? '正在读取…' : (
            <span data-testid="lan-status">{lan ? '已开放，使用 HTTPS 加密（自签名证书）' : '未开放局域网访问（仅本机使用，不需要证书）'}</span>
          ),
        },
        ...(lan
          ? [
              {
                key: 'fingerprint',
                label: '证书指纹（SHA-256）',
                children: (
                  <span>
                    <span className="tg-num" style={{ wordBreak: 'break-all' }} data-testid="tls-fingerprint">
                      {connection.data?.tlsFingerprint}
                    </span>
                    <div className="tg-muted">在其他电脑的浏览器中打开时，请核对浏览器显示的证书指纹与此一致，再继续访问。</div>
                  </span>
                ),
              },
            ]
          : []),
        {
          key: 'live',
          label: '实时联动',
          children: live === 'live' ? <Tag color="green">正常</Tag> : <Tag color="orange">{live === 'connecting' ? '正在连接' : '中断，正在重连'}</Tag>,
        },
      ]}
    />
  );
}
