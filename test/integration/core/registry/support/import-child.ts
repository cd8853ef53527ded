// A child process running the real core and the real import path on a database file:
// signs in, previews the file, and commits it. When the commit reports its first written
// rows it tells the parent ("PROGRESS") and then pauses inside the transaction (as a slow disk
// would), so the parent's SIGKILL lands mid-transaction every time.
import { readFileSync, writeSync } from 'node:fs';
import { createCore } from '../../../../../electron/core/app';
import { runJobOn } from '../../../../support/core-harness';
import { TEST_DB_KEY } from '../../../../support/test-db-key';

const [dbFile, filePath, username, password] = process.argv.slice(2) as [string, string, string, string];
const core = createCore({ dbKey: TEST_DB_KEY, dbFile });
const say = (line: string) => writeSync(1, `${line}\n`);

function check<T>(r: { ok: true; data: unknown } | { ok: false; error: { code: string; message: string } }): T {
  if (!r.ok) {
    say(`ERROR ${r.error.code} ${r.error.message}`);
    process.exit(2);
  }
  return r.data as T;
}

const { token } = check<{ token: string }>((await core.invokeAsync(null, 'auth.login', { username, password })));
core.on('job', (p) => {
  if (p.kind === 'registry.importCommit' && p.step === '写入数据' && p.done > 0) {
    say(`PROGRESS ${p.done}/${p.total}`);
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20_000);
  }
});
const preview = check<{ jobId: string; valid: number }>(await runJobOn(core, token, 'registry.importPreview', { kind: 'person', fileBase64: readFileSync(filePath).toString('base64') }));
say(`PREVIEW ${preview.valid}`);
const result = check<{ inserted: number }>(await runJobOn(core, token, 'registry.importCommit', { jobId: preview.jobId, excludeRows: [] }));
say(`DONE ${result.inserted}`);
core.close();
