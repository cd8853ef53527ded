// Server-side sorting of the ledgers (whitelisted fields, empty values last, paging stays on
// the server) and the order of a household's members (户主 first, then by relation and age).
import { describe, expect, it } from 'vitest';
import { cid, setupTown } from './registry-fixture';

function populate() {
  const t = setupTown({ now: () => Date.parse('2026-11-21T02:00:00Z') });
  const { h } = t;
  const mk = (n: number, name: string, birth: string, extra: Record<string, unknown> = {}) =>
    h.call(h.adminToken, 'registry.createPerson', { citizenId: cid(n, birth), name, residenceType: 'registered', gridId: t.grid1.id, ...extra });
  const people = {
    head: mk(1, '张三', '1950-01-01'),
    child: mk(3, '李四', '1990-05-05', { residenceType: 'floating' }),
    spouse: mk(5, '赵梅', '1952-03-03'),
    mother: mk(7, '钱英', '1930-07-07'),
    grandson: mk(9, '张小宝', '2015-09-09', { gridId: t.grid2.id }),
    nephew: mk(11, '孙侄', '1995-01-01'),
    younger: mk(13, '周小妹', '1993-02-02'),
  };
  // A foreign resident without a birth date on file.
  h.call(h.adminToken, 'registry.createPerson', { citizenId: 'E12345678', name: '安娜', residenceType: 'foreign', gridId: t.grid3.id, nationality: '俄罗斯' });
  const hh = h.call(h.adminToken, 'registry.createHousehold', { gridId: t.grid1.id, householdNo: 'QS-001', headPersonId: people.head.id });
  const join = (p: { id: string }, relationToHead: string) => h.call(h.adminToken, 'registry.updatePerson', { id: p.id, householdId: hh.id, relationToHead });
  // Joined out of order on purpose.
  join(people.nephew, '侄子');
  join(people.mother, '母亲');
  join(people.grandson, '孙子');
  join(people.younger, '女儿');
  join(people.child, '儿子');
  join(people.spouse, '配偶');
  return { ...t, people, hh };
}

describe('ledger sorting', () => {
  it('sorts people by birth date: oldest first ascending, youngest first descending, unknown dates last', () => {
    const { h } = populate();
    const names = (sort: unknown, extra: Record<string, unknown> = {}) =>
      h.call(h.adminToken, 'registry.people', { sort, ...extra } as never).rows.map((r) => r.name);
    const asc = names({ field: 'birthDate', dir: 'asc' });
    expect(asc.slice(0, 3)).toEqual(['钱英', '张三', '赵梅']);
    expect(asc.at(-1)).toBe('安娜');
    const desc = names({ field: 'birthDate', dir: 'desc' });
    expect(desc.slice(0, 2)).toEqual(['张小宝', '孙侄']);
    expect(desc.at(-1)).toBe('安娜');
    // Age is the other way round; paging follows the sort.
    expect(names({ field: 'age', dir: 'asc' }, { limit: 2 })).toEqual(['张小宝', '孙侄']);
    expect(names({ field: 'age', dir: 'asc' }, { limit: 2, offset: 2 })).toEqual(['周小妹', '李四']);
    expect(names({ field: 'name', dir: 'asc' }).slice(0, 3)).toEqual(['安娜', '李四', '钱英']);
    expect(names({ field: 'residenceType', dir: 'asc' })[0]).toBe('李四');
    expect(names({ field: 'grid', dir: 'desc' })[0]).toBe('安娜');
  });

  it('keeps the default order without a sort and sorts the other ledgers by their own fields', () => {
    const t = populate();
    const { h } = t;
    const def = h.call(h.adminToken, 'registry.people', {}).rows.map((r) => r.name);
    expect(def.at(-1)).toBe('安娜');
    h.call(h.adminToken, 'registry.createDispute', { gridId: t.grid1.id, foundDate: '2026-10-01', parties: '甲与乙', kind: 'neighbour', summary: '占道' });
    h.call(h.adminToken, 'registry.createDispute', { gridId: t.grid1.id, foundDate: '2026-11-15', parties: '丙与丁', kind: 'neighbour', summary: '排水' });
    expect(h.call(h.adminToken, 'registry.disputes', {}).rows.map((d) => d.parties)).toEqual(['丙与丁', '甲与乙']);
    expect(h.call(h.adminToken, 'registry.disputes', { sort: { field: 'foundDate', dir: 'asc' } }).rows.map((d) => d.parties)).toEqual(['甲与乙', '丙与丁']);
    h.call(h.adminToken, 'registry.createOrganisation', { gridId: t.grid3.id, name: '凤栖超市', kind: 'small_shop', employees: 3 });
    h.call(h.adminToken, 'registry.createOrganisation', { gridId: t.grid1.id, name: '青溪五金厂', kind: 'enterprise', employees: 40 });
    expect(h.call(h.adminToken, 'registry.organisations', { sort: { field: 'employees', dir: 'desc' } }).rows.map((o) => o.name)).toEqual(['青溪五金厂', '凤栖超市']);
    expect(h.call(h.adminToken, 'registry.households', { sort: { field: 'memberCount', dir: 'desc' } }).rows[0]).toMatchObject({ householdNo: 'QS-001', memberCount: 7 });
  });

  it('refuses an unknown sort field or direction as bad input', () => {
    const { h } = populate();
    for (const sort of [{ field: 'citizen_id', dir: 'asc' }, { field: 'name; DROP TABLE person', dir: 'asc' }, { field: 'name', dir: 'up' }, { field: 'foundDate', dir: 'asc' }]) {
      expect(h.core.invoke(h.adminToken, 'registry.people', { sort } as never)).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    }
    expect(h.core.invoke(h.adminToken, 'registry.disputes', { sort: { field: 'birthDate', dir: 'asc' } } as never)).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
  });
});

describe('household members', () => {
  const ORDER = ['张三', '赵梅', '李四', '周小妹', '张小宝', '钱英', '孙侄'];

  it('lists the head first, then spouse, children (older first), grandchildren, parents and others', () => {
    const { h, people, hh } = populate();
    expect(h.call(h.adminToken, 'registry.household', { id: hh.id }).members.map((m) => m.name)).toEqual(ORDER);
    expect(h.call(h.adminToken, 'registry.person', { id: people.nephew.id }).members.map((m) => m.name)).toEqual(ORDER);
    expect(h.call(h.adminToken, 'registry.people', { householdId: hh.id }).rows.map((m) => m.name)).toEqual(ORDER);
  });
});
