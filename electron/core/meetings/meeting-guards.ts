// The checks every meeting write starts from, and the meeting's history (meeting_event).
import { ulid } from 'ulid';
import type { MeetingEventRow, MeetingRow } from '../../../shared/meetings/meeting-types';
import { AppError } from '../../../shared/rpc/errors';
import type { WriteTx } from '../db/change-writer';
import type { ReadDb } from '../db/read-db';
import { getMeeting } from './meeting-store';

export interface MeetingActor {
  id: string | null;
  name: string;
}

/** A meeting that may still change: any but a cancelled one. */
export function requireChangeable(db: ReadDb, meetingId: string): MeetingRow {
  const m = getMeeting(db, meetingId);
  if (m.status === 'cancelled') throw new AppError('INVALID_STATE', '会议已取消，不能再修改');
  return m;
}

/** A meeting whose agenda may still be changed (items added, removed, reordered, timed): not ended, not cancelled. */
export function requireAgendaOpen(db: ReadDb, meetingId: string): MeetingRow {
  const m = requireChangeable(db, meetingId);
  if (m.status === 'finished') throw new AppError('INVALID_STATE', '会议已结束，议程不能再调整；纪要可在各议题下修改');
  return m;
}

/** The case a reference names (its number or id); refused in Chinese when there is none. */
export function caseOfRef(db: ReadDb, ref: string, path = 'caseRef'): string {
  const c = db.cached('SELECT id FROM case_record WHERE number = ? OR id = ? ORDER BY number = ? DESC LIMIT 1').get(ref, ref, ref) as { id: string } | undefined;
  if (!c) throw new AppError('BAD_INPUT', `关联的事件“${ref}”不存在`, [{ path, message: '事件不存在' }]);
  return c.id;
}

export function addMeetingEvent(tx: WriteTx, meetingId: string, who: MeetingActor, now: number, action: MeetingEventRow['action'], note = ''): void {
  tx.insert('meeting_event', { id: ulid(), meeting_id: meetingId, at: now, actor_id: who.id, actor_name: who.name, action, note });
}

/** A text shortened for the history (first `max` characters and an ellipsis). */
export function shorten(text: string, max = 60): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max)}…` : t;
}
