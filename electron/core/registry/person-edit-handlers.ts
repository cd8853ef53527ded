// Editing people and households (实有人口, 户).
import { validateCitizenId } from '../../../shared/registry/citizen-id';
import { AppError } from '../../../shared/rpc/errors';
import type { Handlers, CallContext } from '../rpc/handler-types';
import { can } from './registry-access';
import { personPatch } from './registry-columns';
import { gridServed, mustSee } from './registry-scope';
import { activeGrid, createRecord, mustExist, rowExists, updateRecord } from './edit-support';
import { getPersonRow, toPersonRow } from './queries/person-query';
import { getHouseholdRow, toHouseholdRow } from './queries/household-query';
import { chinaToday } from './unit-scope';
import { keyHolders, naturalKeyOf } from '../sync/natural-keys';

/**
 * The stored form of an ID document: a valid citizen ID normalised (15 → 18 digits, upper-case X),
 * or, for foreign residents only, a passport-style number. Birth date and gender of a citizen ID
 * come from the number; overrides are kept only for other documents.
 */
function documentOf(citizenId: string, residenceType: string, birthDate?: string | null, gender?: string | null) {
  const r = validateCitizenId(citizenId);
  if (r.ok) {
    if (birthDate && birthDate !== r.birthDate) throw new AppError('BAD_INPUT', `出生日期与身份证号不一致（身份证号对应${r.birthDate}）`);
    if (gender && gender !== r.gender) throw new AppError('BAD_INPUT', '性别与身份证号不一致');
    return { citizenId: r.normalized, birthDate: null, gender: null };
  }
  if (residenceType !== 'foreign') throw new AppError('BAD_INPUT', `身份证号${r.reason}`);
  const doc = citizenId.normalize('NFKC').replace(/\s/g, '').toUpperCase();
  if (!/^[A-Z0-9]{5,20}$/.test(doc)) throw new AppError('BAD_INPUT', '证件号码应为5至20位字母或数字');
  return { citizenId: doc, birthDate: birthDate ?? null, gender: gender ?? null };
}

function assertIdFree(ctx: CallContext, citizenId: string, exceptId?: string): void {
  // The same rule the change writer enforces (sync/natural-keys.ts), checked first to say where.
  const holder = keyHolders(ctx.core.db, naturalKeyOf('person')!, { citizen_id: citizenId }, exceptId)[0];
  if (!holder) return;
  const other = ctx.core.db.prepare('SELECT p.grid_id, g.name AS grid FROM person p JOIN org_unit g ON g.id = p.grid_id WHERE p.id = ?').get(holder.id) as { grid_id: string; grid: string };
  // Which grid outside the caller's scope holds it is not the caller's to know.
  const where = gridServed(ctx, other.grid_id) ? `“${other.grid}”` : '其他网格';
  throw new AppError('CONFLICT', `该身份证号已在${where}登记，请勿重复录入`);
}

function personResult(ctx: CallContext, id: string) {
  const row = mustExist(getPersonRow(ctx.core.db, id), '人员');
  return toPersonRow(row, { mask: !can(ctx, 'sensitive.read'), today: chinaToday(ctx.core.now()) });
}

function checkLinks(ctx: CallContext, houseId: string | null | undefined, householdId: string | null | undefined): void {
  if (houseId && !rowExists(ctx, 'house', houseId)) throw new AppError('BAD_INPUT', '所选房屋不存在');
  if (householdId && !rowExists(ctx, 'household', householdId)) throw new AppError('BAD_INPUT', '所选户不存在');
}

export const personEditHandlers: Pick<Handlers, 'registry.createPerson' | 'registry.updatePerson' | 'registry.createHousehold' | 'registry.updateHousehold'> = {
  'registry.createPerson': (input, ctx) => {
    activeGrid(ctx, input.gridId);
    const doc = documentOf(input.citizenId, input.residenceType, input.birthDate, input.gender);
    assertIdFree(ctx, doc.citizenId);
    checkLinks(ctx, input.houseId, input.householdId);
    const id = createRecord(ctx, 'person', personPatch({ ...input, citizenId: doc.citizenId, birthDate: doc.birthDate, gender: doc.gender }));
    return personResult(ctx, id);
  },

  'registry.updatePerson': (input, ctx) => {
    const current = mustSee(ctx, getPersonRow(ctx.core.db, input.id), '人员');
    if (input.gridId) activeGrid(ctx, input.gridId);
    checkLinks(ctx, input.houseId, input.householdId);
    let doc: { citizenId?: string; birthDate?: string | null; gender?: string | null } = {};
    if (input.citizenId !== undefined || input.residenceType !== undefined || input.birthDate !== undefined || input.gender !== undefined) {
      doc = documentOf(input.citizenId ?? current.citizen_id, input.residenceType ?? current.residence_type, input.birthDate, input.gender);
      if (doc.citizenId !== current.citizen_id) assertIdFree(ctx, doc.citizenId!, current.id);
    }
    updateRecord(ctx, 'person', current.id, personPatch({ ...input, ...doc }));
    return personResult(ctx, current.id);
  },

  'registry.createHousehold': (input, ctx) => {
    activeGrid(ctx, input.gridId);
    const dup = ctx.core.db.prepare('SELECT 1 FROM household WHERE grid_id = ? AND household_no = ?').get(input.gridId, input.householdNo);
    if (dup) throw new AppError('CONFLICT', `户号“${input.householdNo}”在该网格已存在`);
    checkLinks(ctx, input.houseId, undefined);
    if (input.headPersonId && !rowExists(ctx, 'person', input.headPersonId)) throw new AppError('BAD_INPUT', '所选户主不存在');
    const id = createRecord(
      ctx,
      'household',
      { grid_id: input.gridId, household_no: input.householdNo, house_id: input.houseId, head_person_id: input.headPersonId, address: input.address, notes: input.notes },
      (tx, newId) => {
        if (input.headPersonId) tx.update('person', input.headPersonId, { household_id: newId, relation_to_head: '户主' });
      },
    );
    return toHouseholdRow(getHouseholdRow(ctx.core.db, id)!);
  },

  'registry.updateHousehold': (input, ctx) => {
    const current = mustSee(ctx, getHouseholdRow(ctx.core.db, input.id), '户');
    if (input.gridId) activeGrid(ctx, input.gridId);
    if (input.householdNo && input.householdNo !== current.household_no) {
      const dup = ctx.core.db
        .prepare('SELECT 1 FROM household WHERE grid_id = ? AND household_no = ? AND id <> ?')
        .get(input.gridId ?? current.grid_id, input.householdNo, current.id);
      if (dup) throw new AppError('CONFLICT', `户号“${input.householdNo}”在该网格已存在`);
    }
    checkLinks(ctx, input.houseId, undefined);
    if (input.headPersonId && !rowExists(ctx, 'person', input.headPersonId)) throw new AppError('BAD_INPUT', '所选户主不存在');
    updateRecord(
      ctx,
      'household',
      current.id,
      { grid_id: input.gridId, household_no: input.householdNo, house_id: input.houseId, head_person_id: input.headPersonId, address: input.address, notes: input.notes },
      (tx) => {
        if (input.headPersonId) tx.update('person', input.headPersonId, { household_id: current.id, relation_to_head: '户主' });
      },
    );
    return toHouseholdRow(getHouseholdRow(ctx.core.db, current.id)!);
  },
};
