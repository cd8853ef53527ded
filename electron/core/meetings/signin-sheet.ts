// A meeting's sign-in sheet (会议签到表) for printing: the meeting's name, time and place, then a
// row for every expected participant — 序号, 姓名, 单位/职务, 签到时间 (when signed in the app),
// 签名 left empty for the pen, 备注 (请假 with its reason, 迟到, 缺席) — and blank rows for people
// who come unannounced.
import { ATTENDANCE_LABELS, type AttendanceRow, type MeetingDetail } from '../../../shared/meetings/meeting-types';
import { CM } from '../io/docx-units';
import { clock, documentTitleLines, draftMark, scheduledTimeText, type MeetingDocument } from './minutes-model';

/** Blank rows at the end of the sheet. */
const BLANK_ROWS = 3;

function remark(a: AttendanceRow): string {
  if (a.status === 'leave') return a.reason ? `请假：${a.reason}` : '请假';
  if (a.status === 'late') return a.reason ? `迟到：${a.reason}` : '迟到';
  if (a.status === 'absent') return ATTENDANCE_LABELS.absent;
  return '';
}

export function signInDocument(detail: MeetingDetail, centre: string): MeetingDocument {
  const { meeting, attendance } = detail;
  const titleLines = documentTitleLines(centre, meeting, '签到表');
  const rows = attendance.map((a, i) => [String(i + 1), a.name, a.unit, a.signedAt === null ? '' : clock(a.signedAt), '', remark(a)]);
  for (let i = 0; i < BLANK_ROWS; i++) rows.push([String(attendance.length + i + 1), '', '', '', '', '']);
  return {
    centre,
    title: titleLines.join(''),
    titleLines,
    draftMark: meeting.status === 'cancelled' ? draftMark(meeting) : null,
    blocks: [
      { kind: 'paragraph', text: `会议名称：${meeting.title}` },
      { kind: 'paragraph', text: `会议时间：${scheduledTimeText(meeting)}` },
      { kind: 'paragraph', text: `会议地点：${meeting.place || '—'}` },
      { kind: 'table', caption: null, columns: ['序号', '姓名', '单位/职务', '签到时间', '签名', '备注'], rows, widths: [8, 16, 22, 14, 20, 20] },
    ],
    closing: { left: [`应到${attendance.length}人\u3000\u3000实到＿＿人\u3000\u3000请假${attendance.filter((a) => a.status === 'leave').length}人`], right: [] },
    rowHeight: Math.round(0.9 * CM),
  };
}
