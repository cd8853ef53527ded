// How a grid fits a narrow window: key columns stay, the others give way lowest priority first.
import { describe, expect, it } from 'vitest';
import { columnsToHide, gridHeights } from '../../../renderer/src/ui/column-fit';

const cols = [
  { id: 'number', minWidth: 150 },
  { id: 'title', minWidth: 160 },
  { id: 'category', minWidth: 140, givesWay: 3 },
  { id: 'source', minWidth: 100, givesWay: 4 },
  { id: 'grid', minWidth: 120, givesWay: 2 },
  { id: 'status', minWidth: 120 },
  { id: 'memo', minWidth: 100, givesWay: 4 },
];
const all = cols.reduce((s, c) => s + c.minWidth, 0); // 890

describe('column fit', () => {
  it('hides nothing when every column fits', () => {
    expect(columnsToHide(cols, all)).toEqual(new Set());
    expect(columnsToHide(cols, 2560)).toEqual(new Set());
  });

  it('hides the highest rank first, the rightmost of equal ranks first, and no more than needed', () => {
    expect(columnsToHide(cols, all - 1)).toEqual(new Set(['memo']));
    expect(columnsToHide(cols, all - 101)).toEqual(new Set(['memo', 'source']));
    expect(columnsToHide(cols, all - 201)).toEqual(new Set(['memo', 'source', 'category']));
    expect(columnsToHide(cols, 430)).toEqual(new Set(['memo', 'source', 'category', 'grid']));
  });

  it('never hides a key column, even when the key columns alone do not fit', () => {
    expect(columnsToHide(cols, 200)).toEqual(new Set(['memo', 'source', 'category', 'grid']));
  });

  it('tightens rows only in a low window', () => {
    expect(gridHeights({ rowHeight: 40, headerHeight: 40 }, 1080)).toEqual({ rowHeight: 40, headerHeight: 40 });
    expect(gridHeights({ rowHeight: 40, headerHeight: 40 }, 768)).toEqual({ rowHeight: 34, headerHeight: 36 });
    expect(gridHeights({ rowHeight: 32, headerHeight: 32 }, 768)).toEqual({ rowHeight: 30, headerHeight: 32 });
  });
});
