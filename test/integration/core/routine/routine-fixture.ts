// A town for routine tests (on the cases fixture: one village with three grids, one community
// grid): grid 1 kept by 甲 (A post) and 乙 (B post), grid 3 by 丙, the community grid by 丁;
// the grid_worker account is 甲, the supervisor account supervises the village. One building
// per grid. Helpers write a day's log as the worker on that day.
import { at, caseTown, type CaseTown } from '../cases/case-fixture';
import type { MethodInput, MethodOutput } from '../../../../shared/api';
import type { Role } from '../../../../shared/auth/roles';

export { at };

export interface RoutineTown {
  t: CaseTown;
  staff: { jia: string; yi: string; bing: string; ding: string };
  buildings: string[];
  communityBuilding: string;
  /** Logs in as the given worker's account (linking a test account to the staff record). */
  tokenOf: (who: keyof RoutineTown['staff']) => string;
  /** The worker submits its log of `date` on that day at 17:00 (the clock moves there). */
  logDay: (who: keyof RoutineTown['staff'], date: string, extra?: Partial<MethodInput<'routine.saveLog'>>) => MethodOutput<'routine.saveLog'>;
  table: (from: string, to: string, role?: Role | 'admin') => MethodOutput<'routine.completeness'>;
  leave: (who: keyof RoutineTown['staff'], from: string, to: string, cover: keyof RoutineTown['staff'] | null) => MethodOutput<'routine.saveLeave'>;
}


export function routineTown(start = at('2025-09-22', '08:00')): RoutineTown {
  const t = caseTown(start);
  const admin = t.h.adminToken;
  const mk = (name: string, unitId: string, post: 'A' | 'B' | null) => {
    const s = t.h.call(admin, 'staff.create', { name, phone: '13900000001' });
    t.h.call(admin, 'staff.assign', { staffId: s.id, unitId, teamRole: 'worker_full', post });
    return s.id;
  };
  const staff = {
    jia: mk('甲', t.grids[0]!, 'A'),
    yi: mk('乙', t.grids[0]!, 'B'),
    bing: mk('丙', t.grids[2]!, null),
    ding: mk('丁', t.communityGrid, null),
  };
  const buildings = t.grids.map((g, i) => t.h.call(admin, 'registry.createBuilding', { gridId: g, name: `${i + 1}号楼`, floors: 3, notes: '' }).id);
  const communityBuilding = t.h.call(admin, 'registry.createBuilding', { gridId: t.communityGrid, name: '凤栖苑1幢', floors: 6, notes: '' }).id;
  const db = t.h.core.services.db;
  const link = (role: Role, staffId: string) => {
    t.token(role);
    const { id } = db.prepare('SELECT id FROM user_account WHERE username = ?').get(`u_${role}`) as { id: string };
    t.h.core.services.writer.transaction(null, (tx) => tx.update('user_account', id, { staff_id: staffId }));
  };
  // Only 甲's account is a grid worker; the others keep logs through the admin (paper logs entered at the centre).
  link('grid_worker', staff.jia);
  const supervisorStaff = t.h.call(admin, 'staff.create', { name: '督导员老周', phone: '13900000009' });
  t.h.call(admin, 'staff.assign', { staffId: supervisorStaff.id, unitId: t.villageId, teamRole: 'supervisor' });
  link('supervisor', supervisorStaff.id);
  const tokenOf = (who: keyof typeof staff) => (who === 'jia' ? t.token('grid_worker') : admin);
  const logDay: RoutineTown['logDay'] = (who, date, extra = {}) => {
    const when = at(date, '17:00');
    if (t.clock.now < when) t.advance(when);
    const grid = who === 'bing' ? t.grids[2]! : who === 'ding' ? t.communityGrid : t.grids[0]!;
    const building = who === 'bing' ? buildings[2]! : who === 'ding' ? communityBuilding : buildings[0]!;
    return t.h.call(tokenOf(who), 'routine.saveLog', {
      staffId: who === 'jia' ? undefined : staff[who],
      date,
      patrolled: true,
      patrolStart: '08:30',
      patrolEnd: '10:00',
      places: [{ gridId: grid, buildingId: building }],
      observations: '无异常',
      notes: '',
      submit: true,
      ...extra,
    });
  };
  return {
    t,
    staff,
    buildings,
    communityBuilding,
    tokenOf,
    logDay,
    table: (from, to, role = 'admin') => t.h.call(t.token(role), 'routine.completeness', { from, to }),
    leave: (who, from, to, cover) =>
      t.h.call(admin, 'routine.saveLeave', { staffId: staff[who], fromDate: from, toDate: to, reason: '事假', coverStaffId: cover ? staff[cover] : null }),
  };
}

