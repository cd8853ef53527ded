// 日清周结 completeness on the working-day calendar: National Day 2025 (Oct 1–8 off, Sep 28 and
// Oct 11 make-up working days) and Spring Festival 2026 (Feb 15–23 off, Feb 14 and Feb 28
// make-up days), with leave and A/B cover; a missing day shows from the next morning; the
// per-worker, per-grid and per-village figures the assessment reads.
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../../electron/core/calendar';
import { gridStats, villageStats, workerStats } from '../../../../electron/core/routine/routine-queries';
import { shanghaiDate } from '../../../../electron/core/calendar';
import { at, routineTown } from './routine-fixture';

const marks = (row: { days: { date: string; mark: string }[] }) => Object.fromEntries(row.days.map((d) => [d.date, d.mark]));

describe('completeness across National Day 2025', () => {
  it('counts only working days (make-up days in, holidays out), leave with A/B cover as covered, a gap as 缺', () => {
    const r = routineTown(at('2025-09-22', '08:00'));
    r.leave('yi', '2025-09-29', '2025-09-30', 'jia');
    const working = ['2025-09-22', '2025-09-23', '2025-09-24', '2025-09-25', '2025-09-26', '2025-09-28', '2025-09-29', '2025-09-30', '2025-10-09', '2025-10-10', '2025-10-11'];
    for (const d of working) {
      if (d !== '2025-10-10') r.logDay('jia', d, d === '2025-09-29' ? { places: [{ gridId: r.t.grids[0]!, buildingId: r.buildings[0]! }, { gridId: r.t.grids[0]!, name: '村口桥头' }] } : {});
      if (d !== '2025-10-11' && d !== '2025-09-29' && d !== '2025-09-30') r.logDay('yi', d, d === '2025-09-23' ? { patrolled: false } : {});
    }
    r.t.advance(at('2025-10-13', '08:30'));
    const table = r.table('2025-09-22', '2025-10-12');
    const cols = Object.fromEntries(table.days.map((d) => [d.date, d]));
    expect(cols['2025-09-28']).toMatchObject({ working: true, reason: 'makeup' });
    expect(cols['2025-10-11']).toMatchObject({ working: true, reason: 'makeup' });
    for (let d = '2025-10-01'; d <= '2025-10-08'; d = addDays(d, 1)) expect(cols[d], d).toMatchObject({ working: false, reason: 'holiday', holidayName: '国庆节、中秋节' });
    expect(cols['2025-09-27']).toMatchObject({ working: false, reason: 'weekend' });
    expect(table.days.filter((d) => d.working).map((d) => d.date)).toEqual(working);

    const jia = table.rows.find((x) => x.staffId === r.staff.jia)!;
    const yi = table.rows.find((x) => x.staffId === r.staff.yi)!;
    expect(marks(jia)['2025-10-10']).toBe('missing');
    expect(marks(jia)['2025-10-03']).toBe('off');
    expect(marks(jia)['2025-09-28']).toBe('done');
    expect(jia.totals).toEqual({ due: 11, done: 10, leave: 0, missing: 1, patrolDays: 10, rate: 10 / 11 });
    expect(marks(yi)['2025-09-29']).toBe('leave');
    expect(yi.days.find((d) => d.date === '2025-09-29')!.cover).toEqual({ staffId: r.staff.jia, name: '甲', logged: true });
    expect(marks(yi)['2025-10-11']).toBe('missing');
    // 乙 logged 23 Sep without a patrol: done, but not a patrol day.
    expect(yi.totals).toEqual({ due: 11, done: 8, leave: 2, missing: 1, patrolDays: 7, rate: 10 / 11 });
    // 丙 and 丁 logged nothing: every working day so far is missing.
    expect(table.rows.find((x) => x.staffId === r.staff.bing)!.totals).toMatchObject({ due: 11, done: 0, missing: 11, rate: 0 });

    // The assessment's queries read the same figures per worker, grid and village.
    const db = r.t.h.core.services.db;
    const today = shanghaiDate(r.t.clock.now);
    const period = { from: '2025-09-22', to: '2025-10-12' };
    expect(workerStats(db, period, today).get(r.staff.jia)).toEqual(jia.totals);
    const grids = gridStats(db, period, today);
    // Grid 1: every working day covered by 甲 or 乙 (10 Oct by 乙, 11 Oct by 甲, 29–30 Sep by 甲 covering 乙).
    expect(grids.get(r.t.grids[0]!)).toEqual({ due: 11, covered: 11, patrolDays: 11, rate: 1 });
    expect(grids.get(r.t.grids[2]!)).toEqual({ due: 11, covered: 0, patrolDays: 0, rate: 0 });
    // Grid 2 has no worker: nothing covered either.
    expect(grids.get(r.t.grids[1]!)).toMatchObject({ due: 11, covered: 0 });
    expect(villageStats(db, period, today).get(r.t.villageId)).toEqual({ due: 33, covered: 11, patrolDays: 11, rate: 1 / 3 });
  });

  it('shows a day nobody logged as open that day and as missing from the next morning; a log made later completes it, marked late', () => {
    const r = routineTown(at('2025-09-29', '08:00'));
    r.logDay('jia', '2025-09-29');
    r.t.advance(at('2025-09-30', '20:00'));
    const evening = r.table('2025-09-29', '2025-10-09', 'supervisor').rows.find((x) => x.staffId === r.staff.jia)!;
    expect(marks(evening)['2025-09-30']).toBe('open');
    expect(marks(evening)['2025-10-09']).toBe('future');
    expect(evening.totals).toMatchObject({ due: 1, done: 1, missing: 0 });
    // The next working day is 9 Oct (National Day in between): 30 Sep is missing from 1 Oct on.
    r.t.advance(at('2025-10-01', '08:00'));
    const morning = r.table('2025-09-29', '2025-10-09', 'supervisor').rows.find((x) => x.staffId === r.staff.jia)!;
    expect(marks(morning)['2025-09-30']).toBe('missing');
    expect(morning.totals).toMatchObject({ due: 2, done: 1, missing: 1 });
    r.t.advance(at('2025-10-09', '09:00'));
    r.t.h.call(r.tokenOf('jia'), 'routine.saveLog', { date: '2025-09-30', patrolled: false, places: [], observations: '补填：当天参加镇里培训', notes: '', submit: true });
    const after = r.table('2025-09-29', '2025-10-09', 'supervisor').rows.find((x) => x.staffId === r.staff.jia)!;
    expect(after.days.find((d) => d.date === '2025-09-30')).toMatchObject({ mark: 'done', late: true });
    expect(after.days.find((d) => d.date === '2025-09-29')).toMatchObject({ mark: 'done', late: false });
    expect(marks(after)['2025-10-09']).toBe('open');
  });
});

describe('completeness across Spring Festival 2026', () => {
  it('a leave over the holiday counts only its working days; the A/B partner covers the grid', () => {
    const r = routineTown(at('2026-02-09', '08:00'));
    r.leave('jia', '2026-02-09', '2026-02-27', 'yi');
    const working = ['2026-02-09', '2026-02-10', '2026-02-11', '2026-02-12', '2026-02-13', '2026-02-14', '2026-02-24', '2026-02-25', '2026-02-26', '2026-02-27', '2026-02-28'];
    for (const d of working) if (d !== '2026-02-26') r.logDay('yi', d);
    r.logDay('jia', '2026-02-28');
    r.t.advance(at('2026-03-02', '08:00'));
    const table = r.table('2026-02-09', '2026-03-01');
    expect(table.days.filter((d) => d.working).map((d) => d.date)).toEqual(working);
    expect(table.days.find((d) => d.date === '2026-02-17')).toMatchObject({ working: false, reason: 'holiday', holidayName: '春节' });
    const jia = table.rows.find((x) => x.staffId === r.staff.jia)!;
    const yi = table.rows.find((x) => x.staffId === r.staff.yi)!;
    expect(jia.totals).toEqual({ due: 11, done: 1, leave: 10, missing: 0, patrolDays: 1, rate: 1 });
    expect(marks(jia)['2026-02-18']).toBe('off');
    expect(jia.days.find((d) => d.date === '2026-02-14')).toMatchObject({ mark: 'leave', cover: { name: '乙', logged: true } });
    // 乙 skipped 26 Feb: 甲's leave day shows the cover did not log, and the grid was not covered that day.
    expect(jia.days.find((d) => d.date === '2026-02-26')!.cover).toMatchObject({ logged: false });
    expect(yi.totals).toMatchObject({ due: 11, done: 10, missing: 1 });
    const grid = gridStats(r.t.h.core.services.db, { from: '2026-02-09', to: '2026-03-01' }, '2026-03-02').get(r.t.grids[0]!);
    expect(grid).toMatchObject({ due: 11, covered: 10 });
  });

  it('the cover may log places in the absent worker’s grids only during the leave', () => {
    const r = routineTown(at('2026-02-10', '08:00'));
    r.leave('bing', '2026-02-10', '2026-02-13', 'jia');
    const place = { gridId: r.t.grids[2]!, buildingId: r.buildings[2]! };
    const log = r.logDay('jia', '2026-02-10', { places: [place, { gridId: r.t.grids[0]!, buildingId: r.buildings[0]! }] });
    expect(log.places.map((p) => p.name)).toEqual(['3号楼', '1号楼']);
    const day = r.t.h.call(r.tokenOf('jia'), 'routine.myDay', {});
    expect(day.grids.map((g) => [g.name, g.covering])).toEqual([
      ['青石村第1网格', null],
      ['青石村第3网格', '丙'],
    ]);
    r.t.advance(at('2026-02-24', '09:00'));
    const res = r.t.h.core.invoke(r.tokenOf('jia'), 'routine.saveLog', { date: '2026-02-24', patrolled: true, patrolStart: '08:00', patrolEnd: '09:00', places: [place], observations: '无异常', notes: '', submit: true });
    expect(res).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', message: '巡查地点“3号楼”属于青石村第3网格，不在甲负责的网格内' } });
  });
});
