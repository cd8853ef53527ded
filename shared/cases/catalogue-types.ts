// The case catalogue (事件分类, 大类/小类) and time-limit rules as the core returns them.
import type { HandlingType, ResponsibilityLevel } from './case-types';
import type { SlaRule } from './sla-rules';

export interface CaseCategory {
  id: string;
  parentId: string | null;
  code: string;
  name: string;
  /** Pinyin initials of the name, e.g. 'mdjf' for 矛盾纠纷 (for quick search). */
  initials: string;
  /** The department set on the category itself (null: taken from the departments' category lists). */
  departmentId: string | null;
  /** The department a dispatch defaults to: the category's own, else its parent's, else the first department listing it. */
  defaultDepartmentId: string | null;
  defaultDepartmentName: string | null;
  /** The category's own time limit in working days (a rule keyed by this category only), or null. */
  timeLimitDays: number | null;
  defaultHandlingType: HandlingType | null;
  sortOrder: number;
  archived: boolean;
  children: CaseCategory[];
}

export interface SlaRuleRow extends SlaRule {
  categoryName: string | null;
  /** Chinese description of what the rule covers, e.g. “突发性 · 全部分类 · 全部层级”. */
  scope: string;
}

export interface SlaPreview {
  days: number;
  rule: SlaRuleRow | null;
  /** The responsibility level the limit was looked up for. */
  level: ResponsibilityLevel;
  /** Epoch ms of the deadline if received at the given time. */
  deadlineAt: number;
  /** E.g. “3个工作日，10月11日（星期六，调休上班）17:30前”. */
  text: string;
}
