// Which component draws each board panel. A page names panels by id (shared/board/board-panels.ts).
import type { ComponentType } from 'react';
import type { BoardPanelId } from '../../../../../shared/board/board-panels';
import { CaseCountersPanel } from './case-counters-panel';
import { CategoriesPanel, TrendPanel, VillagesPanel } from './case-chart-panels';
import { CaseFeedPanel } from './case-feed-panel';
import { DutyPanel } from './duty-panel';
import { GridMapPanel } from './grid-map-panel';
import { MeetingsTodayPanel } from './meetings-today-panel';
import { OverdueListPanel } from './overdue-list-panel';
import { RankingPanel } from './ranking-panel';
import { TownFiguresPanel } from './town-figures-panel';

export const PANEL_COMPONENTS: Record<BoardPanelId, ComponentType> = {
  'town-figures': TownFiguresPanel,
  'case-counters': CaseCountersPanel,
  trend: TrendPanel,
  villages: VillagesPanel,
  categories: CategoriesPanel,
  'overdue-list': OverdueListPanel,
  'grid-map': GridMapPanel,
  'case-feed': CaseFeedPanel,
  duty: DutyPanel,
  'meetings-today': MeetingsTodayPanel,
  ranking: RankingPanel,
};
