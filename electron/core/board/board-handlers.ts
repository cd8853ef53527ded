// The wall board's live figures: organisation figures and case figures. No personal data here.
import type { BoardSummary, BoardVillageStat } from '../../../shared/board/board-types';
import { gridSizeWarning } from '../../../shared/org/grid-size';
import type { GridType } from '../../../shared/org/org-types';
import type { Handlers } from '../rpc/handler-types';
import { boardCases } from './board-cases';
import { populationOf } from '../registry/population-figures';
import { gridSizeRanges } from '../org/org-handlers';
import { readSetting, SETTING_KEYS, type TownSetting } from '../settings/settings-repo';

export const boardHandlers: Pick<Handlers, 'board.summary' | 'board.cases'> = {
  'board.summary': (_input, { core }) => {
    const db = core.db;
    const town = readSetting<TownSetting | null>(db, SETTING_KEYS.town, null);
    // One truth for the figures: counted from the ledgers where they exist (population-figures.ts).
    const population = populationOf(db, null);
    const villages: BoardVillageStat[] = population.children
      .filter((v) => v.kind === 'village' || v.kind === 'community')
      .map((v) => ({
        id: v.unitId,
        name: v.name,
        kind: v.kind as 'village' | 'community',
        grids: v.grids,
        households: v.shown.households,
        populationRegistered: v.shown.registered,
        populationFloating: v.shown.floating,
      }));
    const ranges = gridSizeRanges(db);
    // As arrays: better-sqlite3 builds row objects key by key (2,000 grids in a county).
    const grids = (db.cached("SELECT id, households, grid_type FROM org_unit WHERE kind = 'grid' AND archived = 0").raw().all() as [string, number, GridType | null][]).map(
      ([id, households, grid_type]) => ({ id, households, grid_type }),
    );
    const staff = db.prepare('SELECT count(*) AS total, coalesce(sum(on_duty), 0) AS on_duty FROM staff WHERE archived = 0').get() as {
      total: number;
      on_duty: number;
    };
    const departments = (db.prepare('SELECT count(*) AS n FROM department WHERE archived = 0').get() as { n: number }).n;
    const summary: BoardSummary = {
      townName: town?.name ?? '',
      generatedAt: new Date(core.now()).toISOString(),
      villages: villages.filter((v) => v.kind === 'village').length,
      communities: villages.filter((v) => v.kind === 'community').length,
      grids: grids.length,
      households: population.unit.shown.households,
      populationRegistered: population.unit.shown.registered,
      populationFloating: population.unit.shown.floating,
      population: population.unit,
      staffOnDuty: staff.on_duty,
      staffTotal: staff.total,
      departments,
      gridsOutOfRange: grids.filter((g) => gridSizeWarning(population.shownByGrid.get(g.id)?.households ?? g.households, g.grid_type, ranges) !== null).length,
      byVillage: villages,
    };
    return summary;
  },

  'board.cases': (_input, ctx) => boardCases(ctx.core.db, ctx.core.now()),
};
