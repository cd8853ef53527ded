// Carry-over (二次通报, docs/meetings.md): a problem not resolved at a meeting comes back at each
// following meeting of the same kind and scope until it is resolved — its linked case closed, or
// a person marking it resolved with a note. How often it was raised and since when is counted
// from the agenda items that raised it (meeting_item.carry_id), in meetings not cancelled.
import { ulid } from 'ulid';
import type { MeetingKind } from '../../../shared/meetings/meeting-kinds';
import { AGENDA_TEMPLATES, SECTION_LABELS, type SectionKind } from '../../../shared/meetings/agenda-types';
import type { MeetingRow } from '../../../shared/meetings/meeting-types';
import { AppError } from '../../../shared/rpc/errors';
import type { WriteTx } from '../db/change-writer';
import type { MeetingActor } from './meeting-guards';
import { CARRY_ORDER } from './meeting-store';

/** The note a carry gets when its linked case was closed. */
export const CASE_CLOSED_NOTE = '关联事件已办结';
export const CARRY_PREFIX = '二次通报：';
/** Planned minutes of a carried-over item. */
export const CARRY_MINUTES = 3;

interface OpenCarry {
  id: string;
  title: string;
  case_id: string | null;
  case_status: string | null;
}

/**
 * The open carries of a kind and scope that come back on a new meeting's agenda, oldest first.
 * Those whose linked case has been closed are resolved here (in the caller's transaction) instead.
 */
export function carriesToRaise(tx: WriteTx, kind: MeetingKind, scopeUnitId: string, now: number): OpenCarry[] {
  const open = tx.db
    .cached(
      `SELECT mc.id, mc.title, mc.case_id, c.status AS case_status FROM meeting_carry mc LEFT JOIN case_record c ON c.id = mc.case_id
       WHERE mc.kind = ? AND mc.scope_unit_id = ? AND mc.status = 'open' ORDER BY ${CARRY_ORDER}`,
    )
    .all(kind, scopeUnitId) as OpenCarry[];
  const out: OpenCarry[] = [];
  for (const c of open) {
    // Closed on another PC and received by sync (which runs no case action here): resolved now.
    if (c.case_status === 'closed') resolveByCase(tx, c.id, now);
    else out.push(c);
  }
  return out;
}

function resolveByCase(tx: WriteTx, carryId: string, now: number): void {
  tx.update('meeting_carry', carryId, { status: 'resolved', resolved_at: now, resolved_by: null, resolved_by_name: null, resolved_note: CASE_CLOSED_NOTE });
}

/** A case closing resolves the open carries linked to it, in the closing's transaction (the 二次通报 list is right at once). */
export function resolveCarriesOfClosedCase(tx: WriteTx, caseId: string, now: number): void {
  const open = tx.db.cached("SELECT id FROM meeting_carry WHERE case_id = ? AND status = 'open'").all(caseId) as { id: string }[];
  for (const c of open) resolveByCase(tx, c.id, now);
}

/** A carried-over item's title: the problem's, behind 「二次通报：」. */
export const carryItemTitle = (carryTitle: string) => `${CARRY_PREFIX}${carryTitle}`;

/** Sections the next agenda of the kind builds again anyway: an undecided item of these is not carried. */
function regenerated(kind: MeetingKind, section: SectionKind): boolean {
  return section === 'tasks_overdue' || AGENDA_TEMPLATES[kind].some((t) => t.section === section);
}

interface FinishedItem {
  id: string;
  section: SectionKind;
  title: string;
  outcome: string;
  outcome_note: string;
  case_id: string | null;
  carry_id: string | null;
}

/**
 * What the end of a meeting does to carries, item by item: an item carried (or left undecided,
 * unless its section comes back anyway) opens a carry first raised here, or keeps its carry open;
 * a carried-over item resolved resolves its carry with the item's note.
 */
export function settleCarries(tx: WriteTx, meeting: MeetingRow, who: MeetingActor, now: number): void {
  const items = tx.db
    .cached('SELECT id, section, title, outcome, outcome_note, case_id, carry_id FROM meeting_item WHERE meeting_id = ? ORDER BY position, id')
    .all(meeting.id) as FinishedItem[];
  for (const item of items) {
    if (item.carry_id) {
      if (item.outcome === 'resolved') {
        const carry = tx.db.cached('SELECT status FROM meeting_carry WHERE id = ?').get(item.carry_id) as { status: string } | undefined;
        if (carry?.status === 'open') {
          tx.update('meeting_carry', item.carry_id, {
            status: 'resolved',
            resolved_at: now,
            resolved_by: who.id,
            resolved_by_name: who.name,
            resolved_note: item.outcome_note || `${meeting.title}议定已解决`,
          });
        }
      }
      continue;
    }
    const carried = item.outcome === 'carry' || (item.outcome === 'pending' && !regenerated(meeting.kind, item.section));
    if (!carried) continue;
    const id = ulid();
    const title = item.title.startsWith(CARRY_PREFIX) ? item.title.slice(CARRY_PREFIX.length) : item.title || SECTION_LABELS[item.section];
    tx.insert('meeting_carry', {
      id,
      kind: meeting.kind,
      scope_unit_id: meeting.scopeUnitId,
      title,
      case_id: item.case_id,
      first_meeting_id: meeting.id,
      first_date: meeting.date,
      status: 'open',
      resolved_at: null,
      resolved_by: null,
      resolved_by_name: null,
      resolved_note: '',
      created_at: now,
    });
    // The item that first raised it counts as its first raising.
    tx.update('meeting_item', item.id, { carry_id: id, updated_at: now });
  }
}

/** A person marks an open carry resolved, with a note on how. */
export function resolveCarryTx(tx: WriteTx, carryId: string, note: string, who: MeetingActor, now: number): void {
  const c = tx.db.cached('SELECT status FROM meeting_carry WHERE id = ?').get(carryId) as { status: string } | undefined;
  if (!c) throw new AppError('NOT_FOUND', '二次通报事项不存在');
  if (c.status !== 'open') throw new AppError('INVALID_STATE', '该事项已解决');
  tx.update('meeting_carry', carryId, { status: 'resolved', resolved_at: now, resolved_by: who.id, resolved_by_name: who.name, resolved_note: note });
}
