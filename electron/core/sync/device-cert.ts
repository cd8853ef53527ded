// This PC's identity among the centre's PCs (LAN sync, Syncthing's model): a key pair and a
// self-signed certificate, made on first start and kept in the data folder (the key readable by
// the owner only). The certificate's SHA-256 fingerprint is the device's id on the network:
// peers pair by it and check it on every connection. It is never renewed — a new certificate
// would be a new device that has to be paired again.
import { X509Certificate } from 'node:crypto';
import { chmodSync, existsSync, readFileSync } from 'node:fs';
import { writeKeyAndCert, type CertificateFiles } from '../host/pem-files';
import { join } from 'node:path';

export type DeviceCert = CertificateFiles;

const KEY_FILE = 'device-key.pem';
const CERT_FILE = 'device-cert.pem';
const VALID_YEARS = 50;

export function deviceCertFiles(dataDir: string): { key: string; cert: string } {
  return { key: join(dataDir, 'sync', KEY_FILE), cert: join(dataDir, 'sync', CERT_FILE) };
}

/** The fingerprint of the device certificate kept in the data folder, or null when there is none (or it is unreadable). */
export function certFingerprintOnDisk(dataDir: string): string | null {
  try {
    return new X509Certificate(readFileSync(deviceCertFiles(dataDir).cert, 'utf8')).fingerprint256;
  } catch {
    return null;
  }
}

/** A new device certificate (EC P-256), valid for decades: identity, not a web server's name. */
export async function makeDeviceCert(name: string, now = Date.now()): Promise<DeviceCert> {
  // selfsigned (with its X.509 libraries) is loaded only when a certificate is made.
  const { generate } = await import('selfsigned');
  const made = await generate([{ name: 'commonName', value: `TownGrid ${name}`.slice(0, 64) }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notBeforeDate: new Date(now - 86_400_000),
    notAfterDate: new Date(now + VALID_YEARS * 365 * 86_400_000),
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true, clientAuth: true },
    ],
  });
  return { key: made.private, cert: made.cert, fingerprint: new X509Certificate(made.cert).fingerprint256 };
}

/** Loads this PC's device certificate from the data folder, or makes and keeps one. */
export async function loadOrCreateDeviceCert(dataDir: string, name: string): Promise<DeviceCert & { created: boolean }> {
  const files = deviceCertFiles(dataDir);
  if (existsSync(files.key) && existsSync(files.cert)) {
    const key = readFileSync(files.key, 'utf8');
    const cert = readFileSync(files.cert, 'utf8');
    // A damaged identity file is not silently replaced: that would make this PC a stranger to its peers.
    const fingerprint = new X509Certificate(cert).fingerprint256;
    chmodSync(files.key, 0o600);
    return { key, cert, fingerprint, created: false };
  }
  const made = await makeDeviceCert(name);
  writeKeyAndCert(files, made);
  return { ...made, created: true };
}
