// 系统状态 on the administrator's start screen: version and device, the accounts, and the last
// backup (a failed or missing backup is shown as a warning), with the way to 系统设置.
import { RightOutlined } from '@ant-design/icons';
import { Alert, Card, Descriptions } from 'antd';
import { useNavigate } from 'react-router';
import { useRpcQuery } from '../../app/rpc-hooks';
import { fmtDateTime } from '../cases/case-format';

export function SystemCard() {
  const navigate = useNavigate();
  const status = useRpcQuery('system.status', {});
  const users = useRpcQuery('users.list', {}, { silent: true });
  const backup = useRpcQuery('backup.status', {}, { silent: true });
  const last = backup.data?.backups[0] ?? null;
  const attempt = backup.data?.lastAttempt ?? null;
  const active = (users.data ?? []).filter((u) => !u.disabled).length;
  return (
    <Card
      size="small"
      className="tgw-panel"
      title="系统状态"
      extra={
        <a onClick={() => void navigate('/settings')}>
          系统设置 <RightOutlined />
        </a>
      }
      data-testid="start-system"
    >
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'version', label: '版本', children: status.data ? `${status.data.version} · 本机编号 ${status.data.devicePrefix}` : '…' },
          { key: 'users', label: '账号', children: users.data ? `${active} 个在用（共 ${users.data.length} 个）` : '…' },
          {
            key: 'backup',
            label: '最近备份',
            children: backup.isPending ? '…' : last ? `${fmtDateTime(Date.parse(last.createdAt))}${last.verified ? ' · 已校验' : ' · 未通过校验'}` : '尚无备份',
          },
        ]}
      />
      {attempt && !attempt.ok ? <Alert type="error" showIcon title={`最近一次备份失败：${attempt.message}`} data-testid="start-backup-failed" /> : null}
      {backup.data && !last ? <Alert type="warning" showIcon title="还没有备份：请在系统设置中立即备份，并设置自动备份" /> : null}
    </Card>
  );
}
