// The Electron main process must stay free of database work: everything it imports,
// followed transitively, must not reach the database driver (better-sqlite3-multiple-ciphers) or the core's database code.
// It talks to the core only through the worker client.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const IMPORT_RE = /(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function resolveLocal(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = resolve(dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, resolve(base, 'index.ts')]) {
    if (existsSync(candidate) && candidate.match(/\.tsx?$|\.json$/)) return candidate;
  }
  return null;
}

function graph(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const stack = [entry];
  while (stack.length) {
    const file = stack.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    if (file.endsWith('.json')) continue;
    const src = readFileSync(file, 'utf8');
    for (const m of src.matchAll(IMPORT_RE)) {
      const spec = (m[1] ?? m[2])!;
      const local = resolveLocal(file, spec);
      if (local) stack.push(local);
      else if (!spec.startsWith('.')) packages.add(spec);
    }
  }
  return { files, packages };
}

describe('Electron main thread', () => {
  const { files, packages } = graph(resolve(ROOT, 'electron/main/index.ts'));
  const rel = [...files].map((f) => relative(ROOT, f));

  it('reaches the core only through the worker client', () => {
    expect(rel).toContain('electron/core/host/worker-client.ts');
    expect(rel.filter((f) => f.startsWith('electron/core/db/'))).toEqual([]);
    expect(rel).not.toContain('electron/core/app.ts');
    expect(rel.filter((f) => /-handlers\.ts$/.test(f))).toEqual([]);
  });

  it('never loads the database driver', () => {
    expect([...packages]).not.toContain('better-sqlite3-multiple-ciphers');
  });

  it('the worker entry is what opens the database', () => {
    const worker = graph(resolve(ROOT, 'electron/core/worker.ts'));
    expect([...worker.packages]).toContain('better-sqlite3-multiple-ciphers');
  });
});
