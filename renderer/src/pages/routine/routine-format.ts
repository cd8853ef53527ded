// How the routine's day marks look: the symbol, its colour, and a date shown short.
import type { DayCell, DayMark } from '../../../../shared/routine/routine-types';

export const MARK_TEXT: Record<DayMark, string> = { done: '✓', leave: '假', missing: '缺', open: '待', future: '', off: '' };

export const MARK_TITLE: Record<DayMark, string> = {
  done: '已提交日志',
  leave: '请假',
  missing: '缺日志',
  open: '今日待填',
  future: '',
  off: '休息日',
};

export function cellTitle(c: DayCell): string {
  const parts = [`${c.date} ${MARK_TITLE[c.mark]}`];
  if (c.mark === 'done' && !c.patrolled) parts.push('未巡查');
  if (c.late) parts.push('补填');
  if (c.draft) parts.push('有草稿未提交');
  if (c.cover) parts.push(`替岗：${c.cover.name}${c.cover.logged ? '（已填日志）' : '（当天未填日志）'}`);
  return parts.join('，');
}

const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];

/** 周一 … 周日 of a YYYY-MM-DD date (its civil weekday). */
export function weekdayOf(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return WEEKDAYS[new Date(Date.UTC(y!, m! - 1, d!)).getUTCDay()]!;
}

export const shortDate = (date: string) => `${Number(date.slice(5, 7))}/${Number(date.slice(8, 10))}`;

/** YYYY-MM-DD plus n days (civil dates, no time zone involved). */
export function plusDays(date: string, n: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! + n)).toISOString().slice(0, 10);
}

/** The Monday of the week holding `date`. */
export function mondayOf(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  const wd = new Date(Date.UTC(y!, m! - 1, d!)).getUTCDay();
  return plusDays(date, -((wd + 6) % 7));
}

export function monthRange(date: string): { from: string; to: string } {
  const from = `${date.slice(0, 7)}-01`;
  const [y, m] = from.split('-').map(Number);
  const to = new Date(Date.UTC(y!, m!, 0)).toISOString().slice(0, 10);
  return { from, to };
}
