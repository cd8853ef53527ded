// A small town for case tests: one village with three grids (1–2 and 2–3 neighbours), one
// community with one grid, a controllable clock, and helpers to register and act on cases.
import { setupCore, type Harness } from '../../../support/core-harness';
import type { MethodInput, MethodOutput } from '../../../../shared/api';
import type { CaseActionDraft, CaseActionInput } from '../../../../shared/cases/case-inputs';
import type { CaseCategory } from '../../../../shared/cases/catalogue-types';
import type { Role } from '../../../../shared/auth/roles';
import type { CaseStatus } from '../../../../shared/cases/case-workflow';

/** An instant given as Shanghai wall-clock time. */
export const at = (date: string, time = '10:00'): number => new Date(`${date}T${time}:00+08:00`).getTime();

export interface CaseTown {
  h: Harness;
  clock: { now: number };
  villageId: string;
  communityId: string;
  grids: string[];
  communityGrid: string;
  category: (name: string) => CaseCategory;
  sub: (parent: string, name: string) => CaseCategory;
  register: (input?: Partial<MethodInput<'cases.register'>>, role?: Role | 'admin') => MethodOutput<'cases.register'>;
  act: (id: string, action: CaseActionDraft, role?: Role | 'admin') => MethodOutput<'cases.act'>;
  tryAct: (id: string, action: unknown, role?: Role | 'admin') => ReturnType<Harness['core']['invoke']>;
  token: (role: Role | 'admin') => string;
  eventCount: () => number;
  /** Moves the clock forward, keeping the sessions in use alive (they expire after 12 idle hours). */
  advance: (to: number) => void;
  /** Links the test account of `role` to a new staff record serving `unitIds` (user_account.staff_id). */
  serve: (role: Role, unitIds: string[]) => void;
}

export function caseTown(start = at('2025-11-20', '10:00'), opts: { onDisk?: boolean } = {}): CaseTown {
  const clock = { now: start };
  // The clock runs over weeks with the same sessions (kept from idling out by advance()); the
  // 7-day session limit is not what these tests are about.
  const h = setupCore({ now: () => clock.now, onDisk: opts.onDisk, sessionAbsoluteMs: 366 * 86_400_000 });
  const town = h.call(h.adminToken, 'org.units', {})[0]!;
  const village = h.call(h.adminToken, 'org.createUnit', { parentId: town.id, kind: 'village', code: '330782101001', name: '青石村' });
  const community = h.call(h.adminToken, 'org.createUnit', { parentId: town.id, kind: 'community', code: '330782101002', name: '凤栖社区' });
  const grids = [1, 2, 3].map(
    (n) =>
      h.call(h.adminToken, 'org.createUnit', { parentId: village.id, kind: 'grid', code: `33078210100100${n}`, name: `青石村第${n}网格`, gridType: 'rural' }).id,
  );
  const communityGrid = h.call(h.adminToken, 'org.createUnit', { parentId: community.id, kind: 'grid', code: '330782101002001', name: '凤栖社区第1网格', gridType: 'urban' }).id;
  h.core.services.writer.transaction(null, (tx) => {
    tx.insert('grid_neighbor', { id: 'N1', unit_id: grids[0], neighbor_id: grids[1] });
    tx.insert('grid_neighbor', { id: 'N2', unit_id: grids[2], neighbor_id: grids[1] });
  });
  const tree = h.call(h.adminToken, 'catalogue.tree', {});
  const category = (name: string) => {
    const c = tree.find((t) => t.name === name);
    if (!c) throw new Error(`no category ${name}`);
    return c;
  };
  const sub = (parent: string, name: string) => {
    const c = category(parent).children.find((s) => s.name === name);
    if (!c) throw new Error(`no subcategory ${name}`);
    return c;
  };
  const used = new Set<string>([h.adminToken]);
  const token = (role: Role | 'admin') => {
    const tk = role === 'admin' ? h.adminToken : h.tokenFor(role);
    used.add(tk);
    return tk;
  };
  const env: CaseTown = {
    h,
    clock,
    villageId: village.id,
    communityId: community.id,
    grids,
    communityGrid,
    category,
    sub,
    token,
    register: (input = {}, role = 'admin') =>
      h.call(token(role), 'cases.register', {
        source: 'patrol',
        categoryId: category('环境卫生').id,
        handlingType: 'coordination',
        title: '村口垃圾堆放',
        description: '村口桥头有建筑垃圾堆放，影响通行',
        address: '青石村桥头',
        gridId: grids[0]!,
        ...input,
      }),
    act: (id, action, role = 'admin') => h.call(token(role), 'cases.act', { id, action: { attachments: [], ...action } as CaseActionInput }),
    tryAct: (id, action, role = 'admin') => h.core.invoke(token(role), 'cases.act', { id, action }),
    advance: (to: number) => {
      while (clock.now < to) {
        clock.now = Math.min(to, clock.now + 6 * 3_600_000);
        for (const tk of used) h.call(tk, 'auth.me', {});
      }
    },
    serve: (role, unitIds) => {
      token(role);
      h.serve(role, unitIds);
    },
    eventCount: () => (h.core.services.db.prepare('SELECT count(*) AS n FROM case_event').get() as { n: number }).n,
  };
  return env;
}

/** Drives a new case (admin) to `status`; `extra` sets up what a guard needs. */
export function caseIn(
  t: CaseTown,
  status: CaseStatus,
  extra: { extensionRequested?: boolean; supervised?: boolean; dissatisfied?: boolean; toDepartment?: boolean } = {},
): string {
  const c = t.register();
  const id = c.id;
  const path: CaseStatus[] = ['registered', 'accepted', 'dispatched', 'in_progress', 'handled', 'verified', 'evaluated', 'closed'];
  if (status === 'rejected') {
    t.act(id, { type: 'reject', reason: '经核实反映不属实' });
  } else if (status === 'merged') {
    const target = t.register({ title: '同一处垃圾堆放' });
    t.act(id, { type: 'merge', targetId: target.id });
  } else {
    const steps: Record<string, CaseActionDraft> = {
      accepted: { type: 'accept' },
      dispatched: { type: 'dispatch', target: extra.toDepartment ? { kind: 'department' } : { kind: 'village' } },
      in_progress: { type: 'start' },
      handled: { type: 'handle', result: '已清运完毕' },
      verified: { type: 'verify' },
      evaluated: { type: 'evaluate', satisfaction: extra.dissatisfied ? 'dissatisfied' : 'satisfied' },
      closed: { type: 'close' },
    };
    for (const s of path.slice(1, path.indexOf(status) + 1)) t.act(id, steps[s]!);
  }
  if (extra.extensionRequested) t.act(id, { type: 'request_extension', days: 2, reason: '需等待材料' });
  if (extra.supervised) t.act(id, { type: 'supervise', note: '挂牌督办' });
  return id;
}
