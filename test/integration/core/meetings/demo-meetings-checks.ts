// The demo town's meetings: the last weeks' 周例会 and 早例会 finished with minutes and sign-in,
// a problem raised at three weekly meetings still open and back a fourth time on the next one
// planned, another resolved at its second raising, tasks cleared, overdue and still due. Run by
// test/integration/core/demo/demo-data.test.ts on the demo town it builds once (on 20 November 2026).
import { describe, expect, it } from 'vitest';
import type { Harness } from '../../../support/core-harness';

export function demoMeetingChecks(demo: () => { h: Harness }): void {
  describe('demo meetings', () => {
    it('has finished weekly and morning meetings, a carry raised three times, tasks cleared and overdue, and the next meetings planned', () => {
      const { h } = demo();
      const call = <M extends Parameters<Harness['call']>[1]>(m: M, input: Parameters<Harness['call']>[2] & object) => h.call(h.adminToken, m, input as never);
      const cal = call('meetings.calendar', { from: '2026-10-26', to: '2026-11-30' });
      expect(cal.meetings.map((m) => `${m.date} ${m.title} ${m.status}`)).toEqual([
        '2026-11-02 第45周周例会 finished',
        '2026-11-09 第46周周例会 finished',
        '2026-11-16 第47周周例会 finished',
        '2026-11-18 11月18日早例会 finished',
        '2026-11-19 11月19日早例会 finished',
        '2026-11-20 11月20日早例会 finished',
        '2026-11-23 11月23日早例会 planned',
        '2026-11-23 第48周周例会 planned',
      ]);
      // The held meetings' slots are not offered again.
      expect(cal.slots.some((s) => s.date === '2026-11-16' && s.kind === 'weekly')).toBe(false);

      const weekly = cal.meetings.filter((m) => m.kind === 'weekly').map((m) => call('meetings.get', { meetingId: m.id }));
      for (const d of weekly.slice(0, 3)) {
        expect(d.items.every((i) => i.minutes.length > 0 && i.outcome !== 'pending')).toBe(true);
        expect(d.attendance.some((a) => a.status === 'leave' && a.reason)).toBe(true);
        expect(d.attendance.filter((a) => a.status === 'present').length).toBeGreaterThan(2);
      }
      const raised = (d: (typeof weekly)[number]) => d.items.filter((i) => i.carryId).map((i) => `${i.timesRaised} ${i.firstRaisedDate}`);
      expect(raised(weekly[1]!)).toEqual(['2 2026-11-02', '2 2026-11-02']);
      expect(raised(weekly[3]!)).toEqual(['4 2026-11-02']);
      expect(weekly[3]!.items.some((i) => i.section === 'tasks_overdue')).toBe(true);

      const carries = call('meetings.carries', { status: 'all' });
      expect(carries.map((c) => `${c.status} ${c.timesRaised}`)).toEqual(['open 4', 'resolved 2']);
      expect(carries[0]!.caseNumber).toBeTruthy();

      const tasks = call('meetings.tasks', { status: 'all' });
      expect(tasks.map((t) => `${t.status} ${t.overdue}`).sort()).toEqual(['done false', 'open false', 'open true']);
    });
  });
}
