// Editing houses (incl. rental premises with their landlord) and buildings.
import { validateCitizenId } from '../../../shared/registry/citizen-id';
import { AppError } from '../../../shared/rpc/errors';
import type { CallContext, Handlers } from '../rpc/handler-types';
import { can } from './registry-access';
import { housePatch } from './registry-columns';
import { mustSee } from './registry-scope';
import { activeGrid, createRecord, mustExist, rowExists, updateRecord } from './edit-support';
import { getHouseRow, toHouseRow } from './queries/house-query';
import { getBuildingRow, toBuildingRow } from './queries/building-query';

function houseResult(ctx: CallContext, id: string) {
  return toHouseRow(mustExist(getHouseRow(ctx.core.db, id), '房屋'), { mask: !can(ctx, 'sensitive.read') });
}

function assertAddressFree(ctx: CallContext, gridId: string, key: string, exceptId?: string): void {
  const other = ctx.core.db.prepare('SELECT id FROM house WHERE grid_id = ? AND address_key = ? AND archived = 0').get(gridId, key) as { id: string } | undefined;
  if (other && other.id !== exceptId) throw new AppError('CONFLICT', '该地址的房屋已在本网格登记');
}

/** A landlord's ID, checked and normalised; with the matching person in the ledger, if any. */
function landlord(ctx: CallContext, citizenId: string | null | undefined): { citizenId: string | null | undefined; personId: string | null | undefined } {
  if (citizenId === undefined) return { citizenId: undefined, personId: undefined };
  if (citizenId === null || citizenId.trim() === '') return { citizenId: null, personId: undefined };
  const r = validateCitizenId(citizenId);
  if (!r.ok) throw new AppError('BAD_INPUT', `房东身份证号${r.reason}`);
  const person = ctx.core.db.prepare('SELECT id FROM person WHERE citizen_id = ?').get(r.normalized) as { id: string } | undefined;
  return { citizenId: r.normalized, personId: person?.id };
}

/** The building's name (for the address key), after checking it is in the grid. */
function checkBuilding(ctx: CallContext, buildingId: string | null | undefined, gridId: string): string | null {
  if (!buildingId) return null;
  const b = ctx.core.db.prepare('SELECT grid_id, name FROM building WHERE id = ?').get(buildingId) as { grid_id: string; name: string } | undefined;
  if (!b) throw new AppError('BAD_INPUT', '所选楼栋不存在');
  if (b.grid_id !== gridId) throw new AppError('BAD_INPUT', '所选楼栋不在该网格');
  return b.name;
}

export const houseEditHandlers: Pick<Handlers, 'registry.createHouse' | 'registry.updateHouse' | 'registry.createBuilding' | 'registry.updateBuilding'> = {
  'registry.createHouse': (input, ctx) => {
    activeGrid(ctx, input.gridId);
    const buildingName = checkBuilding(ctx, input.buildingId, input.gridId);
    const patch = housePatch({ usage: 'residential', ...input }, buildingName);
    assertAddressFree(ctx, input.gridId, String(patch.address_key));
    const ll = landlord(ctx, input.landlordCitizenId);
    if (input.landlordPersonId && !rowExists(ctx, 'person', input.landlordPersonId)) throw new AppError('BAD_INPUT', '所选房东不存在');
    const id = createRecord(ctx, 'house', { ...patch, landlord_citizen_id: ll.citizenId, landlord_person_id: input.landlordPersonId ?? ll.personId });
    return houseResult(ctx, id);
  },

  'registry.updateHouse': (input, ctx) => {
    const current = mustSee(ctx, getHouseRow(ctx.core.db, input.id), '房屋');
    const gridId = input.gridId ?? current.grid_id;
    if (input.gridId) activeGrid(ctx, input.gridId);
    const buildingName = checkBuilding(ctx, input.buildingId === undefined ? current.building_id : input.buildingId, gridId);
    const patch = housePatch(input, buildingName, current);
    if (patch.address_key !== undefined || input.gridId) assertAddressFree(ctx, gridId, String(patch.address_key ?? current.address_key), current.id);
    const ll = landlord(ctx, input.landlordCitizenId);
    if (input.landlordPersonId && !rowExists(ctx, 'person', input.landlordPersonId)) throw new AppError('BAD_INPUT', '所选房东不存在');
    updateRecord(ctx, 'house', current.id, { ...patch, landlord_citizen_id: ll.citizenId, landlord_person_id: input.landlordPersonId ?? ll.personId });
    return houseResult(ctx, current.id);
  },

  'registry.createBuilding': (input, ctx) => {
    activeGrid(ctx, input.gridId);
    const dup = ctx.core.db.prepare('SELECT 1 FROM building WHERE grid_id = ? AND name = ?').get(input.gridId, input.name);
    if (dup) throw new AppError('CONFLICT', `楼栋“${input.name}”在该网格已存在`);
    const id = createRecord(ctx, 'building', { grid_id: input.gridId, name: input.name, address: input.address ?? '', floors: input.floors, notes: input.notes });
    return toBuildingRow(getBuildingRow(ctx.core.db, id)!);
  },

  'registry.updateBuilding': (input, ctx) => {
    const current = mustSee(ctx, getBuildingRow(ctx.core.db, input.id), '楼栋');
    if (input.gridId) activeGrid(ctx, input.gridId);
    if (input.name && input.name !== current.name) {
      const dup = ctx.core.db.prepare('SELECT 1 FROM building WHERE grid_id = ? AND name = ? AND id <> ?').get(input.gridId ?? current.grid_id, input.name, current.id);
      if (dup) throw new AppError('CONFLICT', `楼栋“${input.name}”在该网格已存在`);
    }
    updateRecord(ctx, 'building', current.id, { grid_id: input.gridId, name: input.name, address: input.address, floors: input.floors, notes: input.notes });
    return toBuildingRow(getBuildingRow(ctx.core.db, current.id)!);
  },
};
