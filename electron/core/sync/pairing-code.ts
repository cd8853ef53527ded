// The short code both screens show while pairing: six digits from the two certificates'
// fingerprints. A device in the middle would present its own certificate to each side, so the
// two screens would show different codes; the administrator compares them before accepting.
import { createHash } from 'node:crypto';

export function pairingCode(fingerprintA: string, fingerprintB: string): string {
  const [first, second] = [fingerprintA, fingerprintB].sort();
  const digest = createHash('sha256').update(`towngrid-pair\n${first}\n${second}`).digest();
  const n = digest.readUInt32BE(0) % 1_000_000;
  return n.toString().padStart(6, '0');
}

/** The synced record id of a paired device: derived from its fingerprint (a ULID-shaped string), so two PCs pairing the same device write the same record. */
export function peerRecordId(fingerprint: string): string {
  const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
  const digest = createHash('sha256').update(`towngrid-peer\n${fingerprint}`).digest();
  let bits = 0n;
  for (const b of digest.subarray(0, 17)) bits = (bits << 8n) | BigInt(b);
  let out = '';
  // 26 characters of 5 bits; the first is kept below 8 as in a ULID.
  for (let i = 0; i < 26; i++) out += alphabet[Number((bits >> BigInt(5 * (25 - i))) & 31n) & (i === 0 ? 7 : 31)];
  return out;
}
