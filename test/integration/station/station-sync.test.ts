// Three station hosts (the built `out/main/station.js`, each its own process and data folder)
// synced through the real protocol on loopback: B joins A and C joins B, each accepted by an
// administrator after the codes match; a case registered on A appears in C's queue through B
// (store and forward); with B stopped, A and C keep working; B restarts and everything
// converges; B killed with SIGKILL while catching up leaves a database whose version vector
// never claims more than it holds, and it resumes by itself.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { openDatabase, type Db } from '../../../electron/core/db/connection';
import { rawKeyFromText, type DatabaseKey } from '../../../electron/core/host/database-key';
import { startStationProcess, type StationProcess } from '../../support/station-process';

// A bound for a loaded machine, not a speed claim: each wait below ends within a few seconds even
// with the machine loaded well past its cores (the set-up's records are one transaction, so one
// batch). A wait that ran out here was a record that never came (a catch-up resumed on a new
// connection skipping it, sync-resume.test.ts), not a slow one.
const WAIT = { timeout: 120_000, interval: 100 };
const dirs: string[] = [];
const running: StationProcess[] = [];

afterAll(async () => {
  await Promise.all(running.map((s) => s.stop()));
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

interface Node {
  name: string;
  dir: string;
  st: StationProcess;
  syncPort: number;
  fingerprint: string;
  token: string | null;
}

async function start(name: string, dir = mkdtempSync(join(tmpdir(), `tg-sync-${name}-`))): Promise<Node> {
  if (!dirs.includes(dir)) dirs.push(dir);
  // One position per batch, so a catch-up is many transactions (and a kill lands amid them).
  const st = await startStationProcess(dir, ['--no-auto-backup'], { TOWNGRID_SYNC_BATCH_RECORDS: '1' });
  running.push(st);
  const m = /数据同步端口：(\d+)（本机指纹 ([0-9A-F:]+)）/.exec(st.output());
  if (!m) throw new Error(`no sync line:\n${st.output()}`);
  return { name, dir, st, syncPort: Number(m[1]), fingerprint: m[2]!, token: null };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- response shapes vary per method
async function rpc<T = any>(n: Node, method: string, input: unknown): Promise<T> {
  const res = await fetch(`${n.st.url}/rpc/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(n.token ? { authorization: `Bearer ${n.token}` } : {}) },
    body: JSON.stringify(input),
  });
  const body = (await res.json()) as { ok: boolean; data?: T; error?: { message: string } };
  if (!body.ok) throw new Error(`${n.name} ${method}: ${body.error?.message}`);
  return body.data as T;
}

/** `joiner` asks `centre` to take it in; `centre`'s administrator accepts after comparing the codes; the joiner's administrator signs in. */
async function joinCentre(joiner: Node, centre: Node, password: string): Promise<void> {
  const r = await rpc(joiner, 'sync.join', { address: `127.0.0.1:${centre.syncPort}`, adminUsername: 'admin', adminPassword: password, setupCode: joiner.st.setupCode });
  expect(r).toMatchObject({ outcome: 'pairing', fingerprint: centre.fingerprint });
  const pending = (await rpc(centre, 'sync.status', {})).pending;
  expect(pending).toEqual([expect.objectContaining({ fingerprint: joiner.fingerprint, code: r.code, direction: 'incoming' })]);
  await rpc(centre, 'sync.accept', { fingerprint: joiner.fingerprint });
  await vi.waitFor(async () => expect((await rpc(joiner, 'sync.joinStatus', {})).state).toBe('ready'), WAIT);
  joiner.token = (await rpc(joiner, 'auth.login', { username: 'admin', password })).token;
}

const caseTitle = async (n: Node, id: string): Promise<string | null> => {
  const res = await fetch(`${n.st.url}/rpc/cases.get`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${n.token}` },
    body: JSON.stringify({ id }),
  });
  const body = (await res.json()) as { ok: boolean; data?: { title: string } };
  return body.ok ? body.data!.title : null;
};

function keyOf(dir: string): DatabaseKey {
  const key = rawKeyFromText(readFileSync(join(dir, 'towngrid.key'), 'utf8').trim());
  if (!key) throw new Error('no key file');
  return key;
}

function openReadOnly(dir: string): Db {
  return openDatabase(join(dir, 'towngrid.db'), { key: keyOf(dir), readonly: true });
}

/** Every synced record's stamp: `table/id` → [hlc, device]. */
function stamps(db: Db): Map<string, [bigint, string]> {
  const rows = db
    .prepare('SELECT t.name, r.row_id, r.hlc, d.device_id FROM sync_row r JOIN sync_table t ON t.id = r.table_id JOIN sync_device d ON d.id = r.device')
    .safeIntegers(true)
    .raw()
    .all() as [string, string, bigint, string][];
  return new Map(rows.map(([t, id, h, d]) => [`${t}/${id}`, [h, d]]));
}

/** Every synced record's cells' own stamps: `table/id` → [hlc, device][]. */
function cellStamps(db: Db): Map<string, [bigint, string][]> {
  const rows = db
    .prepare('SELECT t.name, r.row_id, c.hlc, d.device_id FROM sync_cell c JOIN sync_row r ON r.id = c.row_ref JOIN sync_table t ON t.id = r.table_id JOIN sync_device d ON d.id = c.device')
    .safeIntegers(true)
    .raw()
    .all() as [string, string, bigint, string][];
  const out = new Map<string, [bigint, string][]>();
  for (const [t, id, h, d] of rows) out.set(`${t}/${id}`, [...(out.get(`${t}/${id}`) ?? []), [h, d]]);
  return out;
}

function vector(db: Db): Map<string, bigint> {
  return new Map(db.prepare('SELECT device_id, max_hlc FROM sync_device').safeIntegers(true).raw().all() as [string, bigint][]);
}

describe('three stations synced on loopback', () => {
  it('join, store and forward, a stopped peer, a killed peer: all converge', async () => {
    const [a, b, c] = await Promise.all([start('A'), start('B'), start('C')]);
    const setup = await rpc(a, 'system.setup', {
      townName: '青溪镇',
      townCode: '330782101',
      adminUsername: 'admin',
      adminDisplayName: '管理员',
      adminPassword: 'centre-pass-1',
      setupCode: a.st.setupCode,
    });
    a.token = setup.token;
    const town = (await rpc(a, 'org.units', {}))[0];
    const village = await rpc(a, 'org.createUnit', { parentId: town.id, kind: 'village', code: '330782101001', name: '青石村' });
    const grid = await rpc(a, 'org.createUnit', { parentId: village.id, kind: 'grid', code: '330782101001001', name: '青石村第1网格', gridType: 'rural' });
    const categoryId = (await rpc(a, 'catalogue.tree', {}))[0].id;
    const register = (n: Node, title: string) => rpc(n, 'cases.register', { source: 'patrol', categoryId, handlingType: 'general', title, gridId: grid.id });

    await joinCentre(b, a, 'station-b-pass');
    await joinCentre(c, b, 'station-c-pass');
    // A joiner is ready once its administrator account has arrived; the rest of the centre's
    // data follows. C registers in the grid below, so it waits for the grid to be there.
    await vi.waitFor(async () => expect((await rpc<{ id: string }[]>(c, 'org.units', {})).some((u) => u.id === grid.id)).toBe(true), WAIT);

    // A → B → C: C never talked to A.
    const first = await register(a, '桥头垃圾堆放');
    await vi.waitFor(async () => expect(await caseTitle(c, first.id)).toBe('桥头垃圾堆放'), WAIT);
    const fromC = await register(c, '路灯不亮');
    await vi.waitFor(async () => expect(await caseTitle(a, fromC.id)).toBe('路灯不亮'), WAIT);

    // B stops; A and C keep working on their own.
    await b.st.stop();
    const whileDownA = await register(a, 'B 停机时 A 登记');
    const whileDownC = await register(c, 'B 停机时 C 登记');
    // A backlog for B to catch up on: many small transactions.
    for (let i = 0; i < 400; i++) await rpc(a, 'org.createUnit', { parentId: village.id, kind: 'grid', code: `330782101001${String(i + 100).padStart(3, '0')}`, name: `补录网格${i}`, gridType: 'rural' });

    // B comes back on the same data folder; while it catches up, batch by batch, it is killed.
    const b2 = await start('B', b.dir);
    b2.token = b.token;
    // Killed as soon as the catch-up has begun (B holds more units than before it stopped): with
    // one position per batch, that is amid it. Never waiting for a state B may already have passed.
    {
      const watch = openReadOnly(b.dir);
      try {
        const count = () => (watch.prepare('SELECT count(*) AS n FROM org_unit').get() as { n: number }).n;
        await vi.waitFor(() => expect(count()).toBeGreaterThan(3), WAIT);
      } finally {
        watch.close();
      }
    }
    const oldChild = b2.st.childPid;
    process.kill(oldChild, 'SIGKILL');
    await vi.waitFor(() => expect(() => process.kill(oldChild, 0)).toThrow(), WAIT);
    // Right after the kill: B's database is consistent, and what its vector claims, it holds.
    {
      const dbB = openReadOnly(b.dir);
      const dbA = openReadOnly(a.dir);
      try {
        expect(dbB.pragma('integrity_check', { simple: true })).toBe('ok');
        expect(dbB.pragma('foreign_key_check')).toEqual([]);
        const vecB = vector(dbB);
        const heldB = stamps(dbB);
        let covered = 0;
        const cellsA = cellStamps(dbA);
        const claims = ([h, d]: [bigint, string]) => {
          const claim = vecB.get(d);
          return claim !== undefined && h <= claim;
        };
        // A record B's vector covers, every stamp of it (what a sender leaves out), B holds.
        for (const [key, [hlc, device]] of stamps(dbA)) {
          if (!claims([hlc, device]) || !(cellsA.get(key) ?? []).every(claims)) continue;
          covered++;
          const mine = heldB.get(key);
          expect(mine, `${key} is covered by B's vector but missing`).toBeDefined();
          expect(mine![0] > hlc || (mine![0] === hlc && mine![1] >= device)).toBe(true);
        }
        expect(covered).toBeGreaterThan(0);
      } finally {
        dbB.close();
        dbA.close();
      }
    }
    // The supervisor restarts B by itself; it resumes and everything converges.
    for (const n of [a, b2, c]) {
      for (const k of [first, fromC, whileDownA, whileDownC]) await vi.waitFor(async () => expect(await caseTitle(n, k.id)).toBe(k.title), WAIT);
    }
    const units = async (n: Node) => (await rpc(n, 'org.units', {})).length;
    await vi.waitFor(async () => expect(new Set([await units(a), await units(b2), await units(c)])).toEqual(new Set([await units(a)])), WAIT);
    // Nothing was lost on the way: every case still names its grid on every PC.
    for (const n of [a, b2, c]) {
      for (const k of [first, fromC, whileDownA, whileDownC]) expect((await rpc<{ gridId: string | null }>(n, 'cases.get', { id: k.id })).gridId).toBe(grid.id);
    }
    expect(await units(a)).toBe(403);

    // Stopped, the three databases hold the same records with the same stamps.
    await Promise.all([a.st.stop(), b2.st.stop(), c.st.stop()]);
    const dumps = [a, b, c].map((n) => {
      const db = openReadOnly(n.dir);
      try {
        return [...stamps(db)].sort(([x], [y]) => (x < y ? -1 : 1));
      } finally {
        db.close();
      }
    });
    expect(dumps[1]).toEqual(dumps[0]);
    expect(dumps[2]).toEqual(dumps[0]);
  }, 300_000);
});
