// 网格地图: the town's grids coloured by their open and overdue cases (legend below), village
// outlines and names, the grid of an unacknowledged 突发 case pulsing red and the neighbouring
// grids alerted outlined in yellow. Tidy empty state until grid boundaries are imported.
import { useMemo } from 'react';
import { BOARD_PANELS } from '../../../../../shared/board/board-panels';
import { GeoChart } from '../../../ui/geo-chart';
import { useReducedMotion } from '../../../ui/reduced-motion';
import { useMapMarks, useWallMap } from '../emergency/alarm-data';
import { ALERTED_COLOR, EMERGENCY_COLOR, GRID_LEVELS, wallMapOption } from './grid-map-option';
import '../emergency/alarm.css';
import { PanelEmpty, PanelFrame, PanelWaiting } from './panel-frame';

export function GridMapPanel() {
  const { map, error } = useWallMap();
  const marks = useMapMarks();
  const reducedMotion = useReducedMotion();
  const option = useMemo(
    () => (map && map.town.grids.size ? wallMapOption({ ...map, counts: marks.counts, emergency: marks.emergency, alerted: marks.alerted, reducedMotion }) : null),
    [map, marks, reducedMotion],
  );
  let body;
  if (!map || !marks.ready) body = <PanelWaiting error={error ?? marks.error} />;
  else if (!option) body = <PanelEmpty>尚未导入网格边界</PanelEmpty>;
  else {
    body = (
      <div className="tgb-map">
        <div className="tgb-map-chart">
          <GeoChart option={option} testId="board-grid-map" />
        </div>
        <GridMapLegend emergencies={marks.emergency.size} alerted={marks.alerted.size} />
        {/* What the canvas draws, said for tests and screen readers. */}
        <ul className="tgb-sr-only" data-testid="board-map-marks">
          {[...marks.emergency].map((id) => (
            <li key={id} data-grid={id} data-mark="emergency">
              {map.town.grids.get(id)?.name ?? ''}：突发事件
            </li>
          ))}
          {[...marks.alerted].map((id) => (
            <li key={id} data-grid={id} data-mark="alerted">
              {map.town.grids.get(id)?.name ?? ''}：联动通报
            </li>
          ))}
        </ul>
      </div>
    );
  }
  return (
    <PanelFrame title={BOARD_PANELS['grid-map'].label} testId="board-panel-grid-map">
      {body}
    </PanelFrame>
  );
}

function GridMapLegend({ emergencies, alerted }: { emergencies: number; alerted: number }) {
  return (
    <div className="tgb-map-legend" data-testid="board-map-legend">
      {GRID_LEVELS.map((l) => (
        <span key={l.key} className="tgb-map-key">
          <i style={{ background: l.color }} />
          {l.label}
        </span>
      ))}
      <span className={emergencies ? 'tgb-map-key tgb-map-key-on' : 'tgb-map-key'}>
        <i className="tgb-map-key-pulse" style={{ background: EMERGENCY_COLOR }} />
        突发事件网格
      </span>
      <span className={alerted ? 'tgb-map-key tgb-map-key-on' : 'tgb-map-key'}>
        <i style={{ border: `2px dashed ${ALERTED_COLOR}` }} />
        联动通报网格
      </span>
    </div>
  );
}
