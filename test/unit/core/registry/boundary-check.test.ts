import { describe, expect, it } from 'vitest';
import { checkBoundaries, type GridRef } from '../../../../shared/registry/boundary-check';

const LON = 120.1;
const LAT = 29.3;
const D = 0.001; // ≈ 97 m east–west, 111 m north–south here

function box(x0: number, y0: number, x1: number, y1: number): number[][][] {
  const p = (x: number, y: number) => [LON + x * D, LAT + y * D];
  return [[p(x0, y0), p(x1, y0), p(x1, y1), p(x0, y1), p(x0, y0)]];
}

const feature = (props: Record<string, unknown>, coordinates: unknown, type = 'Polygon') => ({ type: 'Feature', properties: props, geometry: { type, coordinates } });
const fc = (...features: unknown[]) => ({ type: 'FeatureCollection', features });

const grids: GridRef[] = [
  { id: 'G1', code: '330782101001001', name: '一网格' },
  { id: 'G2', code: '330782101001002', name: '二网格' },
  { id: 'G3', code: '330782101001003', name: '三网格' },
];

describe('boundary check', () => {
  it('matches features by code or name, derives neighbours from shared borders and reports areas', () => {
    const { report, boundaries } = checkBoundaries(
      fc(feature({ code: '330782101001001' }, box(0, 0, 1, 1)), feature({ 网格名称: '二网格' }, box(1, 0, 2, 1)), feature({ name: '三网格' }, box(0, 1, 2, 2))),
      grids,
    );
    expect(report.errors).toEqual([]);
    expect(report.overlaps).toEqual([]);
    expect(report.gaps).toEqual([]);
    expect(report.matched.map((m) => m.gridId)).toEqual(['G1', 'G2', 'G3']);
    expect(report.matched[0]!.areaKm2).toBeCloseTo(0.01, 2);
    expect(boundaries.size).toBe(3);
    expect(Object.fromEntries(report.neighbours.map((n) => [n.gridId, n.neighborIds]))).toEqual({ G1: ['G2', 'G3'], G2: ['G1', 'G3'], G3: ['G1', 'G2'] });
  });

  it('reports overlaps and gaps between neighbouring grids', () => {
    const overlapping = checkBoundaries(fc(feature({ code: '330782101001001' }, box(0, 0, 1, 1)), feature({ code: '330782101001002' }, box(0.8, 0, 1.8, 1))), grids);
    expect(overlapping.report.overlaps).toHaveLength(1);
    expect(overlapping.report.overlaps[0]).toMatchObject({ aName: '一网格', bName: '二网格' });
    expect(overlapping.report.overlaps[0]!.areaM2).toBeGreaterThan(2000);
    const gapped = checkBoundaries(fc(feature({ code: '330782101001001' }, box(0, 0, 1, 1)), feature({ code: '330782101001002' }, box(1.1, 0, 2.1, 1))), grids);
    expect(gapped.report.gaps).toHaveLength(1);
    expect(gapped.report.gaps[0]!.widthM).toBeGreaterThan(9);
    expect(gapped.report.gaps[0]!.widthM).toBeLessThan(10.5);
    expect(gapped.report.neighbours.every((n) => n.neighborIds.length === 0)).toBe(true);
  });

  it('refuses unclosed, self-intersecting, projected and unknown features', () => {
    const unclosed = box(0, 0, 1, 1);
    unclosed[0]!.pop();
    const bowtie = [[[LON, LAT], [LON + D, LAT + D], [LON + D, LAT], [LON, LAT + D], [LON, LAT]]];
    const { report } = checkBoundaries(
      fc(
        feature({ code: '330782101001001' }, unclosed),
        feature({ code: '330782101001002' }, bowtie),
        feature({ code: '330782101001003' }, [[[40512345, 3245678], [40512445, 3245678], [40512445, 3245778], [40512345, 3245678]]]),
        feature({ name: '不存在' }, box(0, 0, 1, 1)),
        feature({ code: '330782101001001' }, box(5, 5, 6, 6), 'LineString'),
      ),
      grids,
    );
    expect(report.errors.map((e) => e.message)).toEqual([
      expect.stringContaining('外环未闭合（首尾坐标不同）'),
      expect.stringContaining('外环自相交'),
      expect.stringContaining('可能是投影坐标'),
      expect.stringContaining('找不到网格（编码“”，名称“不存在”）'),
      expect.stringContaining('第5个要素与第1个要素都是“一网格”'),
    ]);
    expect(checkBoundaries({ type: 'Feature' }, grids).report.errors[0]!.message).toContain('FeatureCollection');
  });

  it('accepts MultiPolygons and checks new boundaries against the stored ones', () => {
    const stored: GridRef[] = [{ ...grids[0]!, boundary: JSON.stringify({ type: 'Polygon', coordinates: box(0, 0, 1, 1) }) }, grids[1]!];
    const { report } = checkBoundaries(fc(feature({ code: '330782101001002' }, [box(1, 0, 2, 1), box(3, 0, 4, 1)], 'MultiPolygon')), stored);
    expect(report.errors).toEqual([]);
    expect(report.neighbours.find((n) => n.gridId === 'G2')!.neighborIds).toEqual(['G1']);
  });
});
