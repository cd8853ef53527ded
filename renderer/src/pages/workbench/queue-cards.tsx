// The dispatcher's queues as big cards (cases.queueCounts in the account's case scope): click
// one to open that queue in 事件办理.
import { useNavigate } from 'react-router';
import { CASE_QUEUE_LABELS, type CaseQueue } from '../../../../shared/cases/case-inputs';
import { useRpcQuery } from '../../app/rpc-hooks';

const CARDS: { queue: CaseQueue; hint: string }[] = [
  { queue: 'mine', hint: '我登记或承办、尚未办结' },
  { queue: 'to_accept', hint: '新登记，等待受理' },
  { queue: 'to_dispatch', hint: '已受理，等待派遣' },
  { queue: 'in_progress', hint: '已派遣，承办单位处置中' },
  { queue: 'due_soon', hint: '下一个工作日内到期' },
  { queue: 'overdue', hint: '已超过办理期限' },
  { queue: 'supervised', hint: '中心挂牌督办' },
  { queue: 'to_verify', hint: '已处置，待核查评价结案' },
];

function tone(q: CaseQueue, n: number): string {
  if (n === 0) return 'tgw-card-quiet';
  if (q === 'overdue') return 'tgw-card-red';
  if (q === 'due_soon' || q === 'supervised') return 'tgw-card-orange';
  return 'tgw-card-blue';
}

export function QueueCards() {
  const navigate = useNavigate();
  const counts = useRpcQuery('cases.queueCounts', {}, { refetchInterval: 60_000 });
  return (
    <div className="tgw-cards" data-testid="workbench-queues">
      {CARDS.map(({ queue, hint }) => {
        const n = counts.data?.[queue];
        return (
          <button
            key={queue}
            type="button"
            className={`tgw-card ${tone(queue, n ?? 0)}`}
            onClick={() => void navigate(`/cases?queue=${queue}`)}
            data-testid={`workbench-queue-${queue}`}
          >
            <span className="tgw-card-label">{CASE_QUEUE_LABELS[queue]}</span>
            <span className="tgw-card-value" data-testid={`workbench-count-${queue}`}>
              {n === undefined ? '…' : n.toLocaleString('zh-CN')}
              <small>件</small>
            </span>
            <span className="tgw-card-hint">{hint}</span>
          </button>
        );
      })}
    </div>
  );
}
