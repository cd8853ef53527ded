// Where the database key is kept (electron/core/host/key-custody.ts): made on first start in a
// key file only its owner can read; a key file others can read stops the start; a passphrase
// from the environment wins; an encrypted database never gets a new key; the desktop's
// sealed key goes through the OS key store.
import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { DatabaseKey } from '../../../../electron/core/host/database-key';
import { KeyCustodyError, KEY_FILE_NAME, loadDatabaseKey, SEALED_KEY_FILE_NAME, type KeySealer } from '../../../../electron/core/host/key-custody';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));
function setup() {
  dir = mkdtempSync(join(tmpdir(), 'towngrid-key-'));
  return { dataDir: join(dir, 'data'), dbFile: join(dir, 'data', 'towngrid.db'), env: {} };
}
const hex = (k: DatabaseKey) => ('raw' in k ? Buffer.from(k.raw).toString('hex') : `passphrase:${k.passphrase}`);

describe('the station key file', () => {
  it('is made on first start, readable by its owner only, and read back the same', () => {
    const o = setup();
    const first = loadDatabaseKey(o);
    expect(first).toMatchObject({ source: 'key-file', created: true, path: join(o.dataDir, KEY_FILE_NAME) });
    expect(statSync(first.path!).mode & 0o777).toBe(0o600);
    expect(readFileSync(first.path!, 'utf8').trim()).toBe(hex(first.key));
    const again = loadDatabaseKey(o);
    expect(again.created).toBe(false);
    expect(hex(again.key)).toBe(hex(first.key));
  });

  it('refuses to start when other users can read it, saying so in Chinese and English', () => {
    const o = setup();
    const { path } = loadDatabaseKey(o);
    chmodSync(path!, 0o644);
    expect(() => loadDatabaseKey(o)).toThrow(KeyCustodyError);
    expect(() => loadDatabaseKey(o)).toThrow(/权限过宽.*chmod 600.*readable by other users/);
    chmodSync(path!, 0o640);
    expect(() => loadDatabaseKey(o)).toThrow(/权限过宽/);
    chmodSync(path!, 0o600);
    expect(loadDatabaseKey(o).created).toBe(false);
  });

  it('refuses a key file that holds no key', () => {
    const o = setup();
    const { path } = loadDatabaseKey(o);
    writeFileSync(path!, 'not a key\n', { mode: 0o600 });
    expect(() => loadDatabaseKey(o)).toThrow(/内容无效/);
  });

  it('is never made anew for an encrypted database whose key is missing', () => {
    const o = setup();
    const { path } = loadDatabaseKey(o);
    writeFileSync(o.dbFile, Buffer.alloc(4096, 7)); // an encrypted file: no readable header
    rmSync(path!);
    expect(() => loadDatabaseKey(o)).toThrow(/找不到数据库.*的密钥/);
  });

  it('gives way to a passphrase from TOWNGRID_DB_PASSPHRASE (no key file made)', () => {
    const o = setup();
    const r = loadDatabaseKey({ ...o, env: { TOWNGRID_DB_PASSPHRASE: '青溪镇 2026 口令' } });
    expect(r).toEqual({ key: { passphrase: '青溪镇 2026 口令' }, source: 'passphrase', path: null, created: false });
  });
});

describe('the desktop sealed key', () => {
  // A stand-in for Electron safeStorage that really transforms the bytes.
  const sealer: KeySealer = {
    seal: (text) => Buffer.from(Buffer.from(text, 'utf8').map((b) => b ^ 0xa5)),
    unseal: (sealed) => Buffer.from(sealed.map((b) => b ^ 0xa5)).toString('utf8'),
  };

  it('is sealed by the OS key store on first start and unsealed after', () => {
    const o = setup();
    const first = loadDatabaseKey({ ...o, sealer });
    expect(first).toMatchObject({ source: 'os-store', created: true, path: join(o.dataDir, SEALED_KEY_FILE_NAME) });
    expect(readFileSync(first.path!).toString('latin1')).not.toContain(hex(first.key));
    expect(hex(loadDatabaseKey({ ...o, sealer }).key)).toBe(hex(first.key));
  });

  it('cannot be read by the station (no key store there): a clear message', () => {
    const o = setup();
    loadDatabaseKey({ ...o, sealer });
    expect(() => loadDatabaseKey(o)).toThrow(/系统密钥库/);
  });

  it('defers to a key file the station made for the same data folder', () => {
    const o = setup();
    const station = loadDatabaseKey(o);
    const desktop = loadDatabaseKey({ ...o, sealer });
    expect(desktop.source).toBe('key-file');
    expect(hex(desktop.key)).toBe(hex(station.key));
  });
});
