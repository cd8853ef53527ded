import { describe, expect, it } from 'vitest';
import {
  findGaps,
  findSelfIntersection,
  intersectionArea,
  openRing,
  sharedBorderLength,
  signedArea,
  triangulate,
  type Pt,
} from '../../../../shared/registry/geometry';

const square = (x: number, y: number, s: number): Pt[] => [
  [x, y],
  [x + s, y],
  [x + s, y + s],
  [x, y + s],
];
const area = (tris: [Pt, Pt, Pt][]) => tris.reduce((sum, t) => sum + Math.abs(signedArea(t)), 0);

describe('geometry', () => {
  it('drops the closing point and repeated vertices', () => {
    expect(openRing([[0, 0], [1, 0], [1, 0], [1, 1], [0, 0]])).toEqual([[0, 0], [1, 0], [1, 1]]);
  });

  it('triangulates concave rings of either orientation without losing area', () => {
    const l: Pt[] = [[0, 0], [2, 0], [2, 1], [1, 1], [1, 2], [0, 2]];
    expect(area(triangulate(l))).toBeCloseTo(3);
    expect(area(triangulate([...l].reverse()))).toBeCloseTo(3);
  });

  it('computes the overlap of simple polygons exactly', () => {
    expect(intersectionArea(square(0, 0, 10), square(5, 5, 10))).toBeCloseTo(25);
    expect(intersectionArea(square(0, 0, 10), square(10, 0, 10))).toBeCloseTo(0);
    const l: Pt[] = [[0, 0], [20, 0], [20, 10], [10, 10], [10, 20], [0, 20]];
    expect(intersectionArea(l, square(5, 5, 10))).toBeCloseTo(75);
    expect(intersectionArea(l, square(12, 12, 5))).toBeCloseTo(0);
  });

  it('finds self-intersections (bow-tie) and accepts simple rings', () => {
    expect(findSelfIntersection(square(0, 0, 1))).toBeNull();
    expect(findSelfIntersection([[0, 0], [2, 2], [2, 0], [0, 2]])).toEqual([0, 2]);
  });

  it('measures shared borders, including T-junctions where one side has extra vertices', () => {
    const a = square(0, 0, 10);
    expect(sharedBorderLength(a, square(10, 0, 10), 0.5)).toBeCloseTo(10);
    expect(sharedBorderLength(a, square(10, 5, 10), 0.5)).toBeCloseTo(5);
    expect(sharedBorderLength(a, square(10, 10, 10), 0.5)).toBeCloseTo(0); // corner touch
    const b: Pt[] = [[10, 0], [20, 0], [20, 20], [10, 20], [10, 15], [10, 5]];
    expect(sharedBorderLength(a, b, 0.5)).toBeCloseTo(10);
  });

  it('finds slivers between neighbours but not at the outer edge or triple junctions', () => {
    const a = { owner: 0, ring: square(0, 0, 100) };
    const gapped = { owner: 1, ring: square(108, 0, 100) };
    expect(findGaps([a, gapped], 1, 50)).toEqual([{ a: 0, b: 1, width: 8 }]);
    const far = { owner: 1, ring: square(180, 0, 100) };
    expect(findGaps([a, far], 1, 50)).toEqual([]);
    const tiled = [a, { owner: 1, ring: square(100, 0, 100) }, { owner: 2, ring: square(0, 100, 200) }];
    expect(findGaps(tiled, 1, 50)).toEqual([]);
  });
});
