// The wall board's panels (大屏面板) and how a page places them. A page is a grid of
// BOARD_GRID.columns × BOARD_GRID.rows cells under the board's header; each panel covers a
// rectangle of cells. Panels show only wall-safe data (no names of residents, no ID or phone
// numbers, places down to the building).

export const BOARD_PANEL_IDS = [
  'town-figures',
  'case-counters',
  'trend',
  'villages',
  'categories',
  'overdue-list',
  'grid-map',
  'case-feed',
  'duty',
  'meetings-today',
  'ranking',
] as const;
export type BoardPanelId = (typeof BOARD_PANEL_IDS)[number];

export interface BoardPanelInfo {
  label: string;
  /** The smallest rectangle (in cells) the panel stays readable in. */
  minW: number;
  minH: number;
}

export const BOARD_PANELS: Record<BoardPanelId, BoardPanelInfo> = {
  'town-figures': { label: '辖区概况', minW: 12, minH: 2 },
  'case-counters': { label: '事件指标', minW: 12, minH: 2 },
  trend: { label: '近14日事件新增与办结', minW: 6, minH: 3 },
  villages: { label: '各村（社区）在办与超期事件', minW: 6, minH: 3 },
  categories: { label: '各类事件在办与超期', minW: 5, minH: 4 },
  'overdue-list': { label: '超期与督办事件', minW: 5, minH: 4 },
  'grid-map': { label: '网格事件分布图', minW: 8, minH: 6 },
  'case-feed': { label: '最新事件', minW: 5, minH: 4 },
  duty: { label: '今日值班', minW: 4, minH: 2 },
  'meetings-today': { label: '今日会议', minW: 4, minH: 3 },
  ranking: { label: '最新考核排名', minW: 5, minH: 4 },
};

export const BOARD_GRID = { columns: 24, rows: 12 } as const;

/** A panel's rectangle on a page, in cells from the top-left corner (0-based). */
export interface BoardPanelPlacement {
  panel: BoardPanelId;
  x: number;
  y: number;
  w: number;
  h: number;
}

/** The page the board shows when no page has been composed: the town's figures and its cases. */
export const DEFAULT_BOARD_PANELS: readonly BoardPanelPlacement[] = [
  { panel: 'town-figures', x: 0, y: 0, w: 24, h: 2 },
  { panel: 'case-counters', x: 0, y: 2, w: 24, h: 2 },
  { panel: 'trend', x: 0, y: 4, w: 9, h: 4 },
  { panel: 'villages', x: 0, y: 8, w: 9, h: 4 },
  { panel: 'categories', x: 9, y: 4, w: 8, h: 8 },
  { panel: 'overdue-list', x: 17, y: 4, w: 7, h: 8 },
];
