// Record pages: a person with household, house, special-population records (if allowed),
// related cases and history; a house with households, residents and landlord; and so on.
// A page showing unmasked personal data, and every special-population page, is audited.
import type { HistoryTable } from '../../../shared/registry/field-labels';
import type { SpecialKind, SpecialStatus, SupervisionLevel } from '../../../shared/registry/registry-types';
import { AppError } from '../../../shared/rpc/errors';
import type { CallContext, Handlers } from '../rpc/handler-types';
import { audit } from '../audit/audit-log';
import { can, requireSpecial } from './registry-access';
import { hasHistory, recordHistory } from './record-history';
import { gridServed, mustSee, registryGrids, requireRecordInScope } from './registry-scope';
import { caseScopeOf } from '../cases/case-scope';
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
import { callToday } from '../rpc/call-today';

function env(ctx: CallContext) {
  return { mask: !can(ctx, 'sensitive.read'), today: chinaToday(ctx.core.now()) };
}

function members(ctx: CallContext, where: string, id: string) {
  // A house's residents by household, each household head first (户口簿 order); only those within the caller's scope.
  const served = registryGrids(ctx);
  const inScope = served ? 'AND p.grid_id IN (SELECT value FROM json_each(?))' : '';
  const rows = ctx.core.db
    .prepare(`${PERSON_SELECT} WHERE ${where} = ? AND p.archived = 0 ${inScope} ORDER BY hh.household_no IS NULL, hh.household_no, ${MEMBER_ORDER}`)
    .all(id, ...(served ? [JSON.stringify(served)] : [])) as PersonDbRow[];
  return rows.map((r) => toPersonRow(r, env(ctx)));
}

/** A linked record shown on a page only when it is within the caller's scope too. */
function served<T extends { grid_id: string }>(ctx: CallContext, row: T | undefined): T | undefined {
  return row && gridServed(ctx, row.grid_id) ? row : undefined;
}

/** Related cases limited to the cases the caller may see (case scope). */
function caseScope(ctx: CallContext) {
  return caseScopeOf(ctx.core.db, ctx.session, callToday(ctx));
}

/** History tables whose records belong to a grid's ledger (org_unit and staff are the organisation's). */
const SCOPED_HISTORY = new Set<HistoryTable>(['person', 'household', 'house', 'building', 'organisation', 'facility', 'special_person', 'special_visit', 'dispute']);

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
    const row = mustSee(ctx, getPersonRow(db, id), '人员');
    const e = env(ctx);
    const household = row.household_id ? served(ctx, getHouseholdRow(db, row.household_id)) : undefined;
    const house = row.house_id ? served(ctx, getHouseRow(db, row.house_id)) : undefined;
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
      cases: casesForPerson(db, row, caseScope(ctx)),
      history: recordHistory(db, 'person', id, e),
      masked: e.mask,
    };
  },

  'registry.household': ({ id }, ctx) => {
    const db = ctx.core.db;
    const row = mustSee(ctx, getHouseholdRow(db, id), '户');
    const e = env(ctx);
    const house = row.house_id ? served(ctx, getHouseRow(db, row.house_id)) : undefined;
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
    const row = mustSee(ctx, getHouseRow(db, id), '房屋');
    const e = env(ctx);
    const households = (db.prepare(`${HOUSEHOLD_SELECT} WHERE hh.house_id = ? AND hh.archived = 0 ORDER BY hh.household_no`).all(id) as HouseholdDbRow[]).map(toHouseholdRow);
    const landlord = row.landlord_person_id ? served(ctx, getPersonRow(db, row.landlord_person_id)) : undefined;
    if (!e.mask) audit(ctx, { action: 'read.house', table: 'house', recordId: id, detail: { plain: true } });
    return {
      house: toHouseRow(row, e),
      households,
      residents: members(ctx, 'p.house_id', id),
      landlord: landlord ? toPersonRow(landlord, e) : null,
      cases: casesForAddress(db, row.grid_id, row.address, null, caseScope(ctx)),
      history: recordHistory(db, 'house', id, e),
      masked: e.mask,
    };
  },

  'registry.organisation': ({ id }, ctx) => {
    const db = ctx.core.db;
    const row = mustSee(ctx, getOrganisationRow(db, id), '单位场所');
    return {
      organisation: toOrganisationRow(row, env(ctx)),
      cases: casesForAddress(db, row.grid_id, row.address ?? '', row.name, caseScope(ctx)),
      history: recordHistory(db, 'organisation', id, env(ctx)),
    };
  },

  'registry.facility': ({ id }, ctx) => {
    const db = ctx.core.db;
    const row = mustSee(ctx, getFacilityRow(db, id), '部件');
    return {
      facility: toFacilityRow(row),
      cases: casesForAddress(db, row.grid_id, row.location ?? '', row.code, caseScope(ctx)),
      history: recordHistory(db, 'facility', id, env(ctx)),
    };
  },

  'registry.special': ({ id }, ctx) => {
    requireSpecial(ctx);
    const db = ctx.core.db;
    const row = mustSee(ctx, getSpecialRow(db, id), '特殊人群记录');
    const e = env(ctx);
    audit(ctx, { action: 'read.special', table: 'special_person', recordId: id, detail: { plain: !e.mask } });
    return { special: toSpecialRow(row, e), visits: listVisits(db, id), history: recordHistory(db, 'special_person', id, e), masked: e.mask };
  },

  'registry.dispute': ({ id }, ctx) => {
    const db = ctx.core.db;
    const row = mustSee(ctx, getDisputeRow(db, id), '矛盾纠纷');
    return { dispute: toDisputeRow(row), history: recordHistory(db, 'dispute', id, env(ctx)) };
  },

  'registry.history': ({ table, id }, ctx) => {
    if (HISTORY_NEEDS_SPECIAL.has(table)) requireSpecial(ctx);
    const e = env(ctx);
    if (SCOPED_HISTORY.has(table)) requireRecordInScope(ctx, table, id);
    if (!hasHistory(ctx.core.db, table, id)) throw new AppError('NOT_FOUND', '没有该记录的修改记录');
    if (HISTORY_NEEDS_SPECIAL.has(table) || (!e.mask && HISTORY_SENSITIVE.has(table))) {
      audit(ctx, { action: HISTORY_NEEDS_SPECIAL.has(table) ? 'read.special' : 'read.history', table, recordId: id });
    }
    return recordHistory(ctx.core.db, table, id, e);
  },
};
