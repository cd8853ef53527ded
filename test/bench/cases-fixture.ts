// Bench data: villages, grids and a large number of cases in every state, bulk-inserted with
// prepared statements straight into the tables, bypassing the change writer: benchmark data
// only (the change log would multiply the build time without changing what reads read).
import { STAGE, type CaseStatus } from '../../shared/cases/case-workflow';
import type { Db } from '../../electron/core/db/connection';
import { SeededRandom } from '../../electron/core/demo/seeded-random';

const DAY = 86_400_000;

const OPEN: [CaseStatus, number][] = [
  ['registered', 6],
  ['accepted', 4],
  ['dispatched', 10],
  ['in_progress', 20],
  ['handled', 5],
  ['verified', 3],
  ['evaluated', 2],
];

export interface CaseFixtureOptions {
  count: number;
  /** The clock of the cases (the last 6,000 fall in the 60 days before it). */
  now: number;
  /** A user some cases are registered by / assigned to (the "mine" queue). */
  me: string;
  /** An existing town unit to put the villages under (else a town is inserted). */
  townId?: string;
}

/** Inserts 12 villages of 10 grids and `count` cases in every state. */
export function buildCases(db: Db, opts: CaseFixtureOptions): { villageId: string; gridId: string; categoryId: string } {
  const { count: CASES, now: NOW, me: ME } = opts;
  const townId = opts.townId ?? 'TOWN';
  const rng = new SeededRandom(42);
  const insUnit = db.prepare(
    "INSERT INTO org_unit (id, parent_id, kind, level, code, name, households, created_at) VALUES (?, ?, ?, ?, ?, ?, 0, '2026-01-01T00:00:00Z')",
  );
  const grids: { id: string; village: string }[] = [];
  db.transaction(() => {
    if (!opts.townId) insUnit.run('TOWN', null, 'town', 1, '330782101', '青溪镇');
    for (let v = 1; v <= 12; v++) {
      const vid = `V${v}`;
      insUnit.run(vid, townId, v <= 4 ? 'community' : 'village', 2, `330782101${String(v).padStart(3, '0')}`, `村${v}`);
      for (let g = 1; g <= 10; g++) {
        const gid = `G${v}-${g}`;
        insUnit.run(gid, vid, 'grid', 3, `330782101${String(v).padStart(3, '0')}${String(g).padStart(3, '0')}`, `村${v}第${g}网格`);
        grids.push({ id: gid, village: vid });
      }
    }
  })();
  const cats = db.prepare('SELECT id, parent_id FROM case_category').all() as { id: string; parent_id: string | null }[];
  const tops = cats.filter((c) => !c.parent_id);
  const subsOf = new Map(tops.map((t) => [t.id, cats.filter((c) => c.parent_id === t.id)]));
  const cols = [
    'id', 'number', 'title', 'description', 'source', 'category_id', 'subcategory_id', 'handling_type', 'urgency', 'level', 'grid_id', 'village_id',
    'address', 'reporter_name', 'reporter_phone', 'status', 'stage', 'epoch', 'received_at', 'registered_by', 'registered_by_name', 'assignee_kind',
    'assignee_label', 'assignee_user_id', 'sla_days', 'deadline_at', 'supervised', 'urge_count', 'closed_at', 'on_time', 'satisfaction', 'updated_at',
  ];
  const ins = db.prepare(`INSERT INTO case_record (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`);
  const sources = ['patrol', 'resident_phone', 'hotline', 'wechat', 'upper', 'video'];
  const seqByDay = new Map<string, number>();
  db.transaction(() => {
    for (let i = 0; i < CASES; i++) {
      const recent = i >= CASES - 6000;
      // Three years of history; the most recent 6 000 cases fall in the last 60 days.
      const received = recent ? NOW - Math.floor(rng.next() * 60 * DAY) : NOW - 60 * DAY - Math.floor(rng.next() * 1035 * DAY);
      let status: CaseStatus = 'closed';
      if (recent && rng.chance(0.8)) status = rng.weighted(OPEN);
      else if (rng.chance(0.04)) status = rng.chance(0.7) ? 'rejected' : 'merged';
      const grid = rng.pick(grids);
      const top = rng.pick(tops);
      const sub = rng.pick(subsOf.get(top.id)!);
      const days = rng.pick([1, 2, 3, 5]);
      const deadline = received + days * DAY + rng.int(-4, 4) * 3_600_000;
      const date = new Date(received + 8 * 3_600_000).toISOString().slice(0, 10);
      const seq = (seqByDay.get(date) ?? 0) + 1;
      seqByDay.set(date, seq);
      const done = STAGE[status] >= STAGE.closed;
      const closedAt = status === 'closed' ? Math.min(NOW, received + rng.int(1, 8) * DAY) : null;
      ins.run(
        `BENCH${String(i).padStart(21, '0')}`,
        `${date.slice(0, 4)}-${date.slice(5, 7)}${date.slice(8, 10)}-AB-${String(seq).padStart(4, '0')}`,
        `${rng.pick(['路边垃圾堆放', '路灯不亮', '邻里纠纷', '楼道堆物', '井盖缺失', '噪声扰民', '违法搭建'])}${i % 97}`,
        '基准测试数据',
        rng.pick(sources),
        top.id,
        sub.id,
        rng.pick(['general', 'coordination', 'coordination', 'emergency', 'approval']),
        rng.chance(0.1) ? 'urgent' : 'normal',
        rng.pick(['grid', 'village', 'town', 'county']),
        grid.id,
        grid.village,
        `${grid.village}${rng.int(1, 30)}号`,
        '张三',
        '13800000000',
        status,
        STAGE[status],
        0,
        received,
        rng.chance(0.02) ? ME : 'OTHER',
        '受理员',
        done ? 'department' : null,
        '城管中队',
        rng.chance(0.02) ? ME : null,
        days,
        deadline,
        !done && rng.chance(0.05) ? 1 : 0,
        0,
        closedAt,
        closedAt === null ? null : closedAt <= deadline ? 1 : 0,
        status === 'closed' ? 'satisfied' : null,
        closedAt ?? received + rng.int(0, 3) * 3_600_000,
      );
    }
  })();
  return { villageId: 'V5', gridId: grids[17]!.id, categoryId: tops[4]!.id };
}
