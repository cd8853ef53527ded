// The open cases of the caller's own part of the town by what needs doing (start.focus): a
// department handler's and a grid worker's case scope (case-scope.ts), a supervisor's area (the
// grids it is assigned to, as the routine reads it; none: the whole town), the centre the whole
// town. One indexed pass over the scope's open cases counts every group; one group's most
// urgent cases are then chosen by index and only those rows joined.
import type { Role } from '../../../shared/auth/roles';
import { ACTIVE_STATUSES } from '../../../shared/cases/case-workflow';
import type { CaseFocus, FocusGroup, FocusScopeKind } from '../../../shared/start/start-types';
import { FOCUS_GROUPS } from '../../../shared/start/start-types';
import { rowsByRowid } from '../cases/case-queues';
import { caseScopeOf, scopeCondition } from '../cases/case-scope';
import { dueWindow, type DueWindow } from '../cases/sla-deadline';
import type { ReadDb } from '../db/read-db';
import { servedGrids } from '../org/served-units';
import type { Session } from '../rpc/handler-types';

type Params = Record<string, string | number>;

const ACTIVE = `(${ACTIVE_STATUSES.map((s) => `'${s}'`).join(', ')})`;

/** Each group's condition on an open case `c` (@now, @soon: the due window). */
const GROUP_SQL: Record<FocusGroup, string> = {
  open: '1 = 1',
  to_handle: "c.status = 'dispatched'",
  in_progress: "c.status = 'in_progress'",
  rework: `c.rework_count > 0 AND c.status IN ${ACTIVE}`,
  due_soon: `c.status IN ${ACTIVE} AND c.deadline_at >= @now AND c.deadline_at < @soon`,
  overdue: `c.status IN ${ACTIVE} AND c.deadline_at < @now`,
  supervised: 'c.supervised = 1',
  to_verify: "c.status IN ('handled', 'verified', 'evaluated')",
};

interface FocusScope {
  kind: FocusScopeKind;
  label: string;
  /** The SQL condition on `c` (parameters in `params`); null: the whole town. */
  where: string | null;
  params: Params;
}

const SCOPE_LABEL: Record<FocusScopeKind, string> = { town: '全镇', area: '督导片区', department: '本部门', grids: '我的网格' };

function scopeOf(db: ReadDb, session: Session, today: string): FocusScope {
  const params: Params = {};
  const role: Role = session.role;
  if (role === 'supervisor') {
    const grids = servedGrids(db, session.userId, today);
    if (!grids || grids.length === 0) return { kind: 'town', label: SCOPE_LABEL.town, where: null, params };
    grids.forEach((g, i) => (params[`area${i}`] = g));
    return { kind: 'area', label: `${SCOPE_LABEL.area}（${grids.length}个网格）`, where: `c.grid_id IN (${grids.map((_, i) => `@area${i}`).join(', ')})`, params };
  }
  const scope = caseScopeOf(db, session, today);
  if (!scope) return { kind: 'town', label: SCOPE_LABEL.town, where: null, params };
  const kind: FocusScopeKind = scope.kind === 'department' ? 'department' : 'grids';
  return { kind, label: SCOPE_LABEL[kind], where: scopeCondition(scope, params), params };
}

/** The count query and one group's rows query over the open cases matching `scopeWhere` (null: the whole town). */
export function focusSql(scopeWhere: string | null, group: FocusGroup): { counts: string; rows: string } {
  const where = `c.done = 0${scopeWhere ? ` AND ${scopeWhere}` : ''}`;
  const sums = FOCUS_GROUPS.map((g) => `coalesce(sum(${GROUP_SQL[g]}), 0) AS ${g}`).join(', ');
  const order = group === 'to_verify' ? 'c.updated_at ASC, c.rowid ASC' : 'c.deadline_at ASC, c.rowid ASC';
  return {
    counts: `SELECT ${sums} FROM case_record c WHERE ${where}`,
    rows: `SELECT c.rowid AS rid FROM case_record c WHERE ${where} AND ${GROUP_SQL[group]} ORDER BY ${order} LIMIT @limit`,
  };
}

export function caseFocus(db: ReadDb, session: Session, today: string, now: number, group: FocusGroup, limit: number): CaseFocus {
  const scope = scopeOf(db, session, today);
  const window: DueWindow = dueWindow(db, now);
  const params: Params = { ...scope.params, now: window.now, soon: window.soonUntil };
  const sql = focusSql(scope.where, group);
  const counts = db.cached(sql.counts).get(params) as CaseFocus['counts'];
  const ids = db.cached(sql.rows).all({ ...params, limit }) as { rid: number }[];
  return { scope: { kind: scope.kind, label: scope.label }, counts, rows: rowsByRowid(db, ids.map((r) => r.rid), window) };
}
