// `npm run station -- --rotate-key --admin <username> [--data DIR]`: re-encrypts the database
// under a new key (docs/encryption.md) while the station and the desktop app are stopped. The
// administrator's password comes from TOWNGRID_ADMIN_PASSWORD or is asked for (not echoed).
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { join } from 'node:path';
import { DB_FILE_NAME } from '../host/data-dir';
import { NEW_PASSPHRASE_ENV, rotateDatabaseKey } from '../host/key-rotation';
import { PASSPHRASE_ENV } from '../host/key-custody';

export const ADMIN_PASSWORD_ENV = 'TOWNGRID_ADMIN_PASSWORD';

/** One line from the terminal without echoing it (or from piped input). */
function askHidden(prompt: string): Promise<string> {
  process.stderr.write(prompt);
  const muted = new Writable({ write: (_chunk, _enc, done) => done() });
  const rl = createInterface({ input: process.stdin, output: muted, terminal: process.stdin.isTTY === true });
  return new Promise((resolve) => {
    rl.once('line', (line) => {
      resolve(line); // before close(), whose listener would settle it empty
      process.stderr.write('\n');
      rl.close();
    });
    rl.once('close', () => resolve(''));
  });
}

/** Runs the command; the process's exit code. */
export async function rotateKeyCommand(dataDir: string, username: string | undefined): Promise<number> {
  if (!username) {
    console.error('[towngrid] 请用 --admin <用户名> 指明执行更换的系统管理员账号。(Name the administrator with --admin.)');
    return 2;
  }
  const password = process.env[ADMIN_PASSWORD_ENV] ?? (await askHidden(`系统管理员 ${username} 的密码：`));
  try {
    const r = await rotateDatabaseKey({ dataDir, dbFile: join(dataDir, DB_FILE_NAME), username, password });
    if (r.resumed) console.log('[towngrid] 已先完成上次中断的密钥更换。');
    if (r.source === 'key-file') {
      console.log(`[towngrid] 数据库已用新密钥重新加密，新密钥已写入 ${r.path}（旧密钥已失效）。请立即把新密钥文件与数据分开备份。`);
    } else {
      console.log(`[towngrid] 数据库已用 ${NEW_PASSPHRASE_ENV} 中的新口令重新加密（旧密钥已失效）。今后启动时请把 ${PASSPHRASE_ENV} 设为该口令。`);
    }
    return 0;
  } catch (err) {
    console.error(`[towngrid] 更换数据库密钥失败：${err instanceof Error ? err.message : String(err)}`);
    return 1;
  }
}
