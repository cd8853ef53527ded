// Finds the grid a spreadsheet cell names: by code, by full name, by "village + grid" text,
// or by a short name that is unique in the town ('第1网格' only if one grid has it).
import { cellText } from '../../../../shared/registry/cell-parse';
import type { ReadDb } from '../../db/read-db';
import { loadGrids, type GridInfo } from '../unit-scope';

export type GridLookup = { ok: true; grid: GridInfo } | { ok: false; reason: string };

function squash(s: string): string {
  return s.normalize('NFKC').replace(/[\s\-—_·•()（）]/g, '');
}

export class GridResolver {
  private readonly byCode = new Map<string, GridInfo>();
  private readonly byName = new Map<string, GridInfo[]>();
  private readonly cache = new Map<string, GridLookup>();
  readonly grids: GridInfo[];

  constructor(db: ReadDb) {
    this.grids = loadGrids(db, false);
    for (const g of this.grids) {
      this.byCode.set(g.code, g);
      for (const name of new Set([squash(g.name), squash(g.villageName + g.name)])) {
        this.byName.set(name, [...(this.byName.get(name) ?? []), g]);
      }
    }
  }

  resolve(value: unknown): GridLookup {
    const text = cellText(value as string);
    let r = this.cache.get(text);
    if (!r) {
      r = this.lookup(text);
      this.cache.set(text, r);
    }
    return r;
  }

  private lookup(text: string): GridLookup {
    const key = squash(text);
    const byCode = this.byCode.get(key);
    if (byCode) return { ok: true, grid: byCode };
    const named = this.byName.get(key) ?? [];
    if (named.length === 1) return { ok: true, grid: named[0]! };
    if (named.length > 1) return { ok: false, reason: `网格名称“${text}”不唯一，请填写网格编码` };
    return { ok: false, reason: `所属网格“${text}”不存在（请填写网格名称或编码）` };
  }
}
