// 矛盾纠纷排查 every half month per grid: the half months across a month end (1st–15th,
// 16th–end, February's 28 days), done / missing / open, a late record, the disputes found
// becoming records of the registry's ledger linked to people and cases, mediation moving a
// dispute on, the Chinese refusals that write nothing, the per-grid and per-village figures
// the assessment reads, and the scope on the server (a grid worker only its own grids).
import { describe, expect, it } from 'vitest';
import { gridScreeningStats, villageScreeningStats } from '../../../../electron/core/routine/screening-queries';
import { halfMonthOf, halfMonthRange, halfMonthsBetween } from '../../../../shared/routine/half-month';
import type { SaveScreeningInput } from '../../../../shared/routine/screening-inputs';
import { at, routineTown, type RoutineTown } from './routine-fixture';

const dispute = { kind: 'neighbour', parties: '王某某、李某某', summary: '宅前排水沟堵塞引发邻里争执', riskLevel: 'medium' } as const;

function refused(r: RoutineTown, token: string, method: 'routine.saveScreening' | 'routine.saveMediation', input: unknown, message: string, code = 'BAD_INPUT') {
  const before = r.t.h.changeCount();
  expect(r.t.h.core.invoke(token, method, input)).toMatchObject({ ok: false, error: { code, message } });
  expect(r.t.h.changeCount()).toBe(before);
}

function screen(r: RoutineTown, token: string, input: Partial<SaveScreeningInput> & { date: string }) {
  return r.t.h.call(token, 'routine.saveScreening', { gridId: r.t.grids[0]!, disputes: [], ...input });
}

const marks = (row: { cells: { period: string; mark: string }[] }) => Object.fromEntries(row.cells.map((c) => [c.period, c.mark]));

describe('half months', () => {
  it('are the 1st–15th and the 16th to the month’s last day', () => {
    expect(halfMonthOf('2026-01-15')).toBe('2026-01-1');
    expect(halfMonthOf('2026-01-16')).toBe('2026-01-2');
    expect(halfMonthRange('2026-02-2')).toEqual({ from: '2026-02-16', to: '2026-02-28' });
    expect(halfMonthRange('2028-02-2')).toEqual({ from: '2028-02-16', to: '2028-02-29' });
    expect(halfMonthRange('2025-12-2')).toEqual({ from: '2025-12-16', to: '2025-12-31' });
    expect(halfMonthsBetween('2025-12-20', '2026-01-03')).toEqual(['2025-12-2', '2026-01-1']);
  });
});

describe('screening across a month end', () => {
  it('marks each grid’s half months done, missing once over, open while running; a late record still counts', () => {
    const r = routineTown(at('2026-01-10', '16:00'));
    const me = r.tokenOf('jia');
    const first = screen(r, me, { date: '2026-01-10' });
    expect(first).toMatchObject({ period: '2026-01-1', periodLabel: '2026年1月上半月', noneFound: true, staffName: '甲', disputes: [] });

    r.t.advance(at('2026-01-31', '17:00'));
    const second = screen(r, me, { date: '2026-01-31', disputes: [dispute] });
    expect(second).toMatchObject({ period: '2026-01-2', noneFound: false, disputes: [{ ...dispute, status: 'open', foundDate: '2026-01-31' }] });
    const admin = r.t.h.adminToken;
    // On the last day of January its second half is still open for grid 2.
    let table = r.t.h.call(admin, 'routine.screenings', { from: '2026-01-01', to: '2026-02-28' });
    expect(table.periods.map((p) => p.period)).toEqual(['2026-01-1', '2026-01-2', '2026-02-1', '2026-02-2']);
    const row = (id: string) => table.rows.find((x) => x.gridId === id)!;
    expect(marks(row(r.t.grids[1]!))).toEqual({ '2026-01-1': 'missing', '2026-01-2': 'open', '2026-02-1': 'future', '2026-02-2': 'future' });

    // The next morning it is missing; grid 1 has both halves; February has begun.
    r.t.advance(at('2026-02-01', '08:30'));
    table = r.t.h.call(admin, 'routine.screenings', { from: '2026-01-01', to: '2026-02-28' });
    expect(marks(row(r.t.grids[0]!))).toEqual({ '2026-01-1': 'done', '2026-01-2': 'done', '2026-02-1': 'open', '2026-02-2': 'future' });
    expect(row(r.t.grids[0]!).totals).toEqual({ due: 2, done: 2, missing: 0, disputes: 1, rate: 1 });
    expect(marks(row(r.t.grids[1]!))).toEqual({ '2026-01-1': 'missing', '2026-01-2': 'missing', '2026-02-1': 'open', '2026-02-2': 'future' });

    // A screening dated 1 February belongs to February's first half, not January's second.
    expect(screen(r, me, { date: '2026-02-01' }).period).toBe('2026-02-1');
    // Grid 2's January second half recorded late (on 3 February, dated 30 January) is done, marked 补录.
    r.t.advance(at('2026-02-03', '09:00'));
    r.t.h.call(admin, 'routine.saveScreening', { gridId: r.t.grids[1]!, date: '2026-01-30', disputes: [] });
    table = r.t.h.call(admin, 'routine.screenings', { from: '2026-01-16', to: '2026-01-31', gridId: r.t.grids[1]! });
    expect(table.rows).toHaveLength(1);
    expect(table.rows[0]!.cells[0]).toMatchObject({ period: '2026-01-2', mark: 'done', late: true, screenDate: '2026-01-30' });

    // The figures the assessment reads (排查完成率), per grid and per village.
    const db = r.t.h.core.services.db;
    const grids = gridScreeningStats(db, { from: '2026-01-01', to: '2026-02-28' }, '2026-02-03');
    expect(grids.get(r.t.grids[0]!)).toEqual({ due: 3, done: 3, missing: 0, disputes: 1, rate: 1 });
    expect(grids.get(r.t.grids[1]!)).toEqual({ due: 2, done: 1, missing: 1, disputes: 0, rate: 0.5 });
    expect(grids.get(r.t.grids[2]!)).toEqual({ due: 2, done: 0, missing: 2, disputes: 0, rate: 0 });
    expect(villageScreeningStats(db, { from: '2026-01-01', to: '2026-02-28' }, '2026-02-03').get(r.t.villageId)).toEqual({ due: 7, done: 4, missing: 3, disputes: 1, rate: 4 / 7 });
  });
});

describe('disputes, people, cases and mediation', () => {
  it('links the people and cases involved, and a mediation’s outcome moves the registry’s dispute on', () => {
    const r = routineTown(at('2026-03-05', '10:00'));
    const admin = r.t.h.adminToken;
    const me = r.tokenOf('jia');
    const person = { id: 'P1' };
    r.t.h.core.services.writer.transaction(null, (tx) => tx.insert('person', { id: person.id, citizen_id: '330782198001010011', name: '王某某', residence_type: 'registered', grid_id: r.t.grids[0]!, archived: 0 }));
    const c = r.t.register({ title: '排水沟堵塞', gridId: r.t.grids[0]! });
    const s = screen(r, me, { date: '2026-03-05', disputes: [{ ...dispute, personIds: [person.id], caseIds: [c.id] }, { kind: 'family', parties: '赵某夫妇', summary: '赡养老人分歧', riskLevel: 'low' }] });
    const d = s.disputes.find((x) => x.kind === 'neighbour')!;
    expect(d.persons).toEqual([{ id: person.id, name: '王某某' }]);
    expect(d.cases).toEqual([{ id: c.id, number: c.number, title: '排水沟堵塞' }]);
    // The disputes are records of the registry's ledger.
    expect(r.t.h.call(admin, 'registry.dispute', { id: d.id }).dispute).toMatchObject({ parties: '王某某、李某某', status: 'open', gridId: r.t.grids[0] });

    r.t.advance(at('2026-03-09', '15:00'));
    const base = { disputeId: d.id, date: '2026-03-09', mediators: '村调委会 张主任', parties: '王某某、李某某', process: '现场查看排水沟，双方协商' } as const;
    expect(r.t.h.call(me, 'routine.saveMediation', { ...base, outcome: 'failed' })).toMatchObject({ outcome: 'failed' });
    expect(r.t.h.call(admin, 'registry.dispute', { id: d.id }).dispute).toMatchObject({ status: 'open', mediator: '村调委会 张主任' });
    refused(r, me, 'routine.saveMediation', { ...base, outcome: 'success' }, '调解成功请填写达成的协议内容');
    r.t.h.call(me, 'routine.saveMediation', { ...base, outcome: 'success', agreement: '双方各出一半费用疏通排水沟' });
    expect(r.t.h.call(admin, 'registry.dispute', { id: d.id }).dispute).toMatchObject({ status: 'resolved', resolvedDate: '2026-03-09', result: '双方各出一半费用疏通排水沟' });
    const detail = r.t.h.call(me, 'routine.screening', { id: s.id });
    expect(detail.disputes.find((x) => x.id === d.id)!.mediations.map((m) => m.outcome)).toEqual(['failed', 'success']);
    refused(r, me, 'routine.saveMediation', { ...base, outcome: 'failed' }, '该纠纷已化解，不能再登记调解', 'INVALID_STATE');
    const other = s.disputes.find((x) => x.kind === 'family')!;
    r.t.h.call(me, 'routine.saveMediation', { ...base, disputeId: other.id, outcome: 'referred', process: '移交镇综治中心' });
    expect(r.t.h.call(admin, 'registry.dispute', { id: other.id }).dispute.status).toBe('referred');
  });

  it('refuses bad input in Chinese and writes nothing', () => {
    const r = routineTown(at('2026-03-05', '10:00'));
    const me = r.tokenOf('jia');
    const admin = r.t.h.adminToken;
    refused(r, me, 'routine.saveScreening', { gridId: r.t.grids[0]!, date: '2026-03-06', disputes: [] }, '不能登记未来日期（2026-03-06）的矛盾纠纷排查');
    refused(r, me, 'routine.saveScreening', { gridId: r.t.grids[0]!, date: '2026-02-30', disputes: [] }, '日期无效（2026-02-30）');
    refused(r, me, 'routine.saveScreening', { gridId: r.t.grids[2]!, date: '2026-03-05', disputes: [] }, '青石村第3网格不在本账号的管理范围内，只能登记本人负责网格的矛盾纠纷排查', 'FORBIDDEN');
    refused(r, me, 'routine.saveScreening', { gridId: r.t.grids[0]!, date: '2026-03-05', disputes: [{ ...dispute, parties: ' ' }] }, '输入内容有误：disputes.0.parties 请填写当事人');
    refused(r, me, 'routine.saveScreening', { gridId: r.t.grids[0]!, date: '2026-03-05', disputes: [{ ...dispute, caseIds: ['nope'] }] }, '关联的事件不存在', 'NOT_FOUND');
    refused(r, me, 'routine.saveScreening', { gridId: r.t.grids[0]!, date: '2026-03-05', staffId: r.staff.yi, disputes: [] }, '网格员只能以本人名义登记排查', 'FORBIDDEN');
    screen(r, me, { date: '2026-03-02' });
    refused(r, admin, 'routine.saveScreening', { gridId: r.t.grids[0]!, date: '2026-03-05', disputes: [] }, '青石村第1网格2026年3月上半月的矛盾纠纷排查已于2026-03-02登记，同一网格每半月登记一次', 'CONFLICT');
    const base = { date: '2026-03-05', mediators: '张主任', parties: '甲乙', process: '协商', outcome: 'failed' } as const;
    refused(r, me, 'routine.saveMediation', { ...base, disputeId: 'nope' }, '该矛盾纠纷不存在，或不在本账号的管理范围内', 'NOT_FOUND');
    const s = screen(r, admin, { gridId: r.t.grids[1]!, date: '2026-03-04', disputes: [dispute] });
    const id = s.disputes[0]!.id;
    refused(r, admin, 'routine.saveMediation', { ...base, disputeId: id, date: '2026-03-03' }, '调解日期不能早于纠纷发现日期（2026-03-04）');
    refused(r, admin, 'routine.saveMediation', { ...base, disputeId: id, date: '2026-03-07' }, '不能登记未来日期（2026-03-07）的调解记录');
    refused(r, admin, 'routine.saveMediation', { ...base, disputeId: id, process: '' }, '输入内容有误：process 请填写调解过程');
  });
});

describe('screening scope on the server', () => {
  it('a grid worker reads and writes only its own grids’ screenings; the supervisor its area; the wall display nothing', () => {
    const r = routineTown(at('2026-03-05', '10:00'));
    const admin = r.t.h.adminToken;
    const me = r.tokenOf('jia');
    const other = r.t.h.call(admin, 'routine.saveScreening', { gridId: r.t.grids[2]!, date: '2026-03-04', disputes: [dispute] });
    const community = r.t.h.call(admin, 'routine.saveScreening', { gridId: r.t.communityGrid, date: '2026-03-04', disputes: [] });
    const table = r.t.h.call(me, 'routine.screenings', { from: '2026-03-01', to: '2026-03-31' });
    expect(table.rows.map((x) => x.gridName)).toEqual(['青石村第1网格']);
    expect(r.t.h.call(me, 'routine.screenings', { from: '2026-03-01', to: '2026-03-31', gridId: r.t.grids[2]! }).rows).toEqual([]);
    expect(r.t.h.core.invoke(me, 'routine.screening', { id: other.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: '排查记录不存在，或不在本账号的查看范围内' } });
    refused(r, me, 'routine.saveMediation', { disputeId: other.disputes[0]!.id, date: '2026-03-05', mediators: '甲', parties: '王某某', process: '协商', outcome: 'failed' }, '该矛盾纠纷不存在，或不在本账号的管理范围内', 'NOT_FOUND');

    const sup = r.t.token('supervisor');
    expect(r.t.h.call(sup, 'routine.screenings', { from: '2026-03-01', to: '2026-03-15' }).rows.map((x) => x.gridName)).toEqual(['青石村第1网格', '青石村第2网格', '青石村第3网格']);
    expect(r.t.h.call(sup, 'routine.screening', { id: other.id }).gridName).toBe('青石村第3网格');
    expect(r.t.h.core.invoke(sup, 'routine.screening', { id: community.id }).ok).toBe(false);
    refused(r, sup, 'routine.saveScreening', { gridId: r.t.communityGrid, date: '2026-03-05', disputes: [] }, '凤栖社区第1网格不在本账号的管理范围内，只能登记本人负责网格的矛盾纠纷排查', 'FORBIDDEN');
    expect(r.t.h.call(sup, 'routine.saveScreening', { gridId: r.t.grids[1]!, date: '2026-03-05', disputes: [] })).toMatchObject({ gridName: '青石村第2网格', staffName: '督导员老周' });
    for (const method of ['routine.screenings', 'routine.screening'] as const) {
      expect(r.t.h.core.invoke(r.t.token('display'), method, { from: '2026-03-01', to: '2026-03-15', id: other.id }).ok, method).toBe(false);
    }
    expect(r.t.h.core.invoke(r.t.token('presenter'), 'routine.saveScreening', { gridId: r.t.grids[1]!, date: '2026-03-05', disputes: [] })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
