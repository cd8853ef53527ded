// The county database's organisation (county-fixture.ts): the town, 100 villages and
// communities of 20 grids, a full-time grid worker per grid (A post) who is also the B post of
// the next grid of its village, a supervisor per village, some leave with cover, a work log for
// nearly every worker and working day from April to mid-October 2026, and one signed-in account
// per role for the benches.
import { addDays, shanghaiInstant } from '../../electron/core/calendar';
import { holidayCalendar } from '../../electron/core/calendar/calendar-store';
import type { Db } from '../../electron/core/db/connection';
import { readOnlyDb } from '../../electron/core/db/read-db';
import type { SeededRandom } from '../../electron/core/demo/seeded-random';
import { COUNTY, COUNTY_USERS, insertInto, pad } from './county-shape';

export interface CountyGrid {
  id: string;
  village: string;
  villageName: string;
  code: string;
  urban: boolean;
  index: number;
}

export interface CountyOrg {
  grids: CountyGrid[];
  villages: string[];
  /** Working days from COUNTY.logsFrom to the day before COUNTY.today. */
  days: string[];
  workerOf(gridIndex: number): string;
}

const MINUTE = 60_000;

export function buildOrg(db: Db, rng: SeededRandom): CountyOrg {
  const createdAt = '2026-01-01T00:00:00.000Z';
  const unit = insertInto(db, 'org_unit', ['id', 'parent_id', 'kind', 'level', 'code', 'name', 'grid_type', 'households', 'archived', 'created_at']);
  const grids: CountyGrid[] = [];
  const villages: string[] = [];
  db.transaction(() => {
    unit.run(COUNTY.town, null, 'town', 1, '330782000', '县城区', null, 0, 0, createdAt);
    db.prepare("INSERT INTO setting (id, value) VALUES ('town', ?)").run(JSON.stringify({ name: '县城区', code: '330782000', unitId: COUNTY.town }));
    for (let v = 0; v < COUNTY.villages; v++) {
      const vid = `V${pad(v, 3)}`;
      const urban = v < COUNTY.communities;
      const vcode = `330782000${pad(v + 1, 3)}`;
      const villageName = `${urban ? '社区' : '村'}${v + 1}`;
      villages.push(vid);
      unit.run(vid, COUNTY.town, urban ? 'community' : 'village', 2, vcode, villageName, null, 0, 0, createdAt);
      for (let g = 0; g < COUNTY.gridsPerVillage; g++) {
        const gid = `G${pad(v, 3)}${pad(g, 2)}`;
        const code = `${vcode}${pad(g + 1, 3)}`;
        unit.run(gid, vid, 'grid', 3, code, `${villageName}第${g + 1}网格`, urban ? 'urban' : 'rural', 0, 0, createdAt);
        grids.push({ id: gid, village: vid, villageName, code, urban, index: grids.length });
      }
    }
  })();

  // Staff: worker g is the A post of grid g and the B post of the next grid of its village.
  const staff = insertInto(db, 'staff', ['id', 'name', 'phone', 'title', 'on_duty', 'archived', 'created_at']);
  const assign = insertInto(db, 'staff_assignment', ['id', 'staff_id', 'unit_id', 'team_role', 'post']);
  const leave = insertInto(db, 'staff_leave', ['id', 'staff_id', 'from_date', 'to_date', 'reason', 'cover_staff_id', 'cancelled', 'created_at']);
  const workerOf = (g: number) => `W${pad(g, 4)}`;
  const per = COUNTY.gridsPerVillage;
  const partnerOf = (g: number) => {
    const v = Math.floor(g / per);
    return v * per + ((g - v * per + per - 1) % per);
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

  // One account per role (sessions are made for them by county-core.ts).
  const account = insertInto(db, 'user_account', ['id', 'username', 'display_name', 'role', 'disabled', 'staff_id', 'department_id', 'created_at']);
  db.transaction(() => {
    for (const [role, u] of Object.entries(COUNTY_USERS)) {
      account.run(u.id, role, u.name, role, 0, u.staffId ?? null, u.departmentId ?? null, createdAt);
    }
  })();

  // Work logs: nearly every worker-day; the worker's diligence varies.
  const cal = holidayCalendar(readOnlyDb(db));
  const log = insertInto(db, 'work_log', ['id', 'staff_id', 'work_date', 'patrolled', 'patrol_start', 'patrol_end', 'places', 'observations', 'status', 'submitted_at', 'created_at', 'updated_at']);
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
  return { grids, villages, days, workerOf };
}
