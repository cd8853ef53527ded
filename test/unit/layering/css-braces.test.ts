// A stylesheet with an unclosed brace loses every rule after it without any error: the browser
// reads them as part of the open block (the routine screens' visit, dispute and duty layouts
// were lost so). Every renderer stylesheet must open and close its blocks in balance.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');

function stylesheets(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? stylesheets(join(dir, e.name)) : e.name.endsWith('.css') ? [join(dir, e.name)] : [],
  );
}

/** The first line where a block is still open when a rule starts at the top level, or the depth at the end. */
function imbalance(css: string): string | null {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' ')).replace(/"[^"\n]*"|'[^'\n]*'/g, '""');
  let depth = 0;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    for (const ch of lines[i]!) {
      if (ch === '{') depth++;
      else if (ch === '}') depth--;
      if (depth < 0) return `line ${i + 1}: a closing brace with no block open`;
    }
  }
  return depth === 0 ? null : `${depth} block(s) never closed`;
}

describe('renderer stylesheets', () => {
  it('close every block they open', () => {
    const files = stylesheets(join(ROOT, 'renderer/src'));
    expect(files.length).toBeGreaterThan(0);
    const bad = files.map((f) => [relative(ROOT, f), imbalance(readFileSync(f, 'utf8'))]).filter(([, why]) => why !== null);
    expect(bad).toEqual([]);
  });
});
