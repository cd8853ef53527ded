// Importing household visits recorded on the handbook's paper 走访记录 through the registry's
// Excel import engine: the same preview (column mapping, every bad row with its Chinese
// reasons) and the same all-or-nothing commit through the change writer as the ledgers and the
// paper work logs (log-import.ts). A row names the household (户号, or 户主姓名, with 门牌地址 to
// tell apart two of the same name), the day, the worker who visited, who was met and what was
// found; it must meet the visit form's own rules — checkVisit (visits.ts) is called for every
// row. Households are looked up by the keys in the file only, one indexed query per row (a
// town may hold 300,000), never loaded whole. Rows are new visits: a household already visited
// that day is refused (the record is edited in the app), as is a second row for the same
// household and day. Scope, as for a visit recorded in the app: a grid worker imports only its
// own visits, a supervisor those of its area's workers, the centre anyone's; the household must
// be in the grids the worker served that day (checkVisit).
import { AppError } from '../../../shared/rpc/errors';
import type { RoutineWorker } from '../../../shared/routine/routine-types';
import { VISIT_IMPORT } from '../../../shared/routine/routine-import';
import { saveVisitInput } from '../../../shared/routine/visit-inputs';
import type { ReadDb } from '../db/read-db';
import type { ImportAdapter, ImportSource } from '../registry/import/import-adapter';
import { resolveWorker, rowsOfOtherWorkers, staffByName, type StaffEntry } from './import-workers';
import { allWorkers } from './routine-scope';
import { checkVisit } from './visits';
import { gridsOnDay } from './work-logs';

export interface VisitImportState {
  workers: RoutineWorker[];
  byName: Map<string, StaffEntry[]>;
}

interface HouseholdHit {
  id: string;
  household_no: string;
  grid_id: string;
  address: string | null;
  head_name: string | null;
}

const HOUSEHOLD_COLUMNS = 'hh.id, hh.household_no, hh.grid_id, hh.address, head.name AS head_name';

/** Text compared without spaces and full-width forms. */
const norm = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');

/**
 * The household a row names, looked up by its keys only: by 户号 (indexed), or else by the
 * head's name (indexed); the other cells narrow the match. Two households left: the one in the
 * worker's grids that day, if only one is.
 */
function resolveHousehold(db: ReadDb, v: Record<string, unknown>, allowedGrids: () => string[]): { household: HouseholdHit } | { reason: string } {
  const no = typeof v.householdNo === 'string' ? v.householdNo.trim() : '';
  const head = typeof v.headName === 'string' ? norm(v.headName) : '';
  const address = typeof v.address === 'string' ? norm(v.address) : '';
  let hits: HouseholdHit[];
  let named: string;
  if (no) {
    hits = db
      .cached(`SELECT ${HOUSEHOLD_COLUMNS} FROM household hh LEFT JOIN person head ON head.id = hh.head_person_id WHERE hh.household_no = ? AND hh.archived = 0`)
      .all(no) as HouseholdHit[];
    if (hits.length === 0) return { reason: `户号“${no}”的户不存在或已注销` };
    named = `户号“${no}”`;
    if (head) {
      const same = hits.filter((h) => h.head_name !== null && norm(h.head_name) === head);
      if (same.length === 0) return { reason: `户号“${no}”的户主是${hits.map((h) => h.head_name ?? '（未登记）').join('、')}，不是“${head}”，请核对` };
      hits = same;
    }
  } else if (head) {
    hits = db
      .cached(
        `SELECT ${HOUSEHOLD_COLUMNS} FROM person head JOIN household hh ON hh.id = head.household_id AND hh.head_person_id = head.id
         WHERE head.name = ? AND head.archived = 0 AND hh.archived = 0`,
      )
      .all(head) as HouseholdHit[];
    if (hits.length === 0) return { reason: `未找到户主为“${head}”的户，请核对户主姓名或填写户号` };
    named = `户主“${head}”`;
  } else {
    return { reason: '请填写户号或户主姓名，以确定走访的户' };
  }
  if (address) {
    const at = hits.filter((h) => h.address !== null && norm(h.address).includes(address));
    if (at.length === 0) return { reason: `${named}的户不在“${address}”，请核对门牌地址` };
    hits = at;
  }
  if (hits.length > 1) {
    const allowed = new Set(allowedGrids());
    const mine = hits.filter((h) => allowed.has(h.grid_id));
    if (mine.length === 1) return { household: mine[0]! };
    return { reason: `有${hits.length}户符合${named}${address ? `和门牌地址` : ''}，请填写${no ? '户主姓名或门牌地址' : '户号或门牌地址'}以区分` };
  }
  return { household: hits[0]! };
}

/** The member of the household met, when the name written is one of its members. */
function memberNamed(db: ReadDb, householdId: string, name: string): string | null {
  if (!name) return null;
  const rows = db.cached('SELECT id FROM person WHERE household_id = ? AND name = ? AND archived = 0').all(householdId, name) as { id: string }[];
  return rows.length === 1 ? rows[0]!.id : null;
}

export const visitImport: ImportAdapter<VisitImportState> = {
  spec: VISIT_IMPORT,
  table: 'household_visit',
  keyLabel: '户和走访日期',

  load({ db }) {
    return { workers: allWorkers(db), byName: staffByName(db) };
  },

  check({ values: v, badCells }, state, ctx) {
    const date = typeof v.date === 'string' ? v.date : '';
    const worker = resolveWorker(v, state.byName, state.workers, '登记走访记录');
    const staffId = 'staff' in worker ? worker.staff.id : null;
    const found = resolveHousehold(ctx.db, v, () => (staffId && date ? gridsOnDay(ctx.db, staffId, date, state.workers).map((g) => g.id) : []));
    const reasons = [...('reason' in worker ? [worker.reason] : []), ...('reason' in found ? [found.reason] : [])];
    const key = `${'household' in found ? found.household.id : '?'}|${date}`;
    // A cell that could not be read is reported already; the visit rules would only repeat it.
    if (reasons.length || !staffId || !('household' in found) || !date || badCells) return { key, columns: {}, reasons, warnings: [] };
    const household = found.household;
    const metName = typeof v.metName === 'string' ? v.metName.trim() : '';
    const parsed = saveVisitInput.safeParse({
      householdId: household.id,
      date,
      metPersonId: memberNamed(ctx.db, household.id, metName),
      metName,
      situation: typeof v.situation === 'string' ? v.situation : '',
      needs: typeof v.needs === 'string' ? v.needs : '',
      followUp: typeof v.followUp === 'string' ? v.followUp : '',
    });
    if (!parsed.success) return { key, columns: {}, reasons: parsed.error.issues.map((i) => i.message), warnings: [] };
    try {
      const { values } = checkVisit({ db: ctx.db, now: ctx.now, today: ctx.today, workers: state.workers }, staffId, parsed.data);
      return { key, columns: { staff_id: staffId, ...values, created_by: ctx.actorId, created_at: ctx.now }, reasons: [], warnings: [] };
    } catch (err) {
      if (err instanceof AppError) return { key, columns: {}, reasons: [err.message], warnings: [] };
      throw err;
    }
  },

  existing() {
    return undefined;
  },
};

export const visitSource: ImportSource = {
  kind: 'visit',
  adapter: visitImport as ImportAdapter<unknown>,
  jobs: { preview: 'routine.importPreview', commit: 'routine.importCommit' },
  // The methods that run it require 'routine.import' (shared/routine/routine-api.ts); the rows' workers and households are checked by `outside`.
  authorize: () => undefined,
  // As routine.saveVisit: the importer writes for itself (a grid worker) or for a worker in its scope; the household must be in that worker's grids that day (checkVisit).
  outside: (ctx, rows) =>
    rowsOfOtherWorkers(ctx, rows, { own: '网格员只能导入本人的走访记录', area: '该网格员不在本账号的管理范围内，只能导入本人所管理网格的网格员走访记录' }),
  scopeRule: '只能导入本人或所管理网格的网格员走访记录',
};
