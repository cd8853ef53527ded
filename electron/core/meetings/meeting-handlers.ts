// Handlers of a meeting's records (shared/meetings/meetings-api.ts; docs/meetings.md). Permission
// at the door; the rules in the writes (meeting-writes.ts and the files beside it), each call one
// transaction: nothing is half-written when a rule refuses.
import type { MeetingSlot } from '../../../shared/meetings/meeting-types';
import { AppError } from '../../../shared/rpc/errors';
import { audit } from '../audit/audit-log';
import type { WriteTx } from '../db/change-writer';
import { holidayCalendar } from '../calendar/calendar-store';
import { callToday } from '../rpc/call-today';
import type { CallContext, Handlers } from '../rpc/handler-types';
import { addAttendeeTx, signInTx } from './attendance';
import { resolveCarryTx } from './carry-over';
import type { MeetingActor } from './meeting-guards';
import { scheduledMeetings } from './meeting-schedule';
import { getAttendance, getCarry, getMeeting, getTask, listCarries, listTasks, meetingDetail, meetingsBetween } from './meeting-store';
import { addTaskTx, clearTaskTx } from './meeting-tasks';
import { scheduledTitle } from './meeting-titles';
import {
  cancelTx, createMeetingTx, finishTx, recordItemTx, removeItemTx, reorderTx, saveItemTx, startTx, townUnitId, updateMeetingTx,
} from './meeting-writes';

type MeetingMethods = 'meetings.calendar' | 'meetings.get' | 'meetings.create' | 'meetings.update' | 'meetings.saveItem' | 'meetings.removeItem' | 'meetings.reorder' | 'meetings.start' | 'meetings.recordItem' | 'meetings.finish' | 'meetings.cancel' | 'meetings.addAttendee' | 'meetings.signIn' | 'meetings.addTask' | 'meetings.clearTask' | 'meetings.tasks' | 'meetings.carries' | 'meetings.resolveCarry';

/** The longest span the calendar lists at once (a year and a bit). */
const MAX_CALENDAR_DAYS = 400;

function actor(ctx: CallContext): MeetingActor & { id: string } {
  if (!ctx.session) throw new AppError('UNAUTHENTICATED');
  return { id: ctx.session.userId, name: ctx.session.displayName };
}

/** Runs a write as the session's user, with the core's clock, in one transaction. */
function write<T>(ctx: CallContext, fn: (tx: WriteTx, who: MeetingActor & { id: string }, now: number) => T): T {
  const who = actor(ctx);
  return ctx.core.writer.transaction(who.id, (tx) => fn(tx, who, ctx.core.now()));
}

const detail = (ctx: CallContext, meetingId: string) => meetingDetail(ctx.core.db, meetingId, callToday(ctx));

export const meetingHandlers: Pick<Handlers, MeetingMethods> = {
  'meetings.calendar': ({ from, to }, ctx) => {
    if (to < from) throw new AppError('BAD_INPUT', '结束日期不能早于开始日期');
    if ((Date.parse(to) - Date.parse(from)) / 86_400_000 > MAX_CALENDAR_DAYS) throw new AppError('BAD_INPUT', `一次最多查看${MAX_CALENDAR_DAYS}天`);
    const { db } = ctx.core;
    const meetings = meetingsBetween(db, from, to);
    const town = townUnitId(db);
    const held = new Set(meetings.filter((m) => m.scopeUnitId === town && m.status !== 'cancelled').map((m) => `${m.kind} ${m.date}`));
    const slots: MeetingSlot[] = scheduledMeetings(holidayCalendar(db), from, to)
      .filter((s) => !held.has(`${s.kind} ${s.date}`))
      .map((s) => ({ kind: s.kind, date: s.date, startTime: s.time, title: scheduledTitle(s.kind, s.date) }));
    return { meetings, slots };
  },

  'meetings.get': ({ meetingId }, ctx) => detail(ctx, meetingId),

  'meetings.create': (input, ctx) => {
    const id = write(ctx, (tx, who, now) => createMeetingTx(tx, input, who, now));
    const m = getMeeting(ctx.core.db, id);
    audit(ctx, { action: 'meeting.create', table: 'meeting', recordId: id, detail: { kind: m.kind, date: m.date, title: m.title } });
    return detail(ctx, id);
  },

  'meetings.update': ({ meetingId, ...patch }, ctx) => {
    write(ctx, (tx, _who, now) => updateMeetingTx(tx, meetingId, patch, now));
    return getMeeting(ctx.core.db, meetingId);
  },

  'meetings.saveItem': (input, ctx) => {
    write(ctx, (tx, _who, now) => saveItemTx(tx, input, now));
    return detail(ctx, input.meetingId);
  },

  'meetings.removeItem': ({ itemId }, ctx) => detail(ctx, write(ctx, (tx) => removeItemTx(tx, itemId))),

  'meetings.reorder': ({ meetingId, itemIds }, ctx) => {
    write(ctx, (tx) => reorderTx(tx, meetingId, itemIds));
    return detail(ctx, meetingId);
  },

  'meetings.start': ({ meetingId }, ctx) => {
    write(ctx, (tx, who, now) => startTx(tx, meetingId, who, now));
    return detail(ctx, meetingId);
  },

  'meetings.recordItem': (input, ctx) => {
    const r = write(ctx, (tx, who, now) => recordItemTx(tx, input, who, now));
    if (r.editedAfterEnd) audit(ctx, { action: 'meeting.minutes', table: 'meeting', recordId: r.meetingId, detail: { itemId: input.itemId } });
    return detail(ctx, r.meetingId);
  },

  'meetings.finish': ({ meetingId, undecidedNote }, ctx) => {
    write(ctx, (tx, who, now) => finishTx(tx, meetingId, undecidedNote, who, now));
    audit(ctx, { action: 'meeting.finish', table: 'meeting', recordId: meetingId });
    return detail(ctx, meetingId);
  },

  'meetings.cancel': ({ meetingId, reason }, ctx) => {
    write(ctx, (tx, who, now) => cancelTx(tx, meetingId, reason, who, now));
    audit(ctx, { action: 'meeting.cancel', table: 'meeting', recordId: meetingId, detail: { reason } });
    return detail(ctx, meetingId);
  },

  'meetings.addAttendee': (input, ctx) => getAttendance(ctx.core.db, write(ctx, (tx) => addAttendeeTx(tx, input))),

  'meetings.signIn': ({ attendanceId, status, reason }, ctx) => {
    write(ctx, (tx, who, now) => signInTx(tx, attendanceId, status, reason, who, now));
    return getAttendance(ctx.core.db, attendanceId);
  },

  'meetings.addTask': (input, ctx) => getTask(ctx.core.db, write(ctx, (tx, who, now) => addTaskTx(tx, input, who, now)), callToday(ctx)),

  'meetings.clearTask': ({ taskId, note }, ctx) => {
    write(ctx, (tx, who, now) => clearTaskTx(tx, taskId, note, who, now));
    return getTask(ctx.core.db, taskId, callToday(ctx));
  },

  'meetings.tasks': (input, ctx) => listTasks(ctx.core.db, input, callToday(ctx)),

  'meetings.carries': ({ status }, ctx) => listCarries(ctx.core.db, status),

  'meetings.resolveCarry': ({ carryId, note }, ctx) => {
    write(ctx, (tx, who, now) => resolveCarryTx(tx, carryId, note, who, now));
    return getCarry(ctx.core.db, carryId);
  },
};
