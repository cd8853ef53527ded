import { describe, expect, it } from 'vitest';
import { setupCore, type Harness } from '../../support/core-harness';

function withVillage(h: Harness) {
  const town = h.call(h.adminToken, 'org.units', {})[0]!;
  const village = h.call(h.adminToken, 'org.createUnit', { parentId: town.id, kind: 'village', code: '330782101001', name: '青石村' });
  const community = h.call(h.adminToken, 'org.createUnit', { parentId: town.id, kind: 'community', code: '330782101002', name: '凤栖社区' });
  const grid = h.call(h.adminToken, 'org.createUnit', {
    parentId: village.id,
    kind: 'grid',
    code: '330782101001001',
    name: '青石村第1网格',
    gridType: 'rural',
    households: 52,
    populationRegistered: 160,
  });
  return { town, village, community, grid };
}

function error(h: Harness, method: string, input: unknown) {
  const r = h.core.invoke(h.adminToken, method, input);
  if (r.ok) throw new Error(`${method} unexpectedly succeeded`);
  return r.error;
}

describe('organisation', () => {
  it('builds the town → village → grid → micro-grid tree with nested codes', () => {
    const h = setupCore();
    const { grid } = withVillage(h);
    const micro = h.call(h.adminToken, 'org.createUnit', { parentId: grid.id, kind: 'microgrid', code: '330782101001001001', name: '1号微网格' });
    expect(micro.level).toBe(4);
    const units = h.call(h.adminToken, 'org.units', {});
    expect(units.map((u) => [u.kind, u.code])).toEqual([
      ['town', '330782101'],
      ['village', '330782101001'],
      ['community', '330782101002'],
      ['grid', '330782101001001'],
      ['microgrid', '330782101001001001'],
    ]);
  });

  it('requires a code to sit under its parent code and to be unique', () => {
    const h = setupCore();
    const { town, village } = withVillage(h);
    const before = h.changeCount();
    expect(error(h, 'org.createUnit', { parentId: village.id, kind: 'grid', code: '330782101002001', name: '错编码' }).message).toContain(
      '应为上级编码“330782101001”后加3位数字',
    );
    expect(error(h, 'org.createUnit', { parentId: village.id, kind: 'grid', code: '3307821010010001', name: '多一位' }).code).toBe('BAD_INPUT');
    expect(error(h, 'org.createUnit', { parentId: town.id, kind: 'community', code: '330782101001', name: '重复' })).toMatchObject({
      code: 'CONFLICT',
      message: '编码“330782101001”已被“青石村”使用',
    });
    expect(h.changeCount()).toBe(before);
  });

  it('requires a grid to belong to a village or community', () => {
    const h = setupCore();
    const { town, grid } = withVillage(h);
    expect(error(h, 'org.createUnit', { parentId: town.id, kind: 'grid', code: '330782101003', name: '镇直网格' }).message).toContain(
      '网格只能设在村或社区之下',
    );
    expect(error(h, 'org.createUnit', { parentId: grid.id, kind: 'village', code: '330782101001001009', name: 'x' }).code).toBe('BAD_INPUT');
  });

  it('edits a unit and logs only what changed', () => {
    const h = setupCore();
    const { grid } = withVillage(h);
    const before = h.changeCount();
    const updated = h.call(h.adminToken, 'org.updateUnit', { id: grid.id, households: 60, name: '青石村第1网格' });
    expect(updated.households).toBe(60);
    expect(h.changeCount()).toBe(before + 1);
    h.call(h.adminToken, 'org.updateUnit', { id: grid.id, households: 60 });
    expect(h.changeCount()).toBe(before + 1);
  });

  it('moves a grid to another community and re-codes it and its children', () => {
    const h = setupCore();
    const { village, community, grid } = withVillage(h);
    const micro = h.call(h.adminToken, 'org.createUnit', { parentId: grid.id, kind: 'microgrid', code: '330782101001001001', name: '1号微网格' });
    const moved = h.call(h.adminToken, 'org.moveUnit', { id: grid.id, newParentId: community.id, newCode: '330782101002005' });
    expect(moved).toMatchObject({ parentId: community.id, code: '330782101002005' });
    expect(h.call(h.adminToken, 'org.unit', { id: micro.id }).code).toBe('330782101002005001');
    expect(error(h, 'org.moveUnit', { id: village.id, newParentId: micro.id, newCode: '330782101002005001001' }).code).toMatch(/INVALID_STATE|BAD_INPUT/);
    expect(error(h, 'org.moveUnit', { id: grid.id, newParentId: village.id, newCode: '330782101002006' }).code).toBe('BAD_INPUT');
  });

  it('refuses to move a unit under its own descendant', () => {
    const h = setupCore();
    const { grid } = withVillage(h);
    const micro = h.call(h.adminToken, 'org.createUnit', { parentId: grid.id, kind: 'building', code: '330782101001001001', name: '1栋' });
    const e = error(h, 'org.moveUnit', { id: grid.id, newParentId: micro.id, newCode: '330782101001001001001' });
    expect(e).toMatchObject({ code: 'INVALID_STATE', message: '不能移动到自身或其下级之下' });
  });

  it('archives only units without active children, and restores them', () => {
    const h = setupCore();
    const { village, grid } = withVillage(h);
    expect(error(h, 'org.archiveUnit', { id: village.id, archived: true }).message).toContain('还有1个未归档的下级单元');
    h.call(h.adminToken, 'org.archiveUnit', { id: grid.id, archived: true });
    expect(h.call(h.adminToken, 'org.grids', {})).toHaveLength(0);
    h.call(h.adminToken, 'org.archiveUnit', { id: village.id, archived: true });
    expect(error(h, 'org.archiveUnit', { id: grid.id, archived: false }).message).toContain('请先恢复上级');
    expect(error(h, 'org.createUnit', { parentId: village.id, kind: 'grid', code: '330782101001002', name: 'x' }).code).toBe('INVALID_STATE');
  });

  it('flags grids whose households fall outside the configured range', () => {
    const h = setupCore();
    const { grid } = withVillage(h);
    expect(h.call(h.adminToken, 'org.grids', {})[0]!.sizeWarning).toBeNull();
    h.call(h.adminToken, 'org.updateUnit', { id: grid.id, households: 400 });
    expect(h.call(h.adminToken, 'org.grids', {})[0]!.sizeWarning).toBe('户数400超过150户上限');
    h.call(h.adminToken, 'org.setGridSizeRanges', { urban: { min: 200, max: 500 }, rural: { min: 30, max: 450 } });
    expect(h.call(h.adminToken, 'org.grids', {})[0]!.sizeWarning).toBeNull();
    expect(error(h, 'org.setGridSizeRanges', { urban: { min: 500, max: 200 }, rural: { min: 30, max: 80 } }).message).toContain('下限不能大于上限');
  });

  it('assigns staff with A/B posts; one person may serve several grids', () => {
    const h = setupCore();
    const { village, grid } = withVillage(h);
    const g2 = h.call(h.adminToken, 'org.createUnit', { parentId: village.id, kind: 'grid', code: '330782101001002', name: '青石村第2网格' });
    const a = h.call(h.adminToken, 'staff.create', { name: '王芳', phone: '13812345678' });
    const b = h.call(h.adminToken, 'staff.create', { name: '李强', phone: '13912345678' });
    h.call(h.adminToken, 'staff.assign', { staffId: a.id, unitId: grid.id, teamRole: 'leader' });
    h.call(h.adminToken, 'staff.assign', { staffId: a.id, unitId: grid.id, teamRole: 'worker_full', post: 'A' });
    h.call(h.adminToken, 'staff.assign', { staffId: a.id, unitId: g2.id, teamRole: 'worker_full', post: 'A' });
    expect(error(h, 'staff.assign', { staffId: b.id, unitId: grid.id, teamRole: 'worker_full', post: 'A' }).message).toContain('A岗已由王芳担任');
    expect(error(h, 'staff.assign', { staffId: b.id, unitId: grid.id, teamRole: 'leader' }).message).toContain('已有网格长王芳');
    h.call(h.adminToken, 'staff.assign', { staffId: b.id, unitId: grid.id, teamRole: 'worker_full', post: 'B' });
    const rows = h.call(h.adminToken, 'org.grids', {});
    expect(rows.find((r) => r.id === grid.id)).toMatchObject({ staffCount: 2, leaderName: '王芳' });
    expect(h.call(h.adminToken, 'staff.assignments', { staffId: a.id })).toHaveLength(3);
    expect(h.core.invoke(h.adminToken, 'staff.create', { name: '赵', phone: '12345' }).ok).toBe(true);
    expect(h.core.invoke(h.adminToken, 'staff.create', { name: '赵', phone: 'abc' })).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
  });

  it('seeds the standard town departments and keeps department codes unique', () => {
    const h = setupCore();
    const names = h.call(h.adminToken, 'departments.list', {}).map((d) => d.name);
    expect(names).toEqual(expect.arrayContaining(['综治办', '派出所', '司法所', '民政办', '安监站']));
    expect(error(h, 'departments.create', { code: 'ZZB', name: '另一个综治办' }).code).toBe('CONFLICT');
    const d = h.call(h.adminToken, 'departments.create', { code: 'WJB', name: '卫健办', categories: ['民生诉求'] });
    expect(d.categories).toEqual(['民生诉求']);
  });

  it('announces changed tables after each committed write', () => {
    const h = setupCore();
    const seen: string[][] = [];
    h.core.on('changed', (p) => seen.push(p.tables));
    withVillage(h);
    expect(seen).toEqual([['org_unit'], ['org_unit'], ['org_unit']]);
  });
});

describe('organisation names', () => {
  it('refuses two units with the same name under one parent', () => {
    const h = setupCore();
    const { village } = withVillage(h);
    const e = error(h, 'org.createUnit', { parentId: village.id, kind: 'grid', code: '330782101001002', name: '青石村第1网格' });
    expect(e).toMatchObject({ code: 'CONFLICT', message: '同一上级下已有名为“青石村第1网格”的单元' });
  });
});
