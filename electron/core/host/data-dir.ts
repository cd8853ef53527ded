// Where the database lives when no directory is given: the user's data folder.
import { homedir } from 'node:os';
import { join } from 'node:path';

export function defaultDataDir(): string {
  if (process.platform === 'win32') return join(process.env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'TownGrid');
  return join(process.env.XDG_DATA_HOME ?? join(homedir(), '.local', 'share'), 'towngrid');
}
