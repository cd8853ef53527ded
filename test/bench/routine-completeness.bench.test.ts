// The completeness table (日清周结, issue "grid-worker routine", must show): the whole demo town
// — every grid worker × every day of the last complete calendar quarter, with a year of logs and
// leave behind it — as the centre asks for it (`routine.completeness` through the core's
// dispatcher), against a plain count of the quarter's logs (SELECT count(*) … BETWEEN, the
// baseline) and against reading the quarter's log rows that the rule needs (what any table of
// the quarter must at least read). Same database file (WAL), same run; median of several runs.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createCore } from '../../electron/core/app';
import { shanghaiDate } from '../../electron/core/calendar';
import { medianMs, report, row } from './bench-report';
import { TEST_DB_KEY } from '../support/test-db-key';
import type { CompletenessTable } from '../../shared/routine/routine-types';

const dir = mkdtempSync(join(tmpdir(), 'towngrid-bench-routine-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The calendar quarter before the one holding `date`: [first day, last day]. */
function previousQuarter(date: string): { from: string; to: string } {
  const y = Number(date.slice(0, 4));
  const q = Math.floor((Number(date.slice(5, 7)) - 1) / 3);
  const [year, quarter] = q === 0 ? [y - 1, 3] : [y, q - 1];
  const from = `${year}-${String(quarter * 3 + 1).padStart(2, '0')}-01`;
  const to = new Date(Date.UTC(year, quarter * 3 + 3, 0)).toISOString().slice(0, 10);
  return { from, to };
}

describe('routine completeness bench', () => {
  it('builds the whole town’s completeness table for a quarter, against a plain count of its logs', () => {
    const core = createCore({ dbKey: TEST_DB_KEY, dbFile: join(dir, 'demo.db') });
    const setup = core.invoke(null, 'system.setup', {
      townName: '青溪镇',
      townCode: '330782101',
      adminUsername: 'admin',
      adminDisplayName: '管理员',
      adminPassword: 'correct-horse-1',
      demo: true,
    });
    if (!setup.ok) throw new Error(setup.error.message);
    const { token } = setup.data as { token: string };
    const db = core.services.db;
    const quarter = previousQuarter(shanghaiDate(Date.now()));

    const answer = core.invoke(token, 'routine.completeness', quarter);
    if (!answer.ok) throw new Error(answer.error.message);
    const table = { data: answer.data as CompletenessTable };
    const workers = table.data.rows.length;
    const cells = workers * table.data.days.length;
    const count = db.prepare('SELECT count(*) AS n FROM work_log WHERE work_date BETWEEN ? AND ?');
    const logs = (count.get(quarter.from, quarter.to) as { n: number }).n;
    expect(workers).toBeGreaterThan(100);
    expect(logs).toBeGreaterThan(workers * 40);
    // The table agrees with the count: every submitted log of the quarter is a done cell.
    const submitted = (db.prepare("SELECT count(*) AS n FROM work_log WHERE status = 'submitted' AND work_date BETWEEN ? AND ?").get(quarter.from, quarter.to) as { n: number }).n;
    expect(table.data.rows.reduce((n, r) => n + r.days.filter((d) => d.logId && !d.draft).length, 0)).toBe(submitted);

    const read = db.prepare('SELECT id, staff_id, work_date, status, patrolled, submitted_at FROM work_log WHERE work_date BETWEEN ? AND ?');
    const countMs = medianMs(() => count.get(quarter.from, quarter.to), 31, 5);
    const readMs = medianMs(() => read.all(quarter.from, quarter.to), 15, 3);
    const tableMs = medianMs(() => core.invoke(token, 'routine.completeness', quarter), 15, 3);
    report([
      row('routine.completeness.quarter.plain_count', countMs, countMs),
      row('routine.completeness.quarter.read_log_rows', readMs, countMs),
      row('routine.completeness.quarter', tableMs, countMs),
    ]);
    console.log(
      `quarter ${quarter.from}..${quarter.to}: ${workers} workers × ${table.data.days.length} days = ${cells} cells, ${logs} logs; ` +
        `count ${countMs.toFixed(2)} ms, read rows ${readMs.toFixed(2)} ms, completeness table ${tableMs.toFixed(1)} ms ` +
        `(${(tableMs / countMs).toFixed(0)}× the count, ${(tableMs / readMs).toFixed(1)}× reading the rows)`,
    );
    core.close();
  });
});
