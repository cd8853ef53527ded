// Shapes the registry methods return (rows of the ledgers, record pages, history).
// Sensitive values (citizen ID, phone) arrive masked unless the caller may and did reveal them.
import type {
  CareTag,
  DisputeKind,
  DisputeStatus,
  FacilityCondition,
  FacilityKind,
  Gender,
  HouseStructure,
  HouseUsage,
  LedgerKind,
  OrgKind,
  Ownership,
  PoliticalStatus,
  RentalUse,
  ResidenceType,
  SafetyGrade,
  SpecialKind,
  SpecialStatus,
  SupervisionLevel,
  VisitMethod,
} from './registry-types';
import type { LedgerCategory } from './ledger-categories';
import type { LedgerQuery } from './ledger-filters';

export interface ListResult<T> {
  rows: T[];
  /** How many rows match; with `more`, a lower bound. */
  total: number;
  /**
   * More than `total` rows match: a broad search over a wide scope (the people whose name begins
   * with one character) is counted only that far, so the screen answers at once.
   */
  more?: boolean;
  /** Whether citizen IDs and phones in `rows` are masked. */
  masked: boolean;
}

export interface PersonRow {
  id: string;
  citizenId: string;
  name: string;
  gender: Gender | null;
  birthDate: string | null;
  age: number | null;
  ethnicity: string | null;
  phone: string | null;
  residenceType: ResidenceType;
  householdAddress: string | null;
  address: string | null;
  houseId: string | null;
  householdId: string | null;
  householdNo: string | null;
  relationToHead: string | null;
  employer: string | null;
  occupation: string | null;
  politicalStatus: PoliticalStatus | null;
  careTags: CareTag[];
  arrivalDate: string | null;
  residenceReason: string | null;
  permitNo: string | null;
  nationality: string | null;
  notes: string | null;
  gridId: string;
  gridName: string;
  archived: boolean;
}

export interface HouseholdRow {
  id: string;
  gridId: string;
  gridName: string;
  householdNo: string;
  houseId: string | null;
  address: string | null;
  headPersonId: string | null;
  headName: string | null;
  memberCount: number;
  notes: string | null;
  archived: boolean;
}

export interface HouseRow {
  id: string;
  gridId: string;
  gridName: string;
  buildingId: string | null;
  buildingName: string | null;
  address: string;
  unit: string | null;
  room: string | null;
  areaM2: number | null;
  structure: HouseStructure | null;
  ownership: Ownership | null;
  usage: HouseUsage;
  isRental: boolean;
  rentalUse: RentalUse | null;
  landlordPersonId: string | null;
  landlordName: string | null;
  landlordPhone: string | null;
  landlordCitizenId: string | null;
  /** Occupants as recorded (e.g. from the rental registration). */
  occupants: number | null;
  /** People in the ledger living here. */
  residentCount: number;
  notes: string | null;
  archived: boolean;
}

export interface BuildingRow {
  id: string;
  gridId: string;
  gridName: string;
  name: string;
  address: string;
  floors: number | null;
  houseCount: number;
  notes: string | null;
  archived: boolean;
}

export interface OrganisationRow {
  id: string;
  gridId: string;
  gridName: string;
  name: string;
  kind: OrgKind;
  address: string | null;
  legalPerson: string | null;
  phone: string | null;
  creditCode: string | null;
  employees: number | null;
  areaM2: number | null;
  safetyGrade: SafetyGrade | null;
  keySupervision: boolean;
  notes: string | null;
  archived: boolean;
}

export interface FacilityRow {
  id: string;
  gridId: string;
  gridName: string;
  kind: FacilityKind;
  code: string;
  name: string | null;
  location: string | null;
  lon: number | null;
  lat: number | null;
  condition: FacilityCondition;
  custodian: string | null;
  notes: string | null;
  archived: boolean;
}

export interface SpecialRow {
  id: string;
  personId: string;
  name: string;
  citizenId: string;
  gender: Gender | null;
  birthDate: string | null;
  phone: string | null;
  address: string | null;
  gridId: string;
  gridName: string;
  kind: SpecialKind;
  supervisionLevel: SupervisionLevel;
  startDate: string | null;
  endDate: string | null;
  helperName: string | null;
  helperPhone: string | null;
  status: SpecialStatus;
  notes: string | null;
  lastVisitDate: string | null;
  visitCount: number;
  archived: boolean;
}

export interface SpecialVisit {
  id: string;
  specialId: string;
  visitDate: string;
  visitor: string;
  method: VisitMethod;
  content: string;
  finding: string | null;
  createdAt: string;
}

export interface DisputeRow {
  id: string;
  gridId: string;
  gridName: string;
  foundDate: string;
  parties: string;
  kind: DisputeKind;
  summary: string;
  status: DisputeStatus;
  mediator: string | null;
  result: string | null;
  resolvedDate: string | null;
  notes: string | null;
  archived: boolean;
}

export interface LedgerRows {
  person: PersonRow;
  household: HouseholdRow;
  house: HouseRow;
  building: BuildingRow;
  organisation: OrganisationRow;
  facility: FacilityRow;
  special: SpecialRow;
  dispute: DisputeRow;
}

/** A case (事件) that involves a record, when the cases domain is present. */
export interface CaseLink {
  id: string;
  number: string | null;
  title: string;
  category: string | null;
  status: string | null;
  reportedAt: string | null;
}

export interface HistoryChange {
  field: string;
  label: string;
  from: string | null;
  to: string | null;
}

/** One change of a record: who, when, what. */
export interface HistoryEntry {
  at: string;
  actorId: string | null;
  actorName: string;
  action: 'create' | 'update' | 'delete';
  actionLabel: string;
  changes: HistoryChange[];
}

export interface PersonDetail {
  person: PersonRow;
  household: HouseholdRow | null;
  /** Members of the same household (including this person). */
  members: PersonRow[];
  house: HouseRow | null;
  /** Special-population records of this person; null when the role may not see them. */
  specials: { id: string; kind: SpecialKind; status: SpecialStatus; supervisionLevel: SupervisionLevel }[] | null;
  cases: CaseLink[];
  history: HistoryEntry[];
  masked: boolean;
}

export interface HouseDetail {
  house: HouseRow;
  households: HouseholdRow[];
  residents: PersonRow[];
  landlord: PersonRow | null;
  cases: CaseLink[];
  history: HistoryEntry[];
  masked: boolean;
}

export interface HouseholdDetail {
  household: HouseholdRow;
  members: PersonRow[];
  house: HouseRow | null;
  history: HistoryEntry[];
  masked: boolean;
}

export interface OrganisationDetail {
  organisation: OrganisationRow;
  cases: CaseLink[];
  history: HistoryEntry[];
}

export interface FacilityDetail {
  facility: FacilityRow;
  cases: CaseLink[];
  history: HistoryEntry[];
}

export interface SpecialDetail {
  special: SpecialRow;
  visits: SpecialVisit[];
  history: HistoryEntry[];
  masked: boolean;
}

export interface OverviewEntry {
  key: string;
  label: string;
  count: number;
  query: LedgerQuery;
}

export interface OverviewCategory {
  category: LedgerCategory;
  label: string;
  entries: OverviewEntry[];
}

/** One ledger book for a grid (or a village/community/the town): headline figures and the 8 categories. */
export interface RegistryOverview {
  unit: { id: string; name: string; code: string; kind: string } | null;
  gridCount: number;
  stats: {
    population: number;
    registered: number;
    floating: number;
    separated: number;
    foreign: number;
    households: number;
    houses: number;
    rentals: number;
    buildings: number;
    organisations: number;
    smallPremises: number;
    facilities: number;
    /** null when the role may not see special populations. */
    special: number | null;
    disputesOpen: number;
  };
  categories: OverviewCategory[];
}

export interface FileResult {
  fileName: string;
  mime: string;
  base64: string;
  /** Data rows written (for exports). */
  rows?: number;
}

export type { LedgerKind };
