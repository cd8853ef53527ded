// The desks' emergency bar: a dispatching desk (派遣事件 permission: dispatcher, director,
// administrator) sees every 突发 case no desk has acknowledged at the top of every screen, with
// 「确认收到」. Acknowledging clears the wall's alarm on every board and goes into the case's
// timeline with the person's name.
import { Alert, App, Button, Space } from 'antd';
import { useNavigate } from 'react-router';
import { useRpcMutation } from '../../../app/rpc-hooks';
import { useSession } from '../../../app/session';
import { useBoardEmergencies } from './alarm-data';
import { alarmTime, elapsedText, gridText, useNow } from './alarm-format';
import './alarm.css';

export function DeskEmergencyBar() {
  const session = useSession();
  if (!session.can('cases.dispatch') || !session.can('board.read')) return null;
  return <DeskEmergencyBarShown />;
}

function DeskEmergencyBarShown() {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const q = useBoardEmergencies();
  const first = q.data?.items[0] ?? null;
  const now = useNow(first !== null);
  const ack = useRpcMutation('board.ackEmergency', {
    onSuccess: (r) => void message.success(`已确认收到突发事件 ${r.number}，大屏警报已解除`),
  });
  if (!q.data || !first) return null;
  const neighbours = first.neighbours;
  const signed = neighbours.filter((n) => n.acknowledgedAt !== null).length;
  return (
    <Alert
      type="error"
      showIcon
      banner
      className="tg-emergency-bar"
      data-testid="desk-emergency-bar"
      title={
        <span>
          <b>突发事件待确认：</b>
          {first.number} {first.subject} · {first.place ? `${first.place} · ` : ''}
          {gridText(first)}，{alarmTime(first.receivedAt)} 登记，已过 {elapsedText(now - first.receivedAt)}
          {neighbours.length ? `；已通报 ${neighbours.map((n) => n.gridName).join('、')}（${signed}/${neighbours.length} 已签收）` : ''}
          {q.data.total > 1 ? <b data-testid="desk-emergency-count">；另有 {q.data.total - 1} 起待确认</b> : null}
        </span>
      }
      action={
        <Space>
          <Button size="small" onClick={() => void navigate(`/cases/${first.caseId}`)} data-testid="desk-emergency-open">
            查看事件
          </Button>
          <Button size="small" type="primary" danger loading={ack.isPending} onClick={() => ack.mutate({ caseId: first.caseId })} data-testid="desk-emergency-ack">
            确认收到
          </Button>
        </Space>
      }
    />
  );
}
