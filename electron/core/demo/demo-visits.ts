// The demo town's household visits (入户走访): a year of them up to yesterday, by the workers of
// each household's grid, following the plan by class (visit-classes.ts) with realistic gaps —
// most workers make most of the visits asked, a few are diligent, a few lax, so some
// households are overdue now. Only on working days the visiting worker was not on leave, one
// visit per household and day. Class-3 households (the bulk) get about a quarter of the visits their plan
// asks — the workers put the elderly and the households in need first — which also keeps the
// demo database small. Deterministic for a seed and a time.
import { CLASS_OF_KIND, type VisitClassKind } from '../../../shared/routine/visit-classes';
import type { RoutineWorker } from '../../../shared/routine/routine-types';
import { addDays } from '../calendar';
import { parseDate } from '../calendar/dates';
import type { WriteTx } from '../db/change-writer';
import { loadHouseholds, visitPlanSettings } from '../routine/visit-queries';
import { periodOf } from '../routine/visit-rules';
import type { SeededRandom } from './seeded-random';

const SITUATIONS: Record<VisitClassKind, readonly string[]> = {
  vulnerable: [
    '低保金按时发放，家庭生活基本稳定',
    '患者近期病情平稳，按时服药复查',
    '残疾人辅助器具使用正常，家属照料到位',
    '家中用电用气安全，已提醒注意防滑',
    '反映医疗费用负担较重，已讲解大病救助政策',
  ],
  elderly_alone: [
    '老人身体状况良好，生活能自理',
    '独居老人精神状态好，子女每周电话联系',
    '检查燃气灶具，提醒用后关阀',
    '老人腿脚不便，已联系志愿者定期上门',
    '天气转凉，提醒老人添衣保暖、防范诈骗',
  ],
  elderly: ['老人身体健康，家庭和睦', '宣传养老保险和高龄补贴政策', '了解老人体检情况，已提醒按时体检', '家中无安全隐患'],
  other: ['家庭情况无变化，人员信息已核对', '宣传防诈骗知识，发放资料', '租户信息已核实登记', '了解就业情况，无特殊诉求', '宣传垃圾分类和消防安全知识'],
};

const NEEDS = ['希望小区增设休息座椅', '希望帮助联系就业岗位', '咨询医保报销办法', '希望解决楼道照明问题', '咨询高龄补贴申领'];
const FOLLOW_UPS = ['已向村（社区）反映', '下周电话回访', '已联系相关部门答复', '已现场解答'];

/** The share of the plan's class-3 visits the demo's workers make (the key households come first). */
const OTHER_SHARE = 0.25;

const clock = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

export interface DemoVisitEnv {
  tx: WriteTx;
  rng: SeededRandom;
  newId: () => string;
  today: string;
  workers: readonly RoutineWorker[];
  isWorkingDay: (date: string) => boolean;
  onLeave: (staffId: string, date: string) => boolean;
  /** Epoch ms of a Shanghai date and time. */
  instant: (date: string, time: string) => number;
}

/** Writes the demo's visits; returns how many. */
export function seedDemoVisits(env: DemoVisitEnv): number {
  const { tx, rng, today } = env;
  const db = tx.db;
  const plan = visitPlanSettings(db);
  const households = loadHouseholds(db, null, today);
  const workersOf = new Map<string, RoutineWorker[]>();
  for (const w of env.workers) for (const g of w.grids) workersOf.set(g.id, [...(workersOf.get(g.id) ?? []), w]);
  // How much of the plan each worker keeps: a few diligent, most fair, a few lax. The demo grid
  // worker's account gets a fair one, so its list has some of each.
  const demoStaff = (db.cached("SELECT staff_id FROM user_account WHERE role = 'grid_worker' AND staff_id IS NOT NULL").all() as { staff_id: string }[]).map((r) => r.staff_id);
  const diligence = new Map<string, number>();
  for (const w of env.workers) {
    const roll = rng.next();
    diligence.set(w.staffId, demoStaff.includes(w.staffId) ? 0.8 : roll < 0.15 ? rng.range(0.95, 1) : roll < 0.85 ? rng.range(0.72, 0.92) : rng.range(0.4, 0.65));
  }
  const members = new Map<string, string[]>();
  for (const p of db.cached('SELECT id, name, household_id FROM person WHERE archived = 0 AND household_id IS NOT NULL ORDER BY id').all() as { id: string; name: string; household_id: string }[]) {
    members.set(p.household_id, [...(members.get(p.household_id) ?? []), `${p.id}|${p.name}`]);
  }
  const first = addDays(today, -365);
  let count = 0;
  for (const h of households) {
    const team = workersOf.get(h.gridId);
    if (!team?.length) continue;
    const rule = plan.rules[h.kind];
    const usual = team[0]!;
    // Ordinary households (class 3) come after the households in need: about half their visits.
    const keep = (diligence.get(usual.staffId) ?? 0.8) * (h.kind === 'other' ? OTHER_SHARE : 1);
    const used = new Set<string>();
    for (let p = periodOf(rule.per, first); p.start < today; p = periodOf(rule.per, addDays(p.end, 1))) {
      const wanted = rule.times + (rng.chance(0.05) ? 1 : 0);
      for (let k = 0; k < wanted; k++) {
        if (!rng.chance(keep)) continue;
        // A day of the period's k-th share, on a working day, before today.
        const span = parseDate(p.end) - parseDate(p.start) + 1;
        const share = Math.max(1, Math.floor(span / wanted));
        let date = addDays(p.start, k * share + rng.int(0, share - 1));
        for (let tries = 0; tries < 5 && (!env.isWorkingDay(date) || used.has(date)); tries++) date = addDays(date, 1);
        if (date < first || date >= today || !env.isWorkingDay(date) || used.has(date)) continue;
        const by = env.onLeave(usual.staffId, date) ? team.find((w) => !env.onLeave(w.staffId, date)) : rng.chance(0.85) ? usual : rng.pick(team);
        if (!by || env.onLeave(by.staffId, date)) continue;
        used.add(date);
        const people = members.get(h.id) ?? [];
        const met = people.length && rng.chance(0.9) ? rng.pick(people).split('|') : null;
        const at = env.instant(date, clock(rng.int(9 * 60, 17 * 60)));
        env.tx.insert('household_visit', {
          id: env.newId(),
          household_id: h.id,
          grid_id: h.gridId,
          visit_date: date,
          staff_id: by.staffId,
          household_class: CLASS_OF_KIND[h.kind],
          class_kind: h.kind,
          met_person_id: met ? met[0] : null,
          met_name: met ? met[1] : rng.pick(['户主家属', '租户', '邻居代为转告']),
          situation: rng.pick(SITUATIONS[h.kind]),
          needs: rng.chance(0.12) ? rng.pick(NEEDS) : '',
          follow_up: rng.chance(0.1) ? rng.pick(FOLLOW_UPS) : '',
          created_by: null,
          created_at: at,
          updated_at: at,
        });
        count++;
      }
    }
  }
  return count;
}
