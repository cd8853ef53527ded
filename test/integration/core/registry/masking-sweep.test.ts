// Rebuilding an ID from what a masked account is answered fails, whatever it asks: every read
// method of the ledgers (lists, record pages, histories, figures, contact cards) and the case
// pages, called by every role without the sensitive-data permission that may call it, for a
// person, a landlord and a caller whose IDs and phones are known. No answer holds a whole
// ID, the ID's birth-date digits in any spelling, a whole mobile, or the masked parts of an ID
// beside its visible ones (which together would give it back).
import { describe, expect, it } from 'vitest';
import { api, type MethodName } from '../../../../shared/api';
import { ROLES, roleHas } from '../../../../shared/auth/roles';
import { HISTORY_TABLES } from '../../../../shared/registry/field-labels';
import { cid, setupTown } from './registry-fixture';

const PERSON_ID = cid(7, '1962-08-19');
const LANDLORD_ID = cid(31, '1958-03-04');
const SECRETS = [
  PERSON_ID,
  LANDLORD_ID,
  PERSON_ID.slice(6, 14),
  LANDLORD_ID.slice(6, 14),
  '1962-08-19',
  '1958-03-04',
  '1962年8月19日',
  '1958年3月4日',
  '13955550001',
  '13905791234',
  '13812345678',
];

describe('masked answers give nothing back', () => {
  it('no read method answers a masked account with a whole ID, a birth date or a whole mobile', async () => {
    const t = setupTown({ now: () => Date.parse('2026-11-30T02:00:00Z') });
    const { h } = t;
    const house = h.call(h.adminToken, 'registry.createHouse', {
      gridId: t.grid1.id,
      address: '青石村2号',
      isRental: true,
      usage: 'residential',
      landlordName: '王建国',
      landlordPhone: '13905791234',
      landlordCitizenId: LANDLORD_ID,
    });
    const person = h.call(h.adminToken, 'registry.createPerson', {
      citizenId: PERSON_ID,
      name: '李四',
      phone: '13955550001',
      residenceType: 'registered',
      gridId: t.grid1.id,
      houseId: house.id,
      address: '青石村2号',
    });
    const household = h.call(h.adminToken, 'registry.createHousehold', { gridId: t.grid1.id, householdNo: 'QS-001', headPersonId: person.id, houseId: house.id });
    h.call(h.adminToken, 'registry.updatePerson', { ...person, householdId: household.id, phone: '13955550001' } as never);
    const org = h.call(h.adminToken, 'registry.createOrganisation', { gridId: t.grid1.id, name: '青石五金店', kind: 'individual', address: '青石村3号', legalPerson: '赵六', phone: '13812345678' });
    const category = h.call(h.adminToken, 'catalogue.tree', {}).find((c) => c.name === '环境卫生')!;
    const kase = h.call(h.adminToken, 'cases.register', {
      source: 'resident_phone',
      categoryId: category.id,
      handlingType: 'general',
      title: '门口垃圾未清运',
      description: '群众来电反映',
      address: '青石村2号',
      gridId: t.grid1.id,
      reporterName: '李四',
      reporterPhone: '13955550001',
    });
    h.serve('grid_worker', [t.grid1.id]);

    const ids: Record<string, string> = { person: person.id, household: household.id, house: house.id, organisation: org.id };
    const inputs = (m: MethodName): unknown[] => {
      if (m === 'registry.history') return HISTORY_TABLES.filter((table) => ids[table]).map((table) => ({ table, id: ids[table] }));
      if (m === 'cases.get') return [{ id: kase.id }];
      if (m === 'cases.byNumber') return [{ number: kase.number }];
      const kind = m.slice('registry.'.length);
      if (ids[kind]) return [{ id: ids[kind] }];
      if (m === 'registry.contactCards') return [{ gridId: t.grid1.id }];
      return [{}, { search: '李四' }, { search: PERSON_ID.slice(0, 6) }];
    };
    const readMethods = (Object.keys(api) as MethodName[]).filter(
      (m) => (m.startsWith('registry.') || m === 'cases.get' || m === 'cases.byNumber') && !api[m].writes && !api[m].job && api[m].access !== 'public',
    );
    const masked = ROLES.filter((r) => !roleHas(r, 'sensitive.read'));
    let answered = 0;
    for (const role of masked) {
      const token = h.tokenFor(role);
      for (const method of readMethods) {
        for (const input of inputs(method)) {
          const r = await h.core.invokeAsync(token, method, input);
          if (!r.ok) continue;
          answered++;
          const text = JSON.stringify(r.data);
          for (const secret of SECRETS) expect(text.includes(secret), `${method} ${JSON.stringify(input)} as ${role} holds ${secret}`).toBe(false);
        }
      }
    }
    // The sweep read something: the masked roles do see these records, masked.
    expect(answered).toBeGreaterThan(30);
  });
});
