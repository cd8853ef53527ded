// From the editing inputs (camelCase, '' or null to clear) to column patches of the
// registry tables. `undefined` leaves a column untouched.
import type { Row } from '../db/change-writer';
import { addressKey } from '../../../shared/registry/address-key';
import { nameInitials } from './name-initials';

/** '' and whitespace become null; undefined stays undefined. */
export function clean(v: string | null | undefined): string | null | undefined {
  if (v === undefined) return undefined;
  if (v === null) return null;
  const t = v.trim();
  return t === '' ? null : t;
}

const bool = (v: boolean | undefined) => (v === undefined ? undefined : v ? 1 : 0);

export interface PersonPatchInput {
  citizenId?: string;
  name?: string;
  phone?: string | null;
  residenceType?: string;
  gridId?: string;
  householdAddress?: string | null;
  address?: string | null;
  houseId?: string | null;
  householdId?: string | null;
  relationToHead?: string | null;
  employer?: string | null;
  occupation?: string | null;
  politicalStatus?: string | null;
  careTags?: string[];
  ethnicity?: string | null;
  arrivalDate?: string | null;
  residenceReason?: string | null;
  permitNo?: string | null;
  nationality?: string | null;
  notes?: string | null;
  birthDate?: string | null;
  gender?: string | null;
}

export function personPatch(p: PersonPatchInput): Row {
  return {
    citizen_id: p.citizenId,
    name: p.name?.trim(),
    name_py: p.name !== undefined ? nameInitials(p.name.trim()) : undefined,
    phone: clean(p.phone),
    residence_type: p.residenceType,
    grid_id: p.gridId,
    household_address: clean(p.householdAddress),
    address: clean(p.address),
    house_id: p.houseId,
    household_id: p.householdId,
    relation_to_head: clean(p.relationToHead),
    employer: clean(p.employer),
    occupation: clean(p.occupation),
    political_status: p.politicalStatus === 'masses' ? null : p.politicalStatus,
    care_tags: p.careTags === undefined ? undefined : p.careTags.length ? JSON.stringify([...p.careTags].sort()) : null,
    ethnicity: clean(p.ethnicity),
    arrival_date: p.arrivalDate,
    residence_reason: clean(p.residenceReason),
    permit_no: clean(p.permitNo),
    nationality: clean(p.nationality),
    notes: clean(p.notes),
    dob_override: p.birthDate,
    gender_override: p.gender,
  };
}

export interface HousePatchInput {
  gridId?: string;
  buildingId?: string | null;
  address?: string;
  unit?: string | null;
  room?: string | null;
  areaM2?: number | null;
  structure?: string | null;
  ownership?: string | null;
  usage?: string;
  isRental?: boolean;
  rentalUse?: string | null;
  landlordPersonId?: string | null;
  landlordName?: string | null;
  landlordPhone?: string | null;
  landlordCitizenId?: string | null;
  occupants?: number | null;
  notes?: string | null;
}

/**
 * `buildingName` is the name of the house's building after the change (null for none), used
 * with address, unit and room in the matching key; `current` holds the stored values.
 */
export function housePatch(
  h: HousePatchInput,
  buildingName: string | null,
  current?: { address: string; unit: string | null; room: string | null; building_id: string | null },
): Row {
  const address = h.address?.trim();
  const unit = clean(h.unit);
  const room = clean(h.room);
  const touched = !current || address !== undefined || unit !== undefined || room !== undefined || (h.buildingId !== undefined && h.buildingId !== current.building_id);
  return {
    grid_id: h.gridId,
    building_id: h.buildingId,
    address,
    address_key: touched
      ? addressKey(address ?? current?.address ?? '', buildingName, unit === undefined ? current?.unit : unit, room === undefined ? current?.room : room)
      : undefined,
    unit,
    room,
    area_m2: h.areaM2,
    structure: h.structure,
    ownership: h.ownership,
    usage: h.usage,
    is_rental: bool(h.isRental),
    rental_use: h.rentalUse,
    landlord_person_id: h.landlordPersonId,
    landlord_name: clean(h.landlordName),
    landlord_phone: clean(h.landlordPhone),
    landlord_citizen_id: clean(h.landlordCitizenId),
    occupants: h.occupants,
    notes: clean(h.notes),
  };
}

export function organisationPatch(o: {
  gridId?: string;
  name?: string;
  kind?: string;
  address?: string | null;
  legalPerson?: string | null;
  phone?: string | null;
  creditCode?: string | null;
  employees?: number | null;
  areaM2?: number | null;
  safetyGrade?: string | null;
  keySupervision?: boolean;
  notes?: string | null;
}): Row {
  return {
    grid_id: o.gridId,
    name: o.name?.trim(),
    name_py: o.name !== undefined ? nameInitials(o.name.trim()) : undefined,
    kind: o.kind,
    address: clean(o.address),
    legal_person: clean(o.legalPerson),
    phone: clean(o.phone),
    credit_code: clean(o.creditCode),
    employees: o.employees,
    area_m2: o.areaM2,
    safety_grade: o.safetyGrade,
    key_supervision: bool(o.keySupervision),
    notes: clean(o.notes),
  };
}

export function facilityPatch(f: {
  gridId?: string;
  kind?: string;
  code?: string;
  name?: string | null;
  location?: string | null;
  lon?: number | null;
  lat?: number | null;
  condition?: string;
  custodian?: string | null;
  notes?: string | null;
}): Row {
  return {
    grid_id: f.gridId,
    kind: f.kind,
    code: f.code?.trim(),
    name: clean(f.name),
    location: clean(f.location),
    lon: f.lon,
    lat: f.lat,
    condition: f.condition,
    custodian: clean(f.custodian),
    notes: clean(f.notes),
  };
}

export function specialPatch(s: {
  kind?: string;
  supervisionLevel?: string;
  startDate?: string | null;
  endDate?: string | null;
  helperName?: string | null;
  helperPhone?: string | null;
  status?: string;
  notes?: string | null;
}): Row {
  return {
    kind: s.kind,
    supervision_level: s.supervisionLevel,
    start_date: s.startDate,
    end_date: s.endDate,
    helper_name: clean(s.helperName),
    helper_phone: clean(s.helperPhone),
    status: s.status,
    notes: clean(s.notes),
  };
}

export function disputePatch(d: {
  gridId?: string;
  foundDate?: string;
  parties?: string;
  kind?: string;
  summary?: string;
  status?: string;
  mediator?: string | null;
  result?: string | null;
  resolvedDate?: string | null;
  notes?: string | null;
}): Row {
  return {
    grid_id: d.gridId,
    found_date: d.foundDate,
    parties: d.parties?.trim(),
    kind: d.kind,
    summary: d.summary?.trim(),
    status: d.status,
    mediator: clean(d.mediator),
    result: clean(d.result),
    resolved_date: d.resolvedDate,
    notes: clean(d.notes),
  };
}

/** A patch without undefined entries, and for inserts without nulls (nothing to log). */
export function insertRow(id: string, patch: Row): Row & { id: string } {
  const row: Row & { id: string } = { id };
  for (const [k, v] of Object.entries(patch)) if (v !== undefined && v !== null) row[k] = v;
  return row;
}
