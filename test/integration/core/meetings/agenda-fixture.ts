// A small town built by hand for the agenda's sections (docs/meetings.md "议程自动生成"), as of
// Monday 2026-11-30 (no holiday near: working days are Monday–Friday). Every fact a section counts
// is written here explicitly; the tests work each expected figure out from this table.
//
//   青石村 (village): 第1网格 G1, 第2网格 G2      凤栖社区 (community): 第1网格 G3
//
//   case grid category  received      deadline      handled       closed        status         notes
//   K01  G1  环境卫生   11-16 09:00  11-17 17:30  11-17 10:00  11-18 10:00  closed on time 满意
//   K02  G1  矛盾纠纷   11-18 10:00  11-23 17:30  11-25 10:00  11-26 09:00  closed late    不满意; 派 青石村 → 司法所
//   K03  G3  市政设施   11-20 14:00  11-24 17:30  —            —            in_progress    派 凤栖社区 → 城管中队
//   K04  G2  环境卫生   11-19 09:00  11-20 17:30  11-23 09:00  —            handled (待核查, handled late)
//   K05  G1  环境卫生   11-23 09:00  11-24 17:30  11-24 09:00  11-25 09:00  closed on time 满意
//   K06  G1  安全生产   11-24 10:00  11-26 17:30  11-26 16:00  11-27 10:00  closed on time 基本满意; supervised (closed); 派 安监站
//   K07  G2  矛盾纠纷   11-25 11:00  11-27 17:30  —            —            dispatched     supervised; 派 司法所 → 派出所
//   K08  G2  环境卫生   11-26 09:00  11-30 17:30  —            —            in_progress    紧急 (urgent)
//   K09  G3  市政设施   11-27 15:00  11-30 17:30  —            —            accepted       突发性 (emergency); address names the reporter
//   K10  G3  环境卫生   11-28 10:00  12-01 17:30  11-28 16:00  11-29 10:00  closed on time 不满意
//   K11  G1  矛盾纠纷   11-29 20:00  12-03 17:30  —            —            registered
//   K12  G2  环境卫生   11-24 09:00  11-25 17:30  —            —            rejected (never counted)
//   K13  G2  安全生产   11-10 09:00  11-12 17:30  11-11 10:00  11-12 10:00  closed on time 满意; 特急 (critical); 派 第2网格 → 青石村
//   K14  G3  环境卫生   11-28 09:00  11-28 17:30  11-28 12:00  11-28 15:00  closed on time 满意; 突发性 (emergency)
//   K15  G1  环境卫生   10-20 09:00  10-23 17:30  —            —            in_progress    supervised; unit 青石村
//   K16  G3  市政设施   10-10 09:00  10-15 17:30  11-25 10:00  11-26 10:00  closed late    不满意; 派 城管中队 twice
//   K17  G1  环境卫生   10-12 09:00  10-13 17:30  10-13 10:00  10-14 10:00  closed on time 满意
//   K18  G3  矛盾纠纷   10-15 09:00  10-19 17:30  10-20 09:00  10-20 10:00  closed late    基本满意
//
// Work logs, week 11-23 … 11-27 (five working days): G1's worker submitted all five, G2's three
// (23–25), G3's four and a draft on 11-27. Household visits: G1 three visits to two households in
// the week (and one on 11-20, the week before), G2 none, G3 one.
// Meetings (town scope, 周例会): 11-16 and 11-23 finished, each raising the carried problem
// 「桥头垃圾清运不及时」 (case K03) and leaving it to come back; tasks: T1 (from 11-16, due 11-20,
// open), T2 (from 11-23, due 11-27, open), T3 (from 11-23, due 11-30, open), T4 (from 11-16, due
// 11-18, done), T5 (from a 青石村 meeting, due 11-18, open).
import { setupCore, type Harness } from '../../../support/core-harness';
import type { AgendaItemRow, MeetingRow } from '../../../../shared/meetings/meeting-types';
import type { SectionKind } from '../../../../shared/meetings/agenda-types';
import type { MeetingKind } from '../../../../shared/meetings/meeting-kinds';
import type { CaseStatus } from '../../../../shared/cases/case-workflow';
import { STAGE } from '../../../../shared/cases/case-workflow';

export const at = (dateTime: string): number => new Date(`2026-${dateTime.replace(' ', 'T')}:00+08:00`).getTime();

/** The personal data of the fixture: none of it may appear in any section. */
export const PERSONAL = ['王建国', '13812345678', '李秀英', '13987654321', '张明', '13700001111', '赵阿姨', '3单元502室', '孙红梅', '13600002222'];

interface CaseSpec {
  grid: 'G1' | 'G2' | 'G3';
  category: string;
  received: string;
  deadline: string;
  handled?: string;
  closed?: string;
  status: CaseStatus;
  satisfaction?: 'satisfied' | 'basically' | 'dissatisfied';
  urgency?: 'normal' | 'urgent' | 'critical';
  handling?: 'general' | 'coordination' | 'emergency';
  supervised?: boolean;
  unit?: string;
  /** Dispatch targets in order: a department code, or 'village' / 'grid'. */
  dispatches?: string[];
  address?: string;
}

const CASES: Record<string, CaseSpec> = {
  K01: { grid: 'G1', category: '环境卫生', received: '11-16 09:00', deadline: '11-17 17:30', handled: '11-17 10:00', closed: '11-18 10:00', status: 'closed', satisfaction: 'satisfied' },
  K02: { grid: 'G1', category: '矛盾纠纷', received: '11-18 10:00', deadline: '11-23 17:30', handled: '11-25 10:00', closed: '11-26 09:00', status: 'closed', satisfaction: 'dissatisfied', dispatches: ['village', 'SFS'] },
  K03: { grid: 'G3', category: '市政设施', received: '11-20 14:00', deadline: '11-24 17:30', status: 'in_progress', dispatches: ['village', 'CG'] },
  K04: { grid: 'G2', category: '环境卫生', received: '11-19 09:00', deadline: '11-20 17:30', handled: '11-23 09:00', status: 'handled' },
  K05: { grid: 'G1', category: '环境卫生', received: '11-23 09:00', deadline: '11-24 17:30', handled: '11-24 09:00', closed: '11-25 09:00', status: 'closed', satisfaction: 'satisfied' },
  K06: { grid: 'G1', category: '安全生产', received: '11-24 10:00', deadline: '11-26 17:30', handled: '11-26 16:00', closed: '11-27 10:00', status: 'closed', satisfaction: 'basically', supervised: true, dispatches: ['AJZ'] },
  K07: { grid: 'G2', category: '矛盾纠纷', received: '11-25 11:00', deadline: '11-27 17:30', status: 'dispatched', supervised: true, dispatches: ['SFS', 'PCS'] },
  K08: { grid: 'G2', category: '环境卫生', received: '11-26 09:00', deadline: '11-30 17:30', status: 'in_progress', urgency: 'urgent' },
  K09: { grid: 'G3', category: '市政设施', received: '11-27 15:00', deadline: '11-30 17:30', status: 'accepted', handling: 'emergency', address: '凤栖路王建国家旁' },
  K10: { grid: 'G3', category: '环境卫生', received: '11-28 10:00', deadline: '12-01 17:30', handled: '11-28 16:00', closed: '11-29 10:00', status: 'closed', satisfaction: 'dissatisfied' },
  K11: { grid: 'G1', category: '矛盾纠纷', received: '11-29 20:00', deadline: '12-03 17:30', status: 'registered' },
  K12: { grid: 'G2', category: '环境卫生', received: '11-24 09:00', deadline: '11-25 17:30', status: 'rejected' },
  K13: { grid: 'G2', category: '安全生产', received: '11-10 09:00', deadline: '11-12 17:30', handled: '11-11 10:00', closed: '11-12 10:00', status: 'closed', satisfaction: 'satisfied', urgency: 'critical', dispatches: ['grid', 'village'] },
  K14: { grid: 'G3', category: '环境卫生', received: '11-28 09:00', deadline: '11-28 17:30', handled: '11-28 12:00', closed: '11-28 15:00', status: 'closed', satisfaction: 'satisfied', handling: 'emergency' },
  K15: { grid: 'G1', category: '环境卫生', received: '10-20 09:00', deadline: '10-23 17:30', status: 'in_progress', supervised: true, unit: '青石村' },
  K16: { grid: 'G3', category: '市政设施', received: '10-10 09:00', deadline: '10-15 17:30', handled: '11-25 10:00', closed: '11-26 10:00', status: 'closed', satisfaction: 'dissatisfied', dispatches: ['CG', 'CG'] },
  K17: { grid: 'G1', category: '环境卫生', received: '10-12 09:00', deadline: '10-13 17:30', handled: '10-13 10:00', closed: '10-14 10:00', status: 'closed', satisfaction: 'satisfied' },
  K18: { grid: 'G3', category: '矛盾纠纷', received: '10-15 09:00', deadline: '10-19 17:30', handled: '10-20 09:00', closed: '10-20 10:00', status: 'closed', satisfaction: 'basically' },
};

// Reporters by case, in turn (their names and phones must never show).
const REPORTERS: [string, string][] = [['王建国', '13812345678'], ['李秀英', '13987654321'], ['张明', '13700001111'], ['孙红梅', '13600002222']];

export interface AgendaTown {
  h: Harness;
  db: Harness['core']['services']['db'];
  townId: string;
  villageId: string;
  communityId: string;
  grids: { G1: string; G2: string; G3: string };
  /** Case ids and numbers by fixture name (K01 …). */
  ids: Record<string, string>;
  numbers: Record<string, string>;
  carryId: string;
  meetings: { m1116: string; m1123: string };
  meeting: (kind: MeetingKind, date: string, opts?: { startTime?: string; scope?: string; id?: string }) => MeetingRow;
  item: (meeting: MeetingRow, section: SectionKind, extra?: Partial<AgendaItemRow>) => AgendaItemRow;
}

export function agendaTown(opts: { onDisk?: boolean } = {}): AgendaTown {
  const clock = { now: at('11-30 08:00') };
  const h = setupCore({ now: () => clock.now, sessionAbsoluteMs: 366 * 86_400_000, onDisk: opts.onDisk });
  const db = h.core.services.db;
  const town = h.call(h.adminToken, 'org.units', {})[0]!;
  const village = h.call(h.adminToken, 'org.createUnit', { parentId: town.id, kind: 'village', code: '330782101001', name: '青石村' });
  const community = h.call(h.adminToken, 'org.createUnit', { parentId: town.id, kind: 'community', code: '330782101002', name: '凤栖社区' });
  const grid = (parent: string, code: string, name: string) => h.call(h.adminToken, 'org.createUnit', { parentId: parent, kind: 'grid', code, name, gridType: 'rural' }).id;
  const grids = { G1: grid(village.id, '330782101001001', '青石村第1网格'), G2: grid(village.id, '330782101001002', '青石村第2网格'), G3: grid(community.id, '330782101002001', '凤栖社区第1网格') };
  const villageOf = { G1: village.id, G2: village.id, G3: community.id };
  const category = (name: string) => (db.prepare('SELECT id FROM case_category WHERE name = ? AND parent_id IS NULL').get(name) as { id: string }).id;
  const dept = (code: string) => db.prepare('SELECT id, name FROM department WHERE code = ?').get(code) as { id: string; name: string };
  const ids: Record<string, string> = {};
  const numbers: Record<string, string> = {};
  const writer = h.core.services.writer;
  writer.transaction(null, (tx) => {
    Object.entries(CASES).forEach(([name, c], i) => {
      const id = `case-${name}`;
      const number = `SJ2026${name}`;
      ids[name] = id;
      numbers[name] = number;
      const [reporter, phone] = REPORTERS[i % REPORTERS.length]!;
      const targets = (c.dispatches ?? []).map((t) => {
        if (t === 'village') return { kind: 'village', unitId: villageOf[c.grid], departmentId: null, label: c.grid === 'G3' ? '凤栖社区' : '青石村' };
        if (t === 'grid') return { kind: 'grid', unitId: grids[c.grid], departmentId: null, label: '网格' };
        const d = dept(t);
        return { kind: 'department', unitId: null, departmentId: d.id, label: d.name };
      });
      const last = targets[targets.length - 1];
      tx.insert('case_record', {
        id,
        number,
        title: `${reporter}反映${c.category}问题`,
        description: `${reporter}（电话${phone}）反映`,
        source: 'resident_phone',
        category_id: category(c.category),
        handling_type: c.handling ?? 'general',
        urgency: c.urgency ?? 'normal',
        level: 'village',
        grid_id: grids[c.grid],
        village_id: villageOf[c.grid],
        address: c.address ?? `青石村老街${i + 1}号3单元502室`,
        reporter_name: reporter,
        reporter_phone: phone,
        status: c.status,
        stage: STAGE[c.status],
        epoch: 0,
        received_at: at(c.received),
        registered_by_name: '值班员',
        assignee_kind: last?.kind ?? null,
        assignee_unit_id: last?.unitId ?? null,
        assignee_department_id: last?.departmentId ?? null,
        assignee_label: c.unit ?? last?.label ?? null,
        sla_days: 3,
        deadline_at: at(c.deadline),
        supervised: c.supervised ? 1 : 0,
        satisfaction: c.satisfaction ?? null,
        handled_at: c.handled ? at(c.handled) : null,
        closed_at: c.closed ? at(c.closed) : null,
        on_time: c.closed ? (at(c.handled!) <= at(c.deadline) ? 1 : 0) : null,
        updated_at: at(c.received),
      });
      targets.forEach((target, k) => {
        tx.insert('case_event', {
          id: `ev-${name}-${k}`,
          case_id: id,
          at: at(c.received) + (k + 1) * 3_600_000,
          actor_name: '调度员',
          action: 'dispatch',
          from_status: 'accepted',
          to_status: 'dispatched',
          epoch: 0,
          note: '',
          data: JSON.stringify({ target, level: 'village', slaDays: 3, deadlineAt: at(c.deadline) }),
        });
      });
    });

    // Workers, their logs and visits.
    const workers = { G1: 'staff-1', G2: 'staff-2', G3: 'staff-3' } as const;
    for (const [g, staffId] of Object.entries(workers) as ['G1' | 'G2' | 'G3', string][]) {
      tx.insert('staff', { id: staffId, name: `${g}网格员`, phone: '13500000000', title: '', on_duty: 1, archived: 0, created_at: '2026-01-01' });
      tx.insert('staff_assignment', { id: `assign-${g}`, staff_id: staffId, unit_id: grids[g], team_role: 'worker_full', post: null });
    }
    const log = (staffId: string, date: string, status: 'submitted' | 'draft') =>
      tx.insert('work_log', {
        id: `log-${staffId}-${date}`, staff_id: staffId, work_date: date, patrolled: 1, places: '[]', observations: '', notes: '', status,
        submitted_at: status === 'submitted' ? at(`${date.slice(5)} 18:00`) : null, created_at: at(`${date.slice(5)} 18:00`), updated_at: at(`${date.slice(5)} 18:00`),
      });
    for (const d of ['23', '24', '25', '26', '27']) log(workers.G1, `2026-11-${d}`, 'submitted');
    for (const d of ['23', '24', '25']) log(workers.G2, `2026-11-${d}`, 'submitted');
    for (const d of ['23', '24', '25', '26']) log(workers.G3, `2026-11-${d}`, 'submitted');
    log(workers.G3, '2026-11-27', 'draft');
    const visit = (id: string, g: 'G1' | 'G2' | 'G3', household: string, date: string) =>
      tx.insert('household_visit', {
        id, household_id: household, grid_id: grids[g], visit_date: date, staff_id: workers[g], household_class: 3, class_kind: 'ordinary',
        met_name: '赵阿姨', situation: '李秀英家中老人独居', needs: '', follow_up: '', created_at: at('11-20 10:00'), updated_at: at('11-20 10:00'),
      });
    visit('v1', 'G1', 'hh-1', '2026-11-23');
    visit('v2', 'G1', 'hh-1', '2026-11-26');
    visit('v3', 'G1', 'hh-2', '2026-11-24');
    visit('v4', 'G1', 'hh-2', '2026-11-20');
    visit('v5', 'G3', 'hh-3', '2026-11-25');
  });

  const meeting: AgendaTown['meeting'] = (kind, date, opts = {}) => ({
    id: opts.id ?? `m-${kind}-${date}`,
    kind,
    title: `${date} 例会`,
    date,
    startTime: opts.startTime ?? '08:30',
    place: '指挥中心',
    scopeUnitId: opts.scope ?? town.id,
    scopeName: '',
    chairName: '镇长',
    recorderName: '记录员',
    status: 'planned',
    startedAt: null,
    endedAt: null,
    undecidedNote: '',
    plannedMinutes: 0,
    plannedEnd: '',
    createdAt: clock.now,
    updatedAt: clock.now,
  });
  const item: AgendaTown['item'] = (m, section, extra = {}) => ({
    id: `item-${m.id}-${section}`,
    meetingId: m.id,
    position: 0,
    section,
    title: '',
    plannedMinutes: 5,
    plannedStart: m.startTime,
    plannedEndTime: m.startTime,
    notes: '',
    minutes: '',
    outcome: 'pending',
    outcomeNote: '',
    caseId: null,
    caseNumber: null,
    carryId: null,
    timesRaised: null,
    firstRaisedDate: null,
    ...extra,
  });

  // Earlier meetings, the carried problem and the tasks.
  const carryId = 'carry-1';
  writer.transaction(null, (tx) => {
    const m = (id: string, date: string, scope: string, status: string) =>
      tx.insert('meeting', { id, kind: 'weekly', title: `${date}周例会`, meeting_date: date, start_time: '08:30', place: '', scope_unit_id: scope, status, created_at: at('11-01 08:00'), updated_at: at('11-01 08:00') });
    m('m-1116', '2026-11-16', town.id, 'finished');
    m('m-1123', '2026-11-23', town.id, 'finished');
    m('m-village', '2026-11-16', village.id, 'finished');
    tx.insert('meeting_carry', { id: carryId, kind: 'weekly', scope_unit_id: town.id, title: '桥头垃圾清运不及时', case_id: ids.K03!, first_meeting_id: 'm-1116', first_date: '2026-11-16', status: 'open', created_at: at('11-16 10:00') });
    const raise = (id: string, meetingId: string, note: string) =>
      tx.insert('meeting_item', { id, meeting_id: meetingId, position: 5, section: 'carry_over', title: '桥头垃圾清运不及时', planned_minutes: 5, outcome: 'carry', outcome_note: note, case_id: ids.K03!, carry_id: carryId, updated_at: at('11-16 10:00') });
    raise('mi-1116', 'm-1116', '需城管中队协调清运车辆');
    raise('mi-1123', 'm-1123', '车辆仍未到位');
    const task = (id: string, meetingId: string, title: string, owner: string, deadline: string, status: 'open' | 'done') =>
      tx.insert('meeting_task', { id, meeting_id: meetingId, title, owner_name: owner, deadline, case_id: id === 'T1' ? ids.K03! : null, status, created_at: at('11-16 10:00') });
    task('T1', 'm-1116', '清运桥头垃圾', '城管中队', '2026-11-20', 'open');
    task('T2', 'm-1123', '排查电动车违规充电', '安监站', '2026-11-27', 'open');
    task('T3', 'm-1123', '走访独居老人', '民政办', '2026-11-30', 'open');
    task('T4', 'm-1116', '修复路灯', '城管中队', '2026-11-18', 'done');
    task('T5', 'm-village', '清理村口堆放物', '青石村', '2026-11-18', 'open');
  });

  return {
    h,
    db,
    townId: town.id,
    villageId: village.id,
    communityId: community.id,
    grids,
    ids,
    numbers,
    carryId,
    meetings: { m1116: 'm-1116', m1123: 'm-1123' },
    meeting,
    item,
  };
}
