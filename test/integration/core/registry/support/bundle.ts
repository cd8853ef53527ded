// Builds TypeScript entry points of the core into runnable ES modules (vite's SSR build:
// packages stay external and load from node_modules), so tests can run the real core code in
// a child process or a worker thread — as the desktop app runs it — rather than in vitest.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'vite';

const ROOT = resolve(import.meta.dirname, '../../../../..');
/** Inside node_modules so the bundles' bare imports (better-sqlite3, exceljs …) resolve. */
const OUT = resolve(ROOT, 'node_modules/.cache/towngrid-registry-tests');

export async function bundleEntries(entries: Record<string, string>, dirName: string): Promise<Record<string, string>> {
  const outDir = resolve(OUT, dirName);
  mkdirSync(outDir, { recursive: true });
  const input = Object.fromEntries(Object.entries(entries).map(([name, file]) => [name, resolve(ROOT, file)]));
  await build({
    configFile: false,
    logLevel: 'silent',
    root: ROOT,
    build: {
      ssr: true,
      outDir,
      emptyOutDir: true,
      minify: false,
      target: 'node20',
      rollupOptions: { input, output: { format: 'es', entryFileNames: '[name].mjs', chunkFileNames: '[name]-[hash].mjs' } },
    },
  });
  return Object.fromEntries(Object.keys(entries).map((name) => [name, resolve(outDir, `${name}.mjs`)]));
}
