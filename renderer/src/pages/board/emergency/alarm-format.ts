// Wording shared by the wall's alarm and the desks' emergency bar.
import { useEffect, useState } from 'react';
import type { BoardEmergency } from '../../../../../shared/board/board-alarm-types';

const TIME = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });

export const alarmTime = (ms: number): string => TIME.format(new Date(ms));

/** 「3分05秒」, 「1小时12分」: how long the emergency has waited. */
export function elapsedText(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  if (h > 0) return `${h}小时${String(m).padStart(2, '0')}分`;
  return `${m}分${String(s % 60).padStart(2, '0')}秒`;
}

/** The time now, ticking every second while `on`. */
export function useNow(on: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!on) return;
    const t = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(t);
  }, [on]);
  return now;
}

/** 「青石村第2网格」 with its village when the grid's name does not carry it. */
export function gridText(e: Pick<BoardEmergency, 'gridName' | 'villageName'>): string {
  if (!e.gridName) return '未定网格';
  return e.villageName && !e.gridName.startsWith(e.villageName) ? `${e.villageName}${e.gridName}` : e.gridName;
}
