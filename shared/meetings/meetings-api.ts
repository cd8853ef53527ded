// RPC methods of meetings (例会, docs/meetings.md); spread into shared/api.ts. Reading needs
// 查看例会; organising a meeting (agenda, sign-in, minutes, tasks, slides) 组织例会. The agenda's
// figures cover the meeting's scope; they carry no personal data (slides go on the wall).
import { z } from 'zod';
import type { JobStarted } from '../jobs/job-types';
import { method, returns, type MethodDef } from '../rpc/contract';
import type { TableName } from '../db/tables';
import {
  addAttendeeInput, addTaskInput, calendarInput, cancelMeetingInput, carriesInput, clearTaskInput, createMeetingInput, exportMinutesInput,
  finishMeetingInput, meetingIdInput, presentInput, recordItemInput, removeItemInput, reorderInput, resolveCarryInput, saveItemInput, signInInput,
  tasksInput, updateMeetingInput,
} from './meeting-inputs';
import type { AttendanceRow, CarryRow, MeetingCalendar, MeetingContent, MeetingDetail, MeetingRow, MeetingTaskRow, PresentationState } from './meeting-types';

export const MEETING_TABLES_READ = [
  'meeting', 'meeting_item', 'meeting_attendance', 'meeting_task', 'meeting_carry', 'meeting_event', 'org_unit', 'case_record', 'calendar_year',
] as const satisfies readonly TableName[];

/** What the agenda's sections read (cases, routine, assessment). */
export const AGENDA_READS = [
  ...MEETING_TABLES_READ, 'case_event', 'case_category', 'department', 'work_log', 'household_visit', 'staff', 'staff_assignment',
  'assessment_run', 'assessment_scheme', 'assessment_adjustment', 'satisfaction_survey', 'staff_leave', 'user_account', 'setting',
] as const satisfies readonly TableName[];

const W = { access: 'meetings.write', writes: true } as const;

export const meetingsApi = {
  /** Meetings from `from` to `to` and the calendar's scheduled meetings not yet created. */
  'meetings.calendar': method({ input: calendarInput, output: returns<MeetingCalendar>(), access: 'meetings.read', reads: MEETING_TABLES_READ }),
  'meetings.get': method({ input: meetingIdInput, output: returns<MeetingDetail>(), access: 'meetings.read', reads: MEETING_TABLES_READ }),
  /** Each agenda item's figures, table and chart (live; frozen when the meeting ended). */
  'meetings.content': method({ input: meetingIdInput, output: returns<MeetingContent>(), access: 'meetings.read', reads: AGENDA_READS }),
  /** Creates a meeting with its generated agenda (sections of the kind, carry-overs, overdue tasks) and expected participants. */
  'meetings.create': method({ input: createMeetingInput, output: returns<MeetingDetail>(), ...W }),
  'meetings.update': method({ input: updateMeetingInput, output: returns<MeetingRow>(), ...W }),
  'meetings.saveItem': method({ input: saveItemInput, output: returns<MeetingDetail>(), ...W }),
  'meetings.removeItem': method({ input: removeItemInput, output: returns<MeetingDetail>(), ...W }),
  'meetings.reorder': method({ input: reorderInput, output: returns<MeetingDetail>(), ...W }),
  'meetings.start': method({ input: meetingIdInput, output: returns<MeetingDetail>(), ...W }),
  /** Minutes and outcome of an item; after the meeting ended the change is written to its history. */
  'meetings.recordItem': method({ input: recordItemInput, output: returns<MeetingDetail>(), ...W }),
  'meetings.finish': method({ input: finishMeetingInput, output: returns<MeetingDetail>(), ...W }),
  'meetings.cancel': method({ input: cancelMeetingInput, output: returns<MeetingDetail>(), ...W }),
  'meetings.addAttendee': method({ input: addAttendeeInput, output: returns<AttendanceRow>(), ...W }),
  'meetings.signIn': method({ input: signInInput, output: returns<AttendanceRow>(), ...W }),
  'meetings.addTask': method({ input: addTaskInput, output: returns<MeetingTaskRow>(), ...W }),
  /** 销号: clears a task with a note on what was done. */
  'meetings.clearTask': method({ input: clearTaskInput, output: returns<MeetingTaskRow>(), ...W }),
  'meetings.tasks': method({ input: tasksInput, output: returns<MeetingTaskRow[]>(), access: 'meetings.read', reads: MEETING_TABLES_READ }),
  'meetings.carries': method({ input: carriesInput, output: returns<CarryRow[]>(), access: 'meetings.read', reads: MEETING_TABLES_READ }),
  'meetings.resolveCarry': method({ input: resolveCarryInput, output: returns<CarryRow>(), ...W }),
  /** Where the slides stand (every window showing the meeting follows the `changed` event of meeting_presentation). */
  'meetings.presentation': method({ input: meetingIdInput, output: returns<PresentationState | null>(), access: 'meetings.read', reads: ['meeting_presentation'] }),
  'meetings.present': method({ input: presentInput, output: returns<PresentationState>(), ...W }),
  /** Documents through the job service (`jobs.result` gives a FileResult). */
  'meetings.exportMinutes': method({ input: exportMinutesInput, output: returns<JobStarted>(), access: 'meetings.read', job: true }),
  'meetings.exportAgenda': method({ input: meetingIdInput, output: returns<JobStarted>(), access: 'meetings.read', job: true }),
  'meetings.exportSlides': method({ input: meetingIdInput, output: returns<JobStarted>(), access: 'meetings.read', job: true }),
  'meetings.exportSignIn': method({ input: meetingIdInput, output: returns<JobStarted>(), access: 'meetings.read', job: true }),
} satisfies Record<string, MethodDef<z.ZodType, unknown>>;
