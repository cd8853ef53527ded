// The case indicators on a small town worked by hand. November 2025, cases by grid:
//   grid 1  A  received 11-03, accepted at once, handled, verified, 满意, closed the same day
//           B  received 11-03, accepted 11-05 (after the next working day's end: not in time),
//              handled 12-15 (late), 不满意, closed
//           D  registered on the spot as handled (一般性 现场处置): accepted in time, handled
//           E  received 11-03, rejected: not counted
//   grid 2  F  received 11-05, accepted at once, an extension approved, still open
//   community grid
//           C  received 11-05, accepted at once, handled, 不满意 → rework, handled again,
//              基本满意, closed the same day
// and two cases outside the month: one received 10-31, one 12-01.
import { describe, expect, it } from 'vitest';
import { CASE_INDICATOR_KEYS, caseRate, type CaseCounts } from '../../../../shared/assessment/case-indicators';
import { caseCountsBySubject, casesBehind } from '../../../../electron/core/assessment/case-indicators';
import { at, caseTown } from '../cases/case-fixture';

const NOVEMBER = { from: '2025-11-01', to: '2025-11-30' };

function town() {
  const t = caseTown(at('2025-10-31', '10:00'));
  const village = { kind: 'village' } as const;
  const closeOut = (id: string, satisfaction: 'satisfied' | 'basically' | 'dissatisfied') => {
    t.act(id, { type: 'verify' });
    t.act(id, { type: 'evaluate', satisfaction });
    t.act(id, { type: 'close' });
  };
  const handleNow = (id: string) => {
    t.act(id, { type: 'dispatch', target: village });
    t.act(id, { type: 'start' });
    t.act(id, { type: 'handle', result: '已处置完毕' });
  };
  t.register({ accept: true, title: '十月底的事件' });

  t.advance(at('2025-11-03', '09:00'));
  const A = t.register({ accept: true, title: '事件A' }).id;
  handleNow(A);
  closeOut(A, 'satisfied');
  const B = t.register({ title: '事件B' }).id;
  const D = t.register({ title: '事件D', handlingType: 'general', onSpotResult: '现场已劝离' }).id;
  const E = t.register({ title: '事件E' }).id;
  t.act(E, { type: 'reject', reason: '经核实反映不属实' });

  t.advance(at('2025-11-05', '10:00'));
  t.act(B, { type: 'accept' });
  t.act(B, { type: 'dispatch', target: village });
  t.act(B, { type: 'start' });
  const C = t.register({ accept: true, title: '事件C', gridId: t.communityGrid }).id;
  handleNow(C);
  t.act(C, { type: 'verify' });
  t.act(C, { type: 'evaluate', satisfaction: 'dissatisfied', rework: true });
  t.act(C, { type: 'handle', result: '重新清运完毕' });
  closeOut(C, 'basically');
  const F = t.register({ accept: true, title: '事件F', gridId: t.grids[1] }).id;
  t.act(F, { type: 'dispatch', target: village });
  t.act(F, { type: 'start' });
  t.act(F, { type: 'request_extension', days: 5, reason: '需等待材料到货' });
  t.act(F, { type: 'decide_extension', approve: true });

  t.advance(at('2025-12-01', '10:00'));
  t.register({ accept: true, title: '十二月的事件' });
  t.advance(at('2025-12-15', '10:00'));
  t.act(B, { type: 'handle', result: '已处置完毕' });
  closeOut(B, 'dissatisfied');
  return { t, db: t.h.core.services.db, ids: { A, B, C, D, E, F } };
}

// Every case here is registered directly as a grid worker's patrol report (网格巡查上报), not from a
// log: each is a worker's report, found when received, so reported in time (see report-timely.test.ts).
const counts = (c: Partial<CaseCounts>): CaseCounts => ({
  received: 0, closed: 0, closedOnTime: 0, acceptedTimely: 0, handled: 0, reworked: 0, extended: 0, evaluated: 0, satisfied: 0,
  workerReported: c.received ?? 0, reportedTimely: c.received ?? 0, ...c,
});

describe('case indicators', () => {
  it('counts each subject as worked by hand, at every level', () => {
    const { t, db } = town();
    const grids = caseCountsBySubject(db, 'grid', NOVEMBER);
    expect(grids.get(t.grids[0]!)).toEqual(counts({ received: 3, closed: 2, closedOnTime: 1, acceptedTimely: 2, handled: 3, evaluated: 2, satisfied: 1 }));
    expect(grids.get(t.grids[1]!)).toEqual(counts({ received: 1, acceptedTimely: 1, extended: 1 }));
    expect(grids.get(t.communityGrid)).toEqual(counts({ received: 1, closed: 1, closedOnTime: 1, acceptedTimely: 1, handled: 1, reworked: 1, evaluated: 1, satisfied: 1 }));
    expect(grids.size).toBe(3);

    const villages = caseCountsBySubject(db, 'village', NOVEMBER);
    expect(villages.get(t.villageId)).toEqual(counts({ received: 4, closed: 2, closedOnTime: 1, acceptedTimely: 3, handled: 3, extended: 1, evaluated: 2, satisfied: 1 }));
    expect(villages.get(t.communityId)).toEqual(grids.get(t.communityGrid));
    expect(caseCountsBySubject(db, 'town', NOVEMBER).get('town')).toEqual(
      counts({ received: 5, closed: 3, closedOnTime: 2, acceptedTimely: 4, handled: 4, reworked: 1, extended: 1, evaluated: 3, satisfied: 2 }),
    );
  });

  it('gives the rates, with no rate where nothing was counted', () => {
    const { t, db } = town();
    const grid1 = caseCountsBySubject(db, 'grid', NOVEMBER).get(t.grids[0]!)!;
    expect(Object.fromEntries(CASE_INDICATOR_KEYS.map((k) => [k, caseRate(grid1, k)]))).toEqual({
      closeRate: 2 / 3,
      onTimeRate: 1 / 2,
      timelyAcceptRate: 2 / 3,
      reworkRate: 0,
      extensionRate: 0,
      satisfactionRate: 1 / 2,
      reportTimelyRate: 1,
    });
    const grid2 = caseCountsBySubject(db, 'grid', NOVEMBER).get(t.grids[1]!)!;
    expect(caseRate(grid2, 'onTimeRate')).toBeNull();
    expect(caseRate(grid2, 'satisfactionRate')).toBeNull();
    expect(caseRate(grid2, 'extensionRate')).toBe(1);
  });

  it('counts a town department on the cases it was made responsible for', () => {
    // November 2025: G to department 1, handled and closed (满意) the same day; H to department 1,
    // still in progress; J to department 1 first, then handed back and re-dispatched to
    // department 2, handled and closed late (12-15). Department 1 answers for G and H only.
    const t = caseTown(at('2025-11-03', '09:00'));
    const db = t.h.core.services.db;
    const [d1, d2] = t.h.call(t.h.adminToken, 'departments.list', {}).map((d) => d.id);
    const toDept = (title: string, departmentId: string) => {
      const id = t.register({ accept: true, title }).id;
      t.act(id, { type: 'dispatch', target: { kind: 'department', departmentId } });
      t.act(id, { type: 'start' });
      return id;
    };
    const G = toDept('事件G', d1!);
    t.act(G, { type: 'handle', result: '已处置完毕' });
    t.act(G, { type: 'verify' });
    t.act(G, { type: 'evaluate', satisfaction: 'satisfied' });
    t.act(G, { type: 'close' });
    toDept('事件H', d1!);
    const J = t.register({ accept: true, title: '事件J' }).id;
    t.act(J, { type: 'dispatch', target: { kind: 'department', departmentId: d1! } });
    t.act(J, { type: 'dispatch', target: { kind: 'department', departmentId: d2! } });
    t.act(J, { type: 'start' });
    t.advance(at('2025-12-15', '10:00'));
    t.act(J, { type: 'handle', result: '已处置完毕' });
    t.act(J, { type: 'verify' });
    t.act(J, { type: 'evaluate', satisfaction: 'dissatisfied' });
    t.act(J, { type: 'close' });

    const depts = caseCountsBySubject(db, 'department', NOVEMBER);
    expect(depts.get(d1!)).toEqual(counts({ received: 2, closed: 1, closedOnTime: 1, acceptedTimely: 2, handled: 1, evaluated: 1, satisfied: 1 }));
    expect(depts.get(d2!)).toEqual(counts({ received: 1, closed: 1, acceptedTimely: 1, handled: 1, evaluated: 1 }));
    expect(casesBehind(db, 'department', d1!, NOVEMBER, 'received').map((c) => c.title)).toEqual(['事件G', '事件H']);
  });

  it('lists the cases behind a number (the drill-down)', () => {
    const { t, db, ids } = town();
    const behind = (count: Parameters<typeof casesBehind>[4]) => casesBehind(db, 'grid', t.grids[0]!, NOVEMBER, count).map((c) => c.title);
    expect(behind('received')).toEqual(['事件A', '事件B', '事件D']);
    expect(behind('acceptedTimely')).toEqual(['事件A', '事件D']);
    expect(behind('closedOnTime')).toEqual(['事件A']);
    expect(behind('satisfied')).toEqual(['事件A']);
    expect(casesBehind(db, 'grid', t.communityGrid, NOVEMBER, 'reworked').map((c) => c.id)).toEqual([ids.C]);
    // The cases outside November are in their own months.
    expect(casesBehind(db, 'grid', t.grids[0]!, { from: '2025-12-01', to: '2025-12-31' }, 'received').map((c) => c.title)).toEqual(['十二月的事件']);
    expect(casesBehind(db, 'grid', t.grids[0]!, { from: '2025-10-01', to: '2025-10-31' }, 'received').map((c) => c.title)).toEqual(['十月底的事件']);
  });
});
