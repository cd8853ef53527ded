// A meeting's content (each agenda item's figures, table and chart; shared/meetings/meeting-types.ts
// MeetingContent): live from the data until the meeting ends, then as it was frozen at the end
// (meeting_item.content). The meeting page, presenter mode and the .pptx read it from here.
import type { SectionContent } from '../../../shared/meetings/agenda-types';
import type { MeetingContent, MeetingDetail } from '../../../shared/meetings/meeting-types';
import type { ReadDb } from '../db/read-db';
import { agendaContent, itemContent } from './agenda-content';

export function meetingContent(db: ReadDb, detail: MeetingDetail, today: string, now: number): MeetingContent {
  const { meeting, items } = detail;
  if (meeting.status === 'finished') {
    const frozen = new Map(
      (db.prepare('SELECT id, content FROM meeting_item WHERE meeting_id = ?').all(meeting.id) as { id: string; content: string | null }[]).map((r) => [r.id, r.content]),
    );
    const content: Record<string, SectionContent> = {};
    for (const item of items) {
      const json = frozen.get(item.id);
      // An item without a frozen content (added after the end) is computed as of the meeting's day.
      content[item.id] = json ? (JSON.parse(json) as SectionContent) : itemContent(db, meeting, item, meeting.date);
    }
    return { meetingId: meeting.id, asOf: meeting.endedAt ?? now, frozen: true, items: content };
  }
  return { meetingId: meeting.id, asOf: now, frozen: false, items: agendaContent(db, meeting, items, today, now) };
}
