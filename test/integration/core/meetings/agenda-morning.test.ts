// The 早例会's case lists on the hand-built town (agenda-fixture.ts), each figure worked out from
// the fixture's table. The morning meeting of Monday 2026-11-30 08:30 covers Friday 11-27 to
// Sunday 11-29 (from the previous working day to the day before the meeting).
import { describe, expect, it } from 'vitest';
import { itemContent } from '../../../../electron/core/meetings/agenda-content';
import type { SectionContent } from '../../../../shared/meetings/agenda-types';
import { agendaTown, at, type AgendaTown } from './agenda-fixture';

const TODAY = '2026-11-30';

function section(t: AgendaTown, s: Parameters<AgendaTown['item']>[1], date = '2026-11-30', extra = {}): SectionContent {
  const m = t.meeting('morning', date);
  return itemContent(t.db, m, t.item(m, s, extra), TODAY);
}

const numbersOf = (c: SectionContent) => c.table!.rows.map((r) => r.number);
const names = (t: AgendaTown, ...ks: string[]) => ks.map((k) => t.numbers[k]);

describe('早例会 sections', () => {
  const t = agendaTown();

  it("cases_yesterday: new and closed from Friday to Sunday when the meeting is on Monday", () => {
    const c = section(t, 'cases_yesterday');
    expect(c.period).toBe('11月27日—11月29日');
    // Received 11-27 … 11-29: K09 (27th), K14 and K10 (28th), K11 (29th) = 4; K12 was rejected and
    // received on the 24th anyway. Closed 11-27 … 11-29: K06 (27th), K14 (28th), K10 (29th) = 3.
    expect(c.figures).toEqual([
      { label: '新增事件', value: 4, unit: '件' },
      { label: '办结事件', value: 3, unit: '件' },
    ]);
    // The new ones by receipt, then the ones only closed; each row says which, and links its case.
    expect(numbersOf(c)).toEqual(names(t, 'K09', 'K14', 'K10', 'K11', 'K06'));
    expect(c.table!.rows.map((r) => r.change)).toEqual(['新增', '新增并办结', '新增并办结', '新增', '办结']);
    expect(c.table!.caseIds).toEqual([t.ids.K09, t.ids.K14, t.ids.K10, t.ids.K11, t.ids.K06]);
    expect(c.empty).toBeNull();
  });

  it('cases_yesterday on a Tuesday covers Monday only; a day without cases says so', () => {
    // Tuesday 11-24's meeting: Monday 11-23 received K05 (K12 on the 24th is not in it); nothing closed on the 23rd.
    const tue = section(t, 'cases_yesterday', '2026-11-24');
    expect(tue.period).toBe('11月23日');
    expect(tue.figures.map((f) => f.value)).toEqual([1, 0]);
    expect(numbersOf(tue)).toEqual(names(t, 'K05'));
    // Tuesday 11-03: Monday 11-02 had no case at all.
    const quiet = section(t, 'cases_yesterday', '2026-11-03');
    expect(quiet).toMatchObject({ figures: [], table: null, empty: '11月2日无新增和办结事件' });
  });

  it('emergencies: 突发/紧急/特急 still open, or received in the period', () => {
    const c = section(t, 'emergencies');
    // Open: K08 (紧急) and K09 (突发性). Received 11-27 … 11-29: K09 and K14 (突发性, closed on the 28th).
    // K13 (特急) was closed on 11-12 and received on 11-10: not shown.
    expect(numbersOf(c)).toEqual(names(t, 'K08', 'K09', 'K14'));
    expect(c.figures).toEqual([
      { label: '未办结', value: 2, unit: '件', lowerIsBetter: true },
      { label: '期内新发生', value: 2, unit: '件' },
    ]);
    expect(c.table!.rows.map((r) => r.urgency)).toEqual(['紧急', '突发·一般', '突发·一般']);
  });

  it('cases_overdue: not handled and past the deadline at 08:30, with the working days past it', () => {
    const c = section(t, 'cases_overdue');
    // K15 (deadline 10-23), K03 (11-24) and K07 (11-27) are open past their deadline. K04 was
    // handled late but is handled (the clock stopped); K08 and K09 fall due at 17:30 today.
    expect(numbersOf(c)).toEqual(names(t, 'K15', 'K03', 'K07'));
    // Working days from the deadline (17:30) to 08:30 today: K15 10-23 Fri → 25 whole days
    // (26 working days touched minus the 9 hours between 17:30 and 08:30); K03 Tue 11-24 → 3; K07 Fri 11-27 → 0.
    expect(c.table!.rows.map((r) => r.overdueDays)).toEqual([25, 3, 0]);
    expect(c.figures).toEqual([
      { label: '超期未办结', value: 3, unit: '件', lowerIsBetter: true },
      { label: '超期5个工作日以上', value: 1, unit: '件', lowerIsBetter: true },
    ]);
    expect(c.period).toBe('截至11月30日 08:30');
  });

  it('cases_overdue prepared before the meeting counts only what is overdue now, not a guess at its start', () => {
    const m = t.meeting('morning', '2026-11-30');
    // On Friday 11-27 at 12:00 K07 (due 17:30 that day) is not overdue yet; K15 and K03 are.
    const early = itemContent(t.db, m, t.item(m, 'cases_overdue'), '2026-11-27', { now: at('11-27 12:00') });
    expect(numbersOf(early)).toEqual(names(t, 'K15', 'K03'));
    expect(early.period).toBe('截至11月27日 12:00');
    // Once the meeting has begun (or is frozen at its end), the start is the instant.
    const during = itemContent(t.db, m, t.item(m, 'cases_overdue'), TODAY, { now: at('11-30 09:00') });
    expect(numbersOf(during)).toEqual(names(t, 'K15', 'K03', 'K07'));
  });

  it('due_today: open and not handled, deadline on the meeting day', () => {
    const c = section(t, 'due_today');
    // K08 and K09 fall due at 11-30 17:30; K10 (due 12-01) was closed anyway.
    expect(numbersOf(c)).toEqual(names(t, 'K08', 'K09'));
    expect(c.figures).toEqual([{ label: '今日到期', value: 2, unit: '件' }]);
    // On Friday 11-27 only K07 fell due.
    expect(numbersOf(section(t, 'due_today', '2026-11-27'))).toEqual(names(t, 'K07'));
  });

  it('supervised: 督办 cases not finished', () => {
    const c = section(t, 'supervised');
    // K15 and K07 are supervised and open (both past their deadline); K06 was supervised but is closed.
    expect(numbersOf(c)).toEqual(names(t, 'K15', 'K07'));
    expect(c.figures).toEqual([
      { label: '督办中', value: 2, unit: '件' },
      { label: '其中已超期', value: 2, unit: '件', lowerIsBetter: true },
    ]);
  });

  it('custom: the linked case as one row, or only the title', () => {
    const c = section(t, 'custom', '2026-11-30', { caseId: t.ids.K09, title: '凤栖路井盖' });
    expect(c.title).toBe('凤栖路井盖');
    expect(c.table!.rows).toEqual([
      // The address names the reporter: cut and masked as on the wall board.
      { number: t.numbers.K09, subject: '市政设施', grid: '凤栖社区第1网格', place: '凤栖路＊＊＊家旁', unit: '未派遣', deadline: '11月30日 17:30', status: '待派遣' },
    ]);
    expect(c.table!.caseIds).toEqual([t.ids.K09]);
    expect(section(t, 'custom', '2026-11-30', { title: '冬季防火' })).toMatchObject({ title: '冬季防火', table: null, figures: [], empty: null });
  });
});
