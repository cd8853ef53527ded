// The demo town's 日清周结: work logs of every grid worker over the last year up to yesterday
// (today is left for the worker to fill), with realistic gaps — most days logged on the day,
// some late (补填), some left as drafts, a few workers less diligent, and each worker's
// diligence drifting from month to month (a slack month shows in the assessment) — and leave
// with A/B cover: the workers the demo marks away (staff.on_duty = 0) are on leave now,
// covered by their partner; over the year most workers take a few short leaves (事假, 病假,
// 年休假) and a few a long one (病假, 产假). Deterministic for a seed and a time.
import { monotonicFactory } from 'ulid';
import { addDays, shanghaiDate, shanghaiInstant } from '../calendar';
import { holidayCalendar } from '../calendar/calendar-store';
import type { WriteTx } from '../db/change-writer';
import { allWorkers } from '../routine/routine-scope';
import { demoGridQuality } from './demo-grid-quality';
import { SeededRandom } from './seeded-random';
import { seedDemoVisits } from './demo-visits';

export interface DemoRoutineSummary {
  logs: number;
  leaves: number;
  visits: number;
}

const MINUTE = 60_000;

const SPOTS = ['村口', '主干道', '文化礼堂', '菜市场', '小区东门', '老街', '河道沿线', '垃圾中转点', '农贸市场', '学校门口', '桥头', '健身广场'];

const OBSERVATIONS = [
  '无异常',
  '无异常',
  '无异常',
  '{s}附近有车辆乱停放，已提醒车主挪走',
  '{s}垃圾桶满溢，已联系保洁',
  '{s}路灯不亮，已上报',
  '走访独居老人，身体状况良好，需求已记录',
  '{s}有群众反映夜间噪音扰民',
  '出租房新增租户2人，已登记',
  '{s}井盖松动，已设置警示',
  '邻里因停车位发生口角，已现场劝解',
  '宣传防诈骗知识，发放资料若干',
  '{s}有流动摊贩占道经营，已劝离',
];

const NOTES = ['', '', '', '', '参加村（社区）例会', '协助开展人口信息核查', '配合开展消防安全检查', '下午参加镇里业务培训'];

export function seedDemoRoutine(tx: WriteTx, opts: { seed: number; now: number; days?: number }): DemoRoutineSummary {
  const db = tx.db;
  const rng = new SeededRandom(opts.seed);
  const newId = monotonicFactory(rng.fork().asFunction());
  const cal = holidayCalendar(db);
  const today = shanghaiDate(opts.now);
  const first = addDays(today, -(opts.days ?? 365));
  const workers = allWorkers(db);
  if (workers.length === 0) return { logs: 0, leaves: 0, visits: 0 };
  const buildings = new Map<string, { id: string; name: string }[]>();
  for (const b of db.cached('SELECT id, grid_id, name FROM building WHERE archived = 0 ORDER BY id').all() as { id: string; grid_id: string; name: string }[]) {
    const list = buildings.get(b.grid_id);
    if (list) list.push({ id: b.id, name: b.name });
    else buildings.set(b.grid_id, [{ id: b.id, name: b.name }]);
  }
  // The demo grid worker's account is kept at work, so its 我的今天 has a log to fill.
  const away = new Set(
    (db.cached("SELECT id FROM staff WHERE on_duty = 0 AND id NOT IN (SELECT staff_id FROM user_account WHERE role = 'grid_worker' AND staff_id IS NOT NULL)").all() as { id: string }[]).map(
      (r) => r.id,
    ),
  );
  const isWorker = new Set(workers.map((w) => w.staffId));
  const createdAt = opts.now;

  // Leave: the away workers now; a few short ones in the past. Covered by the A/B partner.
  const leaves = new Map<string, { from: string; to: string }[]>();
  const addLeave = (staffId: string, cover: string | null, from: string, to: string, reason: string) => {
    tx.insert('staff_leave', { id: newId(), staff_id: staffId, from_date: from, to_date: to, reason, cover_staff_id: cover, cancelled: 0, created_by: null, created_at: createdAt });
    leaves.set(staffId, [...(leaves.get(staffId) ?? []), { from, to }]);
  };
  const span = Math.max(1, Math.round((Date.parse(today) - Date.parse(first)) / 86_400_000));
  const overlaps = (staffId: string, from: string, to: string) => (leaves.get(staffId) ?? []).some((l) => l.from <= addDays(to, 2) && addDays(from, -2) <= l.to);
  let leaveCount = 0;
  for (const w of workers) {
    const cover = w.partnerId && isWorker.has(w.partnerId) ? w.partnerId : null;
    if (away.has(w.staffId)) {
      addLeave(w.staffId, cover, addDays(today, -rng.int(4, 20)), addDays(today, rng.int(3, 15)), rng.pick(['病假', '产假', '事假']));
      leaveCount++;
    }
    // Short leaves: about one every four months; now and then a long one.
    const wanted: { days: number; reason: string }[] = [];
    for (let n = rng.int(0, Math.max(1, Math.round((span / 365) * 4))); n > 0; n--) wanted.push({ days: rng.int(0, 3), reason: rng.pick(['事假', '病假', '年休假', '事假']) });
    if (span > 120 && rng.chance(0.05)) wanted.push({ days: rng.int(10, 30), reason: rng.pick(['病假', '产假']) });
    for (const { days, reason } of wanted) {
      const from = addDays(first, rng.int(3, Math.max(3, span - days - 3)));
      const to = addDays(from, days);
      if (to >= today || overlaps(w.staffId, from, to)) continue;
      addLeave(w.staffId, cover, from, to, reason);
      leaveCount++;
    }
  }
  const onLeave = (staffId: string, date: string) => (leaves.get(staffId) ?? []).some((l) => l.from <= date && date <= l.to);

  let logs = 0;
  const quality = demoGridQuality(db, opts.seed);
  for (const w of workers) {
    // Most workers log nearly every day, the better their grids are run the more so
    // (demo-grid-quality.ts); a few are less diligent; everyone has slack months.
    const gridIds = w.grids.map((g) => g.id);
    const q = quality.mean(gridIds);
    // Everyone working in a laggard grid shares its slackness.
    const laggard = gridIds.some((g) => quality.laggards.includes(g));
    const base = laggard ? rng.range(0.8, 0.86) : rng.chance(0.06) ? rng.range(0.75, 0.85) : Math.min(0.99, 0.88 + 0.1 * q + rng.range(-0.01, 0.005));
    const patrolChance = laggard ? 0.75 : 0.85 + 0.13 * q;
    let month = '';
    let diligence = base;
    for (let date = first; date < today; date = addDays(date, 1)) {
      if (date.slice(0, 7) !== month) {
        month = date.slice(0, 7);
        diligence = rng.chance(0.1) ? base - rng.range(0.08, 0.2) : Math.min(0.998, base + rng.range(-0.02, 0.02));
      }
      if (!cal.isWorkingDay(date) || onLeave(w.staffId, date)) continue;
      if (laggard && gridIds.some((g) => quality.slackDay(g, date))) continue;
      const roll = rng.next();
      if (roll >= diligence + (1 - diligence) * 0.3) continue; // missing
      const draft = roll >= diligence;
      const patrolled = rng.chance(patrolChance);
      const startMin = rng.int(8 * 60, 9 * 60 + 30);
      const endMin = startMin + rng.int(50, 160);
      const clock = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
      const places: { gridId: string; buildingId: string | null; name: string }[] = [];
      if (patrolled) {
        for (let k = rng.int(1, 3); k > 0; k--) {
          const gridId = rng.pick(gridIds);
          const inGrid = buildings.get(gridId);
          const b = inGrid && rng.chance(0.6) ? rng.pick(inGrid) : null;
          const name = b ? b.name : rng.pick(SPOTS);
          if (!places.some((p) => p.gridId === gridId && p.name === name)) places.push({ gridId, buildingId: b?.id ?? null, name });
        }
      }
      const late = rng.chance(0.05);
      const submittedAt = shanghaiInstant(late ? addDays(date, 1) : date, late ? '09:00' : '16:30').getTime() + rng.int(0, 180) * MINUTE;
      tx.insert('work_log', {
        id: newId(),
        staff_id: w.staffId,
        work_date: date,
        patrolled: patrolled ? 1 : 0,
        patrol_start: patrolled ? clock(startMin) : null,
        patrol_end: patrolled ? clock(endMin) : null,
        places: JSON.stringify(places),
        observations: rng.pick(OBSERVATIONS).replace('{s}', rng.pick(SPOTS)),
        notes: rng.pick(NOTES),
        status: draft ? 'draft' : 'submitted',
        submitted_at: draft ? null : submittedAt,
        created_by: null,
        created_at: submittedAt,
        updated_at: submittedAt,
      });
      logs++;
    }
  }
  const visits = seedDemoVisits({
    tx,
    rng: rng.fork(),
    newId,
    today,
    workers,
    isWorkingDay: (date) => cal.isWorkingDay(date),
    onLeave,
    instant: (date, time) => shanghaiInstant(date, time).getTime(),
  });
  return { logs, leaves: leaveCount, visits };
}
