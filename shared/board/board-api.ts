// RPC methods of the command board (指挥大屏): the town's figures and the case panels, for the
// wall display and the desks; spread into shared/api.ts.
import type { z } from 'zod';
import { emptyInput, method, returns, type MethodDef } from '../rpc/contract';
import type { BoardCases } from './board-cases-types';
import type { BoardSummary } from './board-types';

export const boardApi = {
  'board.summary': method({
    input: emptyInput,
    output: returns<BoardSummary>(),
    access: 'board.read',
    reads: ['org_unit', 'staff', 'staff_assignment', 'setting', 'department', 'person', 'household'],
  }),
  'board.cases': method({
    input: emptyInput,
    output: returns<BoardCases>(),
    access: 'board.read',
    reads: ['case_record', 'case_category', 'case_alert', 'org_unit', 'calendar_year'],
  }),
} satisfies Record<string, MethodDef<z.ZodType, unknown>>;
