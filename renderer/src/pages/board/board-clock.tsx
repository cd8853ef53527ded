// The duty clock, always in Beijing time (Asia/Shanghai) whatever the PC's time zone.
import { useEffect, useState } from 'react';

const dateFmt = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', year: 'numeric', month: 'long', day: 'numeric', weekday: 'long' });
const timeFmt = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });

const dayFmt = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', month: 'long', day: 'numeric' });

/** 12月1日 (Beijing time). */
export function formatShanghaiDay(d: Date): string {
  return dayFmt.format(d);
}

export function formatShanghaiTime(d: Date): string {
  return timeFmt.format(d);
}

export function BoardClock() {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const t = setInterval(() => setNow(new Date()), 1000);
    return () => clearInterval(t);
  }, []);
  return (
    <div className="tgb-clock" data-testid="board-clock">
      <div className="tgb-clock-time">{timeFmt.format(now)}</div>
      <div className="tgb-clock-date">{dateFmt.format(now)}</div>
    </div>
  );
}
