// 突发事件联动通报: emergency alerts to neighbouring grids waiting for their acknowledgement.
import { NotificationOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, List, Tag } from 'antd';
import { useNavigate } from 'react-router';
import { useRpcMutation, useRpcQuery } from '../../app/rpc-hooks';
import { useSession } from '../../app/session';
import { fmtShort } from '../cases/case-format';

export function AlertsPanel() {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { can } = useSession();
  const alerts = useRpcQuery('cases.alerts', {});
  const ack = useRpcMutation('cases.ackAlert');
  const rows = alerts.data ?? [];
  return (
    <Card
      size="small"
      className="tgw-panel"
      title={
        <span>
          <NotificationOutlined /> 突发事件联动通报
          {rows.length ? <Tag color="red" style={{ marginLeft: 8 }}>{rows.length} 条待确认</Tag> : null}
        </span>
      }
      data-testid="workbench-alerts"
    >
      <List
        size="small"
        loading={alerts.isPending}
        dataSource={rows.slice(0, 6)}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无待确认的联动通报" /> }}
        renderItem={(a) => (
          <List.Item
            actions={
              can('cases.handle') || can('cases.dispatch')
                ? [
                    <Button key="ack" size="small" loading={ack.isPending} onClick={() => ack.mutateAsync({ id: a.id }).then(() => message.success(`已确认：${a.unitName}`)).catch(() => undefined)}>
                      确认收到
                    </Button>,
                  ]
                : [<Tag key="wait">待网格确认</Tag>]
            }
          >
            <div className="tgw-alert" onClick={() => void navigate(`/cases/${a.caseId}`)}>
              <b>{a.unitName}</b>：{a.caseTitle}
              <div className="tg-muted tg-num">
                {a.caseNumber} · 来自 {a.sourceUnitName ?? '—'} · {fmtShort(a.createdAt)}
              </div>
            </div>
          </List.Item>
        )}
      />
    </Card>
  );
}
