// Importing work logs filled on paper (工作日志) through the registry's Excel import engine:
// the same preview (column mapping, every bad row with its Chinese reasons) and the same
// all-or-nothing commit through the change writer. A row names the worker (by name, and by
// phone when two share a name), the day, the patrol and its places, 民情 and notes; it must
// meet the log form's own rules — checkLog (work-logs.ts) is called for every row, nothing is
// checked twice in another way. Rows are new submitted logs: a day that already has a log is
// refused (it is edited in the app), as is a second row for the same worker and day.
// Scope: a grid worker imports only its own logs, a supervisor those of its area's workers,
// the centre any worker's (routine-scope.ts).
import { AppError } from '../../../shared/rpc/errors';
import type { RoutineWorker } from '../../../shared/routine/routine-types';
import { WORK_LOG_IMPORT } from '../../../shared/routine/routine-import';
import { saveLogInput } from '../../../shared/routine/routine-inputs';
import type { ImportAdapter, ImportContext, ImportSource } from '../registry/import/import-adapter';
import { allWorkers } from './routine-scope';
import { resolveWorker, rowsOfOtherWorkers, staffByName, type StaffEntry } from './import-workers';
import { checkLog, gridsOnDay } from './work-logs';

export interface LogImportState {
  workers: RoutineWorker[];
  /** Staff (not archived) by name. */
  byName: Map<string, StaffEntry[]>;
  /** Buildings (not archived) by name: [id, grid]. */
  buildings: Map<string, { id: string; gridId: string }[]>;
}

const PLACE_SPLIT = /[、，,；;\n]+/;
const GRID_PREFIX = /^(.+?)[:：](.+)$/;

/**
 * The places of a cell as the log form takes them: a building's name becomes that building
 * (one in the grids the worker may log that day first); '网格名：地址' names the grid of an
 * address; any other text is an address in the worker's first grid that day. Whether each
 * place may be logged is then the log rule's to say.
 */
function resolvePlaces(text: string, staffId: string, date: string, state: LogImportState, ctx: ImportContext): { gridId: string; buildingId?: string; name: string }[] | string {
  const items = text
    .split(PLACE_SPLIT)
    .map((s) => s.trim())
    .filter(Boolean);
  if (items.length === 0) return [];
  const allowed = gridsOnDay(ctx.db, staffId, date, state.workers).map((g) => g.id);
  const out: { gridId: string; buildingId?: string; name: string }[] = [];
  for (const item of items) {
    const candidates = state.buildings.get(item) ?? [];
    const building = candidates.find((b) => allowed.includes(b.gridId)) ?? candidates[0];
    if (building) {
      out.push({ gridId: building.gridId, buildingId: building.id, name: item });
      continue;
    }
    const prefixed = item.match(GRID_PREFIX);
    if (prefixed) {
      const grid = ctx.grids.resolve(prefixed[1]!.trim());
      if (grid.ok) {
        out.push({ gridId: grid.grid.id, name: prefixed[2]!.trim() });
        continue;
      }
    }
    if (allowed.length === 0) return `巡查地点“${item}”无法确定所属网格`;
    out.push({ gridId: allowed[0]!, name: item });
  }
  return out;
}

export const logImport: ImportAdapter<LogImportState> = {
  spec: WORK_LOG_IMPORT,
  table: 'work_log',
  keyLabel: '网格员与日期',

  load({ db }) {
    const buildings = new Map<string, { id: string; gridId: string }[]>();
    for (const b of db.prepare('SELECT id, name, grid_id FROM building WHERE archived = 0').all() as { id: string; name: string; grid_id: string }[]) {
      buildings.set(b.name, [...(buildings.get(b.name) ?? []), { id: b.id, gridId: b.grid_id }]);
    }
    return { workers: allWorkers(db), byName: staffByName(db), buildings };
  },

  check({ values: v, badCells }, state, ctx) {
    const worker = resolveWorker(v, state.byName, state.workers, '填写工作日志');
    const date = typeof v.date === 'string' ? v.date : '';
    if ('reason' in worker) return { key: `?|${date}`, columns: {}, reasons: [worker.reason], warnings: [] };
    const staffId = worker.staff.id;
    const key = `${staffId}|${date}`;
    // A cell that could not be read is reported already; the log rules would only repeat it.
    if (!date || badCells) return { key, columns: {}, reasons: [], warnings: [] };
    const placesText = typeof v.places === 'string' ? v.places : '';
    const places = resolvePlaces(placesText, staffId, date, state, ctx);
    if (typeof places === 'string') return { key, columns: {}, reasons: [places], warnings: [] };
    const patrolled = typeof v.patrolled === 'boolean' ? v.patrolled : !!(v.patrolStart || v.patrolEnd || places.length);
    const parsed = saveLogInput.safeParse({
      staffId,
      date,
      patrolled,
      patrolStart: v.patrolStart ?? null,
      patrolEnd: v.patrolEnd ?? null,
      places,
      observations: typeof v.observations === 'string' ? v.observations : '',
      notes: typeof v.notes === 'string' ? v.notes : '',
      submit: true,
    });
    if (!parsed.success) return { key, columns: {}, reasons: parsed.error.issues.map((i) => i.message), warnings: [] };
    try {
      const { values } = checkLog({ db: ctx.db, now: ctx.now, today: ctx.today, workers: state.workers }, staffId, parsed.data);
      return { key, columns: { staff_id: staffId, work_date: date, ...values, created_by: ctx.actorId, created_at: ctx.now }, reasons: [], warnings: [] };
    } catch (err) {
      if (err instanceof AppError) return { key, columns: {}, reasons: [err.message], warnings: [] };
      throw err;
    }
  },

  existing() {
    return undefined;
  },
};

export const workLogSource: ImportSource = {
  kind: 'workLog',
  adapter: logImport as ImportAdapter<unknown>,
  jobs: { preview: 'routine.importPreview', commit: 'routine.importCommit' },
  // The methods that run it require 'routine.import' (shared/routine/routine-api.ts); the rows' workers are checked by `outside`.
  authorize: () => undefined,
  outside: (ctx, rows) =>
    rowsOfOtherWorkers(ctx, rows, { own: '网格员只能导入本人的工作日志', area: '该网格员不在本账号的管理范围内，只能导入本人所管理网格的网格员日志' }),
  scopeRule: '只能导入本人或所管理网格的网格员日志',
};
