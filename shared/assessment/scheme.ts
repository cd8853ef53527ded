// An assessment scheme (考核方案): the points total (百分制 or 千分制), the subject level and
// period it is for, its indicator items with weight, target and scoring rule, and the grade
// thresholds. docs/assessment.md explains the rules with examples.
import { z } from 'zod';
import { INDICATORS, isIndicatorKey } from './indicators';

export const SUBJECT_LEVELS = ['grid', 'village', 'worker', 'department'] as const;
export type SubjectLevel = (typeof SUBJECT_LEVELS)[number];
export const SUBJECT_LEVEL_LABELS: Record<SubjectLevel, string> = { grid: '网格', village: '村/社区', worker: '网格员', department: '镇职能部门' };

export const PERIOD_KINDS = ['quarter', 'half', 'year'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];
export const PERIOD_KIND_LABELS: Record<PeriodKind, string> = { quarter: '季度', half: '半年', year: '年度' };

export const GRADES = ['excellent', 'pass', 'basic', 'fail'] as const;
export type Grade = (typeof GRADES)[number];
export const GRADE_LABELS: Record<Grade, string> = { excellent: '优秀', pass: '合格', basic: '基本合格', fail: '不合格' };

/** How an indicator's value becomes points (the item's weight at most, never below 0). */
export const scoringRule = z.discriminatedUnion('kind', [
  /** Full points at the target or better, none at the floor or worse, in proportion between. */
  z.object({ kind: z.literal('linear'), floor: z.number().min(0).max(1), target: z.number().min(0).max(1) }),
  /** The share of the weight of the best step reached (value ≥ min; for lower-is-better, ≤ min). */
  z.object({
    kind: z.literal('steps'),
    steps: z.array(z.object({ min: z.number().min(0).max(1), share: z.number().min(0).max(1) })).min(1, '至少设置一档'),
  }),
  /** The weight less a fixed deduction per counted event (e.g. −2 per rework). */
  z.object({ kind: z.literal('perEvent'), deduct: z.number().positive('每次扣分应大于0') }),
]);
export type ScoringRule = z.infer<typeof scoringRule>;

export const schemeItem = z.object({
  /** The indicator (a case indicator key, or a routine one: logRate, patrolRate, visitRate …). */
  indicator: z.string().min(1),
  weight: z.number().positive('分值应大于0'),
  rule: scoringRule,
});
export type SchemeItem = z.infer<typeof schemeItem>;

export const schemeInput = z
  .object({
    name: z.string().trim().min(2, '方案名称至少2个字').max(60),
    level: z.enum(SUBJECT_LEVELS),
    periodKind: z.enum(PERIOD_KINDS),
    total: z.union([z.literal(100), z.literal(1000)]),
    items: z.array(schemeItem).min(1, '方案至少包含一个指标'),
    /** Lowest share of the total for 优秀, 合格 and 基本合格 (below: 不合格). */
    grades: z.object({ excellent: z.number().min(0).max(1), pass: z.number().min(0).max(1), basic: z.number().min(0).max(1) }),
  })
  .superRefine((s, ctx) => {
    const sum = Math.round(s.items.reduce((n, i) => n + i.weight, 0) * 100) / 100;
    if (sum !== s.total) ctx.addIssue({ code: 'custom', path: ['items'], message: `各指标分值合计为${sum}分，应等于方案总分${s.total}分` });
    const seen = new Set<string>();
    s.items.forEach((i, n) => {
      if (!isIndicatorKey(i.indicator)) ctx.addIssue({ code: 'custom', path: ['items', n, 'indicator'], message: `未知的考核指标“${i.indicator}”` });
      else if (!INDICATORS[i.indicator].levels.includes(s.level)) {
        ctx.addIssue({ code: 'custom', path: ['items', n, 'indicator'], message: `指标“${INDICATORS[i.indicator].label}”不适用于${SUBJECT_LEVEL_LABELS[s.level]}考核` });
      }
      if (seen.has(i.indicator)) ctx.addIssue({ code: 'custom', path: ['items', n, 'indicator'], message: '同一指标只能出现一次' });
      seen.add(i.indicator);
      if (i.rule.kind === 'linear' && i.rule.floor === i.rule.target) {
        ctx.addIssue({ code: 'custom', path: ['items', n, 'rule'], message: '得分下限与目标值不能相同' });
      }
    });
    if (!(s.grades.excellent > s.grades.pass && s.grades.pass > s.grades.basic)) {
      ctx.addIssue({ code: 'custom', path: ['grades'], message: '等次分数线应为：优秀 > 合格 > 基本合格' });
    }
  });
export type SchemeInput = z.infer<typeof schemeInput>;
