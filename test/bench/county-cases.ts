// The county database's cases (county-fixture.ts): the default catalogue and departments, and
// 500,000 cases received from the start of 2025 to "today" with their timelines (registered …
// closed, on time or late, reworked, extended, evaluated). Categories follow a township's mix;
// cases are dispatched to grids, villages and departments; the latest ones and a tail of stale
// ones are still open at every stage.
import { STAGE, type CaseStatus } from '../../shared/cases/case-workflow';
import { shanghaiInstant } from '../../electron/core/calendar';
import type { Db } from '../../electron/core/db/connection';
import { DEFAULT_CATEGORIES } from '../../electron/core/cases/default-catalogue';
import { DEMO_CASE_TEXTS, DEMO_CATEGORY_WEIGHTS } from '../../electron/core/demo/demo-case-texts';
import { MobileNumbers } from '../../electron/core/demo/mobile-numbers';
import { randomPersonName } from '../../electron/core/demo/chinese-names';
import { DEFAULT_DEPARTMENTS } from '../../electron/core/org/default-departments';
import type { SeededRandom } from '../../electron/core/demo/seeded-random';
import type { CountyOrg } from './county-org';
import { COUNTY, COUNTY_USERS, WORKER_GRID, insertInto, pad } from './county-shape';

const MINUTE = 60_000;
const DAY = 86_400_000;

interface Category {
  id: string;
  code: string;
  department: string;
  handlingType: string;
  subs: { id: string; name: string }[];
}

function buildCatalogue(db: Db): Category[] {
  const dept = insertInto(db, 'department', ['id', 'code', 'name', 'phone', 'categories', 'archived']);
  const cat = insertInto(db, 'case_category', ['id', 'parent_id', 'code', 'name', 'department_id', 'default_department_code', 'default_handling_type', 'sort_order', 'archived']);
  const out: Category[] = [];
  db.transaction(() => {
    for (const d of DEFAULT_DEPARTMENTS) dept.run(`D-${d.code}`, d.code, d.name, '', JSON.stringify(d.categories), 0);
    DEFAULT_CATEGORIES.forEach((c, i) => {
      const id = `CAT-${c.code}`;
      cat.run(id, null, c.code, c.name, `D-${c.department}`, c.department, c.handlingType ?? null, i, 0);
      const subs = c.children.map((name, k) => {
        const sid = `${id}-${k + 1}`;
        cat.run(sid, id, `${c.code}${pad(k + 1, 2)}`, name, `D-${c.department}`, c.department, c.handlingType ?? null, k, 0);
        return { id: sid, name };
      });
      out.push({ id, code: c.code, department: `D-${c.department}`, handlingType: c.handlingType ?? 'coordination', subs });
    });
  })();
  return out;
}

export function buildCases(db: Db, rng: SeededRandom, org: CountyOrg): void {
  const categories = buildCatalogue(db);
  const byCode = new Map(categories.map((c) => [c.code, c]));
  const weights = DEMO_CATEGORY_WEIGHTS.filter(([code]) => byCode.has(code));
  const phones = new MobileNumbers(rng);
  const caseCols = [
    'id', 'number', 'title', 'description', 'source', 'category_id', 'subcategory_id', 'handling_type', 'urgency', 'level', 'grid_id', 'village_id', 'address',
    'reporter_name', 'reporter_phone', 'status', 'stage', 'epoch', 'received_at', 'registered_by', 'registered_by_name',
    'assignee_kind', 'assignee_unit_id', 'assignee_department_id', 'assignee_user_id', 'assignee_label',
    'sla_days', 'deadline_at', 'extension_count', 'rework_count', 'supervised', 'satisfaction', 'result', 'handled_at', 'verified_at', 'closed_at', 'on_time', 'updated_at',
  ];
  const kase = insertInto(db, 'case_record', caseCols);
  const event = insertInto(db, 'case_event', ['id', 'case_id', 'at', 'actor_name', 'action', 'from_status', 'to_status', 'epoch', 'note']);
  const from = shanghaiInstant(COUNTY.casesFrom).getTime();
  const todayAt = shanghaiInstant(COUNTY.today, '09:30').getTime();
  const times = Array.from({ length: COUNTY.cases }, () => from + Math.floor(rng.next() * (todayAt - from))).sort((a, b) => a - b);
  const perDay = new Map<string, number>();
  const worker = COUNTY_USERS.grid_worker;
  const batch = 50_000;
  for (let start = 0; start < times.length; start += batch) {
    db.transaction(() => {
      for (let i = start; i < Math.min(times.length, start + batch); i++) {
        const t0 = times[i]!;
        const g = org.grids[rng.int(0, org.grids.length - 1)]!;
        const mine = g.id === WORKER_GRID;
        const id = `C${pad(i, 6)}`;
        const day = new Date(t0 + 8 * 3600_000).toISOString().slice(0, 10).replace(/-/g, '');
        const seq = (perDay.get(day) ?? 0) + 1;
        perDay.set(day, seq);
        const number = `${day.slice(0, 4)}-${day.slice(4)}-XQ-${pad(seq, 4)}`;
        const category = byCode.get(rng.weighted(weights))!;
        const texts = DEMO_CASE_TEXTS[category.code] ?? [];
        const text = texts.length ? rng.pick(texts) : null;
        const sub = category.subs.find((s) => s.name === text?.sub) ?? rng.pick(category.subs);
        const place = g.urban ? `${g.villageName}${rng.int(1, 40)}幢` : `${g.villageName}${rng.int(1, 12)}组`;
        const title = text ? rng.pick(text.titles).replace('{p}', place).replace('{n}', String(rng.int(2, 9))) : `${place}群众反映问题`;
        const detail = text ? rng.pick(text.details) : '';
        const address = g.urban ? `${place}${rng.int(1, 4)}单元${rng.int(1, 18)}0${rng.int(1, 4)}室` : `${place}${rng.int(1, 80)}号`;
        const source = rng.weighted([['patrol', 55], ['resident_phone', 15], ['hotline', 15], ['wechat', 10], ['resident_visit', 5]] as const);
        const onSpot = source === 'patrol' && rng.chance(0.2);
        const urgency = rng.weighted([['normal', 90], ['urgent', 8], ['critical', 2]] as const);
        const level = onSpot ? 'grid' : rng.weighted([['grid', 30], ['village', 35], ['town', 33], ['county', 2]] as const);
        const sla = level === 'grid' ? 1 : level === 'village' ? 3 : level === 'county' ? 2 : 5;
        const deadline = t0 + sla * DAY;
        const reporter = source === 'patrol' ? null : randomPersonName(rng).name;
        const registeredBy = source === 'patrol' ? (mine ? worker.id : null) : COUNTY_USERS.dispatcher.id;
        let epoch = 0;
        let t = t0;
        const step = (action: string, fromS: CaseStatus | null, to: CaseStatus | null, minMin: number, maxMin: number) => {
          t += rng.int(minMin, maxMin) * MINUTE;
          event.run(`${id}-${epoch}`, id, t, source === 'patrol' ? '网格员' : '调度员', action, fromS, to, epoch, '');
          epoch++;
        };
        // How far a case has got: old cases are done but for a stale tail; the last days' are in flight.
        const age = todayAt - t0;
        const stale = age > 10 * DAY && rng.chance(0.006);
        const stopAt: CaseStatus = age < 4 * DAY || stale ? rng.pick(['registered', 'accepted', 'dispatched', 'in_progress', 'in_progress', 'handled'] as const) : 'closed';
        let status: CaseStatus = 'registered';
        let handledAt: number | null = null;
        let verifiedAt: number | null = null;
        let rework = 0;
        let extension = 0;
        let satisfaction: string | null = null;
        let assignee: { kind: string; unit: string | null; dept: string | null; user: string | null; label: string } | null = null;
        const late = rng.chance(0.12);
        const advance = (to: CaseStatus, run: () => void) => {
          if (status === stopAt) return false;
          run();
          status = to;
          return true;
        };
        if (onSpot) {
          step('register_handled', null, 'handled', 0, 0);
          status = 'handled';
          handledAt = t;
          assignee = { kind: 'grid', unit: g.id, dept: null, user: mine ? worker.id : null, label: g.villageName };
        } else {
          step('register', null, 'registered', 0, 0);
          const stages: [CaseStatus, () => void][] = [
            ['accepted', () => step('accept', 'registered', 'accepted', 5, rng.chance(0.06) ? 3000 : 300)],
            ['dispatched', () => {
              step('dispatch', 'accepted', 'dispatched', 10, 180);
              assignee =
                level === 'town' || level === 'county'
                  ? { kind: 'department', unit: null, dept: category.department, user: null, label: category.department }
                  : level === 'village'
                    ? { kind: 'village', unit: g.village, dept: null, user: null, label: g.villageName }
                    : { kind: 'grid', unit: g.id, dept: null, user: mine ? worker.id : null, label: g.villageName };
            }],
            ['in_progress', () => {
              step('start', 'dispatched', 'in_progress', 30, 600);
              if (rng.chance(0.06)) {
                step('request_extension', 'in_progress', 'in_progress', 60, 600);
                step('decide_extension', 'in_progress', 'in_progress', 60, 600);
                extension = 1;
              }
            }],
            ['handled', () => {
              const planned = late ? deadline + rng.int(1, 10) * DAY : t + rng.next() * Math.max(60 * MINUTE, deadline - t);
              t = Math.min(Math.max(t, planned) - MINUTE, todayAt - 2 * MINUTE);
              step('handle', 'in_progress', 'handled', 1, 1);
              handledAt = t;
              if (rng.chance(0.05) && t + 3 * DAY < todayAt) {
                step('rework', 'handled', 'in_progress', 120, 2880);
                step('handle', 'in_progress', 'handled', 240, 2880);
                handledAt = t;
                rework = 1;
              }
            }],
          ];
          for (const [to, run] of stages) if (!advance(to, run)) break;
        }
        if (status === 'handled' && stopAt === 'closed') {
          step('verify', 'handled', 'verified', 120, 2880);
          verifiedAt = t;
          if (rng.chance(0.6)) {
            satisfaction = rng.chance(0.8) ? 'satisfied' : rng.chance(0.75) ? 'basically' : 'dissatisfied';
            step('evaluate', 'verified', 'evaluated', 30, 1440);
          }
          step('close', satisfaction ? 'evaluated' : 'verified', 'closed', 10, 1440);
          status = 'closed';
        }
        const a = assignee as typeof assignee;
        const due = deadline + extension * 3 * DAY;
        const closedAt = status === 'closed' ? t : null;
        kase.run(
          id, number, title, detail, source, category.id, sub.id, urgency === 'critical' && rng.chance(0.3) ? 'emergency' : category.handlingType, urgency, level,
          g.id, g.village, address, reporter, reporter ? phones.next() : null, status, STAGE[status], epoch - 1, t0, registeredBy, source === 'patrol' ? '网格员' : '值班调度员',
          a?.kind ?? null, a?.unit ?? null, a?.dept ?? null, a?.user ?? null, a?.label ?? null,
          sla, due, extension, rework, stale && rng.chance(0.3) ? 1 : 0, satisfaction, closedAt ? '已处置完毕。' : null,
          handledAt, verifiedAt, closedAt, closedAt === null ? null : (handledAt ?? t) <= due ? 1 : 0, t,
        );
      }
    })();
  }
}

