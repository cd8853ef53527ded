// Encrypting a plain database in place, killed (SIGKILL) at moments spread over the whole run:
// every time the file left behind is either the old plain database or the new encrypted one,
// whole (integrity check, every row), never a half-written file — and the next open finishes
// the job. The child runs the real encrypt-plain.ts, bundled by vite (../registry/support/bundle.ts).
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '../../../../electron/core/db/cipher';
import { openDatabase, type Db } from '../../../../electron/core/db/connection';
import { isPlainDatabaseFile } from '../../../../electron/core/host/database-key';
import { bundleEntries } from '../registry/support/bundle';
import { TEST_DB_KEY } from '../../../support/test-db-key';

const ROWS = 60_000;
const dir = mkdtempSync(join(tmpdir(), 'towngrid-encrypt-killed-'));
const template = join(dir, 'plain-template.db');
let child = '';

beforeAll(async () => {
  child = (await bundleEntries({ 'encrypt-child': 'test/integration/core/db/support/encrypt-child.ts' }, 'encrypt-killed'))['encrypt-child']!;
  const db = connect(template, null);
  db.pragma('journal_mode = WAL');
  db.exec('CREATE TABLE person (id INTEGER PRIMARY KEY, citizen_id TEXT, name TEXT, note TEXT)');
  const insert = db.prepare('INSERT INTO person (citizen_id, name, note) VALUES (?, ?, ?)');
  db.transaction(() => {
    for (let i = 0; i < ROWS; i++) insert.run(`3307821990${String(i).padStart(8, '0')}`, `居民${i}`, 'x'.repeat(40 + (i % 60)));
  })();
  db.close();
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the child on `file`; kills it `afterMs` after it says READY (never, if null). Resolves with its DONE time, if it got there. */
function run(file: string, afterMs: number | null): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [child, file], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    proc.stdout.on('data', (c: Buffer) => {
      const before = out;
      out += c.toString();
      if (afterMs !== null && !before.includes('READY') && out.includes('READY')) setTimeout(() => proc.kill('SIGKILL'), afterMs);
    });
    proc.stderr.on('data', (c: Buffer) => (err += c.toString()));
    proc.on('exit', (code, signal) => {
      const done = /DONE (\d+)/.exec(out);
      if (done) resolve(Number(done[1]));
      else if (signal === 'SIGKILL') resolve(null);
      else reject(new Error(`child ended with ${code}: ${err}`));
    });
  });
}

function rows(db: Db): { integrity: unknown; n: number; last: unknown } {
  return {
    integrity: db.pragma('integrity_check', { simple: true }),
    n: (db.prepare('SELECT count(*) AS n FROM person').get() as { n: number }).n,
    last: db.prepare('SELECT citizen_id FROM person WHERE id = ?').pluck().get(ROWS),
  };
}
const WHOLE = { integrity: 'ok', n: ROWS, last: `3307821990${String(ROWS - 1).padStart(8, '0')}` };

describe('a plain database being encrypted, killed at any moment', () => {
  it('is left plain and whole or encrypted and whole, and the next open finishes', async () => {
    const full = join(dir, 'full.db');
    copyFileSync(template, full);
    const ms = await run(full, null);
    expect(ms).not.toBeNull();
    expect(isPlainDatabaseFile(full)).toBe(false);

    const outcomes = { plain: 0, encrypted: 0 };
    const rounds = 10;
    for (let i = 0; i < rounds; i++) {
      const file = join(dir, `round-${i}.db`);
      copyFileSync(template, file);
      await run(file, Math.round((ms! * 3 * i) / (rounds - 1)));
      if (isPlainDatabaseFile(file)) {
        outcomes.plain++;
        const db = connect(file, null);
        expect(rows(db)).toEqual(WHOLE);
        db.close();
      } else {
        outcomes.encrypted++;
        const db = connect(file, TEST_DB_KEY, { readonly: true, fileMustExist: true });
        expect(rows(db)).toEqual(WHOLE);
        db.close();
      }
      const reopened = openDatabase(file, { key: TEST_DB_KEY });
      expect(rows(reopened)).toEqual(WHOLE);
      reopened.close();
      expect(isPlainDatabaseFile(file)).toBe(false);
    }
    // Where the kills landed (plain: before the rename; encrypted: after) is up to the machine's load.
    console.log(`encrypt-killed: ${rounds} rounds over ${ms} ms, left plain ${outcomes.plain}, encrypted ${outcomes.encrypted}`);
  }, 120_000);
});
