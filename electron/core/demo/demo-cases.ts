// A year of the demo town's cases, in every state: each case is played through the real
// case engine (the same checks, deadlines, numbers and timeline rows as at the desk) with the
// clock set to the moment of each step, and a case's story stops wherever it reaches `now`.
// So recent cases sit in the queues (to accept, in progress, overdue …) while older ones are
// closed, some after extension, rework, supervision, urging, merging, rejection or reopening.
import { monotonicFactory } from 'ulid';
import { ROLE_PERMISSIONS, type Role } from '../../../shared/auth/roles';
import type { CaseActionDraft, CaseActionInput } from '../../../shared/cases/case-inputs';
import type { CaseSource, HandlingType, Satisfaction } from '../../../shared/cases/case-types';
import { CASE_STATUSES, type CaseStatus } from '../../../shared/cases/case-workflow';
import { addDays, shanghaiDate, shanghaiInstant, type WorkingTime } from '../calendar';
import type { WriteTx } from '../db/change-writer';
import { acknowledgeAlert } from '../cases/case-alerts';
import { applyAction, registerCase, type Actor, type Env } from '../cases/case-engine';
import { acknowledgeEmergency } from '../cases/case-emergency';
import { workingTime as calendarWorkingTime } from '../calendar/calendar-store';
import { randomPersonName } from './chinese-names';
import { DEMO_CASE_TEXTS, DEMO_CATEGORY_WEIGHTS, type CaseText } from './demo-case-texts';
import { demoGridQuality, LAGGARD_QUALITY } from './demo-grid-quality';
import { MobileNumbers } from './mobile-numbers';
import { SeededRandom } from './seeded-random';

export interface DemoCasesContext {
  now: number;
  devicePrefix: string;
  /** Defaults to the core's calendar. */
  workingTime?: WorkingTime;
}

export interface DemoCasesSummary {
  cases: number;
  byStatus: Record<CaseStatus, number>;
}

const DEFAULT_COUNT = 3200;
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

interface GridInfo {
  id: string;
  village: string;
  urban: boolean;
}

const SOURCES: readonly (readonly [CaseSource, number])[] = [
  ['patrol', 44],
  ['resident_phone', 14],
  ['hotline', 12],
  ['wechat', 8],
  ['resident_visit', 5],
  ['video', 5],
  ['upper', 5],
  ['lower', 3],
  ['department', 4],
];

const COUNTY_DEPARTMENTS = ['县住建局', '县自然资源和规划局', '县生态环境分局', '县市场监管局', '县人力社保局'];
const REJECT_REASONS = ['经核实，反映情况不属实', '不属于本镇管辖范围，已告知反映人向相关单位反映', '信息不全，无法联系反映人核实'];
const EXTENSION_REASONS = ['需等待县级部门审批意见', '涉及多方协调，当事人暂不在本地', '施工材料采购需要时间', '需委托第三方鉴定'];
const REWORK_NOTES = ['现场核查未整改到位，请继续处置', '问题仍然存在，群众再次反映', '整改不彻底，需补充处置'];
const URGE_NOTES = ['请抓紧处置，及时反馈进展', '已超期，请说明原因并尽快办结', '群众多次来电，请加快办理'];
const SUPERVISE_NOTES = ['群众反映强烈，挂牌督办', '超期未办结，列入督办', '涉及安全隐患，中心挂牌督办'];
const PROGRESS_NOTES = ['已到现场查看，正在协调相关方', '已联系当事人，约定处置时间', '处置方案已上报，等待落实'];
const REOPEN_REASONS = ['群众反映问题复发，重新办理', '回访发现整改反弹'];

/** Moves an instant into office hours: a time at night goes to the next morning. */
function officeHours(rng: SeededRandom, t: number): number {
  const date = shanghaiDate(t);
  const hour = (t - shanghaiInstant(date).getTime()) / HOUR;
  if (hour >= 8 && hour < 20) return Math.floor(t);
  const day = hour < 8 ? date : addDays(date, 1);
  return shanghaiInstant(day, '08:30').getTime() + rng.int(0, 150) * MINUTE;
}

function fill(template: string, rng: SeededRandom, place: string): string {
  return template.replace(/\{p\}/g, place).replace(/\{n\}/g, () => String(rng.int(2, 9)));
}

export function seedDemoCases(tx: WriteTx, ctx: DemoCasesContext, opts: { seed: number; count?: number }): DemoCasesSummary {
  const db = tx.db;
  const rng = new SeededRandom(opts.seed);
  const byStatus = Object.fromEntries(CASE_STATUSES.map((s) => [s, 0])) as Record<CaseStatus, number>;
  const grids = db.cached(`SELECT g.id, v.name AS village, g.grid_type FROM org_unit g JOIN org_unit v ON v.id = g.parent_id
       WHERE g.kind = 'grid' AND g.archived = 0 ORDER BY g.code`,
    )
    .all()
    .map((r) => {
      const row = r as { id: string; village: string; grid_type: string | null };
      return { id: row.id, village: row.village, urban: row.grid_type === 'urban' } satisfies GridInfo;
    });
  if (grids.length === 0) return { cases: 0, byStatus };

  const categories = db.cached('SELECT id, parent_id, code, name, default_handling_type FROM case_category WHERE archived = 0').all() as {
    id: string;
    parent_id: string | null;
    code: string;
    name: string;
    default_handling_type: HandlingType | null;
  }[];
  const topByCode = new Map(categories.filter((c) => !c.parent_id).map((c) => [c.code, c]));
  const subId = (parentId: string, name: string) => categories.find((c) => c.parent_id === parentId && c.name === name)?.id;
  const weights = DEMO_CATEGORY_WEIGHTS.filter(([code]) => topByCode.has(code));
  if (weights.length === 0) return { cases: 0, byStatus };

  const users = db.cached('SELECT id, username, display_name, role FROM user_account WHERE disabled = 0 ORDER BY created_at').all() as {
    id: string;
    username: string;
    display_name: string;
    role: Role;
  }[];
  const admin = users.find((u) => u.role === 'admin');
  const actor = (username: string): Actor => {
    const u = users.find((x) => x.username === username) ?? admin;
    return u
      ? { id: u.id, name: u.display_name, permissions: ROLE_PERMISSIONS[u.role] }
      : { id: null, name: '系统', permissions: ROLE_PERMISSIONS.admin };
  };
  const userId = (username: string) => users.find((x) => x.username === username)?.id;
  const dispatcher = actor('diaodu');
  const gridWorker = actor('wangge');
  const handler = actor('bumen');
  const supervisor = actor('dudao');
  const director = actor('zhuren');

  // Better-run grids close on time, rework less and please more residents (demo-grid-quality.ts).
  const quality = demoGridQuality(db, opts.seed);
  // Problems pile up where a grid is run badly: the laggards get about twice their share.
  const gridWeights = grids.map((g) => [g, quality.laggards.includes(g.id) ? 2.2 : 1] as const);
  const hasDepartments = db.cached('SELECT 1 FROM department WHERE archived = 0 LIMIT 1').get() !== undefined;
  const wt = ctx.workingTime ?? calendarWorkingTime(db);
  const makeId = monotonicFactory(rng.fork().asFunction());
  const phones = new MobileNumbers(rng.fork());
  const count = opts.count ?? DEFAULT_COUNT;
  const now = ctx.now;

  // Receipt times over the last year, mostly on working days in office hours.
  const times: number[] = [];
  const today = shanghaiDate(now);
  while (times.length < count) {
    const day = addDays(today, -rng.int(0, 364));
    if (!wt.calendar.isWorkingDay(day) && !rng.chance(0.3)) continue;
    const minutes = rng.chance(0.9) ? rng.int(8 * 60, 18 * 60) : rng.int(18 * 60, 22 * 60);
    const t = shanghaiInstant(day).getTime() + minutes * MINUTE + rng.int(0, 59_999);
    if (t <= now) times.push(t);
  }
  times.sort((a, b) => a - b);

  const recent: { id: string; top: string; grid: string; t: number }[] = [];
  const statusOf = db.cached('SELECT status, updated_at FROM case_record WHERE id = ?');
  /** A case that may take a duplicate at `t`: not itself merged or rejected, and with nothing later in its story. */
  const mergeable = (caseId: string, t: number): boolean => {
    const r = statusOf.get(caseId) as { status: CaseStatus; updated_at: number } | undefined;
    return !!r && r.status !== 'merged' && r.status !== 'rejected' && r.updated_at <= t;
  };

  for (const t0 of times) {
    let t = t0;
    let stopped = false;
    const env = (who: Actor): Env => ({ tx, now: t, actor: who, devicePrefix: ctx.devicePrefix, newId: () => makeId(Math.max(1, t)) });
    /** Advances the clock; false (and the story ends) when the step would lie in the future. */
    const wait = (minMin: number, maxMin: number): boolean => {
      if (stopped) return false;
      const next = officeHours(rng, t + rng.int(minMin, maxMin) * MINUTE);
      if (next > now) return !(stopped = true);
      t = next;
      return true;
    };
    const act = (id: string, who: Actor, action: CaseActionDraft) =>
      applyAction(env(who), id, { attachments: [], ...action } as CaseActionInput);

    const code = rng.weighted(weights);
    const top = topByCode.get(code)!;
    const text: CaseText = rng.pick(DEMO_CASE_TEXTS[code] ?? DEMO_CASE_TEXTS.QT!);
    const grid = rng.weighted(gridWeights);
    const q = quality.of(grid.id);
    const laggard = q < LAGGARD_QUALITY;
    const place = grid.urban ? `${grid.village}${rng.int(1, 30)}幢` : `${grid.village}${rng.int(1, 12)}组`;
    const source = rng.weighted(SOURCES);
    let handlingType: HandlingType = top.default_handling_type ?? 'coordination';
    const roll = rng.next();
    if (roll < 0.03) handlingType = 'emergency';
    else if (roll < 0.06) handlingType = 'approval';
    else if (roll < 0.2) handlingType = 'general';
    const onSpot = handlingType === 'general' && source === 'patrol' && rng.chance(0.55);
    const resident = source === 'resident_phone' || source === 'resident_visit' || source === 'wechat' || source === 'hotline';
    const person = randomPersonName(rng);
    const registrar = source === 'patrol' ? gridWorker : dispatcher;

    const id = registerCase(env(registrar), {
      source,
      externalRef:
        source === 'hotline' ? `12345-${shanghaiDate(t).replace(/-/g, '')}-${rng.int(1000, 9999)}` : source === 'upper' ? `县综治交办〔${shanghaiDate(t).slice(0, 4)}〕${rng.int(1, 300)}号` : source === 'department' ? `${rng.pick(['派出所', '城管中队', '市场监管所'])}移交` : source === 'wechat' ? `${grid.village}民情微信群` : undefined,
      categoryId: top.id,
      subcategoryId: subId(top.id, text.sub),
      handlingType,
      urgency: handlingType === 'emergency' ? 'critical' : rng.chance(0.12) ? 'urgent' : 'normal',
      title: fill(rng.pick(text.titles), rng, place).slice(0, 80),
      description: fill(rng.pick(text.details), rng, place),
      address: place,
      gridId: grid.id,
      reporterName: resident ? person.name : undefined,
      reporterPhone: resident ? phones.next() : undefined,
      attachments: [],
      onSpotResult: onSpot ? fill(rng.pick(text.results), rng, place) : undefined,
      accept: false,
    });

    const dup = recent.find((r) => r.top === top.id && r.grid === grid.id && t0 - r.t < 3 * 24 * HOUR);
    recent.unshift({ id, top: top.id, grid: grid.id, t: t0 });
    if (recent.length > 200) recent.pop();

    // The duty desk acknowledges every emergency within minutes: the demo's wall starts calm.
    if (handlingType === 'emergency') acknowledgeEmergency({ ...env(dispatcher), now: Math.min(t0 + 2 * MINUTE, now) }, id);
    if (handlingType === 'emergency' && wait(10, 40)) {
      for (const a of db.cached('SELECT id FROM case_alert WHERE case_id = ?').all(id) as { id: string }[]) acknowledgeAlert(tx, a.id, gridWorker, t);
    }

    // The latest reports still wait at the desk; some recent ones drag on past their deadline.
    const age = now - t0;
    const stallAt = age < 3 * 24 * HOUR && rng.chance(0.35) ? rng.pick(['registered', 'accepted', 'dispatched'] as const) : null;
    const hard = age < 25 * 24 * HOUR && rng.chance(0.15);

    if (!onSpot) {
      if (stallAt === 'registered') continue;
      // 研判: reject a few, merge duplicates of a recent case in the same category.
      if (!wait(5, 90)) continue;
      if (rng.chance(0.03)) {
        act(id, dispatcher, { type: 'reject', reason: rng.pick(REJECT_REASONS) });
        continue;
      }
      if (dup && mergeable(dup.id, t) && rng.chance(0.6)) {
        act(id, dispatcher, { type: 'merge', targetId: dup.id, note: '同一事项重复反映' });
        continue;
      }
      // Accepted within the working day, except now and then in the worse-run grids.
      if (rng.chance(laggard ? 0.4 : 0.04 + 0.1 * (1 - q)) && !wait(1440, 4320)) continue;
      act(id, dispatcher, { type: 'accept' });
      if (stallAt === 'accepted' || !wait(10, 180)) continue;
      const toVillage = handlingType === 'coordination' && rng.chance(0.55);
      const target =
        handlingType === 'general'
          ? { kind: 'grid' as const, unitId: grid.id }
          : toVillage || !hasDepartments
            ? { kind: 'village' as const }
            : { kind: 'department' as const };
      const assignee = target.kind === 'department' ? (rng.chance(0.5) ? userId('bumen') : undefined) : rng.chance(0.2) ? userId('wangge') : undefined;
      act(id, dispatcher, { type: 'dispatch', target, assigneeUserId: assignee });
      const doer = target.kind === 'department' ? handler : gridWorker;
      if (stallAt === 'dispatched') continue;

      if (!wait(30, 600)) continue;
      act(id, doer, { type: 'start' });
      if (handlingType === 'approval' && rng.chance(0.3) && wait(60, 1440)) {
        act(id, dispatcher, { type: 'dispatch', target: { kind: 'county', name: rng.pick(COUNTY_DEPARTMENTS) } });
        if (!wait(60, 2880)) continue;
        act(id, doer, { type: 'start' });
      }
      if (rng.chance(0.3) && wait(60, 600)) act(id, doer, { type: 'progress', note: rng.pick(PROGRESS_NOTES) });
      if (stopped) continue;

      if (rng.chance(laggard ? 0.3 : 0.03 + 0.08 * (1 - q)) && wait(60, 600)) {
        act(id, doer, { type: 'request_extension', days: rng.int(2, 5), reason: rng.pick(EXTENSION_REASONS) });
        if (!wait(60, 480)) continue;
        act(id, rng.chance(0.5) ? director : supervisor, { type: 'decide_extension', approve: rng.chance(0.75), note: '' });
      }
      if (stopped) continue;

      // 处置: most cases by their deadline, some late; a late case is supervised and urged.
      const deadline = (db.cached('SELECT deadline_at FROM case_record WHERE id = ?').get(id) as { deadline_at: number }).deadline_at;
      const late = hard || rng.chance(laggard ? 0.6 : 0.04 + 0.2 * (1 - q));
      const planned = late ? deadline + rng.int(1, hard ? 20 : 6) * 24 * HOUR + rng.int(0, 8) * HOUR : t + rng.next() * Math.max(HOUR, deadline - t);
      if (late && deadline + 12 * HOUR <= now && rng.chance(0.6)) {
        const flagAt = Math.max(t, deadline + rng.int(1, 12) * HOUR);
        if (flagAt <= now) {
          t = flagAt;
          act(id, rng.chance(0.5) ? supervisor : director, { type: 'supervise', note: rng.pick(SUPERVISE_NOTES) });
          if (rng.chance(0.7) && wait(60, 600)) act(id, supervisor, { type: 'urge', note: rng.pick(URGE_NOTES) });
        }
      }
      if (stopped) continue;
      if (planned > now) continue;
      t = Math.max(t, officeHours(rng, planned));
      if (t > now) continue;
      act(id, doer, { type: 'handle', result: fill(rng.pick(text.results), rng, place) });
    }

    // 核查 → 评价 → 结案, with the occasional rework and reopening.
    let reworks = 0;
    while (wait(120, 2880)) {
      if (reworks === 0 && rng.chance(laggard ? 0.25 : 0.03 + 0.08 * (1 - q))) {
        reworks++;
        act(id, gridWorker, { type: 'rework', note: rng.pick(REWORK_NOTES) });
        if (!wait(240, 2880)) break;
        act(id, handler, { type: 'handle', result: `返工后：${fill(rng.pick(text.results), rng, place)}` });
        continue;
      }
      act(id, gridWorker, { type: 'verify', note: '现场核查，已处置到位' });
      break;
    }
    if (stopped) continue;
    const evaluated = (resident || rng.chance(0.5)) && wait(30, 1440);
    if (stopped) continue;
    if (evaluated) {
      const satisfaction = rng.weighted<Satisfaction>([
        ['satisfied', laggard ? 40 : 66 + 20 * q],
        ['basically', laggard ? 25 : 20 - 6 * q],
        ['dissatisfied', laggard ? 35 : 9 - 8 * q],
      ]);
      const rework = satisfaction === 'dissatisfied' && rng.chance(0.4);
      act(id, dispatcher, { type: 'evaluate', satisfaction, rework, note: satisfaction === 'dissatisfied' ? '回访群众表示不满意' : '电话回访' });
      if (rework) {
        if (!wait(240, 2880)) continue;
        act(id, handler, { type: 'handle', result: `返工后：${fill(rng.pick(text.results), rng, place)}` });
        if (!wait(120, 1440)) continue;
        act(id, gridWorker, { type: 'verify', note: '复查合格' });
      }
    }
    if (!wait(10, 1440)) continue;
    act(id, dispatcher, { type: 'close' });

    if (rng.chance(0.01) && wait(2880, 14400)) {
      act(id, director, { type: 'reopen', reason: rng.pick(REOPEN_REASONS) });
      if (!wait(30, 240)) continue;
      act(id, dispatcher, { type: 'dispatch', target: { kind: hasDepartments ? 'department' : 'village' } });
      if (!wait(60, 1440)) continue;
      act(id, handler, { type: 'handle', result: fill(rng.pick(text.results), rng, place) });
      if (!wait(120, 1440)) continue;
      act(id, gridWorker, { type: 'verify', note: '复查合格' });
      if (!wait(10, 600)) continue;
      act(id, dispatcher, { type: 'close' });
    }
  }

  for (const r of db.cached('SELECT status, count(*) AS n FROM case_record GROUP BY status').all() as { status: CaseStatus; n: number }[]) {
    byStatus[r.status] = r.n;
  }
  return { cases: times.length, byStatus };
}
