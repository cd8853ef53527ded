// Display helpers of the meeting pages: the day of a meeting as people say it, the status
// colours, and the address of a meeting, its presenter view and a case.
import type { MeetingStatus } from '../../../../shared/meetings/meeting-types';
import { shanghaiDay } from '../cases/case-format';

const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];

/** '2026-12-07' → '12月7日（周一）'; with the year when `withYear`. */
export function fmtMeetingDay(date: string, withYear = false): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const weekday = WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
  return `${withYear ? `${y}年` : ''}${m}月${d}日（周${weekday}）`;
}

export const MEETING_STATUS_COLORS: Record<MeetingStatus, string> = {
  planned: 'blue',
  running: 'green',
  finished: 'default',
  cancelled: 'red',
};

export const meetingPath = (id: string) => `/meetings/${id}`;

/** The presenter mode of a meeting, opened in a new window (the wall or the projector). */
export function openPresenter(meetingId: string): void {
  const base = window.location.href.split('#')[0];
  window.open(`${base}#/present/${meetingId}`, '_blank');
}

/** The first and last day of the month of a 'YYYY-MM-DD'. */
export function monthRange(date: string): { from: string; to: string } {
  const [y, m] = date.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const mm = String(m).padStart(2, '0');
  return { from: `${y}-${mm}-01`, to: `${y}-${mm}-${String(last).padStart(2, '0')}` };
}

/** Today's Shanghai date, 'YYYY-MM-DD'. */
export function todayShanghai(): string {
  return shanghaiDay(Date.now());
}
