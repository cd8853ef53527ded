// RPC methods of 入户核实 (verification sampling, docs/routine.md); spread into shared/api.ts.
// Scope (electron/core/routine/verification-handlers.ts): a supervisor draws and verifies the
// visits of its area only, never its own; a grid worker cannot verify; the figures follow the
// routine scope (a grid worker its grids, a supervisor its area, the centre the town).
import { z } from 'zod';
import { isoDate } from '../calendar/calendar-api';
import { emptyInput, method, returns, type MethodDef } from '../rpc/contract';
import {
  quarterInput,
  VERIFICATION_OUTCOMES,
  verificationRatesInput,
  type ClassSampling,
  type DrawResult,
  type VerificationRates,
  type VerificationRow,
  type VerificationSample,
  type WorkerVerification,
} from './verification-types';

const READS = ['visit_verification', 'household_visit', 'household', 'staff', 'staff_assignment', 'org_unit', 'user_account', 'setting', 'staff_leave'] as const;

export const recordVerificationInput = z.object({
  visitId: z.string().min(1),
  outcome: z.enum(VERIFICATION_OUTCOMES, { message: '请选择核实结果：属实、不属实或未核实' }),
  note: z.string().max(500, '说明最多500字'),
  /** The day it was checked; today when left out. */
  verifiedOn: isoDate.optional(),
});

export const verificationFiguresInput = z.object({
  quarter: quarterInput,
  villageId: z.string().min(1).optional(),
  gridId: z.string().min(1).optional(),
});

export interface VerificationFigures {
  quarter: string;
  classes: ClassSampling[];
  workers: WorkerVerification[];
}

export const verificationApi = {
  'routine.verificationSample': method({ input: z.object({ quarter: quarterInput }), output: returns<VerificationSample>(), access: 'routine.verify', reads: READS }),
  'routine.drawVerification': method({ input: z.object({ quarter: quarterInput }), output: returns<DrawResult>(), access: 'routine.verify', writes: true }),
  'routine.recordVerification': method({ input: recordVerificationInput, output: returns<VerificationRow>(), access: 'routine.verify', writes: true }),
  'routine.verificationFigures': method({ input: verificationFiguresInput, output: returns<VerificationFigures>(), access: 'routine.read', reads: READS }),
  'routine.verificationRates': method({ input: emptyInput, output: returns<VerificationRates>(), access: 'routine.read', reads: ['setting'] }),
  'routine.setVerificationRates': method({ input: verificationRatesInput, output: returns<VerificationRates>(), access: 'settings.write', writes: true }),
} satisfies Record<string, MethodDef<z.ZodType, unknown>>;
