// Inputs of the dispute screening, mediation and duty roster methods (zod).
import { z } from 'zod';
import { isoDate } from '../calendar/calendar-api';
import { DISPUTE_KINDS } from '../registry/registry-types';
import { MEDIATION_OUTCOMES, RISK_LEVELS } from './screening-types';

const ids = (max: number, what: string) => z.array(z.string().min(1)).max(max, `${what}最多${max}个`);

export const screenedDisputeInput = z.object({
  kind: z.enum(DISPUTE_KINDS, { error: '请选择纠纷类型' }),
  parties: z.string().trim().min(1, '请填写当事人').max(200, '当事人最多200字'),
  summary: z.string().trim().min(1, '请填写纠纷简要情况').max(2000, '简要情况最多2000字'),
  riskLevel: z.enum(RISK_LEVELS, { error: '请选择风险等级' }),
  /** Registry persons involved. */
  personIds: ids(20, '关联人员').default([]),
  /** Cases (事件) involved. */
  caseIds: ids(20, '关联事件').default([]),
});

export const saveScreeningInput = z.object({
  gridId: z.string().min(1, '请选择网格'),
  /** The day of the screening; its half month is the period screened. */
  date: isoDate,
  /** Who screened (administrators entering a paper form); a grid worker is always itself. */
  staffId: z.string().min(1).nullable().optional(),
  notes: z.string().trim().max(500, '备注最多500字').default(''),
  /** The disputes found; none: 「未发现矛盾纠纷」. */
  disputes: z.array(screenedDisputeInput).max(30, '一次排查最多登记30件纠纷'),
});
export type SaveScreeningInput = z.input<typeof saveScreeningInput>;

export const saveMediationInput = z.object({
  disputeId: z.string().min(1, '请选择纠纷'),
  date: isoDate,
  mediators: z.string().trim().min(1, '请填写调解人').max(100, '调解人最多100字'),
  parties: z.string().trim().min(1, '请填写当事人').max(200, '当事人最多200字'),
  process: z.string().trim().min(1, '请填写调解过程').max(4000, '调解过程最多4000字'),
  outcome: z.enum(MEDIATION_OUTCOMES, { error: '请选择调解结果' }),
  agreement: z.string().trim().max(2000, '协议内容最多2000字').default(''),
});
export type SaveMediationInput = z.input<typeof saveMediationInput>;

export const dutyMonthInput = z.object({ month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为YYYY-MM') });

export const saveDutyInput = z.object({
  date: isoDate,
  leaderStaffId: z.string().min(1).nullable(),
  officerStaffId: z.string().min(1).nullable(),
  notes: z.string().trim().max(200, '备注最多200字').default(''),
});
export type SaveDutyInput = z.input<typeof saveDutyInput>;
