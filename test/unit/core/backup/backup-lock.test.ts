// The backup folder's lock: a backup in progress in a live process keeps others out; a lock left
// by a process that ended mid-backup (the station stopped) does not block the next backup.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tryLock, unlock } from '../../../../electron/core/backup/backup-files';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const folder = () => {
  const d = mkdtempSync(join(tmpdir(), 'towngrid-lock-'));
  dirs.push(d);
  return d;
};

describe('backup lock', () => {
  it('is held until released', () => {
    const dir = folder();
    expect(tryLock(dir, Date.now())).toBe(true);
    expect(tryLock(dir, Date.now())).toBe(false);
    unlock(dir);
    expect(tryLock(dir, Date.now())).toBe(true);
  });

  it('is taken over from a process that has ended, or after an hour', () => {
    const dir = folder();
    const ended = spawnSync(process.execPath, ['-e', '0']).pid!;
    writeFileSync(join(dir, '.backup.lock'), String(ended));
    expect(tryLock(dir, Date.now())).toBe(true);
    expect(tryLock(dir, Date.now() + 30 * 60_000)).toBe(false);
    expect(tryLock(dir, Date.now() + 61 * 60_000)).toBe(true);
  });
});
