// A self-signed certificate and its private key kept in the data folder (the station's TLS
// certificate, the device certificate of LAN sync): written so that a crash never leaves half a
// key, the key readable by its owner only.
import { chmodSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** A PEM key and certificate, and the certificate's SHA-256 fingerprint (`AB:CD:…`). */
export interface CertificateFiles {
  key: string;
  cert: string;
  fingerprint: string;
}

/** Writes `key` and `cert` to their files (each written beside and renamed into place; the folder and the key private). */
export function writeKeyAndCert(files: { key: string; cert: string }, pem: { key: string; cert: string }): void {
  mkdirSync(dirname(files.key), { recursive: true, mode: 0o700 });
  writeFileSync(`${files.key}.tmp`, pem.key, { mode: 0o600 });
  chmodSync(`${files.key}.tmp`, 0o600);
  renameSync(`${files.key}.tmp`, files.key);
  writeFileSync(`${files.cert}.tmp`, pem.cert);
  renameSync(`${files.cert}.tmp`, files.cert);
}
