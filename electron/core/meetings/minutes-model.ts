// A meeting's minutes (会议纪要) as content, built once from the meeting's detail: the title in the
// town office's wording, the time, place, chair and recorder, the attendance with absences and
// their reasons, the items in order with their minutes and outcome (二次通报 marked), the
// decisions and tasks, the note on items left undecided. The .docx and the PDF lay out this one
// model (docs/meetings.md, 会议文件).
import { MEETING_KIND_LABELS } from '../../../shared/meetings/meeting-kinds';
import { ITEM_OUTCOME_LABELS, type AgendaItemRow, type MeetingDetail, type MeetingRow } from '../../../shared/meetings/meeting-types';
import { chineseDate } from '../assessment/report-model';
import type { ReadDb } from '../db/read-db';
import type { CellAlign } from '../io/docx-style';
import { readSetting, SETTING_KEYS, type TownSetting } from '../settings/settings-repo';

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** 1 → 一, 12 → 十二, 20 → 二十 (agenda items rarely pass 99). */
export function chineseNumber(n: number): string {
  if (n <= 10) return NUMERALS[n - 1] ?? String(n);
  if (n < 20) return `十${NUMERALS[n - 11]}`;
  if (n < 100) return `${NUMERALS[Math.floor(n / 10) - 1]}十${n % 10 ? NUMERALS[(n % 10) - 1] : ''}`;
  return String(n);
}

/**
 * 「第2次通报（首次 2026-11-23）」 for an item raising a problem again; null for any other item, and
 * for the item where a problem was first raised (linked to its carry when the meeting ended).
 */
export function carryMark(item: Pick<AgendaItemRow, 'carryId' | 'timesRaised' | 'firstRaisedDate'>): string | null {
  if (!item.carryId || item.timesRaised === null || item.timesRaised < 2 || !item.firstRaisedDate) return null;
  return `第${item.timesRaised}次通报（首次 ${item.firstRaisedDate}）`;
}

/** 2026-11-30 → 2026年11月30日（星期一） */
export function dateWithWeekday(iso: string): string {
  const day = new Date(`${iso}T00:00:00Z`).getUTCDay();
  return `${chineseDate(iso)}（星期${'日一二三四五六'[day]}）`;
}

/** HH:MM of an instant in China time. */
export function clock(ms: number): string {
  return new Date(ms + 8 * 3600_000).toISOString().slice(11, 16);
}

/** 「青溪镇网格化服务管理中心」: the town's name from the settings, else the root of the organisation. */
export function centreName(db: ReadDb): string {
  const town = readSetting<TownSetting | null>(db, SETTING_KEYS.town, null)?.name;
  const root = town || (db.prepare('SELECT name FROM org_unit WHERE parent_id IS NULL ORDER BY level LIMIT 1').get() as { name: string } | undefined)?.name;
  return `${root ?? ''}网格化服务管理中心`;
}

/** The draft mark of a meeting's documents: none once finished. */
export function draftMark(meeting: MeetingRow): string | null {
  if (meeting.status === 'finished') return null;
  return meeting.status === 'cancelled' ? '【已取消】' : '【未结束（草稿）】';
}

/** 「周例会会议纪要」, 「季度联席会议纪要」, an ad-hoc meeting by its own title. */
function documentName(meeting: MeetingRow, what: '纪要' | '议程' | '签到表'): string {
  const label = meeting.kind === 'adhoc' ? meeting.title : MEETING_KIND_LABELS[meeting.kind];
  return `${label}${label.endsWith('会议') ? '' : '会议'}${what}`;
}

/** The heading lines of a meeting's document: the centre, then 「周例会会议纪要」 (or 议程, 签到表). */
export function documentTitleLines(centre: string, meeting: MeetingRow, what: '纪要' | '议程' | '签到表'): string[] {
  return [centre, documentName(meeting, what)];
}

/** 2026年11月30日（星期一）08:30—09:05 as planned (agenda, sign-in sheet). */
export function scheduledTimeText(meeting: MeetingRow): string {
  return `${dateWithWeekday(meeting.date)}${meeting.startTime}—${meeting.plannedEnd}`;
}

/** YYYY-MM-DD of an instant in China time. */
const dayOf = (ms: number) => new Date(ms + 8 * 3600_000).toISOString().slice(0, 10);

/**
 * 2026年11月30日（星期一）08:32—09:22 as held — on the day it was held, which the minutes must state
 * even when it is not the day the meeting was planned for; the planned end (预计) until it ends.
 */
export function meetingTimeText(meeting: MeetingRow): string {
  const day = meeting.startedAt !== null ? dayOf(meeting.startedAt) : meeting.date;
  const start = meeting.startedAt !== null ? clock(meeting.startedAt) : meeting.startTime;
  const end =
    meeting.endedAt === null
      ? `${meeting.plannedEnd}（预计）`
      : dayOf(meeting.endedAt) === day
        ? clock(meeting.endedAt)
        : `${dateWithWeekday(dayOf(meeting.endedAt))}${clock(meeting.endedAt)}`;
  return `${dateWithWeekday(day)}${start}—${end}`;
}

export interface MinutesItem {
  /** 「一」「二」… */
  number: string;
  title: string;
  /** 「第2次通报（首次 2026-11-23）」 for a problem raised again. */
  carry: string | null;
  caseNumber: string | null;
  minutes: string;
  /** ITEM_OUTCOME_LABELS, and what was said with it. */
  outcome: string;
  outcomeNote: string;
}

export interface MinutesTask {
  number: number;
  title: string;
  owner: string;
  /** 2026年12月4日 */
  deadline: string;
  /** 「进行中」「已销号」 */
  status: string;
  /** The linked case or grid, for people: 「事件 QX-2026-0012」「一网格」. */
  link: string;
}

export interface MinutesAttendance {
  /** Everyone expected, in the order of the sign-in sheet. */
  expected: number;
  /** Present or late. */
  attended: number;
  present: string[];
  late: string[];
  leave: { name: string; reason: string }[];
  absent: string[];
  /** Not signed in (the meeting has not ended, or no one marked them). */
  notSigned: string[];
}

/** One block of a document's body, laid out alike in the .docx and the PDF. */
export type DocBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string; bold?: boolean }
  | { kind: 'table'; caption: string | null; columns: string[]; rows: string[][]; widths: number[]; align?: CellAlign[] };

/** A meeting's document as the .docx and the PDF lay it out (minutes-docx.ts, minutes-pdf.ts). */
export interface MeetingDocument {
  centre: string;
  title: string;
  titleLines: string[];
  draftMark: string | null;
  blocks: DocBlock[];
  /** Lines after the body: the signature line (left), then the centre and the date (right). */
  closing: { left: string[]; right: string[] };
  /** Table rows at least this tall (twips), for handwriting on a printed sheet. */
  rowHeight?: number;
}

export interface MinutesModel extends MeetingDocument {
  meetingId: string;
  /** The meeting's own name (「2026年第49周周例会」) and date, for the file name. */
  meetingTitle: string;
  date: string;
  /** 会议名称, 会议时间, 会议地点, 主持人, 记录人, 参会人员: label and value. */
  meta: [string, string][];
  attendance: MinutesAttendance;
  /** The attendance as sentences: 「出席：…」「迟到：…」「请假：张三（外出培训）」「缺席：…」. */
  attendanceLines: string[];
  items: MinutesItem[];
  /** What was decided: each item's outcome with its note, then each task as a sentence. */
  decisions: string[];
  tasks: MinutesTask[];
  /** Why items were left undecided (required when the meeting ended with some), with their titles. */
  undecided: string | null;
  recorderName: string;
  chairName: string;
  /** 2026年11月30日: the meeting's day (the date the minutes are signed). */
  signedOn: string;
}

/** The body of the minutes in document order. */
function minutesBlocks(m: Omit<MinutesModel, 'blocks' | 'closing'>): DocBlock[] {
  const blocks: DocBlock[] = [{ kind: 'table', caption: null, columns: ['项目', '内容'], rows: m.meta.map(([k, v]) => [k, v]), widths: [22, 78], align: ['center', 'left'] }];
  const p = (text: string, bold = false): DocBlock => ({ kind: 'paragraph', text, bold });
  let n = 0;
  const section = (title: string): DocBlock => ({ kind: 'heading', text: `${chineseNumber(++n)}、${title}` });
  blocks.push(section('参会情况'), p(m.meta.find(([k]) => k === '参会人员')?.[1] ?? ''), ...m.attendanceLines.map((l) => p(`${l}。`)));
  blocks.push(section('会议议题'));
  if (m.items.length === 0) blocks.push(p('本次会议无议题。'));
  for (const item of m.items) {
    blocks.push(p(`（${item.number}）${item.title}`, true));
    if (item.carry) blocks.push(p(`${item.carry}${item.caseNumber ? `，关联事件 ${item.caseNumber}` : ''}。`));
    else if (item.caseNumber) blocks.push(p(`关联事件 ${item.caseNumber}。`));
    blocks.push(p(`会议记录：${item.minutes || '（无）'}`), p(`议定结果：${item.outcome}${item.outcomeNote ? `。${item.outcomeNote}` : ''}`));
  }
  blocks.push(section('议定事项'));
  if (m.decisions.length === 0) blocks.push(p('本次会议无议定事项。'));
  m.decisions.forEach((d, i) => blocks.push(p(`${i + 1}. ${d}`)));
  if (m.tasks.length > 0) {
    blocks.push({
      kind: 'table',
      caption: '任务分解表',
      columns: ['序号', '任务', '责任人（单位）', '完成时限', '关联', '状态'],
      rows: m.tasks.map((t) => [String(t.number), t.title, t.owner, t.deadline, t.link || '—', t.status]),
      widths: [7, 31, 16, 18, 18, 10],
      align: ['center', 'left', 'center', 'center', 'center', 'center'],
    });
  }
  if (m.undecided) blocks.push(section('未议定事项'), p(m.undecided));
  return blocks;
}

/** The minutes of a meeting from its detail (meetingDetail in meeting-store.ts) and the centre's name. */
export function buildMinutes(detail: MeetingDetail, centre: string): MinutesModel {
  const { meeting, items, attendance, tasks } = detail;
  const names = (status: string) => attendance.filter((a) => a.status === status).map((a) => a.name);
  const att: MinutesAttendance = {
    expected: attendance.length,
    attended: attendance.filter((a) => a.status === 'present' || a.status === 'late').length,
    present: names('present'),
    late: names('late'),
    leave: attendance.filter((a) => a.status === 'leave').map((a) => ({ name: a.name, reason: a.reason })),
    absent: names('absent'),
    notSigned: names('expected'),
  };
  const attendanceLines = [
    att.present.length ? `出席：${att.present.join('、')}` : '',
    att.late.length ? `迟到：${att.late.join('、')}` : '',
    att.leave.length ? `请假：${att.leave.map((l) => (l.reason ? `${l.name}（${l.reason}）` : l.name)).join('、')}` : '',
    att.absent.length ? `缺席：${att.absent.join('、')}` : '',
    att.notSigned.length ? `未签到：${att.notSigned.join('、')}` : '',
  ].filter(Boolean);
  const minutesItems: MinutesItem[] = items.map((item, i) => ({
    number: chineseNumber(i + 1),
    title: item.title,
    carry: carryMark(item),
    caseNumber: item.caseNumber,
    minutes: item.minutes,
    outcome: ITEM_OUTCOME_LABELS[item.outcome],
    outcomeNote: item.outcomeNote,
  }));
  const minutesTasks: MinutesTask[] = tasks.map((t, i) => ({
    number: i + 1,
    title: t.title,
    owner: t.ownerName,
    deadline: chineseDate(t.deadline),
    status: t.status === 'done' ? '已销号' : t.overdue ? '已逾期' : '进行中',
    link: [t.caseNumber && `事件 ${t.caseNumber}`, t.gridName].filter(Boolean).join('，'),
  }));
  const decisions = [
    ...items.filter((i) => i.outcome !== 'pending' && i.outcomeNote).map((i) => `${i.title}：${ITEM_OUTCOME_LABELS[i.outcome]}，${i.outcomeNote}`),
    ...minutesTasks.map((t) => `${t.title}，由${t.owner}负责，${t.deadline}前完成。`),
  ];
  const pending = items.filter((i) => i.outcome === 'pending').map((i) => `「${i.title}」`);
  const undecided =
    meeting.undecidedNote || (meeting.status === 'finished' && pending.length)
      ? [pending.length ? `未议定议题：${pending.join('、')}。` : '', meeting.undecidedNote ? `说明：${meeting.undecidedNote}` : ''].filter(Boolean).join('')
      : null;
  const titleLines = documentTitleLines(centre, meeting, '纪要');
  const leaveCount = att.leave.length;
  const model: Omit<MinutesModel, 'blocks' | 'closing'> = {
    meetingId: meeting.id,
    centre,
    titleLines,
    title: titleLines.join(''),
    draftMark: draftMark(meeting),
    meetingTitle: meeting.title,
    date: meeting.date,
    meta: [
      ['会议名称', meeting.title],
      ['会议时间', meetingTimeText(meeting)],
      ['会议地点', meeting.place || '—'],
      ['主持人', meeting.chairName || '—'],
      ['记录人', meeting.recorderName || '—'],
      ['参会人员', `应到${att.expected}人，实到${att.attended}人${leaveCount ? `，请假${leaveCount}人` : ''}${att.absent.length ? `，缺席${att.absent.length}人` : ''}`],
    ],
    attendance: att,
    attendanceLines,
    items: minutesItems,
    decisions,
    tasks: minutesTasks,
    undecided,
    recorderName: meeting.recorderName,
    chairName: meeting.chairName,
    signedOn: chineseDate(meeting.date),
  };
  return {
    ...model,
    blocks: minutesBlocks(model),
    closing: { left: [`记录人：${meeting.recorderName || '＿＿＿＿＿＿'}\u3000\u3000\u3000\u3000主持人（签字）：＿＿＿＿＿＿`], right: [centre, model.signedOn] },
  };
}
