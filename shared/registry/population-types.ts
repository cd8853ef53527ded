// Population figures with one truth (issue 14 §3): a grid's households and population counted
// from its ledger (基础台账) where it has one, the figures typed into 组织架构 only where it has
// none yet, and the difference where both exist — each with the date it was last updated.
import type { UnitKind } from '../org/org-types';

export interface PopulationCounts {
  households: number;
  /** 户籍人口 (registered residents and 人户分离). */
  registered: number;
  /** 流动人口 (floating residents and 境外人员). */
  floating: number;
}

/** Where the figures shown come from: every grid counted, every grid typed, some of each, or nothing yet. */
export type PopulationSource = 'counted' | 'typed' | 'mixed' | 'none';

export const POPULATION_SOURCE_LABELS: Record<PopulationSource, string> = {
  counted: '台账统计',
  typed: '手工填报',
  mixed: '台账统计 + 手工填报',
  none: '暂无数据',
};

export interface PopulationFigures {
  unitId: string;
  name: string;
  kind: UnitKind;
  /** The figures to show: each grid's counted figures if it has a ledger, else its typed ones; summed upwards. */
  shown: PopulationCounts;
  source: PopulationSource;
  /** Live grids of this unit (1 for a grid). */
  grids: number;
  /** Grids (of this unit) counted from a ledger, and grids showing typed figures. */
  gridsCounted: number;
  gridsTyped: number;
  /** Sums over the grids that have a ledger (null: none has). */
  counted: PopulationCounts | null;
  /** Sums of the typed figures over the grids that have any (null: none has). */
  typed: PopulationCounts | null;
  /** Counted minus typed, summed over the grids that have both (null: no grid has both). */
  difference: PopulationCounts | null;
  /** Epoch ms of the latest ledger change in the counted grids. */
  countedAt: number | null;
  /** Epoch ms of the latest change of the typed figures (of the grids that have any). */
  typedAt: number | null;
}

/** A unit's figures and its children's (villages of the town, grids of a village). */
export interface PopulationReport {
  unit: PopulationFigures;
  children: PopulationFigures[];
}
