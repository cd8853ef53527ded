// A child process that encrypts a plain database in place (the real encrypt-plain.ts), so the
// parent can kill it with SIGKILL at any moment. Says READY just before it starts, DONE after.
import { writeSync } from 'node:fs';
import { encryptPlainDatabase } from '../../../../../electron/core/db/encrypt-plain';
import { TEST_DB_KEY } from '../../../../support/test-db-key';

const [file] = process.argv.slice(2) as [string];
writeSync(1, 'READY\n');
const t0 = performance.now();
encryptPlainDatabase(file, TEST_DB_KEY);
writeSync(1, `DONE ${Math.ceil(performance.now() - t0)}\n`);
