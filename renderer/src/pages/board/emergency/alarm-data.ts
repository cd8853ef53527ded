// The wall's map and alarm reads. The shapes change only with org_unit (their `changed` event
// refetches them), so they are not refetched on a timer: a case change costs the small counts
// (board.map), never the town's polygons again.
import { useMemo } from 'react';
import type { BoardMapGridCount, MapUnit } from '../../../../../shared/board/board-alarm-types';
import { useRpcQuery } from '../../../app/rpc-hooks';
import { registerGeoMap } from '../../../ui/geo-chart';
import { buildTownMap, type TownMap } from '../../map/map-data';
import { BOARD_REFETCH } from '../panels/board-data';

export const useBoardMapShapes = () => useRpcQuery('board.mapShapes', {}, { silent: true, staleTime: Infinity });
export const useBoardMap = () => useRpcQuery('board.map', {}, BOARD_REFETCH);
export const useBoardEmergencies = () => useRpcQuery('board.emergencies', {}, BOARD_REFETCH);

export interface WallMap {
  town: TownMap<MapUnit>;
  mapName: string;
}

/** The town's map registered with ECharts once per set of shapes; null until they arrive. */
export function useWallMap(): { map: WallMap | null; error: ReturnType<typeof useBoardMapShapes>['error'] } {
  const shapes = useBoardMapShapes();
  const map = useMemo(() => {
    if (!shapes.data) return null;
    const town = buildTownMap(shapes.data.units);
    return { town, mapName: registerGeoMap('wall', town.collection) };
  }, [shapes.data]);
  return { map, error: shapes.error };
}

/** board.map's counts by grid id and its emergency and alerted grids as sets. */
export function useMapMarks() {
  const q = useBoardMap();
  return useMemo(
    () => ({
      counts: new Map<string, BoardMapGridCount>((q.data?.grids ?? []).map((g) => [g.gridId, g])),
      emergency: new Set(q.data?.emergencyGridIds ?? []),
      alerted: new Set(q.data?.alertedGridIds ?? []),
      error: q.error,
      ready: !!q.data,
    }),
    [q.data, q.error],
  );
}
