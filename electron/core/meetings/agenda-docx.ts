// A meeting's agenda (会议议程) as a document for the .docx: the particulars, each item with its
// planned start, end and minutes (二次通报 marked with the times raised and the first date), the
// total and the end time it gives.
import type { MeetingDetail } from '../../../shared/meetings/meeting-types';
import { chineseDate } from '../assessment/report-model';
import { carryMark, documentTitleLines, draftMark, scheduledTimeText, type MeetingDocument } from './minutes-model';

export function agendaDocument(detail: MeetingDetail, centre: string): MeetingDocument {
  const { meeting, items } = detail;
  const titleLines = documentTitleLines(centre, meeting, '议程');
  const note = (i: (typeof items)[number]) =>
    [carryMark(i), i.caseNumber ? `事件 ${i.caseNumber}` : ''].filter(Boolean).join('，') || '—';
  return {
    centre,
    title: titleLines.join(''),
    titleLines,
    // An agenda is drawn up before the meeting: only a cancelled meeting's is marked.
    draftMark: meeting.status === 'cancelled' ? draftMark(meeting) : null,
    blocks: [
      {
        kind: 'table',
        caption: null,
        columns: ['项目', '内容'],
        rows: [
          ['会议名称', meeting.title],
          ['会议时间', scheduledTimeText(meeting)],
          ['会议地点', meeting.place || '—'],
          ['主持人', meeting.chairName || '—'],
          ['记录人', meeting.recorderName || '—'],
        ],
        widths: [22, 78],
        align: ['center', 'left'],
      },
      { kind: 'heading', text: '会议议程' },
      {
        kind: 'table',
        caption: null,
        columns: ['序号', '议题', '开始', '结束', '时长（分钟）', '备注'],
        rows: [
          ...items.map((i, n) => [String(n + 1), i.title, i.plannedStart, i.plannedEndTime, String(i.plannedMinutes), note(i)]),
          ['', '合计', meeting.startTime, meeting.plannedEnd, String(meeting.plannedMinutes), ''],
        ],
        widths: [8, 40, 10, 10, 12, 20],
        align: ['center', 'left', 'center', 'center', 'center', 'left'],
      },
      { kind: 'paragraph', text: `共${items.length}项议题，计划${meeting.plannedMinutes}分钟，预计${meeting.plannedEnd}结束。` },
    ],
    closing: { left: [], right: [centre, chineseDate(meeting.date)] },
  };
}
