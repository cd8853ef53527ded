// Writes nobody can bypass: handlers and domain code hold only the read-only handle (ReadDb);
// the writable connection lives in a few owners. This test lists every file that may hold the
// writable handle or call a writing method on it, and fails when another file starts to (or a
// listed one stops: keep the list exact). Adding a file here needs a reason a reviewer accepts:
// synced tables are written only through the change writer (ctx.core.writer.transaction).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TABLES, isTableName } from '../../../shared/db/tables';

const ROOT = resolve(import.meta.dirname, '../../..');

/** Every file allowed to hold the writable database handle or write through it, and why. */
const WRITE_SITES: Record<string, string> = {
  'electron/core/db/connection.ts': 'opens the connection and sets its pragmas',
  'electron/core/db/cipher.ts': 'makes and keys every connection (the driver is imported here only)',
  'electron/core/db/encrypt-plain.ts': 'encrypts a plain database in place (a copy, keyed, renamed over it)',
  'electron/core/db/rekey.ts': 're-encrypts the database under a new key (key rotation)',
  'electron/core/host/key-rotation.ts': 'key rotation: finds which key opens the database before having it rekeyed',
  'electron/core/db/migrate.ts': 'applies the numbered migrations',
  'electron/core/db/change-writer.ts': 'the change writer: the only writer of synced tables',
  'electron/core/db/change-log.ts': "the change log's id dictionaries (tables, columns, devices), filled for the change writer",
  'electron/core/db/row-history.ts': 'local, insert-only record history, appended by the change writer',
  'electron/core/db/age-cuts.ts': "moves the age cuts of the derived per-grid counts (local ledger_grid_count, kept by triggers) to today",
  'electron/core/db/migrations/0004-compact-change-log.ts': 'converts the old change log (a migration with a data step)',
  'electron/core/db/migrations/0006-audit-chain.ts': "fills the audit log's hash chain for the rows already there (a migration with a data step)",
  'electron/core/db/migrations/0009-natural-keys-not-unique.ts': 'rebuilds the synced tables without their UNIQUE natural keys (a migration with a data step)',
  'electron/core/db/device.ts': 'device identity and the local meta table',
  'electron/core/db/read-db.ts': 'wraps a connection into the read-only handle',
  'electron/core/auth/session-store.ts': 'sign-in sessions (local table)',
  'electron/core/auth/account-secrets.ts': 'account passwords (local account_secret table, never synced)',
  'electron/core/audit/audit-log.ts': 'appends to the local, append-only audit log',
  'electron/core/backup/backup-service.ts': 'copies the database into a backup file (VACUUM INTO, a read)',
  'electron/core/backup/backup-verify.ts': 'opens a backup file read-only, with the one connection-opening function, to check it',
  'electron/core/backup/backup-restore.ts': 'saves the database it replaces (VACUUM INTO) when a restore is applied at start-up',
  'electron/core/app.ts': 'composition root: opens the connection and hands it to the owners above',
  'electron/core/sync/peer-store.ts': "LAN sync's local tables: each peer's link (address, position received) and the quarantine",
  'electron/core/sync/sync-node.ts': 'LAN sync: hands the connection to its peer store and names this device (local meta)',
};

/** Importing the writable handle's type or the driver. */
const WRITABLE_IMPORT = /from\s+['"](?:better-sqlite3(?:-multiple-ciphers)?|(?:\.\.?\/)+(?:[\w-]+\/)*(?:connection|cipher))['"]/;
/** Writing calls of better-sqlite3: Statement.run, Database.exec/transaction/pragma. */
const WRITE_CALL = /([\w$)\]/]*)\.(run|exec|transaction|pragma)\(/g;

function isWriteCall(receiver: string, method: string): boolean {
  // The change writer's own transaction is the sanctioned way to write.
  if (method === 'transaction' && /(?:^|\.)writer$/.test(receiver)) return false;
  // RegExp#exec on a regex literal (ends in `/flags`) or a RegExp constant named *_RE.
  if (method === 'exec' && (/\/[dgimsuyv]*$/.test(receiver) || /_RE$/.test(receiver))) return false;
  return true;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(e.name) ? [path] : [];
  });
}

function writeSites(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const file of sourceFiles(join(ROOT, 'electron'))) {
    const src = readFileSync(file, 'utf8');
    const why: string[] = [];
    if (WRITABLE_IMPORT.test(src)) why.push('imports the writable handle');
    for (const m of src.matchAll(WRITE_CALL)) if (isWriteCall(m[1]!, m[2]!)) why.push(`calls ${m[1]}.${m[2]}(`);
    if (why.length) found.set(relative(ROOT, file).split('\\').join('/'), why);
  }
  return found;
}

describe('write sites', () => {
  const found = writeSites();

  it('only the listed owners hold the writable database handle or write through it', () => {
    const unexpected = [...found].filter(([f]) => !(f in WRITE_SITES)).map(([f, why]) => `${f}: ${why.join(', ')}`);
    expect(unexpected, 'write through ctx.core.writer (synced tables) or the table’s owner instead').toEqual([]);
  });

  it('outside the change writer and the migrations, the listed owners write local tables only', () => {
    // The tables a file's SQL writes (INSERT INTO, UPDATE, DELETE FROM, REPLACE INTO), table names of the schema only.
    const WRITES = /\b(?:INSERT(?:\s+OR\s+\w+)?\s+INTO|REPLACE\s+INTO|UPDATE|DELETE\s+FROM)\s+([a-z_]+)/g;
    const synced = Object.keys(WRITE_SITES)
      .filter((f) => f !== 'electron/core/db/change-writer.ts' && !f.startsWith('electron/core/db/migrations/'))
      .flatMap((f) => [...readFileSync(join(ROOT, f), 'utf8').matchAll(WRITES)].map((m) => [f, m[1]!] as const))
      .filter(([, table]) => isTableName(table) && TABLES[table].synced)
      .map(([f, table]) => `${f}: ${table}`);
    expect(synced, 'a synced table is written through ctx.core.writer').toEqual([]);
  });

  it('the list has no stale entries', () => {
    expect(Object.keys(WRITE_SITES).filter((f) => !found.has(f))).toEqual([]);
  });

  it('spots a write and an import of the writable handle in a new file', () => {
    const src = "import type { Db } from '../db/connection';\nexport const f = (db: Db) => db.prepare('UPDATE case_record SET title = 1').run();";
    expect(WRITABLE_IMPORT.test(src)).toBe(true);
    expect([...src.matchAll(WRITE_CALL)].filter((m) => isWriteCall(m[1]!, m[2]!)).map((m) => m[2])).toEqual(['run']);
    expect(isWriteCall('writer', 'transaction')).toBe(false);
    expect(isWriteCall('db', 'transaction')).toBe(true);
    expect(isWriteCall('/^a$/', 'exec')).toBe(false);
    expect(isWriteCall('db', 'exec')).toBe(true);
  });
});
