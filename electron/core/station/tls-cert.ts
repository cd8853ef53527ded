// The station's TLS certificate for `--lan`: self-signed, made on first start and kept in the
// data folder (the key readable by the owner only), renewed when it nears its end. Browsers
// cannot check a self-signed certificate, so its SHA-256 fingerprint is printed at start and
// shown in 系统设置 for the user to compare.
import { X509Certificate } from 'node:crypto';
import { chmodSync, existsSync, readFileSync } from 'node:fs';
import { writeKeyAndCert, type CertificateFiles } from '../host/pem-files';
import { isIP } from 'node:net';
import { join } from 'node:path';

/** The fingerprint is shown as browsers show it (`AB:CD:…`). */
export type StationTls = CertificateFiles;

const KEY_FILE = 'station-tls-key.pem';
const CERT_FILE = 'station-tls-cert.pem';
const VALID_DAYS = 5 * 365;
const RENEW_BEFORE_MS = 30 * 86_400_000;

export function tlsFiles(dataDir: string): { key: string; cert: string } {
  return { key: join(dataDir, 'tls', KEY_FILE), cert: join(dataDir, 'tls', CERT_FILE) };
}

function loadValid(files: { key: string; cert: string }, now: number): StationTls | null {
  if (!existsSync(files.key) || !existsSync(files.cert)) return null;
  try {
    const key = readFileSync(files.key, 'utf8');
    const cert = readFileSync(files.cert, 'utf8');
    const x509 = new X509Certificate(cert);
    if (Date.parse(x509.validTo) - now < RENEW_BEFORE_MS) return null;
    chmodSync(files.key, 0o600);
    return { key, cert, fingerprint: x509.fingerprint256 };
  } catch {
    return null; // unreadable or damaged: make a new one
  }
}

/** Loads the station's certificate from the data folder, or makes one naming `names`. */
export async function loadOrCreateTls(dataDir: string, names: readonly string[], now = Date.now()): Promise<StationTls & { created: boolean }> {
  const files = tlsFiles(dataDir);
  const existing = loadValid(files, now);
  if (existing) return { ...existing, created: false };

  const dns = new Set(['localhost']);
  const ips = new Set(['127.0.0.1', '::1']);
  for (const n of names) (isIP(n) ? ips : dns).add(n);
  // selfsigned (with its X.509 libraries) is loaded only when a certificate is made.
  const { generate } = await import('selfsigned');
  const made = await generate([{ name: 'commonName', value: 'TownGrid 指挥台站点' }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notBeforeDate: new Date(now - 86_400_000),
    notAfterDate: new Date(now + VALID_DAYS * 86_400_000),
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      { name: 'subjectAltName', altNames: [...[...dns].map((value) => ({ type: 2 as const, value })), ...[...ips].map((ip) => ({ type: 7 as const, ip }))] },
    ],
  });
  writeKeyAndCert(files, { key: made.private, cert: made.cert });
  return { key: made.private, cert: made.cert, fingerprint: new X509Certificate(made.cert).fingerprint256, created: true };
}
