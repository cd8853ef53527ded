// How much of the database a connection keeps decrypted in memory: SQLite's page cache, sized
// for the machine (docs/performance.md has the measurements). Every page read from the
// encrypted file is decrypted and its HMAC checked again once it has left the cache, and memory
// mapping does not apply to an encrypted file, so the cache is what keeps a big town's indexes
// at hand. SQLite grows a cache only as pages are used: a small database never takes it all.

import { totalmem } from 'node:os';

const MIB = 1024;

/**
 * The page cache of one connection in KiB (for `PRAGMA cache_size = -N`): 1/64 of the machine's
 * memory — the writer and its two readers together under 5 % — at least 64 MiB, at most 512 MiB.
 */
export function pageCacheKiB(totalBytes: number = totalmem()): number {
  return Math.round(Math.min(512 * MIB, Math.max(64 * MIB, totalBytes / 1024 / 64)));
}
