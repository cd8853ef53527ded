// The item's timer: time on the item since it came on show, against its planned minutes;
// amber near the end, red over time.
import { timerReading } from './slide-timer';

export function ItemTimer({ startedAt, plannedMinutes, now, className = '' }: { startedAt: number; plannedMinutes: number; now: number; className?: string }) {
  const r = timerReading(startedAt, plannedMinutes, now);
  return (
    <div className={`tgp-timer tgp-timer-${r.tone} ${className}`} data-testid="item-timer" data-tone={r.tone} title="本议题用时 / 计划时长">
      <span className="tgp-timer-elapsed">{r.elapsed}</span>
      <span className="tgp-timer-planned"> / {plannedMinutes}分钟</span>
    </div>
  );
}
