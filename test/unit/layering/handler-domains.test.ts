// One place per rule: each RPC method's handler lives in its domain's folder of electron/core
// (calendar.* in calendar/, board.* in board/, audit.* in audit/ …). The domain is the
// method's prefix; a few prefixes belong to a larger domain (users → auth, staff → org …).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { api } from '../../../shared/api';

const ROOT = resolve(import.meta.dirname, '../../..');
const CORE = join(ROOT, 'electron/core');

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

/** Where each handler is defined: a property `'domain.method': (` in a core source file. */
function handlerSites(): Map<string, string[]> {
  const sites = new Map<string, string[]>();
  for (const file of sourceFiles(CORE)) {
    const src = readFileSync(file, 'utf8');
    for (const m of src.matchAll(/^\s*'([a-zA-Z]+\.[a-zA-Z]+)':\s*(?:async\s*)?\(/gm)) {
      const list = sites.get(m[1]!) ?? [];
      list.push(relative(CORE, file));
      sites.set(m[1]!, list);
    }
  }
  return sites;
}

describe('handler placement', () => {
  const sites = handlerSites();

  it('defines every method of the contract exactly once', () => {
    const missing = Object.keys(api).filter((m) => (sites.get(m)?.length ?? 0) !== 1);
    expect(missing.map((m) => `${m}: ${(sites.get(m) ?? []).join(', ') || 'none'}`)).toEqual([]);
  });

  it('puts each handler in the folder of its domain', () => {
    const misplaced = Object.keys(api).flatMap((m) => {
      const prefix = m.split('.')[0]!;
      const folder = FOLDER_OF_PREFIX[prefix] ?? prefix;
      return (sites.get(m) ?? []).filter((f) => f.split('/')[0] !== folder).map((f) => `${m} in ${f} (expected ${folder}/)`);
    });
    expect(misplaced).toEqual([]);
  });
});
