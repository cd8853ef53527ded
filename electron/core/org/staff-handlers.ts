// Grid staff and their assignments to units (one person may serve several grids; A/B posts).
import { audit } from '../audit/audit-log';
import { ulid } from 'ulid';
import type { AssignmentRow } from '../../../shared/api';
import { TEAM_ROLE_LABELS } from '../../../shared/org/org-types';
import { AppError } from '../../../shared/rpc/errors';
import type { ReadDb } from '../db/read-db';
import type { Handlers } from '../rpc/handler-types';
import { getStaff, getUnitRow, listStaff } from './org-repo';

const ASSIGNMENT_SQL = `SELECT a.id, a.staff_id, a.unit_id, a.team_role, a.post, s.name AS staff_name, s.phone AS staff_phone,
  u.name AS unit_name, u.code AS unit_code
  FROM staff_assignment a JOIN staff s ON s.id = a.staff_id JOIN org_unit u ON u.id = a.unit_id`;

interface AssignmentDbRow {
  id: string;
  staff_id: string;
  unit_id: string;
  team_role: AssignmentRow['teamRole'];
  post: AssignmentRow['post'];
  staff_name: string;
  staff_phone: string;
  unit_name: string;
  unit_code: string;
}

function toAssignment(r: AssignmentDbRow): AssignmentRow {
  return {
    id: r.id,
    staffId: r.staff_id,
    unitId: r.unit_id,
    teamRole: r.team_role,
    post: r.post,
    staffName: r.staff_name,
    staffPhone: r.staff_phone,
    unitName: r.unit_name,
    unitCode: r.unit_code,
  };
}

function getAssignment(db: ReadDb, id: string): AssignmentRow {
  const r = db.prepare(`${ASSIGNMENT_SQL} WHERE a.id = ?`).get(id) as AssignmentDbRow | undefined;
  if (!r) throw new AppError('NOT_FOUND', '任职记录不存在');
  return toAssignment(r);
}

export const staffHandlers: Pick<
  Handlers,
  'staff.list' | 'staff.create' | 'staff.update' | 'staff.assignments' | 'staff.assign' | 'staff.unassign'
> = {
  'staff.list': ({ includeArchived }, { core }) => listStaff(core.db, includeArchived ?? false),
  'staff.create': (input, ctx) => {
    const id = ulid();
    ctx.core.writer.transaction(ctx.actor, (tx) =>
      tx.insert('staff', {
        id,
        name: input.name,
        phone: input.phone,
        gender: input.gender ?? null,
        title: input.title,
        on_duty: 1,
        archived: 0,
        created_at: new Date(ctx.core.now()).toISOString(),
      }),
    );
    return getStaff(ctx.core.db, id);
  },
  'staff.update': (input, ctx) => {
    getStaff(ctx.core.db, input.id);
    ctx.core.writer.transaction(ctx.actor, (tx) =>
      tx.update('staff', input.id, {
        name: input.name,
        phone: input.phone,
        gender: input.gender,
        title: input.title,
        on_duty: input.onDuty,
        archived: input.archived,
      }),
    );
    return getStaff(ctx.core.db, input.id);
  },
  'staff.assignments': ({ unitId, staffId }, { core }) => {
    const where: string[] = [];
    if (unitId) where.push('a.unit_id = @unitId');
    if (staffId) where.push('a.staff_id = @staffId');
    const rows = core.db
      .prepare(`${ASSIGNMENT_SQL} ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY u.code, a.team_role, s.name`)
      .all({ ...(unitId ? { unitId } : {}), ...(staffId ? { staffId } : {}) }) as AssignmentDbRow[];
    return rows.map(toAssignment);
  },
  'staff.assign': (input, ctx) => {
    const { db } = ctx.core;
    const staff = getStaff(db, input.staffId);
    if (staff.archived) throw new AppError('INVALID_STATE', `${staff.name}已离岗归档，不能分配`);
    const unit = getUnitRow(db, input.unitId);
    if (unit.archived) throw new AppError('INVALID_STATE', `“${unit.name}”已归档`);
    if (unit.kind === 'town') throw new AppError('BAD_INPUT', '人员应分配到村/社区或网格');
    const dup = db
      .prepare('SELECT id FROM staff_assignment WHERE staff_id = ? AND unit_id = ? AND team_role = ?')
      .get(input.staffId, input.unitId, input.teamRole);
    if (dup) throw new AppError('CONFLICT', `${staff.name}已是“${unit.name}”的${TEAM_ROLE_LABELS[input.teamRole]}`);
    if (input.teamRole === 'leader') {
      const leader = db
        .prepare("SELECT s.name FROM staff_assignment a JOIN staff s ON s.id = a.staff_id WHERE a.unit_id = ? AND a.team_role = 'leader'")
        .get(input.unitId) as { name: string } | undefined;
      if (leader) throw new AppError('CONFLICT', `“${unit.name}”已有网格长${leader.name}，请先调整`);
    }
    if (input.post) {
      const taken = db
        .prepare('SELECT s.name FROM staff_assignment a JOIN staff s ON s.id = a.staff_id WHERE a.unit_id = ? AND a.post = ?')
        .get(input.unitId, input.post) as { name: string } | undefined;
      if (taken) throw new AppError('CONFLICT', `“${unit.name}”的${input.post}岗已由${taken.name}担任`);
    }
    const id = ulid();
    ctx.core.writer.transaction(ctx.actor, (tx) =>
      tx.insert('staff_assignment', { id, staff_id: input.staffId, unit_id: input.unitId, team_role: input.teamRole, post: input.post ?? null }),
    );
    // Which grids a worker serves is what their account may see and change: audited like a role change.
    audit(ctx, { action: 'staff.assign', table: 'staff_assignment', recordId: id, detail: { staffId: input.staffId, unitId: input.unitId, teamRole: input.teamRole } });
    return getAssignment(db, id);
  },
  'staff.unassign': ({ id }, ctx) => {
    const a = getAssignment(ctx.core.db, id);
    ctx.core.writer.transaction(ctx.actor, (tx) => tx.remove('staff_assignment', id));
    audit(ctx, { action: 'staff.unassign', table: 'staff_assignment', recordId: id, detail: { staffId: a.staffId, unitId: a.unitId, teamRole: a.teamRole } });
    return { ok: true };
  },
};
