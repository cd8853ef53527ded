// The 8 ledger categories of the grid handbook (SPEC §2: 一项工作一组数据) and, in one table,
// which slice of which ledger belongs to each. The per-category view lists these entries
// with their counts; opening one shows the ledger with the entry's filter.
import type { LedgerQuery } from './ledger-filters';
import { SMALL_PREMISES_KINDS } from './registry-types';

export const LEDGER_CATEGORY_LABELS = {
  party: '党群组织',
  economy: '经济财政',
  stability: '综治维稳',
  social: '社会事务',
  population: '人口计生',
  labour: '劳动保障',
  urban: '城市管理',
  culture: '文教体育',
} as const;
export type LedgerCategory = keyof typeof LEDGER_CATEGORY_LABELS;
export const LEDGER_CATEGORIES = Object.keys(LEDGER_CATEGORY_LABELS) as LedgerCategory[];

export type LedgerEntry = {
  key: string;
  category: LedgerCategory;
  label: string;
} & LedgerQuery;

export const LEDGER_ENTRIES: readonly LedgerEntry[] = [
  // 党群组织
  { key: 'party_members', category: 'party', label: '党员', kind: 'person', filter: { politicalStatuses: ['party_member', 'probationary'] } },
  { key: 'league_members', category: 'party', label: '共青团员', kind: 'person', filter: { politicalStatuses: ['league'] } },
  { key: 'party_orgs', category: 'party', label: '党组织', kind: 'organisation', filter: { kinds: ['party'] } },
  { key: 'social_orgs', category: 'party', label: '社会组织', kind: 'organisation', filter: { kinds: ['social'] } },
  // 经济财政
  { key: 'enterprises', category: 'economy', label: '企业', kind: 'organisation', filter: { kinds: ['enterprise'] } },
  { key: 'individual_businesses', category: 'economy', label: '个体工商户', kind: 'organisation', filter: { kinds: ['individual'] } },
  { key: 'shops', category: 'economy', label: '商铺', kind: 'house', filter: { usages: ['shop', 'mixed'] } },
  // 综治维稳
  { key: 'special_all', category: 'stability', label: '特殊人群', kind: 'special', filter: { status: 'active' } },
  { key: 'special_released', category: 'stability', label: '刑满释放/安置帮教', kind: 'special', filter: { kinds: ['released'], status: 'active' } },
  { key: 'special_correction', category: 'stability', label: '社区矫正', kind: 'special', filter: { kinds: ['correction'], status: 'active' } },
  { key: 'special_drug', category: 'stability', label: '吸毒/社区戒毒', kind: 'special', filter: { kinds: ['drug'], status: 'active' } },
  { key: 'special_mental', category: 'stability', label: '严重精神障碍', kind: 'special', filter: { kinds: ['mental'], status: 'active' } },
  { key: 'special_youth', category: 'stability', label: '重点青少年', kind: 'special', filter: { kinds: ['youth'], status: 'active' } },
  { key: 'special_petition', category: 'stability', label: '重点上访', kind: 'special', filter: { kinds: ['petition'], status: 'active' } },
  { key: 'rentals', category: 'stability', label: '出租房屋', kind: 'house', filter: { isRental: true } },
  { key: 'disputes_open', category: 'stability', label: '矛盾纠纷（调处中）', kind: 'dispute', filter: { status: 'open' } },
  { key: 'key_supervision', category: 'stability', label: '重点监管场所', kind: 'organisation', filter: { keySupervision: true } },
  // 社会事务
  { key: 'elderly', category: 'social', label: '60岁以上老人', kind: 'person', filter: { ageMin: 60 } },
  { key: 'empty_nest', category: 'social', label: '空巢老人', kind: 'person', filter: { careTag: 'empty_nest' } },
  { key: 'living_alone', category: 'social', label: '独居老人', kind: 'person', filter: { careTag: 'living_alone' } },
  { key: 'disabled', category: 'social', label: '残疾人', kind: 'person', filter: { careTag: 'disabled' } },
  { key: 'low_income', category: 'social', label: '低保户', kind: 'person', filter: { careTag: 'low_income' } },
  { key: 'extreme_poverty', category: 'social', label: '特困人员', kind: 'person', filter: { careTag: 'extreme_poverty' } },
  { key: 'entitled', category: 'social', label: '优抚对象', kind: 'person', filter: { careTag: 'entitled' } },
  { key: 'seriously_ill', category: 'social', label: '重病患者', kind: 'person', filter: { careTag: 'seriously_ill' } },
  // 人口计生
  { key: 'population', category: 'population', label: '实有人口', kind: 'person', filter: {} },
  { key: 'registered', category: 'population', label: '户籍人口', kind: 'person', filter: { residenceType: 'registered' } },
  { key: 'floating', category: 'population', label: '流动人口', kind: 'person', filter: { residenceType: 'floating' } },
  { key: 'separated', category: 'population', label: '人户分离', kind: 'person', filter: { residenceType: 'separated' } },
  { key: 'foreign', category: 'population', label: '境外人员', kind: 'person', filter: { residenceType: 'foreign' } },
  { key: 'childbearing_women', category: 'population', label: '育龄妇女（15–49岁）', kind: 'person', filter: { gender: 'F', ageMin: 15, ageMax: 49 } },
  { key: 'households', category: 'population', label: '户', kind: 'household', filter: {} },
  // 劳动保障
  { key: 'hard_to_employ', category: 'labour', label: '4050就业困难人员', kind: 'person', filter: { careTag: 'hard_to_employ' } },
  { key: 'unemployed', category: 'labour', label: '失业人员', kind: 'person', filter: { careTag: 'unemployed' } },
  { key: 'working_age', category: 'labour', label: '劳动年龄人口（16–59岁）', kind: 'person', filter: { ageMin: 16, ageMax: 59 } },
  // 城市管理
  { key: 'facilities', category: 'urban', label: '部件设施', kind: 'facility', filter: {} },
  { key: 'facilities_broken', category: 'urban', label: '损坏/缺失部件', kind: 'facility', filter: { conditions: ['damaged', 'missing'] } },
  { key: 'small_premises', category: 'urban', label: '九小场所', kind: 'organisation', filter: { kinds: [...SMALL_PREMISES_KINDS] } },
  { key: 'live_work', category: 'urban', label: '三合一场所', kind: 'organisation', filter: { kinds: ['live_work'] } },
  { key: 'hazard_premises', category: 'urban', label: '存在隐患场所（C/D级）', kind: 'organisation', filter: { safetyGrades: ['C', 'D'] } },
  { key: 'houses', category: 'urban', label: '房屋', kind: 'house', filter: {} },
  { key: 'buildings', category: 'urban', label: '楼栋', kind: 'building', filter: {} },
  // 文教体育
  { key: 'schools', category: 'culture', label: '学校/幼儿园', kind: 'organisation', filter: { kinds: ['small_school'] } },
  { key: 'culture_venues', category: 'culture', label: '文化体育场所', kind: 'organisation', filter: { kinds: ['culture_sport'] } },
  { key: 'fitness', category: 'culture', label: '健身器材', kind: 'facility', filter: { kinds: ['fitness'] } },
  { key: 'left_behind_children', category: 'culture', label: '留守儿童', kind: 'person', filter: { careTag: 'left_behind_child' } },
  { key: 'school_age', category: 'culture', label: '学龄人口（6–17岁）', kind: 'person', filter: { ageMin: 6, ageMax: 17 } },
];

export function ledgerEntry(key: string): LedgerEntry | undefined {
  return LEDGER_ENTRIES.find((e) => e.key === key);
}
