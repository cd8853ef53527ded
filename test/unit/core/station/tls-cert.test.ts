// The station's self-signed certificate for --lan: made once, kept with a private key file,
// reused on the next start, remade when damaged or near its end.
import { X509Certificate } from 'node:crypto';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadOrCreateTls, tlsFiles } from '../../../../electron/core/station/tls-cert';

const dirs: string[] = [];
const fresh = () => {
  const d = mkdtempSync(join(tmpdir(), 'tg-tls-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('station TLS certificate', () => {
  it('is made on first start with the key readable by the owner only, and reused after', async () => {
    const dir = fresh();
    const first = await loadOrCreateTls(dir, ['192.0.2.10', 'centre-pc']);
    expect(first.created).toBe(true);
    expect(first.fingerprint).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    if (process.platform !== 'win32') expect(statSync(tlsFiles(dir).key).mode & 0o777).toBe(0o600);
    const x509 = new X509Certificate(first.cert);
    expect(x509.subjectAltName).toContain('IP Address:192.0.2.10');
    expect(x509.subjectAltName).toContain('DNS:centre-pc');
    expect(x509.subjectAltName).toContain('IP Address:127.0.0.1');
    expect(x509.checkPrivateKey((await import('node:crypto')).createPrivateKey(first.key))).toBe(true);

    const again = await loadOrCreateTls(dir, []);
    expect(again.created).toBe(false);
    expect(again.fingerprint).toBe(first.fingerprint);
  });

  it('is remade when the file is damaged or the certificate is near its end', async () => {
    const dir = fresh();
    const first = await loadOrCreateTls(dir, []);
    writeFileSync(tlsFiles(dir).cert, 'not a certificate');
    const remade = await loadOrCreateTls(dir, []);
    expect(remade.created).toBe(true);
    expect(remade.fingerprint).not.toBe(first.fingerprint);
    const later = await loadOrCreateTls(dir, [], Date.now() + 5 * 365 * 86_400_000);
    expect(later.created).toBe(true);
  });
});
