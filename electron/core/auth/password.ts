// Password hashing with scrypt (Node's built-in) at the cost OWASP's Password Storage Cheat
// Sheet recommends (N=2^17, r=8, p=1), a random 16-byte salt per hash, and a self-describing
// format `scrypt$N$r$p$salt$hash` (base64) so older hashes still verify and can be upgraded
// at the next sign-in (see needsRehash).
//
// Checking a password uses the asynchronous scrypt (libuv's thread pool), so a sign-in does
// not stop the core's thread for the ~0.5 s the work takes.
import { randomBytes, scrypt, scryptSync, timingSafeEqual, type ScryptOptions } from 'node:crypto';

export interface ScryptParams {
  N: number;
  r: number;
  p: number;
}

export const SCRYPT_DEFAULT: ScryptParams = { N: 2 ** 17, r: 8, p: 1 };
const KEYLEN = 32;
/** Highest cost a stored hash may ask for (guards against a crafted hash exhausting memory). */
const MAX_N = 2 ** 20;

/** scrypt needs 128·N·r bytes; Node refuses above 32 MiB unless maxmem says more. */
const maxmem = (p: ScryptParams) => 128 * p.N * p.r + 16 * 1024 * 1024;

export function hashPassword(password: string, params: ScryptParams = SCRYPT_DEFAULT): string {
  const salt = randomBytes(16);
  const hash = scryptSync(password.normalize('NFKC'), salt, KEYLEN, { ...params, maxmem: maxmem(params) });
  return ['scrypt', params.N, params.r, params.p, salt.toString('base64'), hash.toString('base64')].join('$');
}

function parse(stored: string): (ScryptParams & { salt: Buffer; hash: Buffer }) | null {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return null;
  const [, n, r, p, saltB64, hashB64] = parts;
  const params = { N: Number(n), r: Number(r), p: Number(p) };
  if (![params.N, params.r, params.p].every((x) => Number.isInteger(x) && x > 0) || params.N > MAX_N || params.r > 32 || params.p > 16) return null;
  const hash = Buffer.from(hashB64!, 'base64');
  if (hash.length < 16) return null;
  return { ...params, salt: Buffer.from(saltB64!, 'base64'), hash };
}

function scryptAsync(password: string, salt: Buffer, keylen: number, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => scrypt(password, salt, keylen, options, (err, key) => (err ? reject(err) : resolve(key))));
}

/** A hash with these parameters, made off the calling thread. */
export async function hashPasswordAsync(password: string, params: ScryptParams = SCRYPT_DEFAULT): Promise<string> {
  const salt = randomBytes(16);
  const hash = await scryptAsync(password.normalize('NFKC'), salt, KEYLEN, { ...params, maxmem: maxmem(params) });
  return ['scrypt', params.N, params.r, params.p, salt.toString('base64'), hash.toString('base64')].join('$');
}

/** Whether the password matches the stored hash (false for a malformed one), off the calling thread. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const s = parse(stored);
  if (!s) return false;
  const params = { N: s.N, r: s.r, p: s.p };
  const actual = await scryptAsync(password.normalize('NFKC'), s.salt, s.hash.length, { ...params, maxmem: maxmem(params) });
  return actual.length === s.hash.length && timingSafeEqual(actual, s.hash);
}

/** Whether a stored hash was made with other parameters than the current ones (upgrade it). */
export function needsRehash(stored: string, params: ScryptParams = SCRYPT_DEFAULT): boolean {
  const s = parse(stored);
  return !s || s.N !== params.N || s.r !== params.r || s.p !== params.p;
}
