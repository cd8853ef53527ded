// The wall board's live figures: organisation figures and case figures. No personal data here.
import type { BoardSummary, BoardVillageStat } from '../../../shared/board/board-types';
import { gridSizeWarning } from '../../../shared/org/grid-size';
import type { GridType } from '../../../shared/org/org-types';
import type { Handlers } from '../rpc/handler-types';
import { boardCases } from './board-cases';
import { gridSizeRanges } from '../org/org-handlers';
import { readSetting, SETTING_KEYS, type TownSetting } from '../settings/settings-repo';

export const boardHandlers: Pick<Handlers, 'board.summary' | 'board.cases'> = {
  'board.summary': (_input, { core }) => {
    const db = core.db;
    const town = readSetting<TownSetting | null>(db, SETTING_KEYS.town, null);
    const byVillage = db
      .prepare(
        `SELECT v.id, v.name, v.kind,
           count(g.id) AS grids,
           coalesce(sum(g.households), 0) AS households,
           coalesce(sum(g.population_registered), 0) AS population_registered,
           coalesce(sum(g.population_floating), 0) AS population_floating
         FROM org_unit v LEFT JOIN org_unit g ON g.parent_id = v.id AND g.kind = 'grid' AND g.archived = 0
         WHERE v.kind IN ('village', 'community') AND v.archived = 0
         GROUP BY v.id ORDER BY v.code`,
      )
      .all() as { id: string; name: string; kind: 'village' | 'community'; grids: number; households: number; population_registered: number; population_floating: number }[];
    const villages: BoardVillageStat[] = byVillage.map((v) => ({
      id: v.id,
      name: v.name,
      kind: v.kind,
      grids: v.grids,
      households: v.households,
      populationRegistered: v.population_registered,
      populationFloating: v.population_floating,
    }));
    const ranges = gridSizeRanges(db);
    const grids = db.prepare("SELECT households, grid_type FROM org_unit WHERE kind = 'grid' AND archived = 0").all() as {
      households: number;
      grid_type: GridType | null;
    }[];
    const staff = db.prepare('SELECT count(*) AS total, coalesce(sum(on_duty), 0) AS on_duty FROM staff WHERE archived = 0').get() as {
      total: number;
      on_duty: number;
    };
    const departments = (db.prepare('SELECT count(*) AS n FROM department WHERE archived = 0').get() as { n: number }).n;
    const sum = (f: (v: BoardVillageStat) => number) => villages.reduce((s, v) => s + f(v), 0);
    const summary: BoardSummary = {
      townName: town?.name ?? '',
      generatedAt: new Date(core.now()).toISOString(),
      villages: villages.filter((v) => v.kind === 'village').length,
      communities: villages.filter((v) => v.kind === 'community').length,
      grids: grids.length,
      households: sum((v) => v.households),
      populationRegistered: sum((v) => v.populationRegistered),
      populationFloating: sum((v) => v.populationFloating),
      staffOnDuty: staff.on_duty,
      staffTotal: staff.total,
      departments,
      gridsOutOfRange: grids.filter((g) => gridSizeWarning(g.households, g.grid_type, ranges) !== null).length,
      byVillage: villages,
    };
    return summary;
  },

  'board.cases': (_input, ctx) => boardCases(ctx.core.db, ctx.core.now()),
};
