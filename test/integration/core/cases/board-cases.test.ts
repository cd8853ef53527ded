// The wall board's case figures: counts, trends and top lists, without personal data.
import { describe, expect, it } from 'vitest';
import { at, caseIn, caseTown } from './case-fixture';

describe('board.cases', () => {
  it('gives the display the figures and lists, never the reporter', () => {
    const t = caseTown(at('2025-11-17', '09:00'));
    const a = t.register({ source: 'resident_phone', reporterName: '陈秀英', reporterPhone: '13857901234', title: '桥头垃圾' });
    t.act(a.id, { type: 'accept' });
    t.act(a.id, { type: 'dispatch', target: { kind: 'village' } });
    t.act(a.id, { type: 'supervise', note: '督办' });
    const b = caseIn(t, 'closed');
    const c = t.register({ gridId: t.communityGrid, categoryId: t.category('消防隐患').id, title: '楼道堆物', address: '凤栖路8号2单元301室' });
    t.advance(at('2025-11-21', '09:00'));
    const board = t.h.call(t.token('display'), 'board.cases', {});
    expect(board).toMatchObject({ open: 2, overdue: 2, supervised: 1, today: { created: 0, closed: 0 }, closedOnTime: { year: 2025, closed: 1, onTime: 1, rate: 1 } });
    expect(board.trend).toHaveLength(14);
    expect(board.trend.at(-1)!.date).toBe('2025-11-21');
    expect(board.trend.find((d) => d.date === '2025-11-17')).toEqual({ date: '2025-11-17', created: 3, closed: 1 });
    expect(board.byCategory.find((c) => c.name === '环境卫生')).toMatchObject({ open: 1, overdue: 1 });
    expect(board.byVillage.find((v) => v.name === '青石村')).toMatchObject({ open: 1, overdue: 1 });
    expect(board.byVillage.find((v) => v.name === '凤栖社区')).toMatchObject({ open: 1, overdue: 1 });
    expect(board.topSupervised.map((x) => x.number)).toEqual([a.number]);
    expect(board.topOverdue.map((x) => x.number).sort()).toEqual([a.number, c.number].sort());
    expect(board.topOverdue.find((x) => x.number === c.number)).toMatchObject({
      subject: '消防隐患',
      place: '凤栖路8号', // down to the building: no unit or room
      gridName: '凤栖社区第1网格',
      villageName: '凤栖社区',
      categoryName: '消防隐患',
      statusLabel: '待受理',
    });
    const json = JSON.stringify(board);
    expect(json).not.toContain('陈秀英');
    expect(json).not.toContain('1385790');
    expect(json).not.toContain(b);
    expect(json).not.toContain('桥头垃圾'); // no title as typed
    expect(json).not.toContain('301室');
  });

  it("shows an emergency in the alarm banner by category and building, never by the caller's words", () => {
    const t = caseTown(at('2025-11-17', '09:00'));
    const fire = t.register({
      handlingType: 'emergency',
      urgency: 'critical',
      source: 'resident_phone',
      reporterName: '陈秀英',
      reporterPhone: '13857901234',
      title: '陈秀英（13857901234）家中起火，张先生被困',
      address: '青石村3组陈秀英家 桥头路12号2单元502室 电话138 5790 1234',
      gridId: t.grids[1]!,
    });
    const board = t.h.call(t.token('display'), 'board.cases', {});
    expect(board.alerts.map((x) => x.caseNumber)).toContain(fire.number);
    const alert = board.alerts.find((x) => x.caseNumber === fire.number)!;
    expect(alert.caseSubject).toBe('环境卫生');
    expect(alert.casePlace).toBe('青石村3组＊＊＊家 桥头路12号');
    const json = JSON.stringify(board);
    for (const personal of ['陈秀英', '13857901234', '138 5790 1234', '张先生', '起火', '502室']) expect(json).not.toContain(personal);
  });
});
