// What the wall board shows from organisation data (cases and assessments come later).

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
  staffOnDuty: number;
  staffTotal: number;
  departments: number;
  gridsOutOfRange: number;
  byVillage: BoardVillageStat[];
}
