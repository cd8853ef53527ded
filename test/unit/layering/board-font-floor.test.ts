// Text on the wall must stay readable from 5 m on the smallest screen the board is scaled to
// (a 1366×768 projector shows the 1920×1080 stage at 0.71×): no font on the board's stage is
// set below 16 px (11 px on that projector, 16 px on a 1080p wall).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const BOARD_DIR = join(import.meta.dirname, '../../../renderer/src/pages/board');
const BOARD_FONT_FLOOR_PX = 16;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : /\.(css|tsx?)$/.test(e.name) ? [join(dir, e.name)] : []));
}

describe('board font floor', () => {
  it(`sets no font below ${BOARD_FONT_FLOOR_PX}px in the board's styles and charts`, () => {
    const small: string[] = [];
    for (const file of filesUnder(BOARD_DIR)) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/font-?size:\s*['"]?(\d+(?:\.\d+)?)(px)?/gi)) {
        if (Number(m[1]) < BOARD_FONT_FLOOR_PX) small.push(`${file.slice(BOARD_DIR.length + 1)}: ${m[0]}`);
      }
    }
    expect(small).toEqual([]);
  });
});
