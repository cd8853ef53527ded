// RPC methods of the wall's grid map and emergency mode (issue 13); spread into shared/api.ts.
// The map's shapes are a method of their own: they change rarely and only with org_unit, so a
// case change refetches the small counts (board.map), never the town's polygons.
import { z } from 'zod';
import { emptyInput, method, returns, type MethodDef } from '../rpc/contract';
import type { BoardEmergencies, BoardMapShapes, BoardMapState, EmergencyAck } from './board-alarm-types';

export const boardAlarmApi = {
  'board.mapShapes': method({
    input: emptyInput,
    output: returns<BoardMapShapes>(),
    access: 'board.read',
    reads: ['org_unit'],
  }),
  'board.map': method({
    input: emptyInput,
    output: returns<BoardMapState>(),
    access: 'board.read',
    reads: ['case_record', 'case_alert'],
  }),
  'board.emergencies': method({
    input: emptyInput,
    output: returns<BoardEmergencies>(),
    access: 'board.read',
    reads: ['case_record', 'case_alert', 'case_category', 'org_unit', 'staff', 'staff_assignment'],
  }),
  /** A dispatching desk's 「确认收到」 of an emergency: clears the wall's alarm for it. */
  'board.ackEmergency': method({
    input: z.object({ caseId: z.string().min(1).max(64) }),
    output: returns<EmergencyAck>(),
    access: 'cases.dispatch',
    writes: true,
  }),
} satisfies Record<string, MethodDef<z.ZodType, unknown>>;
