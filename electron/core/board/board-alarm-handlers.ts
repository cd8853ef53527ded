// Handlers of the wall's grid map and emergency mode (shared/board/board-alarm-api.ts).
import type { Handlers } from '../rpc/handler-types';
import { audit } from '../audit/audit-log';
import { acknowledgeEmergency } from '../cases/case-emergency';
import { actorOf, envOf } from '../cases/case-handlers';
import { boardEmergencies } from './board-emergencies';
import { mapShapes, mapState } from './board-map';

export const boardAlarmHandlers: Pick<Handlers, 'board.mapShapes' | 'board.map' | 'board.emergencies' | 'board.ackEmergency'> = {
  'board.mapShapes': (_input, { core }) => mapShapes(core.db),
  'board.map': (_input, { core }) => mapState(core.db, core.now()),
  'board.emergencies': (_input, { core }) => boardEmergencies(core.db, core.now()),
  'board.ackEmergency': ({ caseId }, ctx) => {
    const actor = actorOf(ctx);
    const ack = ctx.core.writer.transaction(actor.id, (tx) => acknowledgeEmergency(envOf(ctx, tx, actor), caseId));
    audit(ctx, { action: 'emergency.ack', table: 'case_record', recordId: ack.caseId, detail: { number: ack.number } });
    return ack;
  },
};
