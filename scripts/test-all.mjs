// `npm test`: every check, as fast as the machine allows and with each step's time printed.
// The static checks (three TypeScript projects, lint, build; with `--install-scripts`, the
// dependencies' install scripts too) are independent single-threaded programs, so they run
// side by side, one per core; then vitest, while the e2e demo town
// template is built from the new build beside it; then the e2e suite. A step's output is
// streamed when it is marked live, else printed whole when it ends, so parallel output never
// interleaves. The first failing stage stops the run (its steps all finish and are reported).
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';

// `--install-scripts`: the dependencies were installed with `npm ci --ignore-scripts` (.ci/run
// does), so their install scripts run here, beside the static checks, which need none of them:
// most of that time is one compiler process building SQLCipher's single C file, which left
// the other core idle while `npm ci` ran it. Without linking the packages' commands again: those
// are in place already, and the checks beside it run them.
const installScripts = process.argv.includes('--install-scripts');

const stages = [
  {
    name: 'static checks',
    steps: [
      ['lint', 'npx', ['eslint', '.']],
      ...(installScripts ? [['install scripts', 'sh', ['-c', 'npm rebuild --no-bin-links && node scripts/install-electron.mjs']]] : []),
      ['typecheck (node)', 'npx', ['tsc', '-p', 'tsconfig.node.json', '--noEmit']],
      ['typecheck (renderer)', 'npx', ['tsc', '-p', 'tsconfig.web.json', '--noEmit']],
      ['typecheck (e2e)', 'npx', ['tsc', '-p', 'tsconfig.e2e.json', '--noEmit']],
      ['build', 'npx', ['electron-vite', 'build']],
    ],
  },
  {
    name: 'unit and integration tests',
    steps: [
      ['vitest', 'npx', ['vitest', 'run'], 'live'],
      ['e2e demo template', 'node', ['test/e2e/demo-template.mjs']],
    ],
  },
  {
    name: 'end-to-end tests',
    steps: [['e2e', 'sh', ['-c', 'node scripts/check-browser.mjs && npx playwright test'], 'live']],
  },
];

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const times = [];

/** Runs one step; resolves with whether it passed. A `live` step streams its output. */
function run([label, cmd, args, mode]) {
  const live = mode === 'live';
  const t0 = Date.now();
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: live ? 'inherit' : ['ignore', 'pipe', 'pipe'], env: process.env });
    let out = '';
    if (!live) {
      child.stdout.on('data', (c) => (out += c));
      child.stderr.on('data', (c) => (out += c));
    }
    child.on('close', (code, signal) => {
      const ms = Date.now() - t0;
      times.push([label, ms]);
      if (!live && out.trim()) process.stdout.write(`\n[test] ── ${label} ──\n${out.trimEnd()}\n`);
      const ok = code === 0;
      console.log(`[test] ${label}: ${ok ? 'passed' : `FAILED (${signal ?? `exit ${code}`})`} in ${seconds(ms)}`);
      resolve(ok);
    });
  });
}

/** Runs a stage's steps with at most one per core, longest-running first (they are listed so). */
async function runStage(stage) {
  const queue = [...stage.steps];
  let ok = true;
  const lanes = Array.from({ length: Math.min(queue.length, Math.max(1, availableParallelism())) }, async () => {
    while (queue.length) ok = (await run(queue.shift())) && ok;
  });
  await Promise.all(lanes);
  return ok;
}

const start = Date.now();
let failed = null;
for (const stage of stages) {
  console.log(`[test] ${stage.name} …`);
  if (!(await runStage(stage))) {
    failed = stage.name;
    break;
  }
}
console.log(`\n[test] times: ${times.map(([l, ms]) => `${l} ${seconds(ms)}`).join(' · ')}`);
console.log(`[test] ${failed ? `FAILED at ${failed}` : 'all passed'} in ${seconds(Date.now() - start)}`);
process.exit(failed ? 1 : 0);
