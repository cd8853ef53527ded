// Each test gets a fresh station host (its own empty database in a temp folder, its own port),
// started from the built app (`out/main/station.js`) exactly as users start it.
import { test as base, expect } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { copyDemoTemplate } from './demo-template.mjs';

export interface StationFixture {
  url: string;
  dataDir: string;
  /** The one-time code a fresh station prints for first-run setup (null once set up). */
  setupCode: string | null;
}

/** The demo town every demo test copies (its database file and key file; see demo-template.mjs). */
export { copyDemoTemplate, DEMO_TEMPLATE_DIR, DEMO_TEMPLATE_FILE } from './demo-template.mjs';

/**
 * Starts a station and waits for its address. `startBoundMs` only stops a hung start: building
 * the demo town into an empty folder takes minutes on a loaded machine.
 */
export async function startStation(dataDir: string, extraArgs: string[] = [], startBoundMs = 300_000): Promise<{ url: string; setupCode: string | null; proc: ChildProcess; output: string }> {
  // Test stations take no automatic daily backup (a 70 MB copy a minute after start, past noon):
  // the backup spec takes its own. Their sync listens on any free port (several run at once).
  const proc = spawn(process.execPath, [resolve('out/main/station.js'), '--port', '0', '--data', dataDir, '--no-auto-backup', '--sync-port', '0', ...extraArgs], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => {
      proc.kill('SIGTERM');
      reject(new Error(`station did not start:\n${output}`));
    }, startBoundMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const m = /站点服务已启动：(https?:\/\/[^\s]+)/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolveUrl(m[1]!);
      }
    };
    proc.stdout!.on('data', onData);
    proc.stderr!.on('data', onData);
    proc.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`station exited with ${code}:\n${output}`));
    });
  });
  const setupCode = /首次使用设置码：([A-Z0-9]{4}-[A-Z0-9]{4})/.exec(output)?.[1] ?? null;
  return { url, setupCode, proc, output };
}

/** Stops a station as users do (SIGTERM: it closes its database) and waits until it has exited. */
export async function stopStation(proc: ChildProcess): Promise<void> {
  if (proc.exitCode !== null || proc.signalCode !== null) return;
  const exited = new Promise<void>((resolveExit) => proc.once('exit', () => resolveExit()));
  proc.kill('SIGTERM');
  await exited;
}

export const test = base.extend<{ station: StationFixture; demoStation: StationFixture }>({
  station: async ({}, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'tg-e2e-'));
    const { url, setupCode, proc } = await startStation(dataDir);
    await use({ url, dataDir, setupCode });
    await stopStation(proc);
    rmSync(dataDir, { recursive: true, force: true });
  },
  /** A station whose database already holds the demo town (admin / towngrid2026): a fresh copy per test. */
  demoStation: async ({}, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'tg-e2e-demo-'));
    copyDemoTemplate(dataDir);
    const { url, setupCode, proc } = await startStation(dataDir, ['--demo']);
    await use({ url, dataDir, setupCode });
    await stopStation(proc);
    rmSync(dataDir, { recursive: true, force: true });
  },
});

export const DEMO_PASSWORD = 'towngrid2026';
export { expect };
