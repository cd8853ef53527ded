// Ledger views (SPEC §2): per grid and per category, search by name/ID/phone/address and
// pinyin initials, filters and counts; record pages linking household, house and history;
// editing with the checks a clerk expects.
import { describe, expect, it } from 'vitest';
import { cid, setupTown } from './registry-fixture';

function populate() {
  const t = setupTown({ now: () => Date.parse('2026-11-21T02:00:00Z') });
  const { h } = t;
  const house = h.call(h.adminToken, 'registry.createHouse', {
    gridId: t.grid3.id,
    address: '凤栖路12号',
    unit: '2单元',
    room: '301',
    isRental: true,
    rentalUse: 'living',
    landlordName: '王建国',
    landlordPhone: '13905791234',
    usage: 'residential',
  });
  const mk = (n: number, name: string, birth: string, extra: Record<string, unknown> = {}) =>
    h.call(h.adminToken, 'registry.createPerson', { citizenId: cid(n, birth), name, residenceType: 'registered', gridId: t.grid1.id, ...extra });
  const zhang = mk(1, '张三', '1950-01-01', { phone: '13800000001', careTags: ['empty_nest'], address: '青石村8号' });
  const li = mk(2, '李四', '1990-05-05', { politicalStatus: 'party_member', employer: '青溪五金厂' });
  const wang = mk(4, '王芳', '2000-02-02', { residenceType: 'floating', gridId: t.grid3.id, houseId: house.id, arrivalDate: '2024-03-01' });
  const hh = h.call(h.adminToken, 'registry.createHousehold', { gridId: t.grid1.id, householdNo: 'QS-001', headPersonId: zhang.id });
  h.call(h.adminToken, 'registry.updatePerson', { id: li.id, householdId: hh.id, relationToHead: '子女' });
  h.call(h.adminToken, 'registry.createOrganisation', { gridId: t.grid3.id, name: '凤栖便民超市', kind: 'small_shop', safetyGrade: 'C', keySupervision: true });
  h.call(h.adminToken, 'registry.createFacility', { gridId: t.grid3.id, kind: 'hydrant', code: 'XHS-001', condition: 'damaged', lon: 120.1, lat: 29.3 });
  h.call(h.adminToken, 'registry.createDispute', { gridId: t.grid1.id, foundDate: '2026-11-15', parties: '张三与李四', kind: 'neighbour', summary: '排水沟堵塞' });
  return { ...t, house, zhang, li, wang, hh };
}

describe('ledger views', () => {
  it('searches by name, pinyin initials, address and employer, within a grid or a village', () => {
    const t = populate();
    const { h } = t;
    const names = (input: Record<string, unknown>) => h.call(h.adminToken, 'registry.people', input as never).rows.map((r) => r.name);
    expect(names({ search: 'zs' })).toEqual(['张三']);
    expect(names({ search: '李' })).toEqual(['李四']);
    expect(names({ search: '青石村8号' })).toEqual(['张三']);
    expect(names({ search: '五金' })).toEqual(['李四']);
    expect(names({ unitId: t.villageId }).sort()).toEqual(['张三', '李四'].sort());
    expect(names({ unitId: t.grid3.id })).toEqual(['王芳']);
    expect(names({ unitId: t.communityId, residenceType: 'floating' })).toEqual(['王芳']);
    expect(names({ inRental: true })).toEqual(['王芳']);
    expect(h.call(h.adminToken, 'registry.people', { limit: 1 })).toMatchObject({ total: 3 });
    expect(h.call(h.adminToken, 'registry.organisations', { search: 'fq' }).rows.map((o) => o.name)).toEqual(['凤栖便民超市']);
    expect(h.call(h.adminToken, 'registry.houses', { search: '王建国' }).total).toBe(1);
  });

  it('filters by age, care tag and Party membership, and counts the 8 categories per grid and for the town', () => {
    const t = populate();
    const { h } = t;
    expect(h.call(h.adminToken, 'registry.people', { ageMin: 60 }).rows.map((r) => [r.name, r.age])).toEqual([['张三', 76]]);
    expect(h.call(h.adminToken, 'registry.people', { ageMin: 16, ageMax: 59 }).total).toBe(2);
    const town = h.call(h.adminToken, 'registry.overview', {});
    expect(town.stats).toMatchObject({ population: 3, registered: 2, floating: 1, households: 1, houses: 1, rentals: 1, organisations: 1, smallPremises: 1, facilities: 1, special: 0, disputesOpen: 1 });
    expect(town.categories.map((c) => c.label)).toEqual(['党群组织', '经济财政', '综治维稳', '社会事务', '人口计生', '劳动保障', '城市管理', '文教体育']);
    const entry = (o: typeof town, key: string) => o.categories.flatMap((c) => c.entries).find((e) => e.key === key)!;
    expect(entry(town, 'party_members').count).toBe(1);
    expect(entry(town, 'empty_nest').count).toBe(1);
    expect(entry(town, 'elderly').count).toBe(1);
    expect(entry(town, 'rentals').count).toBe(1);
    expect(entry(town, 'small_premises').count).toBe(1);
    expect(entry(town, 'facilities_broken').count).toBe(1);
    expect(entry(town, 'key_supervision').count).toBe(1);
    const grid1 = h.call(h.adminToken, 'registry.overview', { unitId: t.grid1.id });
    expect(grid1.unit).toMatchObject({ name: '青石村第1网格', kind: 'grid' });
    expect(grid1.stats).toMatchObject({ population: 2, rentals: 0, organisations: 0 });
    // An entry's query opens the ledger with that slice, in that grid.
    const q = entry(grid1, 'party_members').query;
    expect(q).toEqual({ kind: 'person', filter: { politicalStatuses: ['party_member', 'probationary'], unitId: t.grid1.id } });
    expect(h.call(h.adminToken, 'registry.people', { ...(q.filter as object) }).rows.map((r) => r.name)).toEqual(['李四']);
  });

  it('shows a person with household, members, house and change history', () => {
    const t = populate();
    const { h } = t;
    const page = h.call(h.adminToken, 'registry.person', { id: t.li.id });
    expect(page.household).toMatchObject({ householdNo: 'QS-001', headName: '张三', memberCount: 2 });
    expect(page.members.map((m) => [m.name, m.relationToHead])).toEqual([
      ['张三', '户主'],
      ['李四', '子女'],
    ]);
    expect(page.specials).toEqual([]);
    expect(page.cases).toEqual([]);
    expect(page.history.map((e) => e.actionLabel)).toEqual(['修改', '新建']);
    expect(page.history[0]!.changes).toEqual([
      { field: 'household_id', label: '所在户', from: null, to: 'QS-001' },
      { field: 'relation_to_head', label: '与户主关系', from: null, to: '子女' },
    ]);
    const house = h.call(h.adminToken, 'registry.house', { id: t.house.id });
    expect(house.house).toMatchObject({ isRental: true, residentCount: 1, landlordName: '王建国', landlordPhone: '13905791234' });
    expect(house.residents.map((r) => r.name)).toEqual(['王芳']);
  });

  it('refuses duplicate IDs, bad IDs, duplicate addresses and codes, and archives instead of deleting', () => {
    const t = populate();
    const { h } = t;
    const err = (method: string, input: unknown) => {
      const r = h.core.invoke(h.adminToken, method, input);
      if (r.ok) throw new Error('unexpected success');
      return r.error;
    };
    expect(err('registry.createPerson', { citizenId: cid(1, '1950-01-01'), name: '重复', residenceType: 'registered', gridId: t.grid2.id })).toMatchObject({
      code: 'CONFLICT',
      message: '该身份证号已在“青石村第1网格”登记，请勿重复录入',
    });
    expect(err('registry.createPerson', { citizenId: '330782195001010010', name: '坏', residenceType: 'registered', gridId: t.grid2.id }).message).toContain('校验位错误');
    // A foreign resident may be registered with a passport number, with birth date and gender given.
    const foreigner = h.call(h.adminToken, 'registry.createPerson', { citizenId: 'E12345678', name: 'John Smith', residenceType: 'foreign', gridId: t.grid3.id, birthDate: '1980-07-01', gender: 'M', nationality: '英国' });
    expect(foreigner).toMatchObject({ citizenId: 'E12345678', birthDate: '1980-07-01', gender: 'M' });
    expect(err('registry.createHouse', { gridId: t.grid3.id, address: '凤栖路 12 号', unit: '2单元', room: '301室' })).toMatchObject({ code: 'CONFLICT' });
    expect(err('registry.createFacility', { gridId: t.grid1.id, kind: 'camera', code: 'XHS-001' }).code).toBe('CONFLICT');
    expect(err('registry.updatePerson', { id: t.li.id, gridId: t.villageId }).message).toContain('所属网格不存在');
    const before = h.call(h.adminToken, 'registry.people', {}).total;
    h.call(h.adminToken, 'registry.archive', { kind: 'person', id: t.wang.id, archived: true });
    expect(h.call(h.adminToken, 'registry.people', {}).total).toBe(before - 1);
    expect(h.call(h.adminToken, 'registry.people', { includeArchived: true }).total).toBe(before);
    const history = h.call(h.adminToken, 'registry.history', { table: 'person', id: t.wang.id });
    expect(history[0]).toMatchObject({ actionLabel: '归档', changes: [{ field: 'archived', from: '否', to: '是' }] });
  });
});
