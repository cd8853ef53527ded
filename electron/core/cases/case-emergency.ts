// Emergency mode (突发事件): a 突发性 case that is still open and that no dispatching desk has
// acknowledged puts every wall board into alarm. A desk's 「确认收到」 records who and when on the
// case (migration 0018, synced) and in its timeline; the boards clear within a moment through
// the `changed` event of case_record.
import type { EmergencyAck } from '../../../shared/board/board-alarm-types';
import { AppError } from '../../../shared/rpc/errors';
import type { ReadDb } from '../db/read-db';
import { addEvent, type Env } from './case-engine';

/**
 * Open 突发 cases without a desk's acknowledgement: the condition of the partial index
 * case_emergency_open_unacked (migration 0028), word for word, so that index serves it
 * (`stage < 80` is "not done"). Used with INDEXED BY.
 */
export const UNACKED_EMERGENCY = `c.handling_type = 'emergency' AND c.emergency_ack_at IS NULL AND c.stage < 80`;
/** The table as the queries of UNACKED_EMERGENCY name it, pinned to its index. */
export const UNACKED_EMERGENCY_FROM = 'case_record c INDEXED BY case_emergency_open_unacked';

/** The unacknowledged emergencies, oldest first, and how many there are. */
export function unackedEmergencies(db: ReadDb, limit: number): { total: number; rows: { id: string; grid_id: string | null }[] } {
  const total = (db.cached(`SELECT count(*) AS n FROM ${UNACKED_EMERGENCY_FROM} WHERE ${UNACKED_EMERGENCY}`).get() as { n: number }).n;
  const rows = total
    ? (db.cached(`SELECT c.id, c.grid_id FROM ${UNACKED_EMERGENCY_FROM} WHERE ${UNACKED_EMERGENCY} ORDER BY c.received_at, c.id LIMIT ?`).all(limit) as { id: string; grid_id: string | null }[])
    : [];
  return { total, rows };
}

const TIME = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false });

/** A desk's 「确认收到」 of an emergency: one update of the case and one timeline row. */
export function acknowledgeEmergency(env: Env, caseId: string): EmergencyAck {
  const c = env.tx.db.cached('SELECT id, number, handling_type, epoch, emergency_ack_at, emergency_ack_by_name FROM case_record WHERE id = ?').get(caseId) as
    | { id: string; number: string; handling_type: string; epoch: number; emergency_ack_at: number | null; emergency_ack_by_name: string | null }
    | undefined;
  if (!c) throw new AppError('NOT_FOUND', '事件不存在，无法确认收到');
  if (c.handling_type !== 'emergency') throw new AppError('INVALID_STATE', `事件${c.number}不是突发性事件，无需确认收到`);
  if (c.emergency_ack_at !== null) {
    throw new AppError('INVALID_STATE', `突发事件${c.number}已由${c.emergency_ack_by_name ?? '值班台'}于${TIME.format(new Date(c.emergency_ack_at))}确认收到`);
  }
  env.tx.update('case_record', c.id, { emergency_ack_at: env.now, emergency_ack_by: env.actor.id, emergency_ack_by_name: env.actor.name });
  addEvent(env, c.id, { action: 'emergency_ack', from: null, to: null, epoch: c.epoch, note: '值班台已确认收到突发事件，大屏警报解除' });
  return { caseId: c.id, number: c.number, acknowledgedAt: env.now, acknowledgedByName: env.actor.name };
}
