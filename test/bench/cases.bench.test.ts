// Case queues over 100,000 cases (issue: "the queues stay fluid with 100,000 cases").
// Measures each queue's page query (rows + total, as `cases.queue` runs it) and the counts of
// every queue (`cases.queueCounts`), as medians, against a plain indexed
// `SELECT count(*) FROM case_record` on the same database in the same run.
//
// The fixture is bulk-inserted with prepared statements straight into the tables, bypassing
// the change writer: this is benchmark data only, and the writer's change log would multiply
// the build time without changing what the queue queries read.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CASE_QUEUES, type CaseFilter, type CaseQueue } from '../../shared/cases/case-inputs';
import { STAGE, type CaseStatus } from '../../shared/cases/case-workflow';
import { boardCases } from '../../electron/core/board/board-cases';
import { queueCounts, queuePage } from '../../electron/core/cases/case-queues';
import { dueWindow } from '../../electron/core/cases/sla-deadline';
import { openDatabase, type Db } from '../../electron/core/db/connection';
import { readOnlyDb } from '../../electron/core/db/read-db';
import { migrate } from '../../electron/core/db/migrate';
import { ChangeWriter } from '../../electron/core/db/change-writer';
import { seedDefaultCatalogue } from '../../electron/core/cases/default-catalogue';
import { SeededRandom } from '../../electron/core/demo/seeded-random';
import { medianMs, report, row, type BenchRow } from './bench-report';

const CASES = 100_000;
const QUEUE_LIMIT_MS = 20;
const NOW = new Date('2026-11-20T10:00:00+08:00').getTime();
const DAY = 86_400_000;
const ME = 'BENCHUSER00000000000000001';

const OPEN: [CaseStatus, number][] = [
  ['registered', 6],
  ['accepted', 4],
  ['dispatched', 10],
  ['in_progress', 20],
  ['handled', 5],
  ['verified', 3],
  ['evaluated', 2],
];

function build(db: Db): { villageId: string; gridId: string; categoryId: string } {
  const rng = new SeededRandom(42);
  const insUnit = db.prepare(
    "INSERT INTO org_unit (id, parent_id, kind, level, code, name, households, created_at) VALUES (?, ?, ?, ?, ?, ?, 0, '2026-01-01T00:00:00Z')",
  );
  const grids: { id: string; village: string }[] = [];
  db.transaction(() => {
    insUnit.run('TOWN', null, 'town', 1, '330782101', '青溪镇');
    for (let v = 1; v <= 12; v++) {
      const vid = `V${v}`;
      insUnit.run(vid, 'TOWN', v <= 4 ? 'community' : 'village', 2, `330782101${String(v).padStart(3, '0')}`, `村${v}`);
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

describe('case queues over 100,000 cases', () => {
  const dir = mkdtempSync(join(tmpdir(), 'towngrid-bench-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(`answers every queue page under ${QUEUE_LIMIT_MS} ms`, () => {
    const db = openDatabase(join(dir, 'cases.db'));
    migrate(db);
    new ChangeWriter(db, 'BENCHDEVICE').transaction(null, (tx) => seedDefaultCatalogue(tx)); // as first-run setup does
    const t0 = performance.now();
    const sample = build(db);
    console.log(`built ${CASES} cases in ${Math.round(performance.now() - t0)} ms`);
    expect((db.prepare('SELECT count(*) AS n FROM case_record').get() as { n: number }).n).toBe(CASES);

    const reads = readOnlyDb(db);
    const window = dueWindow(reads, NOW);
    const viewer = { userId: ME };
    const baselineStmt = db.prepare('SELECT count(*) AS n FROM case_record');
    const baseline = medianMs(() => baselineStmt.get(), 25);

    const rows: BenchRow[] = [row('cases.baseline.count(*)', baseline, baseline)];
    const page = (queue: CaseQueue, filter: CaseFilter = {}) => () => queuePage(reads, { queue, filter, viewer, window }, 0, 50);
    const queueTimes: Record<string, number> = {};
    for (const queue of CASE_QUEUES) {
      const result = page(queue)();
      const ms = medianMs(page(queue));
      queueTimes[queue] = ms;
      rows.push(row(`cases.queue.${queue}`, ms, baseline));
      console.log(`${queue}: total ${result.total}, first page ${result.rows.length} rows`);
    }
    rows.push(row('cases.queueCounts', medianMs(() => queueCounts(reads, {}, viewer, window)), baseline));
    // Common filtered views, reported for information.
    rows.push(row('cases.queue.closed+village', medianMs(page('closed', { villageId: sample.villageId })), baseline));
    rows.push(row('cases.queue.all+grid', medianMs(page('all', { gridId: sample.gridId })), baseline));
    rows.push(row('cases.queue.all+category', medianMs(page('all', { categoryId: sample.categoryId })), baseline));
    rows.push(row('cases.queue.all+text', medianMs(page('all', { text: '路灯' }), 7, 1), baseline));
    rows.push(row('cases.queueCounts+village', medianMs(() => queueCounts(reads, { villageId: sample.villageId }, viewer, window)), baseline));
    rows.push(row('board.cases', medianMs(() => boardCases(reads, NOW), 7, 1), baseline));
    report(rows);
    db.close();

    for (const [queue, ms] of Object.entries(queueTimes)) expect(ms, `queue ${queue}`).toBeLessThan(QUEUE_LIMIT_MS);
  });
});
