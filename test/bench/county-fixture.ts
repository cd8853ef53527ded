// A county-scale database for the benches (issue 15's scale, first used by the assessment bench):
// 100 villages and communities of 20 grids (2,000 grids), a full-time grid worker per grid (A
// post) who is also the B post of the next grid, a supervisor per village, some leave with cover,
// a work log for nearly every worker and working day from April to mid-October 2026 (some
// drafts, some missing, most with a patrol), 60,000 cases received in 2026Q3 with their timelines
// (registered … closed, on time or late, reworked, extended, evaluated; the latest still open),
// households, a quarter of household visits with their verification sample, and half-monthly
// dispute screenings. Bulk-inserted with prepared statements into a migrated database, bypassing
// the change writer (benchmark data only: the change log would multiply the build time without
// changing what the reads read). Built once into test-results/bench-cache (ignored by git) and
// reused while FIXTURE_VERSION and the schema version stay the same; `npm test` never builds it.
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { STAGE, type CaseStatus } from '../../shared/cases/case-workflow';
import { addDays, shanghaiInstant } from '../../electron/core/calendar';
import { holidayCalendar } from '../../electron/core/calendar/calendar-store';
import { openDatabase, type Db } from '../../electron/core/db/connection';
import { migrate } from '../../electron/core/db/migrate';
import { MIGRATIONS } from '../../electron/core/db/migrations';
import { readOnlyDb } from '../../electron/core/db/read-db';
import { SeededRandom } from '../../electron/core/demo/seeded-random';
import { TEST_DB_KEY } from '../support/test-db-key';

/** Bump when the generator changes, so a cached database is rebuilt. */
const FIXTURE_VERSION = 1;
export const COUNTY = {
  villages: 100,
  gridsPerVillage: 20,
  cases: 60_000,
  households: 40,
  /** The quarter the cases fall in, and the day the benches take as today. */
  quarter: { key: '2026Q3', from: '2026-07-01', to: '2026-09-30' },
  today: '2026-10-15',
  logsFrom: '2026-04-01',
} as const;

const CACHE_DIR = resolve(import.meta.dirname, '../../test-results/bench-cache');
const MINUTE = 60_000;
const DAY = 86_400_000;

/** The county database's file (built now if missing or stale); open it with TEST_DB_KEY. */
export function countyDatabase(): { file: string; built: boolean; ms: number } {
  const file = join(CACHE_DIR, `county-v${FIXTURE_VERSION}-s${MIGRATIONS.length}.db`);
  if (existsSync(file)) return { file, built: false, ms: 0 };
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.building`;
  for (const f of [tmp, `${tmp}-wal`, `${tmp}-shm`]) rmSync(f, { force: true });
  const t0 = performance.now();
  const db = openDatabase(tmp, { key: TEST_DB_KEY });
  try {
    migrate(db);
    db.pragma('foreign_keys = OFF');
    build(db);
    db.exec('ANALYZE');
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.pragma('journal_mode = DELETE');
  } finally {
    db.close();
  }
  renameSync(tmp, file);
  return { file, built: true, ms: performance.now() - t0 };
}

const pad = (n: number, w: number) => String(n).padStart(w, '0');

function build(db: Db): void {
  const rng = new SeededRandom(2026_15);
  const cal = holidayCalendar(readOnlyDb(db));
  const createdAt = '2026-01-01T00:00:00.000Z';
  const ins = (table: string, cols: string[]) => db.prepare(`INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`);

  // Org: the county as the top unit, 30 communities and 70 villages of 20 grids each.
  const unit = ins('org_unit', ['id', 'parent_id', 'kind', 'level', 'code', 'name', 'grid_type', 'households', 'archived', 'created_at']);
  const grids: { id: string; village: string; code: string }[] = [];
  const villages: string[] = [];
  db.transaction(() => {
    unit.run('TOWN', null, 'town', 1, '330782000', '县城区', null, 0, 0, createdAt);
    for (let v = 0; v < COUNTY.villages; v++) {
      const vid = `V${pad(v, 3)}`;
      const community = v < 30;
      const vcode = `330782000${pad(v + 1, 3)}`;
      villages.push(vid);
      unit.run(vid, 'TOWN', community ? 'community' : 'village', 2, vcode, `${community ? '社区' : '村'}${v + 1}`, null, 0, 0, createdAt);
      for (let g = 0; g < COUNTY.gridsPerVillage; g++) {
        const gid = `G${pad(v, 3)}${pad(g, 2)}`;
        const code = `${vcode}${pad(g + 1, 3)}`;
        unit.run(gid, vid, 'grid', 3, code, `${community ? '社区' : '村'}${v + 1}第${g + 1}网格`, community ? 'urban' : 'rural', COUNTY.households, 0, createdAt);
        grids.push({ id: gid, village: vid, code });
      }
    }
  })();

  // Staff: worker g is the A post of grid g and the B post of the next grid of its village.
  const staff = ins('staff', ['id', 'name', 'phone', 'title', 'on_duty', 'archived', 'created_at']);
  const assign = ins('staff_assignment', ['id', 'staff_id', 'unit_id', 'team_role', 'post']);
  const leave = ins('staff_leave', ['id', 'staff_id', 'from_date', 'to_date', 'reason', 'cover_staff_id', 'cancelled', 'created_at']);
  const workerOf = (g: number) => `W${pad(g, 4)}`;
  const partnerOf = (g: number) => {
    const v = Math.floor(g / COUNTY.gridsPerVillage);
    return v * COUNTY.gridsPerVillage + ((g - v * COUNTY.gridsPerVillage + COUNTY.gridsPerVillage - 1) % COUNTY.gridsPerVillage);
  };
  const leaves = new Map<string, { from: string; to: string }>();
  let n = 0;
  db.transaction(() => {
    grids.forEach((g, i) => {
      staff.run(workerOf(i), `网格员${i + 1}`, `139${pad(i, 8)}`, '专职网格员', 1, 0, createdAt);
      assign.run(`A${n++}`, workerOf(i), g.id, 'worker_full', 'A');
    });
    grids.forEach((g, i) => assign.run(`A${n++}`, workerOf(partnerOf(i)), g.id, 'worker_full', 'B'));
    villages.forEach((v, k) => {
      staff.run(`S${pad(k, 3)}`, `督导员${k + 1}`, `138${pad(k, 8)}`, '督导员', 1, 0, createdAt);
      for (const g of grids.filter((x) => x.village === v)) assign.run(`A${n++}`, `S${pad(k, 3)}`, g.id, 'supervisor', null);
    });
    grids.forEach((_, i) => {
      if (!rng.chance(0.08)) return;
      const from = addDays(COUNTY.quarter.from, rng.int(0, 80));
      const to = addDays(from, rng.int(1, 5));
      leaves.set(workerOf(i), { from, to });
      leave.run(`L${i}`, workerOf(i), from, to, '事假', workerOf(partnerOf(i)), 0, Date.parse(createdAt));
    });
  })();

  // Work logs: nearly every worker-day; the worker's diligence varies.
  const log = ins('work_log', ['id', 'staff_id', 'work_date', 'patrolled', 'patrol_start', 'patrol_end', 'places', 'observations', 'status', 'submitted_at', 'created_at', 'updated_at']);
  const days: string[] = [];
  for (let d: string = COUNTY.logsFrom; d < COUNTY.today; d = addDays(d, 1)) if (cal.isWorkingDay(d)) days.push(d);
  db.transaction(() => {
    grids.forEach((_, i) => {
      const w = workerOf(i);
      const diligence = rng.chance(0.1) ? rng.range(0.75, 0.9) : rng.range(0.95, 1);
      const away = leaves.get(w);
      for (const d of days) {
        if (away && away.from <= d && d <= away.to) continue;
        const roll = rng.next();
        if (roll >= diligence) continue;
        const draft = roll > diligence - 0.01;
        const patrolled = rng.chance(0.93);
        const at = shanghaiInstant(d, '16:30').getTime() + rng.int(0, 120) * MINUTE;
        log.run(`${w}-${d}`, w, d, patrolled ? 1 : 0, patrolled ? '08:30' : null, patrolled ? '10:30' : null, '[]', '无异常', draft ? 'draft' : 'submitted', draft ? null : at, at, at);
      }
    });
  })();

  // Cases of the quarter with their timelines.
  db.prepare("INSERT INTO case_category (id, parent_id, code, name, default_handling_type, sort_order, archived) VALUES ('CAT', NULL, 'QT', '其他', 'coordination', 0, 0)").run();
  const caseCols = [
    'id', 'number', 'title', 'source', 'category_id', 'handling_type', 'urgency', 'level', 'grid_id', 'village_id', 'status', 'stage', 'epoch', 'received_at',
    'registered_by_name', 'sla_days', 'deadline_at', 'extension_count', 'rework_count', 'satisfaction', 'handled_at', 'verified_at', 'closed_at', 'on_time', 'updated_at',
  ];
  const kase = ins('case_record', caseCols);
  const event = ins('case_event', ['id', 'case_id', 'at', 'actor_name', 'action', 'from_status', 'to_status', 'epoch', 'note']);
  const qFrom = shanghaiInstant(COUNTY.quarter.from).getTime();
  const qSpan = shanghaiInstant(addDays(COUNTY.quarter.to, 1)).getTime() - qFrom;
  const todayAt = shanghaiInstant(COUNTY.today, '08:00').getTime();
  const times = Array.from({ length: COUNTY.cases }, () => qFrom + Math.floor(rng.next() * qSpan)).sort((a, b) => a - b);
  const perDay = new Map<string, number>();
  db.transaction(() => {
    times.forEach((t0, i) => {
      const g = grids[rng.int(0, grids.length - 1)]!;
      const id = `C${pad(i, 6)}`;
      const day = new Date(t0 + 8 * 3600_000).toISOString().slice(0, 10).replace(/-/g, '');
      const seq = (perDay.get(day) ?? 0) + 1;
      perDay.set(day, seq);
      const number = `${day.slice(0, 4)}-${day.slice(4)}-XQ-${pad(seq, 4)}`;
      const onSpot = rng.chance(0.12);
      const sla = rng.pick([3, 5, 7, 15]);
      const deadline = t0 + sla * DAY;
      let epoch = 0;
      let t = t0;
      const step = (action: string, from: CaseStatus | null, to: CaseStatus | null, minMin: number, maxMin: number) => {
        t += rng.int(minMin, maxMin) * MINUTE;
        event.run(`${id}-${epoch}`, id, t, '网格员', action, from, to, epoch, '');
        epoch++;
      };
      let status: CaseStatus;
      let handledAt: number;
      let rework = 0;
      let extension = 0;
      let satisfaction: string | null = null;
      const late = rng.chance(0.12);
      if (onSpot) {
        step('register_handled', null, 'handled', 0, 0);
        status = 'handled';
        handledAt = t;
      } else {
        step('register', null, 'registered', 0, 0);
        step('accept', 'registered', 'accepted', 5, rng.chance(0.06) ? 3000 : 300);
        step('dispatch', 'accepted', 'dispatched', 10, 180);
        step('start', 'dispatched', 'in_progress', 30, 600);
        if (rng.chance(0.06)) {
          step('request_extension', 'in_progress', 'in_progress', 60, 600);
          step('decide_extension', 'in_progress', 'in_progress', 60, 600);
          extension = 1;
        }
        const planned = late ? deadline + rng.int(1, 10) * DAY : t + rng.next() * Math.max(60 * MINUTE, deadline - t);
        t = Math.max(t, planned) - MINUTE;
        step('handle', 'in_progress', 'handled', 1, 1);
        status = 'handled';
        handledAt = t;
        if (rng.chance(0.05)) {
          step('rework', 'handled', 'in_progress', 120, 2880);
          step('handle', 'in_progress', 'handled', 240, 2880);
          rework = 1;
        }
      }
      // The latest cases of the quarter are not closed yet by today.
      const closes = t + 3 * DAY < todayAt || rng.chance(0.7);
      if (closes) {
        step('verify', 'handled', 'verified', 120, 2880);
        if (rng.chance(0.6)) {
          satisfaction = rng.chance(0.8) ? 'satisfied' : rng.chance(0.75) ? 'basically' : 'dissatisfied';
          step('evaluate', 'verified', 'evaluated', 30, 1440);
        }
        step('close', satisfaction ? 'evaluated' : 'verified', 'closed', 10, 1440);
        status = 'closed';
      }
      const closedAt = status === 'closed' ? t : null;
      kase.run(
        id, number, '群众反映问题', onSpot ? 'patrol' : rng.pick(['patrol', 'resident_phone', 'hotline', 'wechat']), 'CAT', 'coordination', 'normal', 'town',
        g.id, g.village, status, STAGE[status], epoch - 1, t0, '网格员', sla, deadline + extension * 3 * DAY, extension, rework, satisfaction,
        handledAt, closedAt, closedAt, closedAt === null ? null : handledAt <= deadline + extension * 3 * DAY ? 1 : 0, t,
      );
    });
  })();

  // Households, a quarter of visits (about half the households, by their grid's A worker),
  // a verification sample of them, and half-monthly screenings per grid.
  const household = ins('household', ['id', 'grid_id', 'household_no', 'address', 'archived']);
  const visit = ins('household_visit', ['id', 'household_id', 'grid_id', 'visit_date', 'staff_id', 'household_class', 'class_kind', 'met_name', 'situation', 'created_at', 'updated_at']);
  const verify = ins('visit_verification', ['id', 'visit_id', 'quarter', 'drawn_at', 'outcome', 'verified_on', 'updated_at']);
  const screening = ins('dispute_screening', ['id', 'grid_id', 'period', 'screen_date', 'staff_id', 'none_found', 'created_at']);
  const qDays = days.filter((d) => d >= COUNTY.quarter.from && d <= COUNTY.quarter.to);
  db.transaction(() => {
    grids.forEach((g, i) => {
      for (let h = 0; h < COUNTY.households; h++) {
        const hid = `${g.id}-H${pad(h, 3)}`;
        household.run(hid, g.id, `${g.code}${pad(h, 4)}`, `${g.id}号`, 0);
        if (!rng.chance(0.5)) continue;
        const date = rng.pick(qDays);
        const cls = rng.chance(0.1) ? 1 : rng.chance(0.3) ? 2 : 3;
        const vid = `${hid}-V`;
        const at = shanghaiInstant(date, '10:00').getTime();
        visit.run(vid, hid, g.id, date, workerOf(i), cls, cls === 1 ? 'vulnerable' : cls === 2 ? 'elderly_alone' : 'other', '户主', '情况正常', at, at);
        if (rng.chance(0.1)) verify.run(`${vid}-C`, vid, COUNTY.quarter.key, at + 20 * DAY, rng.chance(0.95) ? 'accurate' : 'inaccurate', addDays(date, 20), at + 20 * DAY);
      }
      for (let m = 4; m <= 9; m++) {
        for (const half of [1, 2]) {
          if (!rng.chance(0.95)) continue;
          const date = `2026-${pad(m, 2)}-${half === 1 ? pad(rng.int(1, 14), 2) : pad(rng.int(16, 28), 2)}`;
          screening.run(`${g.id}-${m}-${half}`, g.id, `2026-${pad(m, 2)}-${half}`, date, workerOf(i), 1, shanghaiInstant(date).getTime());
        }
      }
    });
  })();
}
