import { describe, expect, it } from 'vitest';
import { headerKey, IMPORT_SPECS, suggestMapping } from '../../../../shared/registry/import-fields';
import { addressKey } from '../../../../shared/registry/address-key';
import { LEDGER_CATEGORIES, LEDGER_ENTRIES } from '../../../../shared/registry/ledger-categories';
import { LEDGER_FILTER_SCHEMAS } from '../../../../shared/registry/ledger-filters';

describe('column mapping', () => {
  it('maps the headers offices use to the people ledger fields', () => {
    const headers = ['序号', '名字', '公民身份号码（必填）', '手机号码', '人口类型', '网格编码', '户口所在地', '实际居住地址', '户编号', '与户主的关系', '服务处所', '从事职业', '备注'];
    expect(suggestMapping(headers, IMPORT_SPECS.person.fields)).toMatchObject({
      name: 1,
      citizenId: 2,
      phone: 3,
      residenceType: 4,
      grid: 5,
      householdAddress: 6,
      address: 7,
      householdNo: 8,
      relation: 9,
      employer: 10,
      occupation: 11,
      notes: 12,
      gender: null,
    });
  });

  it('maps by containment when no header matches exactly, one column per field', () => {
    const m = suggestMapping(['居民姓名', '居民身份证号码', '户籍地址', '居住地址'], IMPORT_SPECS.person.fields);
    expect(m).toMatchObject({ name: 0, citizenId: 1, householdAddress: 2, address: 3 });
    expect(headerKey(' 姓 名* (必填)')).toBe('姓名');
  });

  it('recognises house, organisation and facility headers', () => {
    expect(suggestMapping(['坐落', '幢', '室', '出租人', '出租人电话'], IMPORT_SPECS.house.fields)).toMatchObject({ address: 0, building: 1, room: 2, landlordName: 3, landlordPhone: 4 });
    expect(suggestMapping(['店招名称', '行业类别', '经营者', '安全分级'], IMPORT_SPECS.organisation.fields)).toMatchObject({ name: 0, kind: 1, legalPerson: 2, safetyGrade: 3 });
    expect(suggestMapping(['设施编码', '设施类别', 'longitude', 'latitude'], IMPORT_SPECS.facility.fields)).toMatchObject({ code: 0, kind: 1, lon: 2, lat: 3 });
  });
});

describe('address keys', () => {
  it('gives the same key to spellings of the same address', () => {
    const k = addressKey('凤栖路12号', '3幢', '2单元', '301');
    expect(addressKey('凤栖路 12号3栋2单元301室')).toBe(k);
    expect(addressKey('凤栖路１２号', '三号楼', '二单元', '301室')).toBe(k);
    expect(addressKey('凤栖路12号', '3幢', '2单元', '302')).not.toBe(k);
  });
});

describe('ledger categories', () => {
  it('covers the 8 handbook categories with valid ledger filters', () => {
    expect(new Set(LEDGER_ENTRIES.map((e) => e.category))).toEqual(new Set(LEDGER_CATEGORIES));
    expect(new Set(LEDGER_ENTRIES.map((e) => e.key)).size).toBe(LEDGER_ENTRIES.length);
    for (const e of LEDGER_ENTRIES) expect(LEDGER_FILTER_SCHEMAS[e.kind].safeParse(e.filter).success).toBe(true);
  });
});
