// Archiving (and restoring) ledger records. Records are never deleted: history and links stay.
import type { SyncedTableName } from '../../../shared/db/tables';
import { LEDGER_KIND_LABELS, type LedgerKind } from '../../../shared/registry/registry-types';
import type { Handlers } from '../rpc/handler-types';
import { requireSpecial } from './registry-access';
import { updateRecord } from './edit-support';
import { mustSee } from './registry-scope';

export const LEDGER_TABLES: Record<LedgerKind, SyncedTableName> = {
  person: 'person',
  household: 'household',
  house: 'house',
  building: 'building',
  organisation: 'organisation',
  facility: 'facility',
  special: 'special_person',
  dispute: 'dispute',
};

export const archiveHandler: Pick<Handlers, 'registry.archive'> = {
  'registry.archive': ({ kind, id, archived }, ctx) => {
    if (kind === 'special') requireSpecial(ctx);
    const table = LEDGER_TABLES[kind];
    const row = ctx.core.db.prepare(`SELECT archived, grid_id FROM ${table} WHERE id = ?`).get(id) as { archived: number; grid_id: string } | undefined;
    mustSee(ctx, row, LEDGER_KIND_LABELS[kind]);
    updateRecord(ctx, table, id, { archived: archived ? 1 : 0 });
    return { ok: true };
  },
};
