// One place per rule: each RPC method's handler lives in its domain's folder of electron/core
// (calendar.* in calendar/, board.* in board/, audit.* in audit/ …), and its contract entry in
// that domain's folder of shared/ (or in shared/api.ts itself, which composes the contract). The
// domain is the method's prefix; a few prefixes belong to a larger domain (users → auth, staff →
// org …).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { api } from '../../../shared/api';

const ROOT = resolve(import.meta.dirname, '../../..');
const CORE = join(ROOT, 'electron/core');
const SHARED = join(ROOT, 'shared');

/** Method prefixes that belong to another domain's folder. */
const FOLDER_OF_PREFIX: Record<string, string> = {
  users: 'auth',
  staff: 'org',
  departments: 'org',
  catalogue: 'cases',
  sla: 'cases',
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** Files under `dir` defining `'domain.method': <definition>`, per method. */
function sitesOf(dir: string, definition: RegExp): Map<string, string[]> {
  const sites = new Map<string, string[]>();
  const pattern = new RegExp(`^\\s*'([a-zA-Z]+\\.[a-zA-Z]+)':\\s*${definition.source}`, 'gm');
  for (const file of sourceFiles(dir)) {
    for (const m of readFileSync(file, 'utf8').matchAll(pattern)) {
      const list = sites.get(m[1]!) ?? [];
      list.push(relative(dir, file));
      sites.set(m[1]!, list);
    }
  }
  return sites;
}

/** Where each handler is defined: a property `'domain.method': (` in a core source file. */
const handlerSites = () => sitesOf(CORE, /(?:async\s*)?\(/);
/** Where each contract entry is declared: `'domain.method': method(` in a shared source file. */
const contractSites = () => sitesOf(SHARED, /method\(/);

const folderOf = (m: string) => {
  const prefix = m.split('.')[0]!;
  return FOLDER_OF_PREFIX[prefix] ?? prefix;
};

describe('handler placement', () => {
  const sites = handlerSites();

  it('defines every method of the contract exactly once', () => {
    const missing = Object.keys(api).filter((m) => (sites.get(m)?.length ?? 0) !== 1);
    expect(missing.map((m) => `${m}: ${(sites.get(m) ?? []).join(', ') || 'none'}`)).toEqual([]);
  });

  it('puts each handler in the folder of its domain', () => {
    const misplaced = Object.keys(api).flatMap((m) =>
      (sites.get(m) ?? []).filter((f) => f.split('/')[0] !== folderOf(m)).map((f) => `${m} in ${f} (expected ${folderOf(m)}/)`),
    );
    expect(misplaced).toEqual([]);
  });
});

describe('contract placement', () => {
  const sites = contractSites();

  it('declares every method of the contract exactly once', () => {
    const counts = Object.keys(api).filter((m) => (sites.get(m)?.length ?? 0) !== 1);
    expect(counts.map((m) => `${m}: ${(sites.get(m) ?? []).join(', ') || 'none'}`)).toEqual([]);
  });

  it("declares each method in its domain's folder, never in another domain's", () => {
    const misplaced = Object.keys(api).flatMap((m) =>
      (sites.get(m) ?? []).filter((f) => f !== 'api.ts' && f.split('/')[0] !== folderOf(m)).map((f) => `${m} in shared/${f} (expected shared/${folderOf(m)}/)`),
    );
    expect(misplaced).toEqual([]);
  });
});
