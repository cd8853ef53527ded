// The slide on show for a meeting (presenter mode, docs/meetings.md): one meeting_presentation
// row per meeting (its id is the meeting's id). The presenter moves it; every window showing the
// meeting follows the `changed` event of the table. The item's timer starts when the slide
// enters another agenda item and keeps running while the slides move within the same item.
import type { PresentationState } from '../../../shared/meetings/meeting-types';
import { AppError } from '../../../shared/rpc/errors';
import type { WriteTx } from '../db/change-writer';
import type { ReadDb } from '../db/read-db';

interface PresentationDbRow {
  id: string;
  slide: number;
  item_id: string | null;
  item_started_at: number | null;
  updated_at: number;
  updated_by_name: string;
}

function toState(r: PresentationDbRow): PresentationState {
  return { meetingId: r.id, slide: r.slide, itemId: r.item_id, itemStartedAt: r.item_started_at, updatedAt: r.updated_at, updatedByName: r.updated_by_name };
}

function presentationRow(db: ReadDb, meetingId: string): PresentationDbRow | undefined {
  return db.cached('SELECT id, slide, item_id, item_started_at, updated_at, updated_by_name FROM meeting_presentation WHERE id = ?').get(meetingId) as
    | PresentationDbRow
    | undefined;
}

/** Where the meeting's slides stand; null before anyone presented it. */
export function readPresentation(db: ReadDb, meetingId: string): PresentationState | null {
  const r = presentationRow(db, meetingId);
  return r ? toState(r) : null;
}

export interface PresentMove {
  meetingId: string;
  slide: number;
  /** The agenda item the slide belongs to; null for the cover, the agenda, the tasks and the end. */
  itemId: string | null;
}

/** Moves the meeting's slides (inside the caller's transaction); refuses a meeting that is gone or cancelled and an item of another meeting. */
export function presentTx(tx: WriteTx, move: PresentMove, byName: string, now: number): PresentationState {
  const meeting = tx.db.cached('SELECT status FROM meeting WHERE id = ?').get(move.meetingId) as { status: string } | undefined;
  if (!meeting) throw new AppError('NOT_FOUND', '会议不存在或已被删除');
  if (meeting.status === 'cancelled') throw new AppError('INVALID_STATE', '会议已取消，不能放映');
  if (move.itemId !== null) {
    const item = tx.db.cached('SELECT meeting_id FROM meeting_item WHERE id = ?').get(move.itemId) as { meeting_id: string } | undefined;
    if (!item || item.meeting_id !== move.meetingId) {
      throw new AppError('BAD_INPUT', '该议题不属于这次会议', [{ path: 'itemId', message: '议题不属于这次会议' }]);
    }
  }
  const before = presentationRow(tx.db, move.meetingId);
  // The item's timer: kept while the slides stay within the same item, restarted when it changes.
  const itemStartedAt = move.itemId === null ? null : before && before.item_id === move.itemId ? before.item_started_at : now;
  const patch = { slide: move.slide, item_id: move.itemId, item_started_at: itemStartedAt, updated_at: now, updated_by_name: byName };
  if (before) tx.update('meeting_presentation', move.meetingId, patch);
  else tx.insert('meeting_presentation', { id: move.meetingId, ...patch });
  return toState(presentationRow(tx.db, move.meetingId)!);
}
