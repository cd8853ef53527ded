// The demo town every demo e2e test starts from: built once by the station itself
// (`station.js --demo` into an empty folder), then made compact — WAL folded in, one file —
// because every test copies it. The template is that encrypted file and its key file (the
// station made it). The demo build leaves no free pages, so there is nothing to vacuum. Kept
// between runs while the build it came from is the same (a stamp holds a hash of `out/main`), so
// it is rebuilt only when the app changed.
// Plain JavaScript so that both Playwright's global setup and `npm test` (which builds it while
// vitest runs) can call it.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import Database from 'better-sqlite3-multiple-ciphers';
import { chmodSync, constants, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const DEMO_TEMPLATE_DIR = resolve('test-results/e2e-demo-template');
export const DEMO_TEMPLATE_FILE = join(DEMO_TEMPLATE_DIR, 'towngrid.db');
/** The database key the station made for the template (docs/encryption.md). */
const KEY_FILE = join(DEMO_TEMPLATE_DIR, 'towngrid.key');
const STAMP_FILE = join(DEMO_TEMPLATE_DIR, 'build.sha256');
/** The template station's device certificate and key (its sync identity). */
const SYNC_DIR = join(DEMO_TEMPLATE_DIR, 'sync');
/** A session token of each demo account, signed in on the template station (see signIn in helpers.ts). */
export const DEMO_SESSIONS_FILE = join(DEMO_TEMPLATE_DIR, 'sessions.json');
/** The demo accounts (station-run.ts, core/demo/demo-users.ts) and their published password. */
const DEMO_USERNAMES = ['admin', 'zhuren', 'diaodu', 'bumen', 'dudao', 'wangge', 'huibao', 'daping'];
const DEMO_PASSWORD = 'towngrid2026';
const BUILD_DIR = resolve('out/main');

/** A hash of the built main/core bundles: the demo generator and migrations are in them. */
function buildHash() {
  const hash = createHash('sha256');
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else hash.update(e.name).update(readFileSync(p));
    }
  };
  walk(BUILD_DIR);
  return hash.digest('hex');
}

/**
 * Signs every demo account in on the template station, through the endpoint as the sign-in
 * screen does (the production password cost, ~0.8 s of CPU each). The sessions are in the
 * template's database, so every copy of it has them: a test signs in with the token instead of
 * paying that cost again, on every station it starts (helpers.ts).
 */
async function signInDemoAccounts(url) {
  const tokens = {};
  for (const username of DEMO_USERNAMES) {
    const res = await fetch(`${url}/rpc/auth.login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: DEMO_PASSWORD }) });
    const body = await res.json();
    if (!body.ok) throw new Error(`demo account ${username} could not sign in on the template station: ${body.error?.message}`);
    tokens[username] = body.data.token;
  }
  return tokens;
}

/**
 * Runs the station on the template folder until it has set up the demo town, signs the demo
 * accounts in, then stops it; resolves with their session tokens.
 */
function generate(boundMs) {
  return new Promise((done, fail) => {
    // No automatic backup: a minute after it starts the station takes the day's backup when it
    // is due, a copy made while the demo town is still being built that no test uses.
    const proc = spawn(process.execPath, [join(BUILD_DIR, 'station.js'), '--port', '0', '--sync-port', '0', '--no-auto-backup', '--data', DEMO_TEMPLATE_DIR, '--demo'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    let ready = false;
    let tokens = null;
    let failure = null;
    const timer = setTimeout(() => proc.kill('SIGTERM'), boundMs);
    const onData = (chunk) => {
      output += chunk.toString();
      const m = /站点服务已启动：(https?:\/\/\S+)/.exec(output);
      if (!ready && m) {
        ready = true;
        signInDemoAccounts(m[1]).then(
          (t) => (tokens = t),
          (err) => (failure = err),
        ).finally(() => proc.kill('SIGTERM')); // stops as users stop it: the database is closed cleanly
      }
    };
    proc.stdout.on('data', onData);
    proc.stderr.on('data', onData);
    proc.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (tokens) done(tokens);
      else fail(failure ?? new Error(`the demo station did not start (${signal ?? `exit ${code}`}):\n${output}`));
    });
  });
}

/**
 * Folds a WAL the station left (a worker that took too long to close on a busy machine) into
 * the file and leaves WAL mode, so no -wal/-shm remain. Opened with the station's key and
 * cipher settings (electron/core/db/cipher.ts; plain JavaScript cannot import it).
 */
function compact(file) {
  if (!existsSync(KEY_FILE)) throw new Error(`demo template has no key file: ${KEY_FILE}`);
  const db = new Database(file, { fileMustExist: true });
  try {
    db.pragma("cipher = 'sqlcipher'");
    db.pragma('legacy = 4');
    db.key(Buffer.from(`x'${readFileSync(KEY_FILE, 'utf8').trim()}'`, 'latin1'));
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.pragma('journal_mode = DELETE');
  } finally {
    db.close();
  }
  if (existsSync(`${file}-wal`)) throw new Error(`demo template still has a WAL file: ${file}-wal`);
}

/** A fresh copy of the template (database and key) in `dataDir`, for one test. */
/**
 * Copies the demo town into `dataDir`. `identity`: with the template station's device certificate
 * (saves a station ~0.4 s of CPU at start); false for a test that runs two demo copies as two PCs,
 * which must each have their own.
 */
export function copyDemoTemplate(dataDir, { identity = true } = {}) {
  // A copy-on-write clone where the file system offers one, else a kernel-side copy.
  copyFileSync(DEMO_TEMPLATE_FILE, join(dataDir, 'towngrid.db'), constants.COPYFILE_FICLONE);
  copyFileSync(KEY_FILE, join(dataDir, 'towngrid.key'));
  chmodSync(join(dataDir, 'towngrid.key'), 0o600);
  // The template's device identity with its database (whose device id it already shares): a
  // station without one makes a certificate at start, loading the X.509 libraries (~1 s of CPU).
  const files = ['device-key.pem', 'device-cert.pem'];
  if (identity && files.every((f) => existsSync(join(SYNC_DIR, f)))) {
    mkdirSync(join(dataDir, 'sync'), { recursive: true, mode: 0o700 });
    for (const f of files) copyFileSync(join(SYNC_DIR, f), join(dataDir, 'sync', f));
    chmodSync(join(dataDir, 'sync', 'device-key.pem'), 0o600);
  }
}

/**
 * Makes sure the template exists for the current build; returns what it did. `boundMs` only
 * stops a hung generator: building the demo town takes minutes on a loaded machine.
 */
export async function ensureDemoTemplate(boundMs = 900_000) {
  const stamp = buildHash();
  if (existsSync(DEMO_TEMPLATE_FILE) && existsSync(KEY_FILE) && existsSync(DEMO_SESSIONS_FILE) && existsSync(STAMP_FILE) && readFileSync(STAMP_FILE, 'utf8') === stamp) {
    return { built: false, bytes: statSync(DEMO_TEMPLATE_FILE).size };
  }
  rmSync(DEMO_TEMPLATE_DIR, { recursive: true, force: true });
  mkdirSync(DEMO_TEMPLATE_DIR, { recursive: true });
  const tokens = await generate(boundMs);
  compact(DEMO_TEMPLATE_FILE);
  writeFileSync(DEMO_SESSIONS_FILE, JSON.stringify({ signedInAt: Date.now(), tokens }, null, 2));
  writeFileSync(STAMP_FILE, stamp); // last: a template without its stamp is never reused
  return { built: true, bytes: statSync(DEMO_TEMPLATE_FILE).size };
}

// `node test/e2e/demo-template.mjs`: build it now (npm test does, while vitest runs).
if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const r = await ensureDemoTemplate();
  console.log(`[e2e] demo template ${r.built ? 'built' : 'up to date'}: ${(r.bytes / 1048576).toFixed(0)} MB`);
}
