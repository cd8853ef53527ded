// Server-side sorting of the ledger lists: the fields each ledger may be sorted by (the core
// maps each to SQL columns; nothing the user types reaches the SQL). Without `sort` a list keeps
// its default order (grid, household/address, name).
import { z } from 'zod';
import type { LedgerKind } from './registry-types';

export const SORT_DIRS = ['asc', 'desc'] as const;
export type SortDir = (typeof SORT_DIRS)[number];

export const LEDGER_SORT_FIELDS = {
  /** name sorts by pinyin initials; age ascending = youngest first, birthDate ascending = oldest first. */
  person: ['name', 'age', 'birthDate', 'gender', 'residenceType', 'householdNo', 'address', 'grid'],
  household: ['householdNo', 'headName', 'memberCount', 'address', 'grid'],
  house: ['address', 'areaM2', 'usage', 'structure', 'isRental', 'occupants', 'residentCount', 'grid'],
  building: ['name', 'address', 'floors', 'houseCount', 'grid'],
  organisation: ['name', 'kind', 'address', 'employees', 'areaM2', 'safetyGrade', 'keySupervision', 'grid'],
  facility: ['code', 'kind', 'name', 'location', 'condition', 'grid'],
  special: ['name', 'kind', 'supervisionLevel', 'status', 'lastVisitDate', 'visitCount', 'grid'],
  dispute: ['foundDate', 'kind', 'status', 'resolvedDate', 'grid'],
} as const satisfies Record<LedgerKind, readonly [string, ...string[]]>;

export type LedgerSortField<K extends LedgerKind> = (typeof LEDGER_SORT_FIELDS)[K][number];

export interface LedgerSort<K extends LedgerKind = LedgerKind> {
  field: LedgerSortField<K>;
  dir: SortDir;
}

const sortOf = <T extends readonly [string, ...string[]]>(fields: T) =>
  z.object({ field: z.enum(fields, { error: '不支持按该列排序' }), dir: z.enum(SORT_DIRS) }).optional();

/** The optional `sort` input of each ledger's list method. */
export const LEDGER_SORT_SCHEMAS = {
  person: sortOf(LEDGER_SORT_FIELDS.person),
  household: sortOf(LEDGER_SORT_FIELDS.household),
  house: sortOf(LEDGER_SORT_FIELDS.house),
  building: sortOf(LEDGER_SORT_FIELDS.building),
  organisation: sortOf(LEDGER_SORT_FIELDS.organisation),
  facility: sortOf(LEDGER_SORT_FIELDS.facility),
  special: sortOf(LEDGER_SORT_FIELDS.special),
  dispute: sortOf(LEDGER_SORT_FIELDS.dispute),
} as const;

export function isSortField<K extends LedgerKind>(kind: K, field: string): field is LedgerSortField<K> {
  return (LEDGER_SORT_FIELDS[kind] as readonly string[]).includes(field);
}
