// Inputs of the visit methods (zod): recording a visit, listing visits, the plan, the figures
// and the frequencies.
import { z } from 'zod';
import { isoDate } from '../calendar/calendar-api';
import { VISIT_CLASS_KINDS } from './visit-classes';
import { logFormInput } from './routine-inputs';

export const saveVisitInput = z.object({
  /** The visit being edited; none for a new one. */
  id: z.string().min(1).optional(),
  /** Who visited (administrators entering a paper form); a grid worker always records its own. */
  staffId: z.string().min(1).optional(),
  householdId: z.string().min(1, '请选择走访的户'),
  date: isoDate,
  /** A member of the household who was met, or none (then metName says who). */
  metPersonId: z.string().min(1).nullable().optional(),
  metName: z.string().trim().max(50, '接待人最多50字').default(''),
  situation: z.string().trim().max(2000, '走访情况最多2000字'),
  needs: z.string().trim().max(1000, '诉求需求最多1000字').default(''),
  followUp: z.string().trim().max(1000, '跟进措施最多1000字').default(''),
  /** A case raised from the visit (already registered). */
  caseId: z.string().min(1).nullable().optional(),
});
export type SaveVisitInput = z.input<typeof saveVisitInput>;

export const visitsInput = z.object({
  from: isoDate.optional(),
  to: isoDate.optional(),
  staffId: z.string().min(1).optional(),
  gridId: z.string().min(1).optional(),
  villageId: z.string().min(1).optional(),
  householdId: z.string().min(1).optional(),
  /** Visits to the person's household, or where the person was met. */
  personId: z.string().min(1).optional(),
});

export const visitPlanInput = z.object({
  gridId: z.string().min(1).optional(),
  villageId: z.string().min(1).optional(),
  /** A worker's households (those of the grids it serves). */
  staffId: z.string().min(1).optional(),
});

export const visitStatsInput = z.object({
  from: isoDate,
  to: isoDate,
  by: z.enum(['worker', 'grid', 'village']),
});

const times = z.number({ message: '次数应为数字' }).int('次数应为整数').min(0, '次数不能为负').max(31, '次数最多31次');
const rule = z.object({ per: z.enum(['month', 'quarter', 'year'], { message: '周期应为每月、每季度或每年' }), times });

export const visitSettingsInput = z.object({
  rules: z.object(Object.fromEntries(VISIT_CLASS_KINDS.map((k) => [k, rule])) as Record<(typeof VISIT_CLASS_KINDS)[number], typeof rule>),
  yearly: times.max(12, '每年最多12次'),
});

/** 入户走访记录 form of one worker over a period (at most a year): the same input as the 工作日志 form. */
export const visitFormInput = logFormInput;
