// The ledgers shown on the 基础台账 page: their tabs, list/record methods and permissions.
import type { Permission } from '../../../../shared/auth/roles';
import type { LedgerFilters } from '../../../../shared/registry/ledger-filters';
import type { LedgerSort } from '../../../../shared/registry/ledger-sort';
import type { LedgerRows, ListResult } from '../../../../shared/registry/registry-records';
import type { ImportKind, LedgerKind } from '../../../../shared/registry/registry-types';
import { invoke } from '../../app/api-client';

export interface LedgerTab {
  kind: LedgerKind;
  label: string;
  /** The list method (its name is the query key, so `changed` events refresh the view). */
  method: ListMethod;
  permission?: Permission;
  /** The Excel import of this ledger, when it has one. */
  importKind?: ImportKind;
  /** Search box hint. */
  searchHint: string;
}

export type ListMethod =
  | 'registry.people'
  | 'registry.households'
  | 'registry.houses'
  | 'registry.buildings'
  | 'registry.organisations'
  | 'registry.facilities'
  | 'registry.specials'
  | 'registry.disputes';

export const LEDGER_TABS: readonly LedgerTab[] = [
  { kind: 'person', label: '实有人口', method: 'registry.people', importKind: 'person', searchHint: '姓名、身份证号、电话、地址、单位；拼音首字母如 zw' },
  { kind: 'household', label: '户', method: 'registry.households', searchHint: '户号、户主姓名、地址；拼音首字母' },
  { kind: 'house', label: '房屋（含出租）', method: 'registry.houses', importKind: 'house', searchHint: '地址、房东姓名、电话；拼音首字母' },
  { kind: 'building', label: '楼栋', method: 'registry.buildings', searchHint: '楼栋名称、地址' },
  { kind: 'organisation', label: '单位场所', method: 'registry.organisations', importKind: 'organisation', searchHint: '名称、负责人、电话、地址；拼音首字母' },
  { kind: 'facility', label: '部件设施', method: 'registry.facilities', importKind: 'facility', searchHint: '部件编码、名称、位置' },
  { kind: 'special', label: '特殊人群', method: 'registry.specials', permission: 'special.read', importKind: 'special', searchHint: '姓名、身份证号、电话；拼音首字母' },
  { kind: 'dispute', label: '矛盾纠纷', method: 'registry.disputes', importKind: 'dispute', searchHint: '当事人、简要情况、调解人' },
];

export function ledgerTab(kind: LedgerKind): LedgerTab {
  return LEDGER_TABS.find((t) => t.kind === kind) ?? LEDGER_TABS[0]!;
}

export type AnyFilter = LedgerFilters[LedgerKind];

export interface PageRequest {
  offset: number;
  limit: number;
  reveal?: boolean;
  /** Server-side order (a whitelisted field of the ledger); none keeps the default. */
  sort?: LedgerSort;
}

/** One page of a ledger; the input object is also the query key. */
export function ledgerInput(filter: AnyFilter, page: PageRequest): Record<string, unknown> {
  const input: Record<string, unknown> = { ...filter, offset: page.offset, limit: page.limit };
  if (page.reveal) input.reveal = true;
  if (page.sort) input.sort = page.sort;
  for (const k of Object.keys(input)) if (input[k] === undefined || input[k] === '') delete input[k];
  return input;
}

export function fetchLedger<K extends LedgerKind>(kind: K, input: Record<string, unknown>): Promise<ListResult<LedgerRows[K]>> {
  const method = ledgerTab(kind).method;
  // The tab table ties each kind to its list method; the input was built from that kind's filter.
  return (invoke as (m: ListMethod, i: unknown) => Promise<ListResult<LedgerRows[K]>>)(method, input);
}

/** Record kinds that have a record page (drawer). */
export type RecordKind = 'person' | 'household' | 'house' | 'organisation' | 'facility' | 'special' | 'dispute' | 'building';

export interface RecordTarget {
  kind: RecordKind;
  id: string;
}
