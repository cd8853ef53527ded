// The kinds of meeting a centre holds (SPEC §5): the scheduled ones and ad-hoc meetings.
export const MEETING_KINDS = ['morning', 'weekly', 'monthly', 'joint', 'adhoc'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];
export const MEETING_KIND_LABELS: Record<MeetingKind, string> = {
  morning: '早例会',
  weekly: '周例会',
  monthly: '月总结会',
  joint: '季度联席会议',
  adhoc: '专题会议',
};

export type ScheduledKind = Exclude<MeetingKind, 'adhoc'>;
