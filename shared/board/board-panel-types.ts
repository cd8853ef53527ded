// What the wall board's live panels show (最新事件, 今日值班, 今日会议). Wall-safe: a case by its
// category and building, never its typed title or its reporter; staff on duty by name and post,
// never a phone number.
import type { CaseStatus } from '../cases/case-workflow';
import type { MeetingKind } from '../meetings/meeting-kinds';
import type { WallDutyPerson } from '../routine/duty-types';
import type { MeetingStatus } from '../meetings/meeting-types';

/** A case in the live feed, at its latest movement (registered, accepted, dispatched, closed …). */
export interface BoardFeedItem {
  number: string;
  /** When the case last moved (epoch ms). */
  movedAt: number;
  receivedAt: number;
  /** Category and sub-category: 「环境卫生 · 餐饮油烟」. */
  subject: string;
  /** The case's address cut to the building, filtered for personal data. */
  place: string;
  gridName: string | null;
  villageName: string | null;
  status: CaseStatus;
  statusLabel: string;
  /** A 突发性 case. */
  emergency: boolean;
}

export interface BoardFeed {
  generatedAt: string;
  /** Newest movement first, at most BOARD_FEED_LIMIT. */
  items: BoardFeedItem[];
}

/** Someone on the duty roster as the wall shows them: name and post, no phone. */
/** A duty officer on the wall: name and post (shared/routine/duty-types.ts). */
export type BoardDutyPerson = WallDutyPerson;

/** Today's duty (Asia/Shanghai), and when the day changes (the panel refetches then). */
export interface BoardDuty {
  date: string;
  /** 带班领导 and 值班员; null when the day is not arranged. */
  leader: BoardDutyPerson | null;
  officer: BoardDutyPerson | null;
  /** The next Shanghai midnight (epoch ms) by the core's clock, and the core's now. */
  nextDayAt: number;
  now: number;
}

export interface BoardMeeting {
  id: string;
  kind: MeetingKind;
  kindLabel: string;
  title: string;
  /** HH:MM, Shanghai. */
  startTime: string;
  plannedEnd: string;
  place: string;
  status: MeetingStatus;
  statusLabel: string;
}

/** Today's meetings (not cancelled) by start, and when the day changes. */
export interface BoardMeetingsToday {
  date: string;
  meetings: BoardMeeting[];
  nextDayAt: number;
  now: number;
}
