// An import killed midway (the process is killed with SIGKILL in the middle of the commit's
// transaction) leaves the database exactly as it was: no people, households or change-log rows
// from the import, and an intact database that imports the file fine afterwards.
//
// The child runs the real core and import path, built from the TypeScript sources into an ES
// module by vite (support/bundle.ts) and started with this Node binary; it is killed as soon as
// it reports the first 1,000 rows written (see support/import-child.ts).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../../../electron/core/app';
import { openDatabase } from '../../../../electron/core/db/connection';
import { peopleXlsx } from './people-file';
import { bundleEntries } from './support/bundle';
import { runJobOn } from '../../../support/core-harness';
import { changeSeq } from '../../../../electron/core/db/change-log';
import { TEST_DB_KEY } from '../../../support/test-db-key';

const PASSWORD = 'correct-horse-1';
const dir = mkdtempSync(join(tmpdir(), 'towngrid-killed-import-'));
let child = '';

beforeAll(async () => {
  child = (await bundleEntries({ 'import-child': 'test/integration/core/registry/support/import-child.ts' }, 'killed-import'))['import-child']!;
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function ok<T>(r: { ok: boolean; data?: unknown; error?: { message: string } }): T {
  if (!r.ok) throw new Error(r.error!.message);
  return r.data as T;
}

/** A town with one grid and 30 people already imported. */
async function prepare(dbFile: string): Promise<string[]> {
  const core = createCore({ dbKey: TEST_DB_KEY, dbFile });
  const { token } = ok<{ token: string }>(
    core.invoke(null, 'system.setup', { townName: '青溪镇', townCode: '330782101', adminUsername: 'admin', adminDisplayName: '管理员', adminPassword: PASSWORD }),
  );
  const town = ok<{ id: string }[]>(core.invoke(token, 'org.units', {}))[0]!;
  const village = ok<{ id: string }>(core.invoke(token, 'org.createUnit', { parentId: town.id, kind: 'village', code: '330782101001', name: '青石村' }));
  ok(core.invoke(token, 'org.createUnit', { parentId: village.id, kind: 'grid', code: '330782101001001', name: '青石村第1网格' }));
  ok(core.invoke(token, 'org.createUnit', { parentId: village.id, kind: 'grid', code: '330782101001002', name: '青石村第2网格' }));
  const grids = ['青石村第1网格', '青石村第2网格'];
  const p = ok<{ jobId: string }>(await runJobOn(core, token, 'registry.importPreview', { kind: 'person', fileBase64: await peopleXlsx(30, grids, 900_000) }));
  ok(await runJobOn(core, token, 'registry.importCommit', { jobId: p.jobId, excludeRows: [] }));
  core.close();
  return grids;
}

function snapshot(dbFile: string) {
  const db = openDatabase(dbFile, { key: TEST_DB_KEY });
  const n = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
  const s = {
    integrity: db.pragma('integrity_check', { simple: true }),
    people: n('SELECT count(*) AS n FROM person'),
    households: n('SELECT count(*) AS n FROM household'),
    changes: n('SELECT (SELECT count(*) FROM sync_row) + (SELECT count(*) FROM sync_cell) AS n'),
    history: n('SELECT count(*) AS n FROM row_history'),
    lastSeq: changeSeq(db),
    imports: n("SELECT count(*) AS n FROM audit_log WHERE action = 'import'"),
  };
  db.close();
  return s;
}

function runChild(dbFile: string, file: string): Promise<{ lines: string[]; signal: NodeJS.Signals | null; code: number | null }> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [child, dbFile, file, 'admin', PASSWORD], { stdio: ['ignore', 'pipe', 'pipe'] });
    const lines: string[] = [];
    let buf = '';
    let stderr = '';
    proc.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    proc.stdout.on('data', (d: Buffer) => {
      buf += d.toString();
      let i: number;
      while ((i = buf.indexOf('\n')) >= 0) {
        const line = buf.slice(0, i);
        buf = buf.slice(i + 1);
        lines.push(line);
        if (line.startsWith('PROGRESS')) proc.kill('SIGKILL');
      }
    });
    proc.on('error', reject);
    proc.on('exit', (code, signal) => {
      if (code !== null && code !== 0) reject(new Error(`child failed (${code}): ${lines.join(' | ')} ${stderr}`));
      else resolve({ lines, signal, code });
    });
  });
}

describe('import killed midway', () => {
  it('leaves the database as it was, intact, and the same file imports afterwards', async () => {
    const dbFile = join(dir, 'town.db');
    const grids = await prepare(dbFile);
    const before = snapshot(dbFile);
    expect(before).toMatchObject({ integrity: 'ok', people: 30 });

    const file = join(dir, 'people.xlsx');
    writeFileSync(file, Buffer.from(await peopleXlsx(5_000, grids), 'base64'));
    const run = await runChild(dbFile, file);
    expect(run.lines).toContain('PREVIEW 5000');
    expect(run.lines.some((l) => l.startsWith('PROGRESS 1000/5000'))).toBe(true);
    expect(run.lines.some((l) => l.startsWith('DONE'))).toBe(false);
    expect(run.signal).toBe('SIGKILL');

    expect(snapshot(dbFile)).toEqual(before);

    // The database still works: the same import now goes through in full.
    const core = createCore({ dbKey: TEST_DB_KEY, dbFile });
    const { token } = ok<{ token: string }>((await core.invokeAsync(null, 'auth.login', { username: 'admin', password: PASSWORD })));
    const p = ok<{ jobId: string; willInsert: number }>(
      await runJobOn(core, token, 'registry.importPreview', { kind: 'person', fileBase64: await peopleXlsx(5_000, grids) }),
    );
    expect(p.willInsert).toBe(5_000);
    expect(ok<{ inserted: number }>(await runJobOn(core, token, 'registry.importCommit', { jobId: p.jobId, excludeRows: [] })).inserted).toBe(5_000);
    core.close();
    expect(snapshot(dbFile)).toMatchObject({ integrity: 'ok', people: 5_030 });
  }, 120_000);
});
