// Editing organisations/premises, facilities and disputes.
import { AppError } from '../../../shared/rpc/errors';
import type { Handlers } from '../rpc/handler-types';
import { disputePatch, facilityPatch, organisationPatch } from './registry-columns';
import { mustSee } from './registry-scope';
import { activeGrid, createRecord, updateRecord } from './edit-support';
import { getOrganisationRow, toOrganisationRow } from './queries/organisation-query';
import { can } from './registry-access';
import { getFacilityRow, toFacilityRow } from './queries/facility-query';
import { getDisputeRow, toDisputeRow } from './queries/dispute-query';

export const placeEditHandlers: Pick<
  Handlers,
  'registry.createOrganisation' | 'registry.updateOrganisation' | 'registry.createFacility' | 'registry.updateFacility' | 'registry.createDispute' | 'registry.updateDispute'
> = {
  'registry.createOrganisation': (input, ctx) => {
    activeGrid(ctx, input.gridId);
    const dup = ctx.core.db.prepare('SELECT 1 FROM organisation WHERE grid_id = ? AND name = ? AND archived = 0').get(input.gridId, input.name.trim());
    if (dup) throw new AppError('CONFLICT', `“${input.name}”在该网格已登记`);
    const id = createRecord(ctx, 'organisation', organisationPatch({ keySupervision: false, ...input }));
    return toOrganisationRow(getOrganisationRow(ctx.core.db, id)!, { mask: !can(ctx, 'sensitive.read') });
  },
  'registry.updateOrganisation': (input, ctx) => {
    const current = mustSee(ctx, getOrganisationRow(ctx.core.db, input.id), '单位场所');
    if (input.gridId) activeGrid(ctx, input.gridId);
    if ((input.name && input.name.trim() !== current.name) || (input.gridId && input.gridId !== current.grid_id)) {
      const dup = ctx.core.db
        .prepare('SELECT 1 FROM organisation WHERE grid_id = ? AND name = ? AND archived = 0 AND id <> ?')
        .get(input.gridId ?? current.grid_id, input.name?.trim() ?? current.name, current.id);
      if (dup) throw new AppError('CONFLICT', `“${input.name ?? current.name}”在该网格已登记`);
    }
    updateRecord(ctx, 'organisation', current.id, organisationPatch(input));
    return toOrganisationRow(getOrganisationRow(ctx.core.db, current.id)!, { mask: !can(ctx, 'sensitive.read') });
  },

  'registry.createFacility': (input, ctx) => {
    activeGrid(ctx, input.gridId);
    // A code already used is refused by the change writer (sync/natural-keys.ts).
    const id = createRecord(ctx, 'facility', facilityPatch({ condition: 'good', ...input }));
    return toFacilityRow(getFacilityRow(ctx.core.db, id)!);
  },
  'registry.updateFacility': (input, ctx) => {
    const current = mustSee(ctx, getFacilityRow(ctx.core.db, input.id), '部件');
    if (input.gridId) activeGrid(ctx, input.gridId);
    updateRecord(ctx, 'facility', current.id, facilityPatch(input));
    return toFacilityRow(getFacilityRow(ctx.core.db, current.id)!);
  },

  'registry.createDispute': (input, ctx) => {
    activeGrid(ctx, input.gridId);
    const id = createRecord(ctx, 'dispute', disputePatch({ status: 'open', ...input }));
    return toDisputeRow(getDisputeRow(ctx.core.db, id)!);
  },
  'registry.updateDispute': (input, ctx) => {
    const current = mustSee(ctx, getDisputeRow(ctx.core.db, input.id), '矛盾纠纷');
    if (input.gridId) activeGrid(ctx, input.gridId);
    updateRecord(ctx, 'dispute', current.id, disputePatch(input));
    return toDisputeRow(getDisputeRow(ctx.core.db, current.id)!);
  },
};
