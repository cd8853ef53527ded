// The wall board's live panels: the case feed, today's duty and today's meetings, wall-safe for
// the display account (board.read). "Today" is the core's today in Asia/Shanghai; each answer
// says when the next day starts so the wall refetches at midnight.
import { redactPersonal } from '../../../shared/board/wall-text';
import { MEETING_KIND_LABELS } from '../../../shared/meetings/meeting-kinds';
import { MEETING_STATUS_LABELS } from '../../../shared/meetings/meeting-types';
import { addDays, shanghaiDate, shanghaiInstant } from '../calendar';
import { meetingsBetween } from '../meetings/meeting-store';
import { dutyOn } from '../routine/duty-roster';
import type { Handlers } from '../rpc/handler-types';
import { boardFeed } from './board-feed';

/** Today's Shanghai date by the core's clock and the instant the next day starts. */
function day(now: number): { date: string; nextDayAt: number } {
  const date = shanghaiDate(now);
  return { date, nextDayAt: shanghaiInstant(addDays(date, 1)).getTime() };
}

export const boardPanelHandlers: Pick<Handlers, 'board.feed' | 'board.duty' | 'board.meetingsToday'> = {
  'board.feed': (_input, ctx) => boardFeed(ctx.core.db, ctx.core.now()),

  'board.duty': (_input, ctx) => {
    const now = ctx.core.now();
    const { date, nextDayAt } = day(now);
    // dutyOn gives the wall's shape (names and posts, no phones); the day's note stays off the wall.
    const { leader, officer } = dutyOn(ctx.core.db, date);
    return { date, leader, officer, nextDayAt, now };
  },

  'board.meetingsToday': (_input, ctx) => {
    const now = ctx.core.now();
    const { date, nextDayAt } = day(now);
    const meetings = meetingsBetween(ctx.core.db, date, date)
      .filter((m) => m.status !== 'cancelled')
      .map((m) => ({
        id: m.id,
        kind: m.kind,
        kindLabel: MEETING_KIND_LABELS[m.kind],
        title: redactPersonal(m.title),
        startTime: m.startTime,
        plannedEnd: m.plannedEnd,
        place: redactPersonal(m.place),
        status: m.status,
        statusLabel: MEETING_STATUS_LABELS[m.status],
      }));
    return { date, meetings, nextDayAt, now };
  },
};
