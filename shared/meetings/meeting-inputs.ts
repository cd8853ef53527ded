// Inputs of the meetings' methods (shared/meetings/meetings-api.ts), checked with Chinese messages.
import { z } from 'zod';
import { isoDate } from '../calendar/calendar-api';
import { ATTENDANCE_STATUSES, ITEM_OUTCOMES } from './meeting-types';
import { MEETING_KINDS } from './meeting-kinds';

const zId = z.string().min(1);
const hhmm = z.string().trim().regex(/^([01]\d|2[0-3]):[0-5]\d$/, '时间应写作 08:30');
const text = (max: number) => z.string().trim().max(max, `不能超过${max}个字`);

export const meetingIdInput = z.object({ meetingId: zId });

export const calendarInput = z.object({ from: isoDate, to: isoDate });

export const createMeetingInput = z.object({
  kind: z.enum(MEETING_KINDS),
  date: isoDate,
  startTime: hhmm,
  /** The town when omitted. */
  scopeUnitId: zId.optional(),
  /** Generated from the kind, the date and the scope when omitted (required for 专题会议). */
  title: text(100).optional(),
  place: text(100).default(''),
  chairName: text(50).default(''),
  recorderName: text(50).default(''),
});

export const updateMeetingInput = z.object({
  meetingId: zId,
  title: text(100).min(1, '请填写会议名称').optional(),
  date: isoDate.optional(),
  startTime: hhmm.optional(),
  place: text(100).optional(),
  chairName: text(50).optional(),
  recorderName: text(50).optional(),
});

export const saveItemInput = z.object({
  meetingId: zId,
  /** An existing item; none adds a custom item at the end. */
  itemId: zId.optional(),
  title: text(200).min(1, '请填写议题').optional(),
  plannedMinutes: z.number().int('计划时长应为整数分钟').min(1, '计划时长至少1分钟').max(240, '计划时长不能超过240分钟').optional(),
  notes: text(2000).optional(),
  /** A case number or id to link (custom items). */
  caseRef: text(50).optional(),
});

export const removeItemInput = z.object({ itemId: zId });

export const reorderInput = z.object({ meetingId: zId, itemIds: z.array(zId).min(1).max(200) });

export const recordItemInput = z.object({
  itemId: zId,
  minutes: text(5000).optional(),
  outcome: z.enum(ITEM_OUTCOMES).optional(),
  outcomeNote: text(500).optional(),
});

export const finishMeetingInput = z.object({
  meetingId: zId,
  /** Required when items are still 未议定: why (they come back at the next meeting of the kind). */
  undecidedNote: text(500).optional(),
});

export const cancelMeetingInput = z.object({ meetingId: zId, reason: text(500).min(2, '请写明取消原因') });

export const addAttendeeInput = z.object({
  meetingId: zId,
  userId: zId.optional(),
  staffId: zId.optional(),
  name: text(50).optional(),
  unit: text(50).default(''),
});

export const signInInput = z.object({
  attendanceId: zId,
  status: z.enum(ATTENDANCE_STATUSES),
  reason: text(200).optional(),
});

export const addTaskInput = z.object({
  meetingId: zId,
  itemId: zId.optional(),
  title: text(200).min(2, '请写明任务内容'),
  ownerName: text(50).min(1, '请指定责任人或责任单位'),
  ownerUserId: zId.optional(),
  ownerDepartmentId: zId.optional(),
  ownerUnitId: zId.optional(),
  deadline: isoDate,
  caseRef: text(50).optional(),
  gridId: zId.optional(),
});

export const clearTaskInput = z.object({ taskId: zId, note: text(500).min(2, '请写明完成情况') });

export const tasksInput = z.object({ status: z.enum(['open', 'done', 'all']).default('open'), meetingId: zId.optional() });

export const carriesInput = z.object({ status: z.enum(['open', 'resolved', 'all']).default('open') });

export const resolveCarryInput = z.object({ carryId: zId, note: text(500).min(2, '请写明解决情况') });

export const presentInput = z.object({ meetingId: zId, slide: z.number().int().min(0).max(1000), itemId: zId.nullable() });

export const exportMinutesInput = z.object({ meetingId: zId, format: z.enum(['docx', 'pdf']) });
