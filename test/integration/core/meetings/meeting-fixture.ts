// The small town of the meetings' tests: the cases fixture (one village with three grids, one
// community grid) with a director, a dispatcher, a department handler and a grid worker serving
// grid 1; the clock on Monday 24 November 2025.
import { at, caseTown, type CaseTown } from '../cases/case-fixture';
import type { MethodInput, MethodOutput } from '../../../../shared/api';

export { at };

export function meetingTown(start = at('2025-11-24', '08:00')) {
  const t: CaseTown = caseTown(start);
  const director = t.token('director');
  t.token('dispatcher');
  t.token('department_handler');
  t.serve('grid_worker', [t.grids[0]!]);
  const create = (input: Partial<MethodInput<'meetings.create'>> = {}): MethodOutput<'meetings.create'> =>
    t.h.call(director, 'meetings.create', { kind: 'weekly', date: '2025-11-24', startTime: '08:30', ...input } as MethodInput<'meetings.create'>);
  const invoke = (method: Parameters<typeof t.h.core.invoke>[1], input: unknown, token = director) => t.h.core.invoke(token, method, input);
  const db = t.h.core.services.db;
  /** Rows of the meeting tables and their change log: a refused call must leave them as they were. */
  const snapshot = () =>
    ['meeting', 'meeting_item', 'meeting_attendance', 'meeting_task', 'meeting_carry', 'meeting_event']
      .map((tbl) => JSON.stringify(db.prepare(`SELECT * FROM ${tbl} ORDER BY id`).all()))
      .join('\n') + `\n${t.h.changeCount()}`;
  return { t, director, create, invoke, db, snapshot };
}
