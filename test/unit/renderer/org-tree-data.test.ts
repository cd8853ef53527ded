// The units a grid-scoped account is offered: its grids, what lies above them and below them.
import { describe, expect, it } from 'vitest';
import type { OrgUnit, UnitKind } from '../../../shared/org/org-types';
import { unitsOfGrids } from '../../../renderer/src/pages/org/org-tree-data';

const unit = (id: string, kind: UnitKind, parentId: string | null): OrgUnit => ({
  id,
  parentId,
  kind,
  level: 0,
  code: id,
  name: id,
  gridType: null,
  households: 0,
  populationRegistered: 0,
  populationFloating: 0,
  areaKm2: null,
  boundary: null,
  archived: false,
  updatedAt: '',
});

const TOWN = [
  unit('town', 'town', null),
  unit('v1', 'village', 'town'),
  unit('g11', 'grid', 'v1'),
  unit('b111', 'building', 'g11'),
  unit('g12', 'grid', 'v1'),
  unit('c2', 'community', 'town'),
  unit('g21', 'grid', 'c2'),
];

describe('unitsOfGrids', () => {
  it('keeps the grids, their village and town and what lies inside them; nothing else', () => {
    expect(unitsOfGrids(TOWN, ['g11']).map((u) => u.id)).toEqual(['town', 'v1', 'g11', 'b111']);
    expect(unitsOfGrids(TOWN, ['g12', 'g21']).map((u) => u.id)).toEqual(['town', 'v1', 'g12', 'c2', 'g21']);
  });

  it('offers every unit to an account not limited by grid, and none to one serving no grid', () => {
    expect(unitsOfGrids(TOWN, null)).toHaveLength(TOWN.length);
    expect(unitsOfGrids(TOWN, [])).toEqual([]);
    expect(unitsOfGrids(TOWN, ['gone'])).toEqual([]);
  });
});
