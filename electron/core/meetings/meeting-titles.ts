// The names of scheduled meetings (「11月30日早例会」「第48周周例会」「11月月总结会」「第四季度联席会议」),
// for the calendar's slots and for meetings created without a title; a village's or grid's
// meetings carry its name in front.
import { MEETING_KIND_LABELS, type ScheduledKind } from '../../../shared/meetings/meeting-kinds';
import { parseDate, weekdayOfDay } from '../calendar/dates';

const QUARTERS = ['一', '二', '三', '四'] as const;

/** ISO week number of a date (weeks start on Monday; week 1 holds the year's first Thursday). */
export function isoWeek(date: string): number {
  const day = parseDate(date);
  const wd = weekdayOfDay(day) || 7;
  const thursday = day + 4 - wd;
  const yearStart = Date.UTC(new Date(thursday * 86_400_000).getUTCFullYear(), 0, 1) / 86_400_000;
  return Math.floor((thursday - yearStart) / 7) + 1;
}

export function scheduledTitle(kind: ScheduledKind, date: string, scopeName: string | null = null): string {
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  const base =
    kind === 'morning'
      ? `${month}月${day}日${MEETING_KIND_LABELS.morning}`
      : kind === 'weekly'
        ? `第${isoWeek(date)}周${MEETING_KIND_LABELS.weekly}`
        : kind === 'monthly'
          ? `${month}月${MEETING_KIND_LABELS.monthly}`
          : `第${QUARTERS[Math.floor((month - 1) / 3)]}季度联席会议`;
  return scopeName ? `${scopeName}${base}` : base;
}
