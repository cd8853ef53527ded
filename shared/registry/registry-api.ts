// RPC methods of the registry domain (基础台账, SPEC §2; grid map data and notice boards,
// SPEC §1), spread into shared/api.ts.
//
// Sensitive data: citizen IDs and phones come masked unless the role holds 'sensitive.read'
// (lists and exports also need `reveal: true`); special populations need 'special.read'.
// Every unmasked read of a record and every write lands in the audit log.
import { z } from 'zod';
import { emptyInput, method, returns, type MethodDef } from '../rpc/contract';
import {
  buildingFilter,
  disputeFilter,
  facilityFilter,
  householdFilter,
  houseFilter,
  ledgerQuery,
  organisationFilter,
  page,
  personFilter,
  specialFilter,
} from './ledger-filters';
import { LEDGER_SORT_SCHEMAS } from './ledger-sort';
import {
  archiveInput,
  buildingCreateInput,
  buildingUpdateInput,
  disputeCreateInput,
  disputeUpdateInput,
  facilityCreateInput,
  facilityUpdateInput,
  householdCreateInput,
  householdUpdateInput,
  houseCreateInput,
  houseUpdateInput,
  noticeSettingsInput,
  organisationCreateInput,
  organisationUpdateInput,
  personCreateInput,
  personUpdateInput,
  specialCreateInput,
  specialUpdateInput,
  specialVisitInput,
  staffPhotoInput,
  type NoticeSettings,
} from './registry-inputs';
import type {
  BuildingRow,
  DisputeRow,
  FacilityDetail,
  FacilityRow,
  FileResult,
  HistoryEntry,
  HouseDetail,
  HouseholdDetail,
  HouseholdRow,
  HouseRow,
  ListResult,
  OrganisationDetail,
  OrganisationRow,
  PersonDetail,
  PersonRow,
  RegistryOverview,
  SpecialDetail,
  SpecialRow,
  SpecialVisit,
} from './registry-records';
import { IMPORT_KINDS } from './registry-types';
import type { JobStarted } from '../jobs/job-types';
import { HISTORY_TABLES } from './field-labels';
import { HANDBOOK_FORMS, PAPER_SIZES } from './handbook-forms';
import { MAP_MEASURES, type GridNeighbors, type MapMeasureResult } from './map-types';
import type { BoundaryReport } from './boundary-check';
import type { ContactCards, NoticeBoard } from './notice-types';

const zId = z.object({ id: z.string().min(1) });
const withPage = <T extends z.ZodRawShape>(filter: z.ZodObject<T>) => filter.extend(page);

const personList = withPage(personFilter).extend({ sort: LEDGER_SORT_SCHEMAS.person });
const householdList = withPage(householdFilter).extend({ sort: LEDGER_SORT_SCHEMAS.household });
const houseList = withPage(houseFilter).extend({ sort: LEDGER_SORT_SCHEMAS.house });
const buildingList = withPage(buildingFilter).extend({ sort: LEDGER_SORT_SCHEMAS.building });
const organisationList = withPage(organisationFilter).extend({ sort: LEDGER_SORT_SCHEMAS.organisation });
const facilityList = withPage(facilityFilter).extend({ sort: LEDGER_SORT_SCHEMAS.facility });
const specialList = withPage(specialFilter).extend({ sort: LEDGER_SORT_SCHEMAS.special });
const disputeList = withPage(disputeFilter).extend({ sort: LEDGER_SORT_SCHEMAS.dispute });

const PEOPLE_READS = ['person', 'household', 'house', 'org_unit'] as const;
const LEDGER_READS = ['person', 'household', 'house', 'building', 'organisation', 'facility', 'special_person', 'special_visit', 'dispute', 'org_unit'] as const;
const CASE_READS = ['case_record'] as const;

const importPreviewInput = z.object({
  kind: z.enum(IMPORT_KINDS),
  fileBase64: z.string().min(1, '请选择文件').max(80_000_000, '文件过大（上限约60MB）'),
  fileName: z.string().max(255).optional(),
  /** Field key → column index; omitted fields keep the suggested column. */
  mapping: z.record(z.string(), z.number().int().min(0).max(1000).nullable()).optional(),
  /** Blank cells clear the stored value of an updated record (「空白单元格清空原有内容」); without it they keep it. */
  clearBlank: z.boolean().optional(),
});

const unitInput = z.object({ unitId: z.string().optional() });
const historyInput = z.object({ table: z.enum(HISTORY_TABLES), id: z.string().min(1) });
const kindInput = z.object({ kind: z.enum(IMPORT_KINDS) });
const importCommitInput = z.object({ jobId: z.string().min(1), excludeRows: z.array(z.number().int().min(1)).max(1_000_000).default([]) });
const jobInput = z.object({ jobId: z.string().min(1) });
const exportInput = z.intersection(ledgerQuery, z.object({ reveal: z.boolean().optional() }));
const formInput = z.object({ form: z.enum(HANDBOOK_FORMS), unitId: z.string().optional(), reveal: z.boolean().optional(), paper: z.enum(PAPER_SIZES).optional() });
const measureInput = z.object({ measure: z.enum(MAP_MEASURES) });
const gridOptional = z.object({ gridId: z.string().optional() });
const boundariesInput = z.object({ geojson: z.string().min(1).max(50_000_000), dryRun: z.boolean().optional() });
const neighborsInput = z.object({ gridId: z.string().min(1), neighborIds: z.array(z.string().min(1)).max(100) });
const gridInput = z.object({ gridId: z.string().min(1) });

export const registryApi = {
  // ---- ledger views ----
  /** One ledger book: headline figures and the 8 categories with counts, for a grid, a village/community or the town. */
  'registry.overview': method({
    input: unitInput,
    output: returns<RegistryOverview>(),
    access: 'registry.read',
    reads: LEDGER_READS,
  }),
  'registry.people': method({ input: personList, output: returns<ListResult<PersonRow>>(), access: 'registry.read', reads: PEOPLE_READS }),
  'registry.households': method({ input: householdList, output: returns<ListResult<HouseholdRow>>(), access: 'registry.read', reads: PEOPLE_READS }),
  'registry.houses': method({ input: houseList, output: returns<ListResult<HouseRow>>(), access: 'registry.read', reads: [...PEOPLE_READS, 'building'] }),
  'registry.buildings': method({ input: buildingList, output: returns<ListResult<BuildingRow>>(), access: 'registry.read', reads: ['building', 'house', 'org_unit'] }),
  'registry.organisations': method({
    input: organisationList,
    output: returns<ListResult<OrganisationRow>>(),
    access: 'registry.read',
    reads: ['organisation', 'org_unit'],
  }),
  'registry.facilities': method({ input: facilityList, output: returns<ListResult<FacilityRow>>(), access: 'registry.read', reads: ['facility', 'org_unit'] }),
  'registry.specials': method({
    input: specialList,
    output: returns<ListResult<SpecialRow>>(),
    access: 'special.read',
    reads: ['special_person', 'special_visit', 'person', 'org_unit'],
  }),
  'registry.disputes': method({ input: disputeList, output: returns<ListResult<DisputeRow>>(), access: 'registry.read', reads: ['dispute', 'org_unit'] }),

  // ---- record pages ----
  'registry.person': method({ input: zId, output: returns<PersonDetail>(), access: 'registry.read', reads: [...PEOPLE_READS, 'special_person', ...CASE_READS] }),
  'registry.household': method({ input: zId, output: returns<HouseholdDetail>(), access: 'registry.read', reads: PEOPLE_READS }),
  'registry.house': method({ input: zId, output: returns<HouseDetail>(), access: 'registry.read', reads: [...PEOPLE_READS, 'building', ...CASE_READS] }),
  'registry.organisation': method({ input: zId, output: returns<OrganisationDetail>(), access: 'registry.read', reads: ['organisation', 'org_unit', ...CASE_READS] }),
  'registry.facility': method({ input: zId, output: returns<FacilityDetail>(), access: 'registry.read', reads: ['facility', 'org_unit', ...CASE_READS] }),
  'registry.special': method({ input: zId, output: returns<SpecialDetail>(), access: 'special.read', reads: ['special_person', 'special_visit', 'person', 'org_unit'] }),
  'registry.dispute': method({ input: zId, output: returns<{ dispute: DisputeRow; history: HistoryEntry[] }>(), access: 'registry.read', reads: ['dispute', 'org_unit'] }),
  /** Who changed what and when, from the change log. */
  'registry.history': method({
    input: historyInput,
    output: returns<HistoryEntry[]>(),
    access: 'registry.read',
    reads: [...LEDGER_READS, 'staff', 'user_account'],
  }),

  // ---- editing ----
  'registry.createPerson': method({ input: personCreateInput, output: returns<PersonRow>(), access: 'registry.write', writes: true }),
  'registry.updatePerson': method({ input: personUpdateInput, output: returns<PersonRow>(), access: 'registry.write', writes: true }),
  'registry.createHousehold': method({ input: householdCreateInput, output: returns<HouseholdRow>(), access: 'registry.write', writes: true }),
  'registry.updateHousehold': method({ input: householdUpdateInput, output: returns<HouseholdRow>(), access: 'registry.write', writes: true }),
  'registry.createHouse': method({ input: houseCreateInput, output: returns<HouseRow>(), access: 'registry.write', writes: true }),
  'registry.updateHouse': method({ input: houseUpdateInput, output: returns<HouseRow>(), access: 'registry.write', writes: true }),
  'registry.createBuilding': method({ input: buildingCreateInput, output: returns<BuildingRow>(), access: 'registry.write', writes: true }),
  'registry.updateBuilding': method({ input: buildingUpdateInput, output: returns<BuildingRow>(), access: 'registry.write', writes: true }),
  'registry.createOrganisation': method({ input: organisationCreateInput, output: returns<OrganisationRow>(), access: 'registry.write', writes: true }),
  'registry.updateOrganisation': method({ input: organisationUpdateInput, output: returns<OrganisationRow>(), access: 'registry.write', writes: true }),
  'registry.createFacility': method({ input: facilityCreateInput, output: returns<FacilityRow>(), access: 'registry.write', writes: true }),
  'registry.updateFacility': method({ input: facilityUpdateInput, output: returns<FacilityRow>(), access: 'registry.write', writes: true }),
  /** Needs 'special.read' as well. */
  'registry.createSpecial': method({ input: specialCreateInput, output: returns<SpecialRow>(), access: 'registry.write', writes: true }),
  /** Needs 'special.read' as well. */
  'registry.updateSpecial': method({ input: specialUpdateInput, output: returns<SpecialRow>(), access: 'registry.write', writes: true }),
  /** A help/visit record of a special-population person (insert-only). Needs 'special.read' as well. */
  'registry.addSpecialVisit': method({ input: specialVisitInput, output: returns<SpecialVisit>(), access: 'registry.write', writes: true }),
  'registry.createDispute': method({ input: disputeCreateInput, output: returns<DisputeRow>(), access: 'registry.write', writes: true }),
  'registry.updateDispute': method({ input: disputeUpdateInput, output: returns<DisputeRow>(), access: 'registry.write', writes: true }),
  /** Archive (or restore) a record of any ledger; records are never deleted. */
  'registry.archive': method({ input: archiveInput, output: returns<{ ok: true }>(), access: 'registry.write', writes: true }),

  // ---- Excel ----
  /** A blank .xlsx template with Chinese headers, an example row, a notes sheet and the grid list. */
  'registry.template': method({
    input: kindInput,
    output: returns<FileResult>(),
    access: 'registry.import',
    reads: ['org_unit'],
  }),
  /**
   * Starts a job that parses and checks a file (.xlsx or .csv); nothing is written. Its result
   * (an ImportPreview whose jobId names the kept preview) waits on the writer for the commit.
   */
  'registry.importPreview': method({ input: importPreviewInput, output: returns<JobStarted>(), access: 'registry.import', runsOn: 'writer', job: true }),
  /** Starts a job that writes a previewed import all-or-nothing in one transaction; refused while a bad row is not excluded. */
  'registry.importCommit': method({
    input: importCommitInput,
    output: returns<JobStarted>(),
    access: 'registry.import',
    writes: true,
    job: true,
  }),
  /** Drops a kept preview (the user went back or left the wizard). */
  'registry.importCancel': method({
    input: jobInput,
    output: returns<{ ok: true }>(),
    access: 'registry.import',
    runsOn: 'writer',
  }),
  /** Starts a job exporting the filtered view of a ledger as .xlsx (masked unless `reveal` and 'sensitive.read'). */
  'registry.export': method({
    input: exportInput,
    output: returns<JobStarted>(),
    access: 'registry.read',
    reads: LEDGER_READS,
    job: true,
  }),
  /** Starts a job filling a handbook form from the data, for one grid/village or all grids (a sheet per grid). */
  'registry.form': method({
    input: formInput,
    output: returns<JobStarted>(),
    access: 'registry.read',
    reads: [...LEDGER_READS, 'staff', 'staff_assignment', ...CASE_READS],
    job: true,
  }),

  // ---- grid map ----
  /** Per-grid value of a measure for colouring the map ('special' needs 'special.read', cases need 'cases.read'). */
  'registry.mapMeasures': method({
    input: measureInput,
    output: returns<MapMeasureResult>(),
    access: 'org.read',
    reads: [...LEDGER_READS, ...CASE_READS],
  }),
  'registry.neighbors': method({
    input: gridOptional,
    output: returns<GridNeighbors[]>(),
    access: 'org.read',
    reads: ['grid_neighbor', 'org_unit'],
  }),
  /** Grid boundaries from a GeoJSON FeatureCollection: checked, then (unless dryRun or any error) written with derived neighbours. */
  'registry.importBoundaries': method({
    input: boundariesInput,
    output: returns<BoundaryReport & { written: boolean }>(),
    access: 'org.write',
    writes: true,
  }),
  /** The grids' boundaries as a GeoJSON FeatureCollection (code and name in each feature's properties), e.g. to edit in a GIS and import again. */
  'registry.exportBoundaries': method({ input: emptyInput, output: returns<FileResult>(), access: 'org.read', reads: ['org_unit'] }),
  /** Sets a grid's neighbours (kept symmetric). */
  'registry.setNeighbors': method({
    input: neighborsInput,
    output: returns<GridNeighbors>(),
    access: 'org.write',
    writes: true,
  }),
  /** Copies households and population counted in the ledger into the grids' figures (and sums them upwards). */
  'registry.applyLedgerFigures': method({
    input: unitInput,
    output: returns<{ grids: number; changed: number }>(),
    access: 'org.write',
    writes: true,
  }),

  // ---- notice board ----
  'registry.noticeBoard': method({
    input: gridInput,
    output: returns<NoticeBoard>(),
    access: 'org.read',
    reads: ['org_unit', 'staff', 'staff_assignment', 'staff_photo', 'grid_neighbor', 'setting', 'person', 'household'],
  }),
  'registry.contactCards': method({
    input: gridInput,
    output: returns<ContactCards>(),
    access: 'registry.read',
    reads: ['org_unit', 'staff', 'staff_assignment', 'staff_photo', 'grid_neighbor', 'setting', 'person', 'household'],
  }),
  'registry.setStaffPhoto': method({ input: staffPhotoInput, output: returns<{ ok: true }>(), access: 'org.write', writes: true }),
  'registry.noticeSettings': method({ input: emptyInput, output: returns<NoticeSettings>(), access: 'org.read', reads: ['setting'] }),
  'registry.setNoticeSettings': method({ input: noticeSettingsInput, output: returns<NoticeSettings>(), access: 'org.write', writes: true }),

} satisfies Record<string, MethodDef<z.ZodType, unknown>>;
