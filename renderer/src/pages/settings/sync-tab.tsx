// 数据同步 (administrators): this PC as the others see it, pairing a device (the six-digit code
// on both screens), incoming requests to accept, the paired devices and how far behind each
// is, and what waits for a person (records held for a clock ahead, cases flagged 冲突待核).
// Polls every 2 s while the tab is open: links come and go without a table changing.
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Col, Row, Space, Spin } from 'antd';
import { useEffect } from 'react';
import { errorMessage } from '../../app/api-error';
import { rpcKey, useRpcQuery } from '../../app/rpc-hooks';
import { SyncConflicts, SyncQuarantine } from './sync-attention';
import { SyncDeviceCard } from './sync-device-card';
import { SyncDuplicates } from './sync-duplicates';
import { SyncIncoming } from './sync-incoming';
import { SyncPairCard } from './sync-pair-card';
import { SyncPeersTable } from './sync-peers-table';
import './sync-tab.css';

const POLL_MS = 2000;

export function SyncTab({ active }: { active: boolean }) {
  const status = useRpcQuery('sync.status', {}, { enabled: active, refetchInterval: active ? POLL_MS : false, silent: true });
  const data = status.data;
  // The header's indicator (polled every 15 s) follows this page's answers, so the two never disagree here.
  const client = useQueryClient();
  useEffect(() => {
    if (status.dataUpdatedAt) void client.invalidateQueries({ queryKey: rpcKey('sync.indicator', {}) });
  }, [status.dataUpdatedAt, client]);
  if (!data) {
    return status.isError ? <Alert type="error" showIcon title={`读取同步状态失败：${errorMessage(status.error)}`} /> : <Spin />;
  }
  // Each poll stamps the answer; lags and 「最近在线」 are counted from it.
  const now = status.dataUpdatedAt;
  const incoming = data.pending.filter((p) => p.direction === 'incoming');
  return (
    <Space direction="vertical" size="middle" className="tgs-sync" data-testid="sync-tab">
      {status.isError ? <Alert type="warning" showIcon title={`同步状态刷新失败：${errorMessage(status.error)}，正在重试…`} /> : null}
      {!data.enabled ? (
        <Alert
          type="info"
          showIcon
          data-testid="sync-disabled"
          title="本机未开启数据同步"
          description="开启后，本中心的各台电脑（工作台、大屏电脑、各村站点）会共用同一套数据，断网期间各自录入，恢复连接后自动合并。"
        />
      ) : null}
      {incoming.length ? <SyncIncoming requests={incoming} /> : null}
      {data.quarantine.length ? <SyncQuarantine items={data.quarantine} /> : null}
      <Row gutter={[16, 16]}>
        <Col span={12}>
          <SyncDeviceCard device={data.device} enabled={data.enabled} />
        </Col>
        <Col span={12}>
          <SyncPairCard status={data} />
        </Col>
      </Row>
      <SyncPeersTable peers={data.peers} now={now} />
      <SyncConflicts conflictCases={data.conflictCases} />
      <SyncDuplicates />
    </Space>
  );
}
