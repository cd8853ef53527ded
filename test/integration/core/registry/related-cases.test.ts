// A record page shows the cases (事件) that involve it, the map counts open cases per grid,
// and the dispute form lists the cases of the category 矛盾纠纷 beside the screening register.
import { describe, expect, it } from 'vitest';
import { cid, openXlsx, setupTown, sheetText } from './registry-fixture';

describe('cases seen from the registry', () => {
  it('links cases to the person who reported them and to houses by address', async () => {
    const t = setupTown();
    const { h } = t;
    const person = h.call(h.adminToken, 'registry.createPerson', { citizenId: cid(1), name: '张三', phone: '13812345678', residenceType: 'registered', gridId: t.grid1.id });
    const house = h.call(h.adminToken, 'registry.createHouse', { gridId: t.grid1.id, address: '青石村1组8号' });
    const tree = h.call(h.adminToken, 'catalogue.tree', {});
    const dispute = tree.find((c) => c.name === '矛盾纠纷')!;
    const municipal = tree.find((c) => c.name !== '矛盾纠纷')!;
    const register = (input: Record<string, unknown>) =>
      h.call(h.adminToken, 'cases.register', { source: 'patrol', handlingType: 'coordination', gridId: t.grid1.id, ...input } as never);
    register({ categoryId: dispute.id, title: '邻居占用通道', description: '与隔壁因通道堵塞发生争执', reporterName: '张三', reporterPhone: '13812345678', address: '青石村1组8号' });
    register({ categoryId: municipal.id, title: '路灯不亮', address: '青石村1组8号门口' });
    register({ categoryId: municipal.id, title: '垃圾未清运', address: '凤栖路', gridId: t.grid3.id });

    const page = h.call(h.adminToken, 'registry.person', { id: person.id });
    expect(page.cases.map((c) => c.title)).toEqual(['邻居占用通道']);
    expect(page.cases[0]).toMatchObject({ category: '矛盾纠纷', number: expect.any(String) });
    const housePage = h.call(h.adminToken, 'registry.house', { id: house.id });
    expect(housePage.cases.map((c) => c.title).sort()).toEqual(['路灯不亮', '邻居占用通道'].sort());

    const open = h.call(h.adminToken, 'registry.mapMeasures', { measure: 'openCases' });
    expect(Object.fromEntries(open.values.map((v) => [v.gridId, v.value]))).toEqual({ [t.grid1.id]: 2, [t.grid2.id]: 0, [t.grid3.id]: 1 });
    expect(h.core.invoke(h.tokenFor('display'), 'registry.mapMeasures', { measure: 'openCases' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

    h.call(h.adminToken, 'registry.createDispute', { gridId: t.grid1.id, foundDate: '2026-01-05', parties: '李某与王某', kind: 'family', summary: '赡养纠纷' });
    const form = sheetText((await openXlsx((await h.job(h.adminToken, 'registry.form', { form: 'disputes', unitId: t.grid1.id })).base64)).worksheets[0]!);
    const lines = form.slice(3).filter((r) => /^\d+$/.test(r[0] ?? ''));
    expect(lines.map((r) => r[2])).toEqual(['李某与王某', '张三']);
    expect(lines[1]![4]).toContain('邻居占用通道');
    expect(lines[1]![9]).toMatch(/^事件/);
  });
});
