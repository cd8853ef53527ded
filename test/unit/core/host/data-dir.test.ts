// Both hosts open the same data folder: `--data` beats TOWNGRID_DATA, which beats the user's
// data folder; the desktop app and the station decide it through the same function.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataFlag, defaultDataDir, resolveDataDir } from '../../../../electron/core/host/data-dir';

const linux = (env: NodeJS.ProcessEnv = {}) => ({ platform: 'linux' as const, env, home: '/home/wang' });

describe('the data folder', () => {
  it('is the --data flag when given, in either spelling, among other arguments', () => {
    const env = { TOWNGRID_DATA: '/srv/from-env' };
    expect(resolveDataDir(['--port', '8080', '--data', '/srv/flag', '--lan'], linux(env))).toBe('/srv/flag');
    expect(resolveDataDir(['.', '--data=/srv/flag', '--wall'], linux(env))).toBe('/srv/flag');
    expect(dataFlag(['--demo'])).toBeUndefined();
  });

  it('is TOWNGRID_DATA when there is no flag', () => {
    expect(resolveDataDir(['--port', '0'], linux({ TOWNGRID_DATA: '/srv/from-env' }))).toBe('/srv/from-env');
  });

  it("is otherwise the user's data folder: ~/.local/share/towngrid (or $XDG_DATA_HOME/towngrid), %APPDATA%\\TownGrid", () => {
    expect(resolveDataDir([], linux())).toBe('/home/wang/.local/share/towngrid');
    expect(resolveDataDir([], linux({ TOWNGRID_DATA: '' }))).toBe('/home/wang/.local/share/towngrid');
    expect(resolveDataDir([], linux({ XDG_DATA_HOME: '/data/xdg' }))).toBe('/data/xdg/towngrid');
    expect(defaultDataDir({ platform: 'win32', env: { APPDATA: 'C:\\Users\\wang\\AppData\\Roaming' }, home: 'C:\\Users\\wang' })).toMatch(/^C:\\Users\\wang\\AppData\\Roaming[\\/]TownGrid$/);
  });

  it('is made absolute', () => {
    expect(resolveDataDir(['--data', 'rel/dir'], linux())).toBe(resolve('rel/dir'));
  });

  it('is decided the same way by the desktop app and the station host', () => {
    const root = join(import.meta.dirname, '../../../..');
    for (const host of ['electron/main/index.ts', 'electron/core/station/station-run.ts']) {
      const source = readFileSync(join(root, host), 'utf8');
      expect(source, host).toMatch(/resolveDataDir\(process\.argv\.slice\(\d\)\)/);
      expect(source, host).not.toMatch(/getPath\('userData'\)|process\.env\.TOWNGRID_DATA/);
    }
  });
});
