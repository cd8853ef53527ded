// Case figures for the wall board. No personal data and no text as staff typed it: a case is
// shown by its category and its place down to the building (shared/board/wall-text.ts).

export interface BoardCaseItem {
  number: string;
  /** Category and sub-category: 「环境卫生 · 餐饮油烟」. */
  subject: string;
  /** The case's address cut to the building, filtered for personal data. */
  place: string;
  gridName: string | null;
  villageName: string | null;
  categoryName: string;
  statusLabel: string;
  deadlineAt: number;
  overdueWorkingDays: number;
  supervised: boolean;
}

export interface BoardCases {
  generatedAt: string;
  today: { created: number; closed: number };
  open: number;
  overdue: number;
  dueSoon: number;
  supervised: number;
  /** Cases closed this year and, of them, those handled by their deadline. */
  closedOnTime: { year: number; closed: number; onTime: number; rate: number | null };
  byCategory: { id: string; name: string; open: number; overdue: number }[];
  byVillage: { id: string; name: string; open: number; overdue: number }[];
  /** The last 14 days, oldest first: new cases and closed cases per Shanghai date. */
  trend: { date: string; created: number; closed: number }[];
  topOverdue: BoardCaseItem[];
  topSupervised: BoardCaseItem[];
  /** Unacknowledged emergency alerts to neighbouring grids. */
  alerts: { caseNumber: string; caseSubject: string; casePlace: string; unitName: string; sourceUnitName: string | null; createdAt: number }[];
  calendarWarning: string | null;
}
