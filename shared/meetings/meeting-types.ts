// The records of a meeting as the methods return them (shared/meetings/meetings-api.ts;
// docs/meetings.md). Tables in electron/core/db/migrations/0016-meetings.ts.
import type { SectionContent, SectionKind } from './agenda-types';
import type { MeetingKind } from './meeting-kinds';

export const MEETING_STATUSES = ['planned', 'running', 'finished', 'cancelled'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];
export const MEETING_STATUS_LABELS: Record<MeetingStatus, string> = { planned: '未开始', running: '进行中', finished: '已结束', cancelled: '已取消' };

/** What was decided on an agenda item: `pending` until someone says; `carry` comes back at the next meeting of the kind (二次通报). */
export const ITEM_OUTCOMES = ['pending', 'noted', 'resolved', 'carry'] as const;
export type ItemOutcome = (typeof ITEM_OUTCOMES)[number];
export const ITEM_OUTCOME_LABELS: Record<ItemOutcome, string> = { pending: '未议定', noted: '已通报', resolved: '已解决', carry: '未解决，下次再通报' };

export const ATTENDANCE_STATUSES = ['expected', 'present', 'late', 'leave', 'absent'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];
export const ATTENDANCE_LABELS: Record<AttendanceStatus, string> = { expected: '未签到', present: '已签到', late: '迟到', leave: '请假', absent: '缺席' };

export interface MeetingRow {
  id: string;
  kind: MeetingKind;
  title: string;
  /** YYYY-MM-DD and HH:MM, Shanghai. */
  date: string;
  startTime: string;
  place: string;
  /** The town, a village/community or a grid (org_unit); the agenda's figures cover its grids. */
  scopeUnitId: string;
  scopeName: string;
  chairName: string;
  recorderName: string;
  status: MeetingStatus;
  /** Epoch ms; null until started / ended. */
  startedAt: number | null;
  endedAt: number | null;
  /** Why items were left undecided when the meeting ended (required then). */
  undecidedNote: string;
  /** Sum of the items' planned minutes and the end time it gives (HH:MM). */
  plannedMinutes: number;
  plannedEnd: string;
  createdAt: number;
  updatedAt: number;
}

export interface AgendaItemRow {
  id: string;
  meetingId: string;
  /** 0-based order in the agenda. */
  position: number;
  section: SectionKind;
  title: string;
  plannedMinutes: number;
  /** Planned start and end (HH:MM) from the meeting's start and the items before. */
  plannedStart: string;
  plannedEndTime: string;
  /** The presenter's notes (shown in the presenter view only). */
  notes: string;
  /** The recorder's minutes of the item. */
  minutes: string;
  outcome: ItemOutcome;
  /** How it was resolved, or why it comes back. */
  outcomeNote: string;
  /** The linked case (custom items, carry-overs raised on a case), with its number for people. */
  caseId: string | null;
  caseNumber: string | null;
  /** The problem this item raises again (二次通报); which raising this one is, counting this meeting (2: 第2次通报), and the first one's date. */
  carryId: string | null;
  timesRaised: number | null;
  firstRaisedDate: string | null;
}

export interface AttendanceRow {
  id: string;
  meetingId: string;
  /** An account or a staff member; null for a person typed by name. */
  userId: string | null;
  staffId: string | null;
  name: string;
  /** The unit or post shown on the sign-in sheet (「城管中队」「网格长」). */
  unit: string;
  status: AttendanceStatus;
  /** 请假 reason; a late arrival's note. */
  reason: string;
  /** Epoch ms when signed in. */
  signedAt: number | null;
}

export interface MeetingTaskRow {
  id: string;
  meetingId: string;
  meetingTitle: string;
  meetingDate: string;
  itemId: string | null;
  title: string;
  /** A person or a unit (department, village, grid) by name; ids when chosen from the lists. */
  ownerName: string;
  ownerUserId: string | null;
  ownerDepartmentId: string | null;
  ownerUnitId: string | null;
  /** A working day, YYYY-MM-DD. */
  deadline: string;
  caseId: string | null;
  caseNumber: string | null;
  gridId: string | null;
  gridName: string | null;
  status: 'open' | 'done';
  /** Cleared (销号): when, by whom, with what note. */
  doneAt: number | null;
  doneByName: string | null;
  doneNote: string;
  /** Open and past its deadline on `today`. */
  overdue: boolean;
}

/** A problem that comes back at each meeting of its kind until resolved (二次通报). */
export interface CarryRow {
  id: string;
  kind: MeetingKind;
  scopeUnitId: string;
  title: string;
  caseId: string | null;
  caseNumber: string | null;
  /** Meetings of the kind it was raised at (finished ones), and the first one's date. */
  timesRaised: number;
  firstRaisedDate: string;
  status: 'open' | 'resolved';
  resolvedAt: number | null;
  resolvedByName: string | null;
  /** How it was resolved: a person's note, or 「关联事件已办结」. */
  resolvedNote: string;
}

/** One line of a meeting's history (started, ended, minutes edited after the end …). */
export interface MeetingEventRow {
  id: string;
  meetingId: string;
  at: number;
  actorName: string;
  action: 'created' | 'started' | 'finished' | 'cancelled' | 'minutes_edited' | 'reopened_item';
  note: string;
}

export interface MeetingDetail {
  meeting: MeetingRow;
  items: AgendaItemRow[];
  attendance: AttendanceRow[];
  tasks: MeetingTaskRow[];
  history: MeetingEventRow[];
}

/** A scheduled meeting of the calendar not yet created (the list shows it so it can be opened). */
export interface MeetingSlot {
  kind: Exclude<MeetingKind, 'adhoc'>;
  date: string;
  startTime: string;
  title: string;
}

export interface MeetingCalendar {
  meetings: MeetingRow[];
  slots: MeetingSlot[];
}

/** Each agenda item's content by item id (live until the meeting ends, then as it stood at the end). */
export interface MeetingContent {
  meetingId: string;
  /** Epoch ms the content was computed (live) or frozen (finished meeting). */
  asOf: number;
  frozen: boolean;
  items: Record<string, SectionContent>;
}

/** Where the slides stand: the presenter moves it, every window showing the meeting follows. */
export interface PresentationState {
  meetingId: string;
  slide: number;
  /** The agenda item on show and when it began (for its timer against its planned minutes). */
  itemId: string | null;
  itemStartedAt: number | null;
  /** Who moved it last, when. */
  updatedAt: number;
  updatedByName: string;
}
