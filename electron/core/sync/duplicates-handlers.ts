// 数据同步 › 重复记录: records two PCs registered apart under one natural key, and merging them.
import type { Handlers } from '../rpc/handler-types';
import { audit } from '../audit/audit-log';
import { can } from '../registry/registry-access';
import { listDuplicates, mergeDuplicates } from './duplicates';

export const duplicatesHandlers: Pick<Handlers, 'sync.duplicates' | 'sync.mergeDuplicates'> = {
  'sync.duplicates': (_input, ctx) => listDuplicates(ctx.core.db, { mask: !can(ctx, 'sensitive.read') }),
  'sync.mergeDuplicates': (input, ctx) => {
    const merged = ctx.core.writer.transaction(ctx.actor, (tx) => {
      mergeDuplicates(tx, input);
      if (input.table === 'user_account') for (const id of input.mergeIds) ctx.core.secrets.adopt(id, input.keepId);
      audit(ctx, { action: 'duplicates.merge', table: input.table, recordId: input.keepId, detail: { mergeIds: input.mergeIds } });
      return new Set(input.mergeIds).size;
    });
    // A merged account's sign-ins on this PC end with it.
    if (input.table === 'user_account') for (const id of input.mergeIds) ctx.core.sessions.revokeUser(id);
    return { merged };
  },
};
