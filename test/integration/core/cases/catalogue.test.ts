// The two-level catalogue with default departments and time limits, editable.
import { describe, expect, it } from 'vitest';
import { searchCategories } from '../../../../shared/cases/category-search';
import { caseTown } from './case-fixture';

describe('case catalogue', () => {
  it('starts with the default categories, each with subcategories, a department and a limit', () => {
    const t = caseTown();
    const tree = t.h.call(t.h.adminToken, 'catalogue.tree', {});
    expect(tree.map((c) => c.name)).toEqual([
      '矛盾纠纷', '治安隐患', '安全生产', '消防隐患', '环境卫生', '市政设施', '违章建筑', '民生诉求', '政策咨询', '特殊人群动态', '食品药品安全', '其他事项',
    ]);
    expect(tree.every((c) => c.children.length > 0)).toBe(true);
    expect(t.category('治安隐患')).toMatchObject({ initials: 'zayh', defaultDepartmentName: '派出所' });
    expect(t.sub('环境卫生', '河道保洁')).toMatchObject({ defaultDepartmentName: '城管中队', parentId: t.category('环境卫生').id });
    expect(t.category('政策咨询').timeLimitDays).toBe(2);
    const hits = searchCategories(tree.flatMap((c) => [c, ...c.children]), 'ddc');
    expect(hits[0]!.category.name).toBe('电动车违规充电');
  });

  it('edits: a new subcategory, a department and a time limit; two levels only', () => {
    const t = caseTown();
    const fire = t.category('消防隐患');
    const dept = t.h.call(t.h.adminToken, 'departments.list', {}).find((d) => d.name === '派出所')!;
    const created = t.h.call(t.h.adminToken, 'catalogue.saveCategory', { parentId: fire.id, name: '高层建筑消防', departmentId: dept.id, timeLimitDays: 2 });
    expect(created).toMatchObject({ code: 'XFYH06', defaultDepartmentName: '派出所', timeLimitDays: 2, initials: 'gcjzxf' });
    const c = t.register({ categoryId: fire.id, subcategoryId: created.id });
    expect(c.slaDays).toBe(2);
    t.act(c.id, { type: 'accept' });
    expect(t.act(c.id, { type: 'dispatch', target: { kind: 'department' } }).assigneeLabel).toBe('派出所');
    const renamed = t.h.call(t.h.adminToken, 'catalogue.saveCategory', { id: created.id, name: '高层建筑消防隐患', timeLimitDays: null });
    expect(renamed).toMatchObject({ name: '高层建筑消防隐患', timeLimitDays: null });
    const before = t.h.changeCount();
    expect(t.h.core.invoke(t.h.adminToken, 'catalogue.saveCategory', { parentId: created.id, name: '第三级' })).toMatchObject({ ok: false, error: { message: expect.stringContaining('两级') } });
    expect(t.h.core.invoke(t.h.adminToken, 'catalogue.saveCategory', { parentId: fire.id, name: '高层建筑消防隐患' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(t.h.core.invoke(t.token('dispatcher'), 'catalogue.saveCategory', { name: '新大类' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(t.h.changeCount()).toBe(before + 1);
    const top = t.h.call(t.h.adminToken, 'catalogue.saveCategory', { name: '疫情防控' });
    expect(top).toMatchObject({ parentId: null, children: [] });
    t.h.call(t.h.adminToken, 'catalogue.saveCategory', { id: top.id, archived: true });
    expect(t.h.call(t.h.adminToken, 'catalogue.tree', {}).some((x) => x.id === top.id)).toBe(false);
    expect(t.h.core.invoke(t.h.adminToken, 'cases.register', { source: 'patrol', categoryId: top.id, handlingType: 'general', title: '停用分类', gridId: t.grids[0]! })).toMatchObject({ ok: false, error: { message: '分类“疫情防控”已停用' } });
  });
});
