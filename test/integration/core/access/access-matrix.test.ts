// The method × role × scope matrix, generated from the contract.
//
// 1. The door: every method, called signed out and as every role, with an input no method
//    accepts (so only the door is tested, nothing runs): 🔒 UNAUTHENTICATED, ✗ FORBIDDEN,
//    ✓ past the door. The expected cells are written down in docs/access-matrix.md; a change
//    of any cell fails here until the document is updated on purpose
//    (`UPDATE_ACCESS_MATRIX=1 npx vitest run test/integration/core/access`), so a permission
//    change is always a reviewed line in a diff.
// 2. The scope: every method whose rule is 'case' or 'served-grids' (access-rules.ts), called
//    by a grid worker and a department handler on a record inside their scope and on one
//    outside it: inside answers, outside is NOT_FOUND or absent from the answer, and nothing is
//    written by a refused call.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { api, type MethodName } from '../../../../shared/api';
import { ROLES, type Role } from '../../../../shared/auth/roles';
import type { CaseTown } from '../cases/case-fixture';
import { caseTown } from '../cases/case-fixture';
import { SCOPE_RULES, SCOPE_RULE_TEXT } from './access-rules';

const METHODS = Object.keys(api) as MethodName[];
const DOC = join(__dirname, '../../../../docs/access-matrix.md');
const CALLERS = ['signed out', ...ROLES] as const;
type Caller = (typeof CALLERS)[number];

const CELL: Record<string, string> = { UNAUTHENTICATED: '🔒', FORBIDDEN: '✗', BAD_INPUT: '✓' };

async function doorCells(t: CaseTown): Promise<Record<MethodName, Record<Caller, string>>> {
  const out = {} as Record<MethodName, Record<Caller, string>>;
  for (const method of METHODS) {
    const row = {} as Record<Caller, string>;
    for (const caller of CALLERS) {
      const token = caller === 'signed out' ? null : t.token(caller);
      // No method's input is a bare string: past the door, validation refuses it before any handler runs.
      const r = await t.h.core.invokeAsync(token, method, 'not an input');
      const code = r.ok ? 'OK' : r.error.code;
      row[caller] = CELL[code] ?? `?${code}`;
    }
    out[method] = row;
  }
  return out;
}

function renderDoc(cells: Record<MethodName, Record<Caller, string>>): string {
  const head = ['method', 'access', ...CALLERS.map((c) => (c === 'signed out' ? 'signed out' : c)), 'scope'];
  const lines = [
    '# Access matrix: every method × every role × scope',
    '',
    'Generated from the contract (`shared/api.ts`) and checked by',
    '`test/integration/core/access/access-matrix.test.ts`: each cell is what the core answers',
    'at its door when that caller calls that method. 🔒 not signed in (UNAUTHENTICATED),',
    '✗ refused (FORBIDDEN), ✓ let in (the method then validates its input and applies the scope',
    'in the last column). A changed permission fails the test until this file is regenerated with',
    '`UPDATE_ACCESS_MATRIX=1 npx vitest run test/integration/core/access`, so every change of',
    'access shows up as a reviewed line here. The wall display (`display`) never writes; an',
    'account that must change its password is let into nothing but the password change.',
    '',
    'Scope rules (written once in `test/integration/core/access/access-rules.ts`; the scoped ones',
    'are probed by the same test with a record inside and one outside the caller\'s scope):',
    '',
    ...Object.entries(SCOPE_RULE_TEXT).map(([rule, text]) => `- **${rule}**: ${text}`),
    '',
    `| ${head.join(' | ')} |`,
    `|${head.map(() => '---').join('|')}|`,
    ...METHODS.map((m) => {
      const def = api[m];
      const access = `${def.access}${def.writes ? ' (writes)' : ''}`;
      return `| \`${m}\` | ${access} | ${CALLERS.map((c) => cells[m][c]).join(' | ')} | ${SCOPE_RULES[m]} |`;
    }),
    '',
  ];
  return lines.join('\n');
}

describe('the door of every method for every caller', () => {
  it('matches docs/access-matrix.md cell by cell', async () => {
    const t = caseTown();
    const cells = await doorCells(t);
    for (const m of METHODS) for (const c of CALLERS) expect(cells[m][c], `${m} as ${c}`).not.toMatch(/^\?/);
    const doc = renderDoc(cells);
    if (process.env.UPDATE_ACCESS_MATRIX) writeFileSync(DOC, doc);
    const written = readFileSync(DOC, 'utf8');
    const want = new Map(written.split('\n').filter((l) => l.startsWith('| `')).map((l) => [l.split(' | ')[0], l]));
    for (const line of doc.split('\n').filter((l) => l.startsWith('| `'))) {
      expect(want.get(line.split(' | ')[0]), 'docs/access-matrix.md is out of date (see its header)').toBe(line);
    }
    expect(want.size).toBe(METHODS.length);
  });

  it('lets no caller past a door its role does not hold (spot checks the table cannot hide)', async () => {
    const t = caseTown();
    const cells = await doorCells(t);
    for (const m of METHODS) {
      const access = api[m].access;
      if (access !== 'public') expect(cells[m]['signed out'], m).toBe('🔒');
      if (api[m].writes && access !== 'public' && access !== 'session') expect(cells[m].display, `${m} by the wall display`).toBe('✗');
    }
    expect(cells['registry.people'].display).toBe('✗');
    expect(cells['registry.specials'].grid_worker).toBe('✗');
    expect(cells['users.create'].director).toBe('✗');
  });
});

// ---------- scope ----------

interface ScopeWorld {
  t: CaseTown;
  own: Record<'grid_worker' | 'department_handler', string>;
  foreign: string;
  numbers: Map<string, string>;
  attachments: Map<string, string>;
}

const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

/** A worker on grid 1, a handler in department A; one dispatched case in each scope and one outside both. */
function world(): ScopeWorld {
  const t = caseTown();
  const [deptA, deptB] = t.h.call(t.h.adminToken, 'departments.list', {}).map((d) => d.id);
  const reg = (title: string, gridId: string) =>
    t.register({ title, gridId, attachments: [{ name: '现场.png', mime: 'image/png', dataBase64: PNG }] } as never);
  const gw = reg('第一网格路灯不亮', t.grids[0]!);
  const dh = reg('部门甲处置的占道经营', t.grids[1]!);
  const foreign = reg('第三网格由部门乙处置', t.grids[2]!);
  for (const [c, target] of [
    [gw, { kind: 'grid', unitId: t.grids[0]! }],
    [dh, { kind: 'department', departmentId: deptA! }],
    [foreign, { kind: 'department', departmentId: deptB! }],
  ] as const) {
    t.act(c.id, { type: 'accept' });
    t.act(c.id, { type: 'dispatch', target });
  }
  t.serve('grid_worker', [t.grids[0]!]);
  t.token('department_handler');
  const db = t.h.core.services.db;
  const { id: handlerId } = db.prepare("SELECT id FROM user_account WHERE username = 'u_department_handler'").get() as { id: string };
  t.h.core.services.writer.transaction(null, (tx) => tx.update('user_account', handlerId, { department_id: deptA! }));
  const numbers = new Map([gw, dh, foreign].map((c) => [c.id, c.number]));
  const attachments = new Map([gw, dh, foreign].map((c) => [c.id, c.timeline.flatMap((e) => e.attachments)[0]!.id]));
  return { t, own: { grid_worker: gw.id, department_handler: dh.id }, foreign: foreign.id, numbers, attachments };
}

type Probe = (w: ScopeWorld, token: string, caseId: string) => Promise<'seen' | 'unseen'>;

const unseenIfNotFound = async (r: Promise<{ ok: boolean; error?: { code: string } }>) => {
  const res = await r;
  if (res.ok) return 'seen' as const;
  if (res.error!.code === 'NOT_FOUND') return 'unseen' as const;
  throw new Error(`unexpected ${res.error!.code}`);
};

/** One probe per case-scoped method: does the caller get at this case through it? */
const CASE_PROBES: Partial<Record<MethodName, Probe>> = {
  'cases.get': (w, tk, id) => unseenIfNotFound(w.t.h.core.invokeAsync(tk, 'cases.get', { id })),
  'cases.byNumber': (w, tk, id) => unseenIfNotFound(w.t.h.core.invokeAsync(tk, 'cases.byNumber', { number: w.numbers.get(id)! })),
  'cases.attachment': (w, tk, id) => unseenIfNotFound(w.t.h.core.invokeAsync(tk, 'cases.attachment', { id: w.attachments.get(id)! })),
  'cases.act': (w, tk, id) => unseenIfNotFound(w.t.h.core.invokeAsync(tk, 'cases.act', { id, action: { type: 'start', attachments: [] } })),
  'cases.queue': async (w, tk, id) => {
    const page = w.t.h.call(tk, 'cases.queue', { queue: 'all', filter: {}, offset: 0, limit: 100 });
    return page.rows.some((r) => r.id === id) ? 'seen' : 'unseen';
  },
  'cases.queueCounts': async (w, tk, id) => {
    const grid = (w.t.h.call(w.t.h.adminToken, 'cases.get', { id }) as { gridId: string }).gridId;
    return w.t.h.call(tk, 'cases.queueCounts', { filter: { gridId: grid } }).all > 0 ? 'seen' : 'unseen';
  },
  'cases.export': async (w, tk, id) => {
    const r = await w.t.h.job(tk, 'cases.export', { queue: 'all', filter: {}, format: 'csv' });
    return Buffer.from(r.base64, 'base64').toString('utf8').includes(w.numbers.get(id)!) ? 'seen' : 'unseen';
  },
  'notifications.list': async (w, tk, id) => (w.t.h.call(tk, 'notifications.list', { limit: 200 }).items.some((i) => i.caseId === id) ? 'seen' : 'unseen'),
  'notifications.markRead': (w, tk, id) => {
    const dispatch = w.t.h.call(w.t.h.adminToken, 'cases.get', { id }).timeline.find((e) => e.action === 'dispatch')!;
    return unseenIfNotFound(w.t.h.core.invokeAsync(tk, 'notifications.markRead', { keys: [`e:${dispatch.id}`] }));
  },
  'cases.duplicateHints': async (w, tk, id) => {
    const c = w.t.h.call(w.t.h.adminToken, 'cases.get', { id }) as { gridId: string; categoryId: string };
    const hints = w.t.h.call(tk, 'cases.duplicateHints', { categoryId: c.categoryId, gridId: c.gridId, days: 30 });
    return hints.some((h) => h.id === id) ? 'seen' : 'unseen';
  },
  'start.focus': async (w, tk, id) => {
    const focus = w.t.h.call(tk, 'start.focus', { group: 'open', limit: 50 });
    return focus.rows.some((r) => r.id === id) ? 'seen' : 'unseen';
  },
};

describe('case scope of every case method, inside and outside', () => {
  const caseMethods = METHODS.filter((m) => SCOPE_RULES[m] === 'case' && api[m].access === 'cases.read' && m !== 'cases.bulk');

  it('has a probe for every case-scoped read or act method', () => {
    expect(caseMethods.filter((m) => !CASE_PROBES[m])).toEqual([]);
  });

  for (const role of ['grid_worker', 'department_handler'] as const) {
    for (const method of caseMethods) {
      it(`${method} as ${role}: its own case answers, a case outside its scope does not`, async () => {
        const w = world();
        const token = w.t.token(role);
        expect(await CASE_PROBES[method]!(w, token, w.own[role])).toBe('seen');
        const before = w.t.h.changeCount();
        expect(await CASE_PROBES[method]!(w, token, w.foreign)).toBe('unseen');
        expect(w.t.h.changeCount()).toBe(before);
      });
    }
  }

  it('unscoped readers reach every case through the same probes', async () => {
    const w = world();
    for (const role of ['dispatcher', 'supervisor', 'presenter'] as const satisfies readonly Role[]) {
      const token = w.t.token(role);
      for (const method of ['cases.get', 'cases.queue', 'cases.byNumber'] as const) {
        expect(await CASE_PROBES[method]!(w, token, w.foreign), `${method} as ${role}`).toBe('seen');
      }
    }
  });
});
