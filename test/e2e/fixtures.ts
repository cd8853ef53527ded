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
export { copyDemoTemplate, DEMO_SESSIONS_FILE, DEMO_TEMPLATE_DIR, DEMO_TEMPLATE_FILE } from './demo-template.mjs';

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

/** The two kinds of station a test may ask for: an empty one (first-run set-up) or a copy of the demo town. */
type StationKind = 'empty' | 'demo';

interface StartedStation extends StationFixture {
  proc: ChildProcess;
}

/** A fresh data folder (with a copy of the demo town for `demo`) and a station started on it. */
async function startFresh(kind: StationKind): Promise<StartedStation> {
  const dataDir = mkdtempSync(join(tmpdir(), kind === 'demo' ? 'tg-e2e-demo-' : 'tg-e2e-'));
  try {
    if (kind === 'demo') copyDemoTemplate(dataDir);
    const { url, setupCode, proc } = await startStation(dataDir, kind === 'demo' ? ['--demo'] : []);
    return { url, dataDir, setupCode, proc };
  } catch (err) {
    rmSync(dataDir, { recursive: true, force: true });
    throw err;
  }
}

async function discard(s: StartedStation): Promise<void> {
  await stopStation(s.proc);
  rmSync(s.dataDir, { recursive: true, force: true });
}

/**
 * Each worker's stations. A test still gets a station of its own, started exactly as before on
 * its own fresh folder, but the worker starts it while the previous test of the same kind runs:
 * starting one (copying the demo town, three workers loading the core) took a few seconds of
 * every test's time, now spent beside the test before it. A used station is stopped and its
 * folder removed beside the next test too; the worker waits for all of them before it ends.
 */
class StationPool {
  private readonly next = new Map<StationKind, Promise<StartedStation>>();
  private readonly stopping = new Set<Promise<void>>();

  /** A station nobody has used, and the next of its kind starting beside the test that takes it. */
  async take(kind: StationKind): Promise<StartedStation> {
    const ready = this.next.get(kind) ?? startFresh(kind);
    this.next.delete(kind);
    const station = await ready;
    const following = startFresh(kind);
    following.catch(() => {}); // a failed start is reported to the test that takes it
    this.next.set(kind, following);
    return station;
  }

  /** Stops a used station and removes its folder, beside whatever runs next. */
  release(s: StartedStation): void {
    const p = discard(s).finally(() => this.stopping.delete(p));
    p.catch(() => {});
    this.stopping.add(p);
  }

  /** At the worker's end: the stations started for tests that did not come, and those stopping. */
  async close(): Promise<void> {
    const unused = [...this.next.values()];
    this.next.clear();
    for (const s of await Promise.allSettled(unused)) if (s.status === 'fulfilled') this.release(s.value);
    await Promise.allSettled([...this.stopping]);
  }
}

export const test = base.extend<{ station: StationFixture; demoStation: StationFixture }, { stationPool: StationPool }>({
  stationPool: [
    async ({}, use) => {
      const pool = new StationPool();
      await use(pool);
      await pool.close();
    },
    { scope: 'worker', timeout: 300_000 },
  ],
  station: async ({ stationPool }, use) => {
    const s = await stationPool.take('empty');
    await use({ url: s.url, dataDir: s.dataDir, setupCode: s.setupCode });
    stationPool.release(s);
  },
  /** A station whose database already holds the demo town (admin / towngrid2026): a fresh copy per test. */
  demoStation: async ({ stationPool }, use) => {
    const s = await stationPool.take('demo');
    await use({ url: s.url, dataDir: s.dataDir, setupCode: s.setupCode });
    stationPool.release(s);
  },
});

export const DEMO_PASSWORD = 'towngrid2026';
export { expect };
