// The small map of a notice board: the grid filled, its neighbours outlined and named.
// SVG renderer so the print/PDF stays sharp; no animation so the page is ready at once.
import { useMemo } from 'react';
import type { OrgUnit } from '../../../../shared/org/org-types';
import { GeoChart, outerRings, parseBoundary, registerGeoMap, ringCentroid, type FeatureCollection, type GeoChartOption } from '../../ui/geo-chart';

interface Props {
  grid: { id: string; name: string; boundary: string | null };
  neighbours: { id: string; name: string }[];
  units: OrgUnit[];
  onRendered?: () => void;
}

export function GridMiniMap({ grid, neighbours, units, onRendered }: Props) {
  const { mapName, labels, lat } = useMemo(() => {
    const byId = new Map(units.map((u) => [u.id, u]));
    const features: FeatureCollection['features'] = [];
    const labels: { name: string; value: [number, number]; own: boolean }[] = [];
    let latSum = 0;
    let latN = 0;
    const add = (id: string, name: string, boundary: string | null | undefined, own: boolean) => {
      const g = parseBoundary(boundary);
      if (!g) return;
      features.push({ type: 'Feature', properties: { name: id }, geometry: g });
      const ring = outerRings(g)[0] ?? [];
      labels.push({ name, value: ringCentroid(ring), own });
      for (const p of ring) {
        latSum += p[1];
        latN += 1;
      }
    };
    add(grid.id, grid.name, grid.boundary, true);
    for (const n of neighbours) add(n.id, n.name, byId.get(n.id)?.boundary, false);
    return { mapName: features.length ? registerGeoMap('notice', { type: 'FeatureCollection', features }) : null, labels, lat: latN ? latSum / latN : 30 };
  }, [grid, neighbours, units]);

  const option = useMemo<GeoChartOption | null>(
    () =>
      mapName
        ? {
            animation: false,
            geo: {
              map: mapName,
              roam: false,
              silent: true,
              aspectScale: Math.cos((lat * Math.PI) / 180),
              layoutCenter: ['50%', '50%'],
              layoutSize: '100%',
              label: { show: false },
              itemStyle: { areaColor: '#f4f6f9', borderColor: '#8c9bb0', borderWidth: 1, borderType: 'dashed' },
              regions: [{ name: grid.id, itemStyle: { areaColor: '#ffe7ba', borderColor: '#cf1322', borderWidth: 3, borderType: 'solid' } }],
            },
            series: [
              {
                type: 'scatter',
                coordinateSystem: 'geo',
                symbolSize: 0,
                silent: true,
                data: labels.map((l) => ({
                  name: l.name,
                  value: l.value,
                  label: l.own
                    ? { fontSize: 15, fontWeight: 'bold', color: '#a8071a', backgroundColor: 'rgba(255,255,255,0.85)', padding: [2, 6], borderRadius: 3 }
                    : { fontSize: 10, color: '#5b6b7f' },
                })),
                label: { show: true, formatter: '{b}' },
              },
            ],
          }
        : null,
    [mapName, labels, lat, grid.id],
  );

  if (!option) return <div className="tg-notice-nomap">本网格尚未绘制边界</div>;
  return <GeoChart option={option} renderer="svg" onRendered={onRendered} testId="notice-map" />;
}
