// Catalogue (事件分类, two levels) and time-limit rules (办理时限), both editable.
import { ulid } from 'ulid';
import { intakeLevel } from '../../../shared/cases/sla-rules';
import { AppError } from '../../../shared/rpc/errors';
import type { WriteTx } from '../db/change-writer';
import type { Handlers } from '../rpc/handler-types';
import { findCategory, getCategoryRow, listCategories, slaRuleRows, type CategoryDbRow } from './catalogue-repo';
import { caseDeadline, describeDeadline, readSlaRules } from './sla-deadline';

function setOwnLimit(tx: WriteTx, categoryId: string, days: number | null): void {
  const rule = tx.db.cached('SELECT id FROM sla_rule WHERE category_id = ? AND handling_type IS NULL AND level IS NULL')
    .get(categoryId) as { id: string } | undefined;
  if (days === null) {
    if (rule) tx.remove('sla_rule', rule.id);
  } else if (rule) tx.update('sla_rule', rule.id, { days });
  else tx.insert('sla_rule', { id: ulid(), category_id: categoryId, handling_type: null, level: null, days, note: '' });
}

function nextChildCode(rows: CategoryDbRow[], parent: CategoryDbRow): string {
  const taken = new Set(rows.map((r) => r.code));
  for (let i = 1; i < 1000; i++) {
    const code = `${parent.code}${String(i).padStart(2, '0')}`;
    if (!taken.has(code)) return code;
  }
  throw new AppError('INVALID_STATE', '该大类下的编码已用完');
}

export const catalogueHandlers: Pick<
  Handlers,
  'catalogue.tree' | 'catalogue.saveCategory' | 'sla.rules' | 'sla.saveRule' | 'sla.removeRule' | 'sla.preview'
> = {
  'catalogue.tree': ({ includeArchived }, { core }) => listCategories(core.db, includeArchived ?? false),

  'catalogue.saveCategory': (input, ctx) => {
    const { db } = ctx.core;
    const rows = db.cached('SELECT * FROM case_category').all() as CategoryDbRow[];
    const current = input.id ? getCategoryRow(db, input.id) : null;
    const parentId = input.parentId !== undefined ? input.parentId : (current?.parent_id ?? null);
    const parent = parentId ? getCategoryRow(db, parentId) : null;
    if (parent?.parent_id) throw new AppError('BAD_INPUT', '事件分类只分大类、小类两级，小类下不能再建分类');
    if (current && parent && rows.some((r) => r.parent_id === current.id)) {
      throw new AppError('BAD_INPUT', `“${current.name}”下有小类，不能改为小类`);
    }
    if (current && parent?.id === current.id) throw new AppError('BAD_INPUT', '分类不能设在自身之下');
    const name = input.name ?? current?.name;
    if (!name) throw new AppError('BAD_INPUT', '请填写分类名称', [{ path: 'name', message: '分类名称不能为空' }]);
    const siblingName = rows.find((r) => r.name === name && (r.parent_id ?? null) === (parent?.id ?? null) && r.id !== current?.id);
    if (siblingName) throw new AppError('CONFLICT', `同级已有名为“${name}”的分类`);
    const code = input.code ?? current?.code ?? (parent ? nextChildCode(rows, parent) : `C${String(rows.length + 1).padStart(3, '0')}`);
    // A code another category uses is refused by the change writer (sync/natural-keys.ts).
    if (input.departmentId) {
      const d = db.cached('SELECT archived FROM department WHERE id = ?').get(input.departmentId) as { archived: number } | undefined;
      if (!d) throw new AppError('NOT_FOUND', '部门不存在');
      if (d.archived) throw new AppError('INVALID_STATE', '该部门已停用');
    }
    const id = current?.id ?? ulid();
    ctx.core.writer.transaction(ctx.actor, (tx) => {
      const fields = {
        parent_id: parent?.id ?? null,
        code,
        name,
        department_id: input.departmentId,
        default_handling_type: input.defaultHandlingType,
        sort_order: input.sortOrder,
        archived: input.archived,
      };
      if (current) tx.update('case_category', id, fields);
      else
        tx.insert('case_category', {
          ...fields,
          id,
          department_id: input.departmentId ?? null,
          default_handling_type: input.defaultHandlingType ?? null,
          sort_order: input.sortOrder ?? (rows.filter((r) => (r.parent_id ?? null) === (parent?.id ?? null)).length + 1) * 10,
          archived: input.archived ? 1 : 0,
        });
      if (input.timeLimitDays !== undefined) setOwnLimit(tx, id, input.timeLimitDays);
    });
    return findCategory(db, id);
  },

  'sla.rules': (_input, { core }) => slaRuleRows(core.db),

  'sla.saveRule': (input, ctx) => {
    const { db } = ctx.core;
    if (input.categoryId) getCategoryRow(db, input.categoryId);
    const same = readSlaRules(db).find(
      (r) => r.categoryId === input.categoryId && r.handlingType === input.handlingType && r.level === input.level && r.id !== input.id,
    );
    if (same) throw new AppError('CONFLICT', '已有相同适用范围的时限规则，请直接修改该规则');
    if (input.id && !readSlaRules(db).some((r) => r.id === input.id)) throw new AppError('NOT_FOUND', '时限规则不存在');
    const id = input.id ?? ulid();
    const row = { category_id: input.categoryId, handling_type: input.handlingType, level: input.level, days: input.days, note: input.note };
    ctx.core.writer.transaction(ctx.actor, (tx) => (input.id ? tx.update('sla_rule', id, row) : tx.insert('sla_rule', { id, ...row })));
    return slaRuleRows(db).find((r) => r.id === id)!;
  },

  'sla.removeRule': ({ id }, ctx) => {
    const removed = ctx.core.writer.transaction(ctx.actor, (tx) => tx.remove('sla_rule', id));
    if (!removed) throw new AppError('NOT_FOUND', '时限规则不存在');
    return { ok: true };
  },

  'sla.preview': (input, { core }) => {
    const { db } = core;
    const level = input.level ?? intakeLevel(input.handlingType, { onSpot: input.onSpot, targetKind: input.targetKind });
    const d = caseDeadline(db, { categoryId: input.categoryId, subcategoryId: input.subcategoryId ?? null, handlingType: input.handlingType, level }, input.at ?? core.now());
    const rule = d.rule ? (slaRuleRows(db, [d.rule])[0] ?? null) : null;
    return { days: d.days, rule, level, deadlineAt: d.deadlineAt, text: describeDeadline(db, d.deadlineAt, d.days) };
  },
};
