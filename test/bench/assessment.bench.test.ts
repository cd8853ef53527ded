// Computing a quarter of the assessment (issue 11, must show): the scores of every grid, every
// village/community and every grid worker under the default schemes (scoreSubjects, as a run's
// review and freeze compute them), on (a) the demo town and (b) the 2,000-grid county database
// (county-fixture.ts, built once and cached). Each as a ratio to a plain count over the same
// tables in the same run: the quarter's cases, work logs and visits counted by their date
// indexes. Goal (docs/assessment.md): a county quarter, all three levels, in ≤ 2 s.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultScheme } from '../../shared/assessment/default-schemes';
import { periodOfKey, previousQuarter } from '../../shared/assessment/periods';
import type { SubjectLevel } from '../../shared/assessment/scheme';
import { createCore } from '../../electron/core/app';
import { scoreSubjects } from '../../electron/core/assessment/assessment-scores';
import { shanghaiDate, shanghaiInstant, addDays } from '../../electron/core/calendar';
import { openDatabase } from '../../electron/core/db/connection';
import { readOnlyDb, type ReadDb } from '../../electron/core/db/read-db';
import { medianMs, report, row } from './bench-report';
import { COUNTY, countyDatabase } from './county-fixture';
import { TEST_DB_KEY } from '../support/test-db-key';

const dir = mkdtempSync(join(tmpdir(), 'towngrid-bench-assessment-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const LEVELS: readonly SubjectLevel[] = ['grid', 'village', 'worker'];

/** The quarter's cases, logs and visits, each counted by its date index. */
function plainCount(db: ReadDb, from: string, to: string): number {
  const a = shanghaiInstant(from).getTime();
  const b = shanghaiInstant(addDays(to, 1)).getTime();
  const n = (sql: string, ...p: unknown[]) => (db.prepare(sql).get(...p) as { n: number }).n;
  return (
    n('SELECT count(*) AS n FROM case_record WHERE received_at >= ? AND received_at < ?', a, b) +
    n('SELECT count(*) AS n FROM work_log WHERE work_date BETWEEN ? AND ?', from, to) +
    n('SELECT count(*) AS n FROM household_visit WHERE visit_date BETWEEN ? AND ?', from, to)
  );
}

function measure(name: string, db: ReadDb, key: string, today: string, runs: number) {
  const period = periodOfKey(key)!;
  let rows = 0;
  const countMs = medianMs(() => (rows = plainCount(db, period.from, period.to)), runs, 1);
  const perLevel = LEVELS.map((level) => {
    let subjects = 0;
    const ms = medianMs(() => (subjects = scoreSubjects(db, defaultScheme(level, 'quarter'), period, today).length), runs, 1);
    return { level, ms, subjects };
  });
  const total = perLevel.reduce((s, l) => s + l.ms, 0);
  report([
    row(`assessment.${name}.plain_count`, countMs, countMs),
    ...perLevel.map((l) => row(`assessment.${name}.quarter.${l.level}`, l.ms, countMs)),
    row(`assessment.${name}.quarter`, total, countMs),
  ]);
  console.log(`${name} ${key}: ${rows.toLocaleString()} cases+logs+visits counted in ${countMs.toFixed(1)} ms; ${perLevel.map((l) => `${l.level} ${l.subjects} in ${l.ms.toFixed(0)} ms`).join(', ')}; the quarter ${total.toFixed(0)} ms`);
  return { total, perLevel, rows };
}

describe('assessment bench', () => {
  it('computes a quarter on the demo town', () => {
    const file = join(dir, 'demo.db');
    const core = createCore({ dbKey: TEST_DB_KEY, dbFile: file });
    const r = core.invoke(null, 'system.setup', { townName: '青溪镇', townCode: '330782101', adminUsername: 'admin', adminDisplayName: '管理员', adminPassword: 'correct-horse-1', demo: true });
    if (!r.ok) throw new Error(r.error.message);
    const today = shanghaiDate(Date.now());
    const thisQuarter = `${today.slice(0, 4)}Q${Math.ceil(Number(today.slice(5, 7)) / 3)}`;
    const { perLevel } = measure('demo', core.services.db, previousQuarter(thisQuarter)!, today, 7);
    expect(perLevel.find((l) => l.level === 'grid')!.subjects).toBe(120);
    core.close();
  });

  it('computes a quarter on a 2,000-grid county', () => {
    const built = countyDatabase();
    if (built.built) console.log(`county database built in ${(built.ms / 1000).toFixed(1)} s: ${built.file}`);
    const raw = openDatabase(built.file, { key: TEST_DB_KEY, readonly: true });
    const db = readOnlyDb(raw);
    const { perLevel, rows } = measure('county', db, COUNTY.quarter.key, COUNTY.today, 3);
    expect(perLevel.find((l) => l.level === 'grid')!.subjects).toBe(COUNTY.villages * COUNTY.gridsPerVillage);
    expect(rows).toBeGreaterThan(100_000);
    raw.close();
  });
});
