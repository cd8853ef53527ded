// What the wall board shows from organisation data (cases and assessments come later).
import type { PopulationFigures } from '../registry/population-types';

export interface BoardVillageStat {
  id: string;
  name: string;
  kind: 'village' | 'community';
  grids: number;
  households: number;
  populationRegistered: number;
  populationFloating: number;
}

export interface BoardSummary {
  townName: string;
  generatedAt: string;
  villages: number;
  communities: number;
  grids: number;
  households: number;
  populationRegistered: number;
  populationFloating: number;
  /** The town's population figures in full: source, counted and typed, difference, dates. */
  population: PopulationFigures;
  staffOnDuty: number;
  staffTotal: number;
  departments: number;
  gridsOutOfRange: number;
  byVillage: BoardVillageStat[];
}
