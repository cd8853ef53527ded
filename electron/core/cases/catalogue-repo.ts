// Reading the case catalogue (大类/小类) with each category's default department and time limit.
import type { CaseCategory, SlaRuleRow } from '../../../shared/cases/catalogue-types';
import { pinyinKeys } from '../../../shared/cases/category-search';
import { HANDLING_TYPE_LABELS, RESPONSIBILITY_LEVEL_LABELS, type HandlingType } from '../../../shared/cases/case-types';
import type { SlaRule } from '../../../shared/cases/sla-rules';
import { AppError } from '../../../shared/rpc/errors';
import type { ReadDb } from '../db/read-db';
import { readSlaRules } from './sla-deadline';

export interface CategoryDbRow {
  id: string;
  parent_id: string | null;
  code: string;
  name: string;
  department_id: string | null;
  default_department_code: string | null;
  default_handling_type: HandlingType | null;
  sort_order: number;
  archived: number;
}

interface DeptRow {
  id: string;
  code: string;
  name: string;
  categories: string;
  archived: number;
}

export function getCategoryRow(db: ReadDb, id: string): CategoryDbRow {
  const row = db.cached('SELECT * FROM case_category WHERE id = ?').get(id) as CategoryDbRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', '事件分类不存在');
  return row;
}

/** Resolves each category's default department: its own, else its seed department code, else its parent's, else a department listing its name. */
function departmentResolver(db: ReadDb, rows: CategoryDbRow[]): (c: CategoryDbRow) => DeptRow | null {
  const depts = (db.cached('SELECT id, code, name, categories, archived FROM department ORDER BY rowid').all() as DeptRow[]).filter((d) => !d.archived);
  const byId = new Map(depts.map((d) => [d.id, d]));
  const byCode = new Map(depts.map((d) => [d.code, d]));
  const cats = new Map(rows.map((r) => [r.id, r]));
  const own = (c: CategoryDbRow): DeptRow | null =>
    (c.department_id ? byId.get(c.department_id) : undefined) ?? (c.default_department_code ? byCode.get(c.default_department_code) : undefined) ?? null;
  return (c) => {
    const parent = c.parent_id ? cats.get(c.parent_id) : undefined;
    const top = parent ?? c;
    return (
      own(c) ??
      (parent ? own(parent) : null) ??
      depts.find((d) => {
        try {
          return (JSON.parse(d.categories) as string[]).includes(top.name);
        } catch {
          return false;
        }
      }) ??
      null
    );
  };
}

/** Whether a category id is a subcategory (has a parent); an unknown id is not. */
export function isSubcategory(db: ReadDb, id: string): boolean {
  return (db.cached('SELECT parent_id FROM case_category WHERE id = ?').pluck().get(id) ?? null) !== null;
}

export function listCategories(db: ReadDb, includeArchived: boolean): CaseCategory[] {
  const rows = db.cached('SELECT * FROM case_category ORDER BY sort_order, code').all() as CategoryDbRow[];
  const rules = readSlaRules(db);
  const dept = departmentResolver(db, rows);
  const ownLimit = new Map(rules.filter((r) => r.categoryId && !r.handlingType && !r.level).map((r) => [r.categoryId!, r.days]));
  const toCategory = (r: CategoryDbRow): CaseCategory => {
    const d = dept(r);
    return {
      id: r.id,
      parentId: r.parent_id,
      code: r.code,
      name: r.name,
      initials: pinyinKeys(r.name).initials,
      departmentId: r.department_id,
      defaultDepartmentId: d?.id ?? null,
      defaultDepartmentName: d?.name ?? null,
      timeLimitDays: ownLimit.get(r.id) ?? null,
      defaultHandlingType: r.default_handling_type,
      sortOrder: r.sort_order,
      archived: r.archived === 1,
      children: [],
    };
  };
  const visible = rows.filter((r) => includeArchived || !r.archived);
  const tops = visible.filter((r) => !r.parent_id).map(toCategory);
  const byId = new Map(tops.map((t) => [t.id, t]));
  for (const r of visible) if (r.parent_id) byId.get(r.parent_id)?.children.push(toCategory(r));
  return tops;
}

export function findCategory(db: ReadDb, id: string): CaseCategory {
  for (const top of listCategories(db, true)) {
    if (top.id === id) return top;
    const child = top.children.find((c) => c.id === id);
    if (child) return child;
  }
  throw new AppError('NOT_FOUND', '事件分类不存在');
}

/** The department a dispatch of a case in this category defaults to. */
export function defaultDepartmentId(db: ReadDb, categoryId: string, subcategoryId: string | null): string | null {
  const rows = db.cached('SELECT * FROM case_category').all() as CategoryDbRow[];
  const resolve = departmentResolver(db, rows);
  const row = rows.find((r) => r.id === (subcategoryId ?? categoryId)) ?? rows.find((r) => r.id === categoryId);
  return row ? (resolve(row)?.id ?? null) : null;
}

export function slaRuleRows(db: ReadDb, rules: SlaRule[] = readSlaRules(db)): SlaRuleRow[] {
  const names = new Map((db.cached('SELECT id, name FROM case_category').all() as { id: string; name: string }[]).map((c) => [c.id, c.name]));
  return rules.map((r) => {
    const categoryName = r.categoryId ? (names.get(r.categoryId) ?? '（已删除分类）') : null;
    const scope = [
      r.handlingType ? HANDLING_TYPE_LABELS[r.handlingType] : '全部处置类型',
      categoryName ?? '全部分类',
      r.level ? RESPONSIBILITY_LEVEL_LABELS[r.level] : '全部层级',
    ].join(' · ');
    return { ...r, categoryName, scope };
  });
}
