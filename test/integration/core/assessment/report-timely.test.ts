// 信息上报及时率 worked by hand, November 2025 (3 Nov is a Monday). 甲 (grid 1) raises cases
// from its work logs; the day found is the log's day, in time up to the next working day:
//   R1  found Mon 11-03 (log), reported 11-03                 → in time
//   R2  found Mon 11-03 (log), reported Wed 11-05             → late (the limit was Tue 11-04)
//   R3  found Fri 11-07 (log), reported Mon 11-10             → in time (the weekend is not counted)
//   R4  registered directly as 网格巡查上报 on 11-10, no log   → in time (found when reported)
//   R5  a resident's call (群众来电) on 11-10                  → not a worker's report
// grid 1: 3 of 4 in time (R1, R3, R4 of R1–R4); the village the same; grid 3 none → no value.
import { describe, expect, it } from 'vitest';
import { caseCountsBySubject, casesBehind } from '../../../../electron/core/assessment/case-indicators';
import { caseRate } from '../../../../shared/assessment/case-indicators';
import { at, routineTown } from '../routine/routine-fixture';

const NOVEMBER = { from: '2025-11-01', to: '2025-11-30' };

function town() {
  const r = routineTown(at('2025-11-03', '08:00'));
  const { t } = r;
  const me = r.tokenOf('jia');
  const raise = (logId: string, title: string) =>
    t.h.call(me, 'routine.raiseCase', {
      logId,
      case: { source: 'patrol', categoryId: t.category('环境卫生').id, handlingType: 'coordination', title, description: '巡查发现', address: '1号楼', gridId: t.grids[0]!, attachments: [] },
    });
  const monday = r.logDay('jia', '2025-11-03');
  raise(monday.id, 'R1');
  t.advance(at('2025-11-05', '09:00'));
  raise(monday.id, 'R2');
  const friday = r.logDay('jia', '2025-11-07');
  t.advance(at('2025-11-10', '09:00'));
  raise(friday.id, 'R3');
  t.register({ title: 'R4' });
  t.register({ title: 'R5', source: 'resident_phone', reporterPhone: '13800000000' });
  t.advance(at('2025-12-01', '09:00'));
  return { t, db: t.h.core.services.db };
}

describe('信息上报及时率', () => {
  it('counts a grid worker’s reports made by the working day after the find, as worked by hand', () => {
    const { t, db } = town();
    const grid1 = caseCountsBySubject(db, 'grid', NOVEMBER).get(t.grids[0]!)!;
    expect([grid1.received, grid1.workerReported, grid1.reportedTimely]).toEqual([5, 4, 3]);
    expect(caseRate(grid1, 'reportTimelyRate')).toBe(3 / 4);
    expect(caseCountsBySubject(db, 'village', NOVEMBER).get(t.villageId)).toMatchObject({ workerReported: 4, reportedTimely: 3 });
    expect(caseCountsBySubject(db, 'grid', NOVEMBER).get(t.grids[2]!)).toBeUndefined();
  });

  it('lists the same cases it counts (the drill-down)', () => {
    const { t, db } = town();
    const behind = (count: 'workerReported' | 'reportedTimely') => casesBehind(db, 'grid', t.grids[0]!, NOVEMBER, count).map((c) => c.title).sort();
    expect(behind('workerReported')).toEqual(['R1', 'R2', 'R3', 'R4']);
    expect(behind('reportedTimely')).toEqual(['R1', 'R3', 'R4']);
  });
});
