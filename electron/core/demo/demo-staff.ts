// The grid teams of the demo town (SPEC §1): per grid a 网格长, one or two 专职网格员 paired as
// A/B posts (the B post falls to the 兼职网格员 or the 协管员 when there is only one full-time
// worker), sometimes a 兼职网格员, a 协管员; per village/community one 督导员 and one 社区民警
// serving all its grids; 楼栋长 and 志愿者 in community grids. In villages a 村两委 member
// leads one to three neighbouring grids.
import type { Post, TeamRole } from '../../../shared/org/org-types';
import { randomPersonName } from './chinese-names';
import type { DemoContext } from './demo-context';
import { MobileNumbers } from './mobile-numbers';

export interface TeamUnit {
  id: string;
  kind: 'community' | 'village';
  grids: { id: string }[];
}

export interface SeededStaff {
  id: string;
  name: string;
}

export interface StaffResult {
  staff: number;
  assignments: number;
  /** The town's first supervisor, for the demo supervisor account. */
  supervisor: SeededStaff;
  /** The A-post worker of the first community grid, for the demo grid-worker account. */
  gridWorker: SeededStaff;
}

interface PersonSpec {
  title: string;
  /** Probability of being female. */
  female: number;
  /** Probability of being of the older generation (for the choice of given name). */
  older: number;
  onDuty?: boolean;
}

/** How many A-post workers are away (on leave), so the B-post cover shows in the demo. */
const OFF_DUTY_WORKERS = 4;

export function seedDemoStaff(ctx: DemoContext, units: readonly TeamUnit[]): StaffResult {
  const { tx, rng } = ctx;
  const phones = new MobileNumbers(rng);
  let staffCount = 0;
  let assignmentCount = 0;

  const person = (spec: PersonSpec): SeededStaff => {
    const { name, gender } = randomPersonName(rng, {
      gender: rng.chance(spec.female) ? 'F' : 'M',
      generation: rng.chance(spec.older) ? 'older' : 'younger',
    });
    const id = ctx.newId();
    tx.insert('staff', {
      id,
      name,
      phone: phones.next(),
      gender,
      title: spec.title,
      on_duty: spec.onDuty === false ? 0 : 1,
      archived: 0,
      created_at: ctx.createdAt,
    });
    staffCount++;
    return { id, name };
  };
  const assign = (staff: SeededStaff, unitId: string, role: TeamRole, post: Post | null = null) => {
    tx.insert('staff_assignment', { id: ctx.newId(), staff_id: staff.id, unit_id: unitId, team_role: role, post });
    assignmentCount++;
  };

  const allGrids = units.flatMap((u) => u.grids);
  const offDuty = new Set(rng.shuffle(allGrids.map((_, i) => i)).slice(0, OFF_DUTY_WORKERS));
  let gridIndex = 0;
  let firstSupervisor: SeededStaff | null = null;
  let firstWorker: SeededStaff | null = null;

  for (const unit of units) {
    const community = unit.kind === 'community';

    // One supervisor from the town and one community police officer for all the unit's grids.
    const supervisor = person({ title: community ? '镇驻社区干部（督导员）' : '镇驻村干部（督导员）', female: 0.4, older: 0.6 });
    const police = person({ title: '派出所社区民警', female: 0.1, older: 0.5 });
    firstSupervisor ??= supervisor;

    // Leaders: community grids each have their own; in villages a 村两委 member leads 1–3 grids.
    const leaders: SeededStaff[] = [];
    if (community) {
      const titles = ['社区党委委员', '社区居委会委员', '社区居委会副主任'];
      for (let g = 0; g < unit.grids.length; g++) leaders.push(person({ title: rng.pick(titles), female: 0.55, older: 0.6 }));
    } else {
      const villageTitles = ['村党组织书记', '村委会主任', '村党组织副书记', '村两委委员'];
      let cadre = 0;
      while (leaders.length < unit.grids.length) {
        const leader = person({ title: villageTitles[Math.min(cadre, villageTitles.length - 1)]!, female: 0.25, older: 0.8 });
        cadre++;
        const span = rng.weighted([
          [1, 2],
          [2, 5],
          [3, 2],
        ] as const);
        for (let k = 0; k < span && leaders.length < unit.grids.length; k++) leaders.push(leader);
      }
    }

    unit.grids.forEach((grid, g) => {
      assign(leaders[g]!, grid.id, 'leader');
      assign(supervisor, grid.id, 'supervisor');
      assign(police, grid.id, 'police');

      const away = offDuty.has(gridIndex++);
      const workerA = person({ title: '专职网格员', female: community ? 0.65 : 0.45, older: 0.25, onDuty: !away });
      assign(workerA, grid.id, 'worker_full', 'A');
      if (community) firstWorker ??= workerA;

      const twoFullTime = rng.chance(community ? 0.7 : 0.15);
      const partTime = rng.chance(community ? 0.3 : 0.5);
      let bTaken = false;
      if (twoFullTime) {
        assign(person({ title: '专职网格员', female: community ? 0.65 : 0.45, older: 0.25 }), grid.id, 'worker_full', 'B');
        bTaken = true;
      }
      if (partTime) {
        const title = community ? '社区工作者' : rng.pick(['村妇联主席', '村报账员', '村团支部书记', '村民代表']);
        assign(person({ title, female: 0.5, older: 0.5 }), grid.id, 'worker_part', bTaken ? null : 'B');
        bTaken = true;
      }
      const assistant = community
        ? person({ title: rng.pick(['网格协管员', '物业服务中心管理员']), female: 0.5, older: 0.5 })
        : person({ title: '村民小组长', female: 0.15, older: 0.85 });
      assign(assistant, grid.id, 'assistant', bTaken ? null : 'B');

      if (community) {
        const buildings = rng.shuffle(Array.from({ length: 30 }, (_, i) => i + 1)).slice(0, rng.weighted([
          [0, 3],
          [1, 3],
          [2, 2],
          [3, 1],
        ] as const));
        for (const b of buildings.sort((x, y) => x - y)) {
          assign(person({ title: `${b}幢楼栋长`, female: 0.45, older: 0.8 }), grid.id, 'building_head');
        }
        const volunteers = rng.weighted([
          [0, 4],
          [1, 3],
          [2, 1],
        ] as const);
        for (let v = 0; v < volunteers; v++) {
          assign(person({ title: rng.pick(['党员志愿者', '平安志愿者', '巾帼志愿者', '志愿者']), female: 0.55, older: 0.6 }), grid.id, 'volunteer');
        }
      }
    });
  }

  if (!firstSupervisor || !firstWorker) throw new Error('The demo town needs at least one community');
  return { staff: staffCount, assignments: assignmentCount, supervisor: firstSupervisor, gridWorker: firstWorker };
}
