// The station's TLS certificate for `--lan`: self-signed, made on first start and kept in the
// data folder (the key readable by the owner only), renewed when it nears its end. Browsers
// cannot check a self-signed certificate, so its SHA-256 fingerprint is printed at start and
// shown in 系统设置 for the user to compare.
import { X509Certificate } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { join } from 'node:path';
import { generate } from 'selfsigned';

export interface StationTls {
  key: string;
  cert: string;
  /** SHA-256 of the certificate, `AB:CD:…` as browsers show it. */
  fingerprint: string;
}

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
  mkdirSync(join(dataDir, 'tls'), { recursive: true, mode: 0o700 });
  // Written beside and renamed into place, so a crash never leaves half a key.
  writeFileSync(`${files.key}.tmp`, made.private, { mode: 0o600 });
  chmodSync(`${files.key}.tmp`, 0o600);
  renameSync(`${files.key}.tmp`, files.key);
  writeFileSync(`${files.cert}.tmp`, made.cert);
  renameSync(`${files.cert}.tmp`, files.cert);
  return { key: made.private, cert: made.cert, fingerprint: new X509Certificate(made.cert).fingerprint256, created: true };
}
