// Where the database lives. Both hosts — the desktop app and the station — decide it here, the
// same way, so on one PC they open the same data folder: `--data <dir>` on the command line,
// else the environment variable TOWNGRID_DATA, else the user's data folder.
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

export const DATA_ENV = 'TOWNGRID_DATA';
export const DB_FILE_NAME = 'towngrid.db';

interface Platform {
  platform: NodeJS.Platform;
  env: NodeJS.ProcessEnv;
  home: string;
}

const here = (): Platform => ({ platform: process.platform, env: process.env, home: homedir() });

/** The user's data folder: %APPDATA%\TownGrid on Windows, $XDG_DATA_HOME/towngrid (~/.local/share/towngrid) elsewhere. */
export function defaultDataDir(p: Platform = here()): string {
  if (p.platform === 'win32') return join(p.env.APPDATA ?? join(p.home, 'AppData', 'Roaming'), 'TownGrid');
  return join(p.env.XDG_DATA_HOME || join(p.home, '.local', 'share'), 'towngrid');
}

/** The value of `--data <dir>` / `--data=<dir>` among command-line arguments; other arguments are ignored. */
export function dataFlag(args: readonly string[]): string | undefined {
  const { values } = parseArgs({ args: [...args], options: { data: { type: 'string' } }, strict: false, allowPositionals: true });
  return typeof values.data === 'string' && values.data !== '' ? values.data : undefined;
}

/** The data folder (absolute): the `--data` flag, else TOWNGRID_DATA, else the user's data folder. */
export function resolveDataDir(args: readonly string[], p: Platform = here()): string {
  return resolve(dataFlag(args) ?? (p.env[DATA_ENV] || undefined) ?? defaultDataDir(p));
}
