import { defineConfig } from '@playwright/test';

// E2E against the station host (the built renderer + core), in Debian's headless Chromium
// (`chromium-headless-shell`, the browser Playwright itself runs headless tests in): the same
// Blink, without the full browser's window chrome, component extensions and Debian's launcher
// flags (GPU rasterisation in software) — about a third less browser CPU for the same tests.
// Sized for a 2-core CI machine that is busy with other work: two workers (one station and one
// browser each), and waits that are state-based with bounds wide enough for a loaded machine
// — a bound only decides how long a broken test hangs, a passing one never waits for it.
// No retries: a test that passes only on a second try is a bug to fix, not to hide.
export default defineConfig({
  testDir: 'test/e2e',
  globalSetup: './test/e2e/global-setup.ts',
  outputDir: 'test-results/playwright',
  timeout: 120_000,
  expect: { timeout: 20_000 },
  // Every test has its own station and data folder, so tests of one file may run side by side:
  // the two workers stay busy to the end instead of one finishing a long file alone.
  fullyParallel: true,
  workers: Number(process.env.E2E_WORKERS ?? 2),
  retries: 0,
  forbidOnly: true,
  reporter: [['list']],
  use: {
    viewport: { width: 1920, height: 1080 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    // The app honours the system's reduce-motion setting: menus, drawers and charts appear at
    // once, so no step waits for an animation to settle.
    reducedMotion: 'reduce',
    // A failed test keeps its screenshot and page snapshot (error-context.md). The trace (actions,
    // DOM snapshots, network, console) only with E2E_TRACE=1, to look into a failure: recording it
    // for every test snapshotted the DOM at every step — about a tenth of the suite's CPU, in the
    // browser and the runner — to keep it for none when all pass. Never the trace's screencast:
    // encoding every frame at 1920×1080 cost the browser more CPU than the tests.
    trace: process.env.E2E_TRACE === '1' ? { mode: 'retain-on-failure', screenshots: false } : 'off',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium-headless-shell',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
});
