// The queue list on the left of 事件办理, each with its live count.
import { CASE_QUEUE_LABELS, type CaseQueue } from '../../../../shared/cases/case-inputs';

export const NAV_QUEUES: readonly CaseQueue[] = ['mine', 'to_accept', 'to_dispatch', 'in_progress', 'due_soon', 'overdue', 'supervised', 'to_verify', 'closed', 'all'];

export function queueTone(q: CaseQueue, n: number): 'red' | 'orange' | 'blue' | 'gray' {
  if (n === 0) return 'gray';
  if (q === 'overdue') return 'red';
  if (q === 'due_soon' || q === 'supervised') return 'orange';
  if (q === 'closed' || q === 'all') return 'gray';
  return 'blue';
}

interface Props {
  value: CaseQueue;
  counts: Record<CaseQueue, number> | undefined;
  onChange: (q: CaseQueue) => void;
}

export function CaseQueueNav({ value, counts, onChange }: Props) {
  return (
    <nav className="tgc-queues" data-testid="case-queues" aria-label="事件队列">
      {NAV_QUEUES.map((q, i) => {
        const n = counts?.[q];
        return (
          <button
            key={q}
            type="button"
            className={q === value ? 'tgc-queue tgc-queue-active' : 'tgc-queue'}
            onClick={() => onChange(q)}
            data-testid={`queue-${q}`}
            title={i < 9 ? `Alt+${i + 1}` : undefined}
          >
            <span className="tgc-queue-label">{CASE_QUEUE_LABELS[q]}</span>
            <span className={`tgc-count tgc-count-${queueTone(q, n ?? 0)}`} data-testid={`queue-count-${q}`}>
              {n === undefined ? '…' : n.toLocaleString('zh-CN')}
            </span>
          </button>
        );
      })}
    </nav>
  );
}
