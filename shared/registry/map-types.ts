// Grid map measures (SPEC §1: colour the grids by a chosen measure).

export const MAP_MEASURE_LABELS = {
  population: '实有人口',
  households: '户数',
  floating: '流动人口',
  rentals: '出租房屋',
  organisations: '单位场所',
  openCases: '未结事件',
  overdueCases: '超期事件',
  special: '特殊人群',
} as const;
export type MapMeasure = keyof typeof MAP_MEASURE_LABELS;
export const MAP_MEASURES = Object.keys(MAP_MEASURE_LABELS) as [MapMeasure, ...MapMeasure[]];

export interface MapMeasureResult {
  measure: MapMeasure;
  label: string;
  unit: string;
  values: { gridId: string; value: number }[];
  max: number;
  /** False when the data behind the measure is not available (e.g. no cases module yet). */
  available: boolean;
}

export interface GridNeighbors {
  gridId: string;
  neighborIds: string[];
}
