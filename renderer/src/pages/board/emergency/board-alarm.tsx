// Emergency mode on the wall: while a 突发 case waits for a desk's 「确认收到」 the board turns
// into an alarm whatever page it shows — a red frame, a banner with the case (number, subject,
// building, grid, time, how long it has waited), a small map of its grid and the neighbouring
// grids alerted, who responds there and whether each team has acknowledged, and a sound where
// the display allows it. Several emergencies queue (oldest first, with the count).
import { SoundOutlined } from '@ant-design/icons';
import { useMemo } from 'react';
import type { BoardEmergency } from '../../../../../shared/board/board-alarm-types';
import { GeoChart } from '../../../ui/geo-chart';
import { useReducedMotion } from '../../../ui/reduced-motion';
import { useHoldQuietReload } from '../board-quiet-reload';
import { ALERTED_COLOR, EMERGENCY_COLOR, wallMapOption } from '../panels/grid-map-option';
import { useBoardEmergencies, useMapMarks, useWallMap } from './alarm-data';
import { alarmTime, elapsedText, gridText, useNow } from './alarm-format';
import { useAlarmSound } from './alarm-sound';
import './alarm.css';

export function BoardAlarm() {
  const q = useBoardEmergencies();
  const data = q.data;
  const first = data?.items[0] ?? null;
  const sound = useAlarmSound(first !== null);
  const now = useNow(first !== null);
  // No quiet-hour reload of the wall while it is in alarm.
  useHoldQuietReload(first !== null);
  if (!data || !first) return null;
  return (
    <>
      <div className="tga-frame" aria-hidden />
      <section className="tga-alarm" role="alert" data-testid="board-alarm" data-case={first.number}>
        <div className="tga-main">
          <div className="tga-head">
            <span className="tga-badge">突发事件</span>
            <span className="tga-wait">待值班台确认收到</span>
            {data.total > 1 ? (
              <span className="tga-queue" data-testid="board-alarm-count">
                共 {data.total} 起待确认
              </span>
            ) : null}
            <span className="tga-sound">
              {sound.state === 'blocked' ? (
                <button type="button" className="tga-sound-button" onClick={sound.enable} data-testid="board-alarm-sound">
                  <SoundOutlined /> 点击开启警报声音
                </button>
              ) : sound.state === 'on' ? (
                <span className="tga-sound-on">
                  <SoundOutlined /> 警报声音已开启
                </span>
              ) : null}
            </span>
          </div>
          <div className="tga-subject">
            <span className="tga-number">{first.number}</span>
            {first.subject}
          </div>
          <div className="tga-place">
            {first.place ? `${first.place} · ` : ''}
            {gridText(first)}
          </div>
          <div className="tga-time">
            登记于 {alarmTime(first.receivedAt)} · 已过 <b data-testid="board-alarm-elapsed">{elapsedText(now - first.receivedAt)}</b>
          </div>
          <Responders emergency={first} />
          {data.items.length > 1 ? (
            <div className="tga-next">
              其后：
              {data.items.slice(1, 4).map((e) => (
                <span key={e.caseId}>
                  {e.number} {e.subject}（{gridText(e)}）
                </span>
              ))}
              {data.total > 4 ? <span>等</span> : null}
            </div>
          ) : null}
        </div>
        <AlarmMap emergency={first} />
      </section>
    </>
  );
}

function Responders({ emergency }: { emergency: BoardEmergency }) {
  if (emergency.neighbours.length === 0) return <div className="tga-resp-none">该网格没有登记相邻网格，未发出联动通报</div>;
  return (
    <div className="tga-resp" data-testid="board-alarm-neighbours">
      <div className="tga-resp-title">联动网格（已通报）</div>
      {emergency.neighbours.map((n) => (
        <div key={n.gridId} className="tga-resp-row">
          <span className="tga-resp-grid">{n.gridName}</span>
          {n.acknowledgedAt !== null ? (
            <span className="tga-resp-ok">
              ✔ {n.acknowledgedByName ?? ''} {alarmTime(n.acknowledgedAt)} 已签收
            </span>
          ) : (
            <span className="tga-resp-wait">待签收</span>
          )}
          <span className="tga-resp-team">{n.responders.length ? n.responders.join('、') : '未配备网格员'}</span>
        </div>
      ))}
    </div>
  );
}

function AlarmMap({ emergency }: { emergency: BoardEmergency }) {
  const { map } = useWallMap();
  const marks = useMapMarks();
  const reducedMotion = useReducedMotion();
  const focusKey = [emergency.gridId ?? '', ...emergency.neighbours.map((n) => n.gridId)].join(',');
  const option = useMemo(() => {
    if (!map || !emergency.gridId || !map.town.grids.has(emergency.gridId)) return null;
    const focus = focusKey.split(',').filter((id) => map.town.grids.has(id));
    const alerted = new Set(emergency.neighbours.map((n) => n.gridId));
    return wallMapOption({ ...map, counts: marks.counts, emergency: new Set([emergency.gridId]), alerted, focus, compact: true, reducedMotion });
  }, [map, marks.counts, emergency, focusKey, reducedMotion]);
  return (
    <div className="tga-map" data-testid="board-alarm-map" data-grid={emergency.gridId ?? ''}>
      {option ? (
        <>
          <GeoChart option={option} />
          <div className="tga-map-key">
            <span>
              <i style={{ background: EMERGENCY_COLOR }} />
              事发网格
            </span>
            <span>
              <i style={{ border: `2px dashed ${ALERTED_COLOR}` }} />
              联动网格
            </span>
          </div>
        </>
      ) : (
        <div className="tga-map-none">{map ? (map.town.grids.size === 0 ? '尚未导入网格边界' : '该网格暂无边界') : ''}</div>
      )}
    </div>
  );
}
