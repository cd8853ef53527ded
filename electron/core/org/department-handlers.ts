// Town departments (职能部门) that receive dispatched cases.
import { ulid } from 'ulid';
import { AppError } from '../../../shared/rpc/errors';
import type { Handlers } from '../rpc/handler-types';
import { getDepartment, listDepartments } from './org-repo';

export const departmentHandlers: Pick<Handlers, 'departments.list' | 'departments.create' | 'departments.update'> = {
  'departments.list': ({ includeArchived }, { core }) => listDepartments(core.db, includeArchived ?? false),
  'departments.create': (input, ctx) => {
    const { db } = ctx.core;
    // A code already used is refused by the change writer (sync/natural-keys.ts); a name here.
    if (db.prepare('SELECT 1 FROM department WHERE name = ?').get(input.name)) throw new AppError('CONFLICT', `部门“${input.name}”已存在`);
    const id = ulid();
    ctx.core.writer.transaction(ctx.actor, (tx) =>
      tx.insert('department', { id, code: input.code, name: input.name, phone: input.phone, categories: JSON.stringify(input.categories), archived: 0 }),
    );
    return getDepartment(db, id);
  },
  'departments.update': (input, ctx) => {
    const { db } = ctx.core;
    getDepartment(db, input.id);
    if (input.name && db.prepare('SELECT 1 FROM department WHERE name = ? AND id <> ?').get(input.name, input.id)) {
      throw new AppError('CONFLICT', `部门“${input.name}”已存在`);
    }
    ctx.core.writer.transaction(ctx.actor, (tx) =>
      tx.update('department', input.id, {
        code: input.code,
        name: input.name,
        phone: input.phone,
        categories: input.categories ? JSON.stringify(input.categories) : undefined,
        archived: input.archived,
      }),
    );
    return getDepartment(db, input.id);
  },
};
