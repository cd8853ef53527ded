// Each test gets a fresh station host (its own empty database in a temp folder, its own port),
// started from the built app (`out/main/station.js`) exactly as users start it.
import { test as base, expect } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface StationFixture {
  url: string;
  dataDir: string;
  /** The one-time code a fresh station prints for first-run setup (null once set up). */
  setupCode: string | null;
}

/** Where global-setup.ts leaves a database holding the demo town, built once per run. */
export const DEMO_TEMPLATE_DIR = resolve('test-results/e2e-demo-template');

export async function startStation(dataDir: string, extraArgs: string[] = []): Promise<{ url: string; setupCode: string | null; proc: ChildProcess; output: string }> {
  const proc = spawn(process.execPath, [resolve('out/main/station.js'), '--port', '0', '--data', dataDir, ...extraArgs], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`station did not start:\n${output}`)), 300_000);
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

export const test = base.extend<{ station: StationFixture; demoStation: StationFixture }>({
  station: async ({}, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'tg-e2e-'));
    const { url, setupCode, proc } = await startStation(dataDir);
    await use({ url, dataDir, setupCode });
    proc.kill('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  },
  /** A station whose database already holds the demo town (admin / towngrid2026): a fresh copy per test. */
  demoStation: async ({}, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'tg-e2e-demo-'));
    for (const f of ['towngrid.db', 'towngrid.db-wal']) {
      if (existsSync(join(DEMO_TEMPLATE_DIR, f))) copyFileSync(join(DEMO_TEMPLATE_DIR, f), join(dataDir, f));
    }
    const { url, setupCode, proc } = await startStation(dataDir, ['--demo']);
    await use({ url, dataDir, setupCode });
    proc.kill('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  },
});

export const DEMO_PASSWORD = 'towngrid2026';
export { expect };
