// Builds the demo town once per e2e run; each test that wants it gets its own copy
// (see the demoStation fixture), so tests stay independent without re-generating it.
// The template is made compact first — WAL folded in, vacuumed, one file — because every
// demo test copies it.
import Database from 'better-sqlite3';
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_TEMPLATE_DIR, DEMO_TEMPLATE_FILE, startStation, stopStation } from './fixtures';

export default async function globalSetup(): Promise<void> {
  rmSync(DEMO_TEMPLATE_DIR, { recursive: true, force: true });
  mkdirSync(DEMO_TEMPLATE_DIR, { recursive: true });
  const { proc } = await startStation(DEMO_TEMPLATE_DIR, ['--demo'], 900_000);
  await stopStation(proc);
  compact(DEMO_TEMPLATE_FILE);
  const wal = `${DEMO_TEMPLATE_FILE}-wal`;
  if (existsSync(wal)) throw new Error(`demo template still has a WAL file: ${wal}`);
  console.log(`[e2e] demo template ${(statSync(DEMO_TEMPLATE_FILE).size / 1048576).toFixed(0)} MB at ${join(DEMO_TEMPLATE_DIR)}`);
}

/** Checkpoints the WAL into the file, leaves WAL mode (so no -wal/-shm remain) and vacuums. */
function compact(file: string): void {
  const db = new Database(file);
  try {
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.pragma('journal_mode = DELETE');
    db.exec('VACUUM');
  } finally {
    db.close();
  }
}
