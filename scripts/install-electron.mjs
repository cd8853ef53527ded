// Electron's own install step downloads its runtime from the internet. The
// package.json `allowScripts` policy denies that step so `npm ci` succeeds on
// machines without that access; this script runs it and tolerates failure.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
let installer;
try {
  installer = require.resolve('electron/install.js');
} catch {
  process.exit(0); // electron not installed (e.g. --omit=dev)
}
if (!existsSync(installer)) process.exit(0);

const result = spawnSync(process.execPath, [installer], { stdio: 'pipe', encoding: 'utf8', timeout: 300_000 });
if (result.status === 0) {
  console.log('[towngrid] Electron runtime installed.');
} else {
  const reason = (result.stderr || result.stdout || '').split('\n').find((l) => l.trim()) ?? 'unknown error';
  console.warn('[towngrid] WARNING: the Electron runtime could not be downloaded (' + reason.trim() + ').');
  console.warn('[towngrid] The desktop shell cannot start on this machine; `npm start` will run the station host');
  console.warn('[towngrid] (the same app served to a browser). Everything else — build, typecheck, tests — works.');
}
