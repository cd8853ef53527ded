// Convergence of LAN sync's merge (docs/sync.md), as a seeded property: 3–7 in-process replicas
// make random inserts, updates, deletes and re-creations of records that refer to each other
// (staff ← assignments; villages ← grids, a nullable reference), while batches between them
// are delivered shuffled, twice, or not at all, and the replicas are split into two partitions.
// Then the partition heals and every replica syncs with every other until nothing changes:
// every synced table's rows and every record's stamps are identical on all of them, and no
// reference dangles. Replicas also register records under natural keys apart (the same unit
// code, citizen ID or user name on two PCs, sometimes with identical details, sometimes not):
// identical ones merge, different ones are all kept, and no key is lost.
// The property is declared here and run by sync-converge.test.ts (1,000 runs) and
// sync-converge-set-reads.test.ts (every keyed read taken as a set).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ChangeWriter } from '../../../../electron/core/db/change-writer';
import { changeSeq, versionVector } from '../../../../electron/core/db/change-log';
import type { Db } from '../../../../electron/core/db/connection';
import { readOnlyDb } from '../../../../electron/core/db/read-db';
import { batchSince } from '../../../../electron/core/sync/sync-records';
import { STAGE, TRANSITIONS, type CaseStatus } from '../../../../shared/cases/case-workflow';
import { AppError } from '../../../../shared/rpc/errors';
import { CLOCK_BASE, openReplica } from './sync-replica';

const SEED = 20261130;
const CREATED = '2026-11-30T00:00:00Z';

/** An empty town database, migrated once and copied for every replica. */
interface Replica {
  name: string;
  db: Db;
  writer: ChangeWriter;
  /** The position of every other replica this one has applied up to. */
  acked: number[];
}

function replica(i: number, n: number, clock: { t: number }, skewMs: number): Replica {
  const name = `DEV-${String.fromCharCode(65 + i)}`;
  const { db, writer } = openReplica(name, () => CLOCK_BASE + clock.t + skewMs);
  return { name, db, writer, acked: new Array<number>(n).fill(0) };
}

type Op =
  | { kind: 'staff'; id: number; name: string; phone: string }
  | { kind: 'staffEdit'; id: number; col: 'name' | 'phone' | 'title' | 'on_duty'; value: string | number }
  | { kind: 'staffDelete'; id: number }
  | { kind: 'assign'; id: number; staff: number; post: string }
  | { kind: 'assignDelete'; id: number }
  | { kind: 'village'; id: number; name: string }
  | { kind: 'villageDelete'; id: number }
  | { kind: 'grid'; id: number; village: number | null; name: string }
  | { kind: 'gridEdit'; id: number; village: number | null }
  | { kind: 'caseAct'; pick: number; note: string }
  | { kind: 'unit'; n: number; code: string; name: string }
  | { kind: 'person'; n: number; citizen: string; name: string; inUnit: boolean }
  | { kind: 'personEdit'; pick: number; name: string }
  | { kind: 'user'; n: number; username: string; role: string };

const word = fc.constantFrom('甲', '乙', '丙', '丁', '戊', '王芳', '李强');
const baseArbs = [
  fc.record({ kind: fc.constant('staff' as const), id: fc.nat(4), name: word, phone: fc.constantFrom('13800000001', '13900000002') }),
  fc.record({
    kind: fc.constant('staffEdit' as const),
    id: fc.nat(4),
    col: fc.constantFrom('name' as const, 'phone' as const, 'title' as const, 'on_duty' as const),
    value: fc.oneof(word, fc.nat(1)),
  }),
  fc.record({ kind: fc.constant('staffDelete' as const), id: fc.nat(4) }),
  fc.record({ kind: fc.constant('assign' as const), id: fc.nat(4), staff: fc.nat(4), post: word }),
  fc.record({ kind: fc.constant('assignDelete' as const), id: fc.nat(4) }),
  fc.record({ kind: fc.constant('village' as const), id: fc.nat(2), name: word }),
  fc.record({ kind: fc.constant('villageDelete' as const), id: fc.nat(2) }),
  fc.record({ kind: fc.constant('grid' as const), id: fc.nat(3), village: fc.option(fc.nat(2)), name: word }),
  fc.record({ kind: fc.constant('gridEdit' as const), id: fc.nat(3), village: fc.option(fc.nat(2)) }),
  fc.record({ kind: fc.constant('caseAct' as const), pick: fc.nat(), note: word }),
  fc.record({ kind: fc.constant('caseAct' as const), pick: fc.nat(), note: word }),
] as fc.Arbitrary<Op>[];
// Natural keys: ids are per replica, keys and details from small sets, so PCs apart collide.
const keyedArbs: fc.Arbitrary<Op>[] = [
  fc.record({ kind: fc.constant('unit' as const), n: fc.nat(1), code: fc.constant('K1'), name: fc.constantFrom('青石村', '凤栖社区') }),
  fc.record({
    kind: fc.constant('person' as const),
    n: fc.nat(1),
    citizen: fc.constantFrom('330782199001011234', '330782199001011250'),
    name: fc.constantFrom('王芳', '李强'),
    inUnit: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('personEdit' as const), pick: fc.nat(), name: fc.constantFrom('王芳', '李强') }),
  fc.record({ kind: fc.constant('user' as const), n: fc.nat(1), username: fc.constantFrom('wangf', 'WangF', 'liq'), role: fc.constantFrom('admin', 'dispatcher') }),
];
const opArb: fc.Arbitrary<Op> = fc.oneof(...baseArbs, ...keyedArbs, ...keyedArbs);

/** Status changes a PC may make to the case from each status (the state machine's, simplified). */
const MOVES: [CaseStatus, CaseStatus][] = (Object.values(TRANSITIONS) as { from: readonly CaseStatus[] | null; to: CaseStatus | 'same' }[]).flatMap((t) =>
  t.from && t.to !== 'same' ? t.from.filter((f) => f !== t.to).map((f): [CaseStatus, CaseStatus] => [f, t.to as CaseStatus]) : [],
);

type Step =
  | { kind: 'op'; at: number; op: Op; dt: number }
  | { kind: 'sync'; from: number; to: number; fate: 'deliver' | 'drop' | 'twice'; shuffle: number };

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('op' as const), at: fc.nat(6), op: opArb, dt: fc.nat(3) }), weight: 3 },
  {
    arbitrary: fc.record({
      kind: fc.constant('sync' as const),
      from: fc.nat(6),
      to: fc.nat(6),
      fate: fc.constantFrom('deliver' as const, 'deliver' as const, 'drop' as const, 'twice' as const),
      shuffle: fc.nat(),
    }),
    weight: 2,
  },
);

const exists = (db: Db, table: string, id: string) => !!db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).get(id);

/** One user action on a replica, as the app would make it: refused when it makes no sense there. */
/** The records made under a natural key in this run: table, id, and the key's value. */
let keyed: { table: string; id: string; key: string }[] = [];
const KEYED: Record<string, { id: (r: Replica, op: Op) => string; key: string }> = {
  unit: { id: (r, op) => `U-${r.name}-${(op as { n: number }).n}`, key: 'org_unit.code' },
  person: { id: (r, op) => `P-${r.name}-${(op as { n: number }).n}`, key: 'person.citizen_id' },
  user: { id: (r, op) => `A-${r.name}-${(op as { n: number }).n}`, key: 'user_account.username' },
};

function perform(r: Replica, op: Op): void {
  const made = KEYED[op.kind];
  const id = made?.id(r, op);
  try {
    act(r, op);
    if (made && !keyed.some((k) => k.id === id)) {
      const [table, col] = made.key.split('.') as [string, string];
      const key = r.db.prepare(`SELECT ${col} FROM ${table} WHERE id = ?`).pluck().get(id) as string | undefined;
      if (key !== undefined) keyed.push({ table, id: id!, key: `${col}\u0000${key}` });
    }
  } catch (err) {
    // A natural key already used here: the app refuses the action, nothing is written.
    if (!(err instanceof AppError && err.code === 'CONFLICT')) throw err;
  }
}

function act(r: Replica, op: Op): void {
  r.writer.transaction('U1', (tx) => {
    const db = r.db;
    switch (op.kind) {
      case 'staff': {
        const id = `S${op.id}`;
        if (exists(db, 'staff', id)) tx.update('staff', id, { name: op.name, phone: op.phone });
        else tx.insert('staff', { id, name: op.name, phone: op.phone, title: '', on_duty: 1, archived: 0, created_at: CREATED });
        return;
      }
      case 'staffEdit':
        if (exists(db, 'staff', `S${op.id}`)) tx.update('staff', `S${op.id}`, { [op.col]: op.col === 'on_duty' ? (typeof op.value === 'number' ? op.value % 2 : 1) : String(op.value) });
        return;
      case 'staffDelete': {
        const id = `S${op.id}`;
        if (!exists(db, 'staff', id)) return;
        for (const a of db.prepare('SELECT id FROM staff_assignment WHERE staff_id = ?').pluck().all(id) as string[]) tx.remove('staff_assignment', a);
        tx.remove('staff', id);
        return;
      }
      case 'assign': {
        const id = `A${op.id}`;
        const staff = `S${op.staff}`;
        if (!exists(db, 'staff', staff)) return;
        // Two PCs may assign the same staff member to the same post apart (a link's natural key).
        if (exists(db, 'staff_assignment', id)) tx.update('staff_assignment', id, { post: op.post });
        else tx.insert('staff_assignment', { id, staff_id: staff, unit_id: 'TOWN', team_role: op.post === '甲' ? 'leader' : 'worker', post: op.post });
        return;
      }
      case 'assignDelete':
        tx.remove('staff_assignment', `A${op.id}`);
        return;
      case 'village': {
        const id = `V${op.id}`;
        if (exists(db, 'org_unit', id)) tx.update('org_unit', id, { name: op.name });
        else tx.insert('org_unit', { id, parent_id: 'TOWN', kind: 'village', level: 2, code: id, name: op.name, created_at: CREATED });
        return;
      }
      case 'villageDelete': {
        const id = `V${op.id}`;
        if (!exists(db, 'org_unit', id)) return;
        for (const g of db.prepare('SELECT id FROM org_unit WHERE parent_id = ?').pluck().all(id) as string[]) tx.update('org_unit', g, { parent_id: null });
        tx.remove('org_unit', id);
        return;
      }
      case 'caseAct': {
        // One workflow action on the shared case: its status (a lower stage opens an epoch),
        // a column the action sets, and its insert-only timeline entry.
        const c = db.prepare("SELECT status, epoch FROM case_record WHERE id = 'C0'").get() as { status: CaseStatus; epoch: number };
        const moves = MOVES.filter(([f]) => f === c.status);
        if (moves.length === 0) return;
        const to = moves[op.pick % moves.length]![1];
        const epoch = STAGE[to] < STAGE[c.status] ? c.epoch + 1 : c.epoch;
        tx.update('case_record', 'C0', { status: to, stage: STAGE[to], epoch, result: op.note, updated_at: 1 });
        tx.insert('case_event', { id: `E-${r.name}-${eventSeq++}`, case_id: 'C0', at: 1, action: 'act', from_status: c.status, to_status: to, epoch });
        return;
      }
      case 'unit': {
        const id = `U-${r.name}-${op.n}`;
        if (!exists(db, 'org_unit', id)) tx.insert('org_unit', { id, parent_id: 'TOWN', kind: 'village', level: 2, code: op.code, name: op.name, created_at: CREATED });
        return;
      }
      case 'person': {
        const id = `P-${r.name}-${op.n}`;
        // In the unit holding code K1 here, if any: a reference that follows a merge.
        const unit = op.inUnit ? (db.prepare("SELECT id FROM org_unit WHERE code = 'K1' ORDER BY id").pluck().get() as string | undefined) : undefined;
        if (!exists(db, 'person', id)) tx.insert('person', { id, citizen_id: op.citizen, name: op.name, residence_type: 'registered', grid_id: unit ?? 'TOWN' });
        return;
      }
      case 'personEdit': {
        const ids = db.prepare('SELECT id FROM person ORDER BY id').pluck().all() as string[];
        if (ids.length > 0) tx.update('person', ids[op.pick % ids.length]!, { name: op.name });
        return;
      }
      case 'user': {
        const id = `A-${r.name}-${op.n}`;
        if (!exists(db, 'user_account', id)) tx.insert('user_account', { id, username: op.username, display_name: op.username, role: op.role, disabled: 0, created_at: CREATED });
        return;
      }
      case 'grid':
      case 'gridEdit': {
        const id = `G${op.id}`;
        const parent = op.village === null ? null : `V${op.village}`;
        if (parent && !exists(db, 'org_unit', parent)) return;
        if (exists(db, 'org_unit', id)) tx.update('org_unit', id, { parent_id: parent });
        else if (op.kind === 'grid') tx.insert('org_unit', { id, parent_id: parent, kind: 'grid', level: 3, code: id, name: op.name, created_at: CREATED });
        return;
      }
    }
  });
}

/** Replica `to` takes what `from` has that it has not acknowledged. */
function sync(from: Replica, to: Replica, fromIndex: number, fate: 'deliver' | 'drop' | 'twice', shuffle: number): number {
  // What `from` has past `to`'s acknowledgement, less what `to`'s version vector says it has.
  const { records: batch, upTo } = batchSince(readOnlyDb(from.db), to.acked[fromIndex]!, { known: versionVector(to.db) });
  if (fate === 'drop') return 0;
  if (batch.length === 0) {
    to.acked[fromIndex] = upTo;
    return 0;
  }
  // Shuffled: a batch is applied whole, in any order.
  const order = [...batch];
  for (let i = order.length - 1; i > 0; i--) {
    const j = (shuffle + i * 7919) % (i + 1);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const r = to.writer.applyRemote(order);
  expect(r.held).toEqual([]);
  if (fate === 'twice') expect(to.writer.applyRemote(order).applied).toBe(0);
  to.acked[fromIndex] = upTo;
  return r.applied + r.mended;
}

const TABLES = ['staff', 'staff_assignment', 'org_unit', 'case_record', 'case_event', 'person', 'user_account', 'merged_record'] as const;
let eventSeq = 0;

function dump(r: Replica) {
  const data = TABLES.map((t) => r.db.prepare(`SELECT * FROM ${t} ORDER BY id`).all());
  const stamps = r.db
    .prepare(
      `SELECT t.name, s.row_id, s.hlc, d.device_id, s.deleted,
              (SELECT group_concat(c.col || '@' || x.hlc || '/' || dx.device_id, ',') FROM (SELECT * FROM sync_cell WHERE row_ref = s.id ORDER BY col_id) x
                 JOIN sync_column c ON c.id = x.col_id JOIN sync_device dx ON dx.id = x.device) AS cells
       FROM sync_row s JOIN sync_table t ON t.id = s.table_id JOIN sync_device d ON d.id = s.device ORDER BY t.name, s.row_id`,
    )
    .safeIntegers(true)
    .all();
  return { data, stamps };
}

const CASE = {
  number: 'QX-0001', title: '路灯不亮', source: 'patrol', category_id: 'CAT', handling_type: 'general', urgency: 'normal', level: 'town',
  status: 'registered', stage: 10, epoch: 0, received_at: 1, sla_days: 5, deadline_at: 2, updated_at: 1,
};

/** Whether two different status changes were taken from the same state (epoch and status). */
function hasFork(db: Db): boolean {
  const events = db.prepare("SELECT epoch, from_status AS f, to_status AS t FROM case_event WHERE case_id = 'C0'").all() as { epoch: number; f: CaseStatus; t: CaseStatus }[];
  const seen = new Map<string, string>();
  for (const e of events) {
    const key = `${STAGE[e.t] < STAGE[e.f] ? e.epoch - 1 : e.epoch}:${e.f}`;
    if (seen.has(key) && seen.get(key) !== e.t) return true;
    seen.set(key, e.t);
  }
  return false;
}

/** Declares the convergence property with `runs` seeded runs (SYNC_PROPERTY_RUNS overrides). */
export function describeConvergence(defaultRuns: number, title = 'LAN sync merge'): void {
  const runs = Number(process.env.SYNC_PROPERTY_RUNS ?? defaultRuns);
  describe(title, () => {
    it(`converges: ${runs} seeded runs of 3–7 replicas with shuffled, duplicated and dropped batches and a partition`, () => {
      fc.assert(
        fc.property(fc.integer({ min: 3, max: 7 }), fc.array(stepArb, { minLength: 5, maxLength: 30 }), fc.nat(), (n, steps, cut) => runOnce(n, steps, cut)),
        { seed: SEED, numRuns: runs },
      );
    }, 300_000);
  });
}

/** One run of the property: the replicas, the steps, the heal and the checks. */
function runOnce(n: number, steps: Step[], cut: number): void {
  // Each run starts alike, whatever ran before it (another file may share this module).
  keyed = [];
  eventSeq = 0;
  const clock = { t: 0 };
  const replicas = Array.from({ length: n }, (_, i) => replica(i, n, clock, ((i * 37_000) % 120_000) - 60_000));
  // Every replica starts from the same town record, made once and shipped to all.
  replicas[0]!.writer.transaction(null, (tx) => {
    tx.insert('org_unit', { id: 'TOWN', parent_id: null, kind: 'town', level: 1, code: 'TOWN', name: '青溪镇', created_at: CREATED });
    tx.insert('case_category', { id: 'CAT', code: 'CAT', name: '环境卫生' });
    tx.insert('case_record', { ...CASE, id: 'C0' });
  });
  for (let i = 1; i < n; i++) sync(replicas[0]!, replicas[i]!, 0, 'deliver', 0);
  // A partition: replicas below the cut and the others do not hear each other until healed.
  const side = (i: number) => i < 1 + (cut % (n - 1));
  for (const step of steps) {
    if (step.kind === 'op') {
      clock.t += step.dt;
      perform(replicas[step.at % n]!, step.op);
    } else {
      const from = step.from % n;
      const to = step.to % n;
      if (from === to || side(from) !== side(to)) continue;
      sync(replicas[from]!, replicas[to]!, from, step.fate, step.shuffle);
    }
  }
  // Heal: everyone syncs with everyone until a whole round changes nothing.
  for (let round = 0; round < 4 * n; round++) {
    let changed = 0;
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) if (i !== j) changed += sync(replicas[i]!, replicas[j]!, i, 'deliver', round);
    if (changed === 0) break;
    if (round === 4 * n - 1) throw new Error('no quiescence after healing');
  }
  const first = dump(replicas[0]!);
  // The case: the furthest state wins, and a fork in its timeline is flagged alike everywhere.
  const flag = replicas[0]!.db.prepare("SELECT sync_conflict FROM case_record WHERE id = 'C0'").pluck().get() as string | null;
  expect(flag !== null, `flag ${flag}`).toBe(hasFork(replicas[0]!.db));
  for (const r of replicas) {
    expect(r.db.pragma('foreign_key_check')).toEqual([]);
    expect(dump(r)).toEqual(first);
    expect(changeSeq(r.db)).toBeGreaterThan(0);
  }
  // Natural keys: a record made under one is gone only if another with its key is kept
  // (an identical one it merged into), and no two records left are identical.
  const db0 = replicas[0]!.db;
  for (const k of keyed) {
    if (exists(db0, k.table, k.id)) continue;
    const [col, value] = k.key.split('\u0000') as [string, string];
    expect(db0.prepare(`SELECT count(*) FROM ${k.table} WHERE ${col} = ?`).pluck().get(value), `${k.table} ${k.id} lost`).toBeGreaterThan(0);
  }
  for (const [table, col] of [['org_unit', 'code'], ['person', 'citizen_id'], ['user_account', 'username'], ['staff_assignment', 'staff_id, unit_id, team_role']] as const) {
    const rows = db0.prepare(`SELECT * FROM ${table} ORDER BY ${col}, id`).all() as Record<string, unknown>[];
    const seen = new Set(rows.map(({ id: _id, ...rest }) => JSON.stringify(rest)));
    expect(seen.size, `identical ${table} records left`).toBe(rows.length);
  }
  for (const r of replicas) r.db.close();
}
