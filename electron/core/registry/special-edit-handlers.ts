// Editing special-population records and their help/visit records (needs 'special.read').
import { ulid } from 'ulid';
import { AppError } from '../../../shared/rpc/errors';
import type { CallContext, Handlers } from '../rpc/handler-types';
import { audit } from '../audit/audit-log';
import { can, requireSpecial } from './registry-access';
import { insertRow, specialPatch } from './registry-columns';
import { createRecord, mustExist, updateRecord } from './edit-support';
import { gridServed, mustSee } from './registry-scope';
import { getSpecialRow, getVisit, toSpecialRow } from './queries/special-query';

function specialResult(ctx: CallContext, id: string) {
  return toSpecialRow(mustExist(getSpecialRow(ctx.core.db, id), '特殊人群记录'), { mask: !can(ctx, 'sensitive.read') });
}

export const specialEditHandlers: Pick<Handlers, 'registry.createSpecial' | 'registry.updateSpecial' | 'registry.addSpecialVisit'> = {
  'registry.createSpecial': (input, ctx) => {
    requireSpecial(ctx);
    const person = ctx.core.db.prepare('SELECT id, grid_id FROM person WHERE id = ?').get(input.personId) as { id: string; grid_id: string } | undefined;
    if (!person || !gridServed(ctx, person.grid_id)) throw new AppError('BAD_INPUT', '所选人员不存在');
    const dup = ctx.core.db
      .prepare("SELECT 1 FROM special_person WHERE person_id = ? AND kind = ? AND status = 'active' AND archived = 0")
      .get(person.id, input.kind);
    if (dup) throw new AppError('CONFLICT', '该人员已在此类特殊人群中列管');
    const id = createRecord(ctx, 'special_person', { person_id: person.id, grid_id: person.grid_id, ...specialPatch({ status: 'active', ...input }) });
    return specialResult(ctx, id);
  },

  'registry.updateSpecial': (input, ctx) => {
    requireSpecial(ctx);
    const current = mustSee(ctx, getSpecialRow(ctx.core.db, input.id), '特殊人群记录');
    updateRecord(ctx, 'special_person', current.id, specialPatch(input));
    return specialResult(ctx, current.id);
  },

  'registry.addSpecialVisit': (input, ctx) => {
    requireSpecial(ctx);
    mustSee(ctx, getSpecialRow(ctx.core.db, input.specialId), '特殊人群记录');
    const id = ulid();
    ctx.core.writer.transaction(ctx.actor, (tx) => {
      tx.insert(
        'special_visit',
        insertRow(id, {
          special_id: input.specialId,
          visit_date: input.visitDate,
          visitor: input.visitor,
          method: input.method,
          content: input.content,
          finding: input.finding?.trim() || null,
          created_at: new Date(ctx.core.now()).toISOString(),
        }),
      );
      audit(ctx, { action: 'write', table: 'special_visit', recordId: id, detail: { op: 'create', specialId: input.specialId } });
    });
    return getVisit(ctx.core.db, id)!;
  },
};
