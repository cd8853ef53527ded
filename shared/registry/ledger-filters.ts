// Filters of the ledger views. The same filter object drives the list, its counts and its
// Excel export, and the per-category entries (ledger-categories.ts) are presets of them.
import { z } from 'zod';
import {
  CARE_TAGS,
  DISPUTE_KINDS,
  DISPUTE_STATUSES,
  FACILITY_CONDITIONS,
  FACILITY_KINDS,
  HOUSE_USAGES,
  ORG_KINDS,
  POLITICAL_STATUSES,
  RESIDENCE_TYPES,
  SAFETY_GRADES,
  SPECIAL_KINDS,
  SPECIAL_STATUSES,
  SUPERVISION_LEVELS,
} from './registry-types';

const common = {
  /** Any organisation unit: a grid, or a village/community/town meaning all grids under it. */
  unitId: z.string().min(1).optional(),
  /** Free text: name, citizen ID, phone, address; pinyin initials ('zs' finds 张三). */
  search: z.string().trim().max(60).optional(),
  includeArchived: z.boolean().optional(),
};

export const personFilter = z.object({
  ...common,
  residenceType: z.enum(RESIDENCE_TYPES).optional(),
  careTag: z.enum(CARE_TAGS).optional(),
  politicalStatuses: z.array(z.enum(POLITICAL_STATUSES)).max(10).optional(),
  gender: z.enum(['M', 'F']).optional(),
  ageMin: z.number().int().min(0).max(150).optional(),
  ageMax: z.number().int().min(0).max(150).optional(),
  houseId: z.string().optional(),
  householdId: z.string().optional(),
  /** Only people living in rented houses (tenants). */
  inRental: z.boolean().optional(),
});
export type PersonFilter = z.infer<typeof personFilter>;

export const householdFilter = z.object({ ...common, houseId: z.string().optional() });
export type HouseholdFilter = z.infer<typeof householdFilter>;

export const houseFilter = z.object({
  ...common,
  isRental: z.boolean().optional(),
  usages: z.array(z.enum(HOUSE_USAGES)).max(10).optional(),
  buildingId: z.string().optional(),
});
export type HouseFilter = z.infer<typeof houseFilter>;

export const buildingFilter = z.object({ ...common });
export type BuildingFilter = z.infer<typeof buildingFilter>;

export const organisationFilter = z.object({
  ...common,
  kinds: z.array(z.enum(ORG_KINDS)).max(30).optional(),
  safetyGrades: z.array(z.enum(SAFETY_GRADES)).max(4).optional(),
  keySupervision: z.boolean().optional(),
});
export type OrganisationFilter = z.infer<typeof organisationFilter>;

export const facilityFilter = z.object({
  ...common,
  kinds: z.array(z.enum(FACILITY_KINDS)).max(20).optional(),
  conditions: z.array(z.enum(FACILITY_CONDITIONS)).max(4).optional(),
});
export type FacilityFilter = z.infer<typeof facilityFilter>;

export const specialFilter = z.object({
  ...common,
  kinds: z.array(z.enum(SPECIAL_KINDS)).max(6).optional(),
  supervisionLevel: z.enum(SUPERVISION_LEVELS).optional(),
  status: z.enum(SPECIAL_STATUSES).optional(),
});
export type SpecialFilter = z.infer<typeof specialFilter>;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为YYYY-MM-DD');

export const disputeFilter = z.object({
  ...common,
  kinds: z.array(z.enum(DISPUTE_KINDS)).max(10).optional(),
  status: z.enum(DISPUTE_STATUSES).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
});
export type DisputeFilter = z.infer<typeof disputeFilter>;

/** Paging and sorting of a list. */
export const page = {
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(1000).default(100),
  /** Mask-free values, for roles with 'sensitive.read'; every such read is audited. */
  reveal: z.boolean().optional(),
};

export interface LedgerFilters {
  person: PersonFilter;
  household: HouseholdFilter;
  house: HouseFilter;
  building: BuildingFilter;
  organisation: OrganisationFilter;
  facility: FacilityFilter;
  special: SpecialFilter;
  dispute: DisputeFilter;
}

export const LEDGER_FILTER_SCHEMAS = {
  person: personFilter,
  household: householdFilter,
  house: houseFilter,
  building: buildingFilter,
  organisation: organisationFilter,
  facility: facilityFilter,
  special: specialFilter,
  dispute: disputeFilter,
} as const;

/** `{kind, filter}` of any ledger, e.g. for an export of the filtered view. */
export const ledgerQuery = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('person'), filter: personFilter.default({}) }),
  z.object({ kind: z.literal('household'), filter: householdFilter.default({}) }),
  z.object({ kind: z.literal('house'), filter: houseFilter.default({}) }),
  z.object({ kind: z.literal('building'), filter: buildingFilter.default({}) }),
  z.object({ kind: z.literal('organisation'), filter: organisationFilter.default({}) }),
  z.object({ kind: z.literal('facility'), filter: facilityFilter.default({}) }),
  z.object({ kind: z.literal('special'), filter: specialFilter.default({}) }),
  z.object({ kind: z.literal('dispute'), filter: disputeFilter.default({}) }),
]);
export type LedgerQuery = z.infer<typeof ledgerQuery>;
