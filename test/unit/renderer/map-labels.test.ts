// The grid map's names: village names first, grid names only where they fit and collide with
// no name already placed (a full name falls back to the short one, else it is left out).
import { describe, expect, it } from 'vitest';
import type { MapUnit } from '../../../shared/board/board-alarm-types';
import { buildTownMap, townLabels } from '../../../renderer/src/pages/map/map-data';
import { layoutMapLabels, overlaps, villageLabelRect, type GridLabelInput } from '../../../renderer/src/pages/map/map-labels';

const grid = (id: string, at: [number, number], full = `上溪村${id}`, short = id): GridLabelInput => ({ id, at, box: { w: 1, h: 1 }, full, short });

describe('map label layout', () => {
  it('leaves out a grid name under a village name, keeps the others', () => {
    const px = 100; // 1 lon/lat unit = 100 px
    const layout = layoutMapLabels({
      grids: [grid('第1网格', [0, 0.14]), grid('第2网格', [2, 0]), grid('第3网格', [0, -2])],
      villages: [{ name: '上溪村', at: [0, 0] }], // drawn 14 px above its centre: over 第1网格's name
      pxX: px,
      pxY: px,
      zoom: 1,
    });
    expect([...layout.grids.keys()].sort()).toEqual(['第2网格', '第3网格']);
    expect(overlaps(villageLabelRect({ name: '上溪村', at: [0, 0] }, px, px), { x0: -20, y0: -16, x1: 20, y1: -12 })).toBe(true);
  });

  it('of two grid names in the same place the bigger grid’s is kept; zoomed in, full names where they fit', () => {
    const big = { ...grid('第1网格', [0, 0]), box: { w: 2, h: 2 } };
    const small = grid('第2网格', [0.4, 0]);
    const near = layoutMapLabels({ grids: [small, big], villages: [], pxX: 100, pxY: 100, zoom: 1 });
    expect([...near.grids]).toEqual([['第1网格', '第1网格']]);
    const zoomed = layoutMapLabels({ grids: [small, big], villages: [], pxX: 400, pxY: 400, zoom: 4 });
    expect(zoomed.grids.get('第1网格')).toBe('上溪村第1网格');
    expect(zoomed.grids.get('第2网格')).toBe('上溪村第2网格');
    for (const [i, a] of zoomed.boxes.entries()) for (const b of zoomed.boxes.slice(i + 1)) expect(overlaps(a, b)).toBe(false);
  });

  it('leaves out names of grids too small to hold them', () => {
    const layout = layoutMapLabels({ grids: [grid('第1网格', [0, 0])], villages: [], pxX: 10, pxY: 10, zoom: 1 });
    expect(layout.grids.size).toBe(0);
  });
});

/** A town like the demo's: villages side by side, each cut into a 3×3 block of grids. */
function town(): MapUnit[] {
  const units: MapUnit[] = [];
  const square = (x: number, y: number, w: number, h: number) =>
    JSON.stringify({ type: 'Polygon', coordinates: [[[x, y], [x + w, y], [x + w, y + h], [x, y + h], [x, y]]] });
  const names = ['上溪村', '溪口村', '凤栖社区', '樟树下村'];
  names.forEach((name, v) => {
    const vx = 120 + v * 0.03;
    units.push({ id: `v${v}`, parentId: 't', kind: v === 2 ? 'community' : 'village', name, boundary: square(vx, 29, 0.03, 0.03), archived: false });
    for (let i = 0; i < 9; i++) {
      units.push({ id: `v${v}g${i}`, parentId: `v${v}`, kind: 'grid', name: `${name}第${i + 1}网格`, boundary: square(vx + (i % 3) * 0.01, 29 + Math.floor(i / 3) * 0.01, 0.01, 0.01), archived: false });
    }
  });
  return units;
}

describe('the town map’s names', () => {
  it('never overlap, at the default zoom or zoomed in, on a 1366×768 desk and a 1920×1080 one; every village is named', () => {
    const units = town();
    const map = buildTownMap(units);
    const villageNames = new Map(units.filter((u) => u.kind !== 'grid').map((u) => [u.id, u.name]));
    for (const size of [{ width: 860, height: 560 }, { width: 1400, height: 860 }]) {
      for (const zoom of [1, 2, 4]) {
        const layout = townLabels(map, villageNames, zoom, size);
        for (const [i, a] of layout.boxes.entries()) for (const b of layout.boxes.slice(i + 1)) expect(overlaps(a, b), `${size.width}px ×${zoom}`).toBe(false);
        expect(layout.boxes.length - layout.grids.size).toBe(4);
        // The middle grid of each block lies under its village's name: left out.
        for (let v = 0; v < 4; v++) expect(layout.grids.has(`v${v}g4`)).toBe(false);
        if (zoom === 4) expect(layout.grids.size).toBeGreaterThan(18);
      }
    }
  });
});
