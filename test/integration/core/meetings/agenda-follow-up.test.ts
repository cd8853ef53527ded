// Carry-overs, overdue tasks, cross-department coordination and the ranking on the hand-built
// town (agenda-fixture.ts), each worked out from the fixture.
import { describe, expect, it } from 'vitest';
import { itemContent } from '../../../../electron/core/meetings/agenda-content';
import type { SectionContent, SectionKind } from '../../../../shared/meetings/agenda-types';
import type { AgendaItemRow } from '../../../../shared/meetings/meeting-types';
import type { MeetingKind } from '../../../../shared/meetings/meeting-kinds';
import { agendaTown, type AgendaTown } from './agenda-fixture';

const TODAY = '2026-11-30';

function section(t: AgendaTown, kind: MeetingKind, date: string, s: SectionKind, opts: { scope?: string; extra?: Partial<AgendaItemRow> } = {}): SectionContent {
  const m = t.meeting(kind, date, { scope: opts.scope });
  return itemContent(t.db, m, t.item(m, s, opts.extra), TODAY);
}

describe('follow-up sections', () => {
  const t = agendaTown();

  it('carry_over: the third raising, its first date, the case and each earlier outcome', () => {
    const c = section(t, 'weekly', '2026-11-30', 'carry_over', {
      extra: { title: '二次通报：桥头垃圾清运不及时', carryId: t.carryId, timesRaised: 3, firstRaisedDate: '2026-11-16', caseId: t.ids.K03 },
    });
    expect(c.period).toBe('第3次通报');
    expect(c.figures).toEqual([{ label: '通报次数', value: 3, unit: '次', lowerIsBetter: true }]);
    expect(c.table!.rows).toEqual([
      { date: '11月16日', meeting: '2026-11-16周例会', outcome: '未解决，下次再通报', note: '需城管中队协调清运车辆' },
      { date: '11月23日', meeting: '2026-11-23周例会', outcome: '未解决，下次再通报', note: '车辆仍未到位' },
    ]);
    expect(c.summary).toBe(`「桥头垃圾清运不及时」第3次通报，首次通报于11月16日；关联事件${t.numbers.K03}处置中，期限11月24日 17:30。`);
    // Without the count on the item, the raisings up to the meeting are counted (11-16, 11-23).
    const bare = section(t, 'weekly', '2026-11-30', 'carry_over', { extra: { carryId: t.carryId } });
    expect(bare.period).toBe('第2次通报');
    expect(section(t, 'weekly', '2026-11-30', 'carry_over').empty).toBe('未关联需再次通报的问题');
  });

  it("tasks_overdue: open tasks of the scope's meetings due before the meeting's day", () => {
    const c = section(t, 'weekly', '2026-11-30', 'tasks_overdue');
    expect(c.table!.rows).toEqual([
      // T1 due Fri 11-20: working days 11-23 … 11-27 have passed = 5.
      { title: '清运桥头垃圾', owner: '城管中队', deadline: '11月20日', late: 5, meeting: '11月16日周例会' },
      // T2 due Fri 11-27: only the weekend since = 0 working days, but past its day.
      { title: '排查电动车违规充电', owner: '安监站', deadline: '11月27日', late: 0, meeting: '11月23日周例会' },
    ]);
    // T3 is due today, T4 is done, T5 belongs to 青石村's meetings.
    expect(c.table!.caseIds).toEqual([t.ids.K03, null]);
    expect(c.figures).toEqual([{ label: '逾期未销号任务', value: 2, unit: '件', lowerIsBetter: true }]);
    // 青石村's own meeting sees only its task T5 (due Wed 11-18: 11-19 … 11-27 = 7 working days).
    const village = section(t, 'weekly', '2026-11-30', 'tasks_overdue', { scope: t.villageId });
    expect(village.table!.rows.map((r) => [r.title, r.late])).toEqual([['清理村口堆放物', 7]]);
    expect(section(t, 'weekly', '2026-11-18', 'tasks_overdue').empty).toBe('无逾期未销号的任务');
  });

  it('coordination: the quarter\'s cases dispatched to more than one unit, a department among them, by department', () => {
    // 季度联席会议 of Friday 2026-12-25 14:30: the quarter 10-01 … 12-24.
    const c = section(t, 'joint', '2026-12-25', 'coordination');
    expect(c.period).toBe('10月1日—12月24日');
    // K02 青石村 → 司法所 (closed), K03 凤栖社区 → 城管中队 (open), K07 司法所 → 派出所 (open).
    // Not: K06 (安监站 alone), K16 (城管中队 twice: one unit), K13 (grid → village: no department).
    expect(c.figures).toEqual([
      { label: '跨部门协调事件', value: 3, unit: '件' },
      { label: '其中未办结', value: 2, unit: '件', lowerIsBetter: true },
      { label: '涉及部门', value: 3, unit: '个' },
    ]);
    expect(c.table!.rows).toEqual([
      { department: '司法所', cases: 2, open: 1, openNumbers: t.numbers.K07 },
      { department: '城管中队', cases: 1, open: 1, openNumbers: t.numbers.K03 },
      { department: '派出所', cases: 1, open: 1, openNumbers: t.numbers.K07 },
    ]);
  });

  it('ranking: the latest frozen quarterly ranking of grids, as assessment.ranking gives it, the scope\'s grids only', () => {
    expect(section(t, 'monthly', '2026-11-27', 'ranking').empty).toBe('暂无已定稿的季度考核排名');
    const director = t.h.tokenFor('director');
    const run = t.h.call(director, 'assessment.openRun', { level: 'grid', periodKey: '2026Q3' });
    t.h.call(director, 'assessment.freeze', { runId: run.id });
    const official = t.h.call(director, 'assessment.ranking', { level: 'grid', periodKind: 'quarter', top: 50, bottom: 0 });
    const c = section(t, 'monthly', '2026-11-27', 'ranking');
    expect(c.period).toBe('2026年第三季度');
    expect(c.table!.rows.map((r) => [r.rank, r.name, r.total])).toEqual(official.top.map((s) => [s.rank, s.name, s.total]));
    expect(c.table!.rows).toHaveLength(3);
    // 青石村's meeting: its two grids, with their rank in the town.
    const village = section(t, 'monthly', '2026-11-27', 'ranking', { scope: t.villageId });
    expect(village.table!.rows.map((r) => r.name)).toEqual(official.top.filter((s) => s.name.startsWith('青石村')).map((s) => s.name));
    expect(village.figures).toEqual([{ label: '参加排名的网格', value: 2, unit: '个' }]);
  });
});
