// Inputs of the assessment's methods, checked with Chinese messages.
import { z } from 'zod';
import { ADJUSTMENT_KINDS, EVIDENCE_KINDS } from './assessment-types';
import { PERIOD_KINDS, schemeInput, SUBJECT_LEVELS } from './scheme';

const zId = z.string().min(1);

/** 2025Q1–Q4, 2025H1–H2, or 2025 (a year). */
export const PERIOD_KEY = /^(\d{4})(?:Q([1-4])|H([12]))?$/;

export const openRunInput = z.object({
  level: z.enum(SUBJECT_LEVELS),
  periodKey: z.string().trim().regex(PERIOD_KEY, '考核期应写作 2025Q4（季度）、2025H2（半年）或 2025（年度）'),
});

export const runIdInput = z.object({ runId: zId });

export const drillInput = z.object({ runId: zId, subjectId: zId, indicator: z.string().min(1), part: z.enum(['numerator', 'denominator']) });

export const addAdjustmentInput = z
  .object({
    runId: zId,
    subjectId: zId,
    kind: z.enum(ADJUSTMENT_KINDS),
    points: z.number().min(0).max(1000).default(0),
    reason: z.string().trim().min(4, '请写明加减分理由（至少4个字）').max(500),
    evidenceKind: z.enum(EVIDENCE_KINDS),
    evidenceRef: z.string().trim().min(1, '请提供依据：关联的事件、日志、走访记录或文件').max(200),
  })
  .superRefine((v, ctx) => {
    if (v.kind !== 'veto' && !(v.points > 0)) ctx.addIssue({ code: 'custom', path: ['points'], message: '加减分的分值应大于0' });
  });

export const decideAdjustmentInput = z.object({ id: zId, approve: z.boolean(), note: z.string().trim().max(500).optional() });

export const reopenRunInput = z.object({ runId: zId, reason: z.string().trim().min(4, '请写明重新打开的理由（至少4个字）').max(500) });

export const saveSchemeInput = z.object({
  /** A scheme's id: saves over it, or as its next version when a run used it. None: a new scheme. */
  id: zId.optional(),
  /** Make it the scheme new runs of its level and period kind take. */
  isDefault: z.boolean().default(true),
  scheme: schemeInput,
});

/** The latest frozen ranking of a level: its first `top` and last `bottom` subjects (assessment.ranking). */
export const rankingInput = z.object({
  level: z.enum(SUBJECT_LEVELS),
  periodKind: z.enum(PERIOD_KINDS).default('quarter'),
  top: z.number().int().min(0, '名次数不能为负').max(50, '最多取前50名').default(5),
  bottom: z.number().int().min(0, '名次数不能为负').max(50, '最多取后50名').default(5),
});
