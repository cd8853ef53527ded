// Shapes of the centre's duty roster (值班表) and of the workers' status (在岗 / 请假 / 离岗).
// The rules are in electron/core/routine/duty-roster.ts and staff-status.ts.

export interface DutyPerson {
  staffId: string;
  name: string;
  phone: string;
  title: string;
}

export interface DutyDay {
  date: string;
  /** A working day on the holiday calendar (weekends and holidays are still staffed). */
  working: boolean;
  holidayName: string | null;
  /** The roster entry, null when the day is not yet arranged. */
  id: string | null;
  /** 带班领导. */
  leader: DutyPerson | null;
  /** 值班员. */
  officer: DutyPerson | null;
  notes: string;
}

export interface DutyMonth {
  month: string;
  today: string;
  days: DutyDay[];
  /** Days of the month with nobody arranged as duty officer. */
  unarranged: number;
}

/** A duty officer as the wall shows one: name and post, never the phone number. */
export type WallDutyPerson = Pick<DutyPerson, 'name' | 'title'>;

/** Who is on duty today (the wall board's 今日值班): names and titles, no phone numbers (the wall is public). */
export interface DutyToday {
  date: string;
  leader: WallDutyPerson | null;
  officer: WallDutyPerson | null;
  /** The day's note with any ID or phone number masked. */
  notes: string;
}

export const STAFF_STATUS_LABELS = { on_duty: '在岗', leave: '请假', left: '离岗' } as const;
export type StaffStatus = keyof typeof STAFF_STATUS_LABELS;

export interface WorkerStatusRow {
  staffId: string;
  name: string;
  title: string;
  grids: { id: string; name: string }[];
  status: StaffStatus;
  /** On leave: the leave's dates and its A/B cover (null when marked away in 组织架构 without a leave record). */
  leave: { id: string; fromDate: string; toDate: string; coverStaffName: string | null } | null;
}
