// The small town most assessment tests start from: the routine fixture's town with, on grid 1,
// one case received in 2025Q4 and closed on time 满意 and one still open; the clock on
// 5 January 2026 and the director's grid run of 2025Q4 opened.
import { at, routineTown } from '../routine/routine-fixture';

export function quarterRun() {
  const r = routineTown(at('2025-11-03', '08:00'));
  const { t } = r;
  const closed = t.register({ accept: true, title: '已办结事件' }).id;
  t.act(closed, { type: 'dispatch', target: { kind: 'village' } });
  t.act(closed, { type: 'start' });
  t.act(closed, { type: 'handle', result: '已处置' });
  t.act(closed, { type: 'verify' });
  t.act(closed, { type: 'evaluate', satisfaction: 'satisfied' });
  t.act(closed, { type: 'close' });
  const open = t.register({ accept: true, title: '未办结事件' }).id;
  t.advance(at('2026-01-05', '09:00'));
  const director = t.token('director');
  const run = t.h.call(director, 'assessment.openRun', { level: 'grid', periodKey: '2025Q4' });
  return { r, t, director, run, closed, open };
}
