// Record pages: a person with household, house, special-population records (if allowed),
// related cases and history; a house with households, residents and landlord; and so on.
// A page showing unmasked personal data, and every special-population page, is audited.
import type { HistoryTable } from '../../../shared/registry/field-labels';
import type { SpecialKind, SpecialStatus, SupervisionLevel } from '../../../shared/registry/registry-types';
import { AppError } from '../../../shared/rpc/errors';
import type { CallContext, Handlers } from '../rpc/handler-types';
import { audit } from '../audit/audit-log';
import { mustExist } from './edit-support';
import { can, requireSpecial } from './registry-access';
import { hasHistory, recordHistory } from './record-history';
import { casesForAddress, casesForPerson } from './related-cases';
import { MEMBER_ORDER } from './queries/member-order';
import { getPersonRow, PERSON_SELECT, toPersonRow, type PersonDbRow } from './queries/person-query';
import { getHouseholdRow, HOUSEHOLD_SELECT, toHouseholdRow, type HouseholdDbRow } from './queries/household-query';
import { getHouseRow, toHouseRow } from './queries/house-query';
import { getOrganisationRow, toOrganisationRow } from './queries/organisation-query';
import { getFacilityRow, toFacilityRow } from './queries/facility-query';
import { getSpecialRow, listVisits, toSpecialRow } from './queries/special-query';
import { getDisputeRow, toDisputeRow } from './queries/dispute-query';
import { chinaToday } from './unit-scope';

function env(ctx: CallContext) {
  return { mask: !can(ctx, 'sensitive.read'), today: chinaToday(ctx.core.now()) };
}

function members(ctx: CallContext, where: string, id: string) {
  // A house's residents by household, each household head first (户口簿 order).
  const rows = ctx.core.db.prepare(`${PERSON_SELECT} WHERE ${where} = ? AND p.archived = 0 ORDER BY hh.household_no IS NULL, hh.household_no, ${MEMBER_ORDER}`).all(id) as PersonDbRow[];
  return rows.map((r) => toPersonRow(r, env(ctx)));
}

const HISTORY_NEEDS_SPECIAL = new Set<HistoryTable>(['special_person', 'special_visit']);
const HISTORY_SENSITIVE = new Set<HistoryTable>(['person', 'house']);

export const recordHandlers: Pick<
  Handlers,
  | 'registry.person'
  | 'registry.household'
  | 'registry.house'
  | 'registry.organisation'
  | 'registry.facility'
  | 'registry.special'
  | 'registry.dispute'
  | 'registry.history'
> = {
  'registry.person': ({ id }, ctx) => {
    const db = ctx.core.db;
    const row = mustExist(getPersonRow(db, id), '人员');
    const e = env(ctx);
    const household = row.household_id ? getHouseholdRow(db, row.household_id) : undefined;
    const house = row.house_id ? getHouseRow(db, row.house_id) : undefined;
    const special = can(ctx, 'special.read');
    const specials = special
      ? (
          db.prepare('SELECT id, kind, status, supervision_level FROM special_person WHERE person_id = ? AND archived = 0').all(id) as {
            id: string;
            kind: SpecialKind;
            status: SpecialStatus;
            supervision_level: SupervisionLevel;
          }[]
        ).map((s) => ({ id: s.id, kind: s.kind, status: s.status, supervisionLevel: s.supervision_level }))
      : null;
    if (!e.mask || (specials && specials.length > 0)) audit(ctx, { action: specials?.length ? 'read.special' : 'read.person', table: 'person', recordId: id, detail: { plain: !e.mask } });
    return {
      person: toPersonRow(row, e),
      household: household ? toHouseholdRow(household) : null,
      members: row.household_id ? members(ctx, 'p.household_id', row.household_id) : [],
      house: house ? toHouseRow(house, e) : null,
      specials,
      cases: casesForPerson(db, row),
      history: recordHistory(db, 'person', id, e),
      masked: e.mask,
    };
  },

  'registry.household': ({ id }, ctx) => {
    const db = ctx.core.db;
    const row = mustExist(getHouseholdRow(db, id), '户');
    const e = env(ctx);
    const house = row.house_id ? getHouseRow(db, row.house_id) : undefined;
    if (!e.mask) audit(ctx, { action: 'read.person', table: 'household', recordId: id, detail: { plain: true } });
    return {
      household: toHouseholdRow(row),
      members: members(ctx, 'p.household_id', id),
      house: house ? toHouseRow(house, e) : null,
      history: recordHistory(db, 'household', id, e),
      masked: e.mask,
    };
  },

  'registry.house': ({ id }, ctx) => {
    const db = ctx.core.db;
    const row = mustExist(getHouseRow(db, id), '房屋');
    const e = env(ctx);
    const households = (db.prepare(`${HOUSEHOLD_SELECT} WHERE hh.house_id = ? AND hh.archived = 0 ORDER BY hh.household_no`).all(id) as HouseholdDbRow[]).map(toHouseholdRow);
    const landlord = row.landlord_person_id ? getPersonRow(db, row.landlord_person_id) : undefined;
    if (!e.mask) audit(ctx, { action: 'read.house', table: 'house', recordId: id, detail: { plain: true } });
    return {
      house: toHouseRow(row, e),
      households,
      residents: members(ctx, 'p.house_id', id),
      landlord: landlord ? toPersonRow(landlord, e) : null,
      cases: casesForAddress(db, row.grid_id, row.address),
      history: recordHistory(db, 'house', id, e),
      masked: e.mask,
    };
  },

  'registry.organisation': ({ id }, ctx) => {
    const db = ctx.core.db;
    const row = mustExist(getOrganisationRow(db, id), '单位场所');
    return {
      organisation: toOrganisationRow(row, env(ctx)),
      cases: casesForAddress(db, row.grid_id, row.address ?? '', row.name),
      history: recordHistory(db, 'organisation', id, env(ctx)),
    };
  },

  'registry.facility': ({ id }, ctx) => {
    const db = ctx.core.db;
    const row = mustExist(getFacilityRow(db, id), '部件');
    return {
      facility: toFacilityRow(row),
      cases: casesForAddress(db, row.grid_id, row.location ?? '', row.code),
      history: recordHistory(db, 'facility', id, env(ctx)),
    };
  },

  'registry.special': ({ id }, ctx) => {
    requireSpecial(ctx);
    const db = ctx.core.db;
    const row = mustExist(getSpecialRow(db, id), '特殊人群记录');
    const e = env(ctx);
    audit(ctx, { action: 'read.special', table: 'special_person', recordId: id, detail: { plain: !e.mask } });
    return { special: toSpecialRow(row, e), visits: listVisits(db, id), history: recordHistory(db, 'special_person', id, e), masked: e.mask };
  },

  'registry.dispute': ({ id }, ctx) => {
    const db = ctx.core.db;
    const row = mustExist(getDisputeRow(db, id), '矛盾纠纷');
    return { dispute: toDisputeRow(row), history: recordHistory(db, 'dispute', id, env(ctx)) };
  },

  'registry.history': ({ table, id }, ctx) => {
    if (HISTORY_NEEDS_SPECIAL.has(table)) requireSpecial(ctx);
    const e = env(ctx);
    if (!hasHistory(ctx.core.db, table, id)) throw new AppError('NOT_FOUND', '没有该记录的修改记录');
    if (HISTORY_NEEDS_SPECIAL.has(table) || (!e.mask && HISTORY_SENSITIVE.has(table))) {
      audit(ctx, { action: HISTORY_NEEDS_SPECIAL.has(table) ? 'read.special' : 'read.history', table, recordId: id });
    }
    return recordHistory(ctx.core.db, table, id, e);
  },
};
