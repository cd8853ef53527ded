// 闭环进度: where the case stands in the closed loop (登记 → 受理 → 派遣 → 处置 → 核查 → 评价 →
// 结案), each reached step with the time it was reached in the current round.
import { Steps } from 'antd';
import type { CaseDetail } from '../../../../shared/cases/case-types';
import type { CaseStatus } from '../../../../shared/cases/case-workflow';
import { fmtShort } from './case-format';

const STEPS: { title: string; reached: readonly CaseStatus[] }[] = [
  { title: '登记', reached: ['registered'] },
  { title: '受理', reached: ['accepted'] },
  { title: '派遣', reached: ['dispatched'] },
  { title: '处置', reached: ['in_progress', 'handled'] },
  { title: '核查', reached: ['verified'] },
  { title: '评价', reached: ['evaluated'] },
  { title: '结案', reached: ['closed'] },
];

const INDEX: Partial<Record<CaseStatus, number>> = { registered: 0, accepted: 1, dispatched: 2, in_progress: 3, handled: 4, verified: 5, evaluated: 6, closed: 7 };

function duration(ms: number): string {
  const h = Math.round(ms / 3600_000);
  if (h < 1) return '不足1小时';
  if (h < 48) return `${h}小时`;
  return `${Math.floor(h / 24)}天${h % 24 ? `${h % 24}小时` : ''}`;
}

export function CaseProgress({ c }: { c: CaseDetail }) {
  const ended = c.status === 'rejected' || c.status === 'merged';
  // When each status was last entered in the current round (a rework or reopen starts a new one).
  const at = new Map<CaseStatus, number>();
  for (const e of c.timeline) if (e.toStatus && e.epoch === c.epoch && e.fromStatus !== e.toStatus) at.set(e.toStatus, e.at);
  if (!at.has('registered')) at.set('registered', c.receivedAt);
  const current = ended ? 1 : (INDEX[c.status] ?? 0);
  const items = STEPS.map((s, i) => {
    const t = s.reached.map((st) => at.get(st)).find((x) => x !== undefined);
    return {
      title: ended && i === 1 ? (c.status === 'merged' ? '已合并' : '不予受理') : s.title,
      content: i <= current && t ? fmtShort(t) : undefined,
    };
  });
  const finished = c.status === 'closed' && c.closedAt;
  return (
    <div className="tgc-progress" data-testid="case-progress">
      <Steps size="small" titlePlacement="vertical" current={c.status === 'closed' ? STEPS.length : current} status={ended ? 'error' : c.dueState === 'overdue' ? 'error' : 'process'} items={items} />
      <div className="tgc-progress-note tg-muted">
        {finished
          ? `从登记到结案历时${duration(c.closedAt! - c.receivedAt)}${c.onTime === false ? '，超期办结' : '，按期办结'}`
          : ended
            ? '事件已终止'
            : `已历时${duration(c.updatedAt - c.receivedAt)}（至最近一次办理）${c.reworkCount ? ` · 返工${c.reworkCount}次` : ''}`}
      </div>
    </div>
  );
}
