import { describe, expect, it } from 'vitest';
import { pageCacheKiB } from '../../../../electron/core/db/page-cache';

const GIB = 2 ** 30;

describe('page cache size', () => {
  it('is 1/64 of the memory, between 64 MiB and 512 MiB', () => {
    expect(pageCacheKiB(2 * GIB)).toBe(65_536);
    expect(pageCacheKiB(8 * GIB)).toBe(131_072);
    expect(pageCacheKiB(16 * GIB)).toBe(262_144);
    expect(pageCacheKiB(64 * GIB)).toBe(524_288);
  });
});
