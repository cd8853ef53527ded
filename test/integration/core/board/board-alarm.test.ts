// The wall's grid map and emergency mode: per-grid counts on a hand-built town, the alarm queue
// of unacknowledged 突发 cases, a desk's 「确认收到」 (idempotent, permitted to dispatching desks,
// in the timeline and the audit log), and no personal data in anything the display gets.
import { describe, expect, it } from 'vitest';
import { GRID_COUNTS_SQL } from '../../../../electron/core/board/board-map';
import { UNACKED_EMERGENCY, UNACKED_EMERGENCY_FROM } from '../../../../electron/core/cases/case-emergency';
import { at, caseIn, caseTown, type CaseTown } from '../cases/case-fixture';

const SQUARE = (x: number) => JSON.stringify({ type: 'Polygon', coordinates: [[[x, 30], [x + 0.01, 30], [x + 0.01, 30.01], [x, 30.01], [x, 30]]] });

function fire(t: CaseTown, gridId = t.grids[1]!) {
  return t.register(
    {
      handlingType: 'emergency',
      urgency: 'critical',
      source: 'resident_phone',
      reporterName: '陈秀英',
      reporterPhone: '13857901234',
      title: '陈秀英（13857901234）家中起火，张先生被困',
      address: '桥头路12号2单元502室 陈秀英家',
      gridId,
    },
    'dispatcher',
  );
}

function team(t: CaseTown, unitId: string, names: [string, 'leader' | 'worker_full'][]) {
  for (const [name, teamRole] of names) {
    const s = t.h.call(t.h.adminToken, 'staff.create', { name, phone: '13911112222' });
    t.h.call(t.h.adminToken, 'staff.assign', { staffId: s.id, unitId, teamRole });
  }
}

describe('board.map', () => {
  it('counts open and overdue cases per grid, and names the emergency and alerted grids', () => {
    const t = caseTown(at('2025-11-17', '09:00'));
    t.h.call(t.h.adminToken, 'org.updateUnit', { id: t.grids[0]!, boundary: SQUARE(120) });
    t.register();
    t.register();
    t.register({ gridId: t.grids[2]! });
    caseIn(t, 'closed');
    t.advance(at('2025-11-21', '09:00'));
    t.register({ gridId: t.grids[2]! }); // new, within its time limit
    const display = t.token('display');
    const before = t.h.call(display, 'board.map', {});
    const count = (g: string) => before.grids.find((x) => x.gridId === g);
    expect(count(t.grids[0]!)).toEqual({ gridId: t.grids[0]!, open: 2, overdue: 2 });
    expect(count(t.grids[1]!)).toBeUndefined();
    expect(count(t.grids[2]!)).toEqual({ gridId: t.grids[2]!, open: 2, overdue: 1 });
    expect(before).toMatchObject({ emergencyGridIds: [], alertedGridIds: [] });

    fire(t);
    const after = t.h.call(display, 'board.map', {});
    expect(after.emergencyGridIds).toEqual([t.grids[1]!]);
    expect(after.alertedGridIds).toEqual([t.grids[0]!, t.grids[2]!].sort());
    expect(after.grids.find((x) => x.gridId === t.grids[1]!)).toMatchObject({ open: 1, overdue: 0 });

    const shapes = t.h.call(display, 'board.mapShapes', {});
    expect(shapes.units.map((u) => u.kind).sort()).toEqual(['community', 'grid', 'grid', 'grid', 'grid', 'village']);
    expect(shapes.units.find((u) => u.id === t.grids[0]!)?.boundary).toBe(SQUARE(120));
    expect(shapes.units.find((u) => u.id === t.grids[1]!)?.boundary).toBeNull();
  });

  it('reads the counts and the emergencies through indexes, not a scan of case_record', () => {
    const t = caseTown(undefined, { onDisk: true });
    const raw = t.h.openRaw();
    const plan = (sql: string) => (raw.prepare(`EXPLAIN QUERY PLAN ${sql}`).all({ now: 0 }) as { detail: string }[]).map((r) => r.detail);
    const counts = plan(GRID_COUNTS_SQL);
    expect(counts.join('\n')).toMatch(/USING COVERING INDEX case_open_figures/);
    expect(counts.filter((d) => /^SCAN c$/.test(d))).toEqual([]);
    // Pinned to the partial index of the open unacknowledged emergencies (INDEXED BY fails to
    // prepare if the condition stops matching the index's).
    const emergencies = plan(`SELECT c.id FROM ${UNACKED_EMERGENCY_FROM} WHERE ${UNACKED_EMERGENCY} ORDER BY c.received_at`);
    expect(emergencies.join('\n')).toContain('INDEX case_emergency_open_unacked');
    expect(emergencies.join('\n')).not.toContain('TEMP B-TREE');
    raw.close();
  });
});

describe('emergency mode', () => {
  it('queues the unacknowledged 突发 cases with their grid, alerted neighbours and who responds', () => {
    const t = caseTown(at('2025-11-17', '09:00'));
    team(t, t.grids[0]!, [['李网格', 'worker_full'], ['王组长', 'leader']]);
    const display = t.token('display');
    expect(t.h.call(display, 'board.emergencies', {})).toMatchObject({ total: 0, items: [] });
    t.register({ handlingType: 'coordination' }); // not an emergency
    const first = fire(t);
    t.advance(at('2025-11-17', '09:30'));
    const second = fire(t, t.communityGrid); // a grid without neighbours
    const q = t.h.call(display, 'board.emergencies', {});
    expect(q.total).toBe(2);
    expect(q.items.map((e) => e.number)).toEqual([first.number, second.number]); // oldest first
    const e = q.items[0]!;
    expect(e).toMatchObject({ caseId: first.id, subject: '环境卫生', place: '桥头路12号', gridId: t.grids[1]!, gridName: '青石村第2网格', villageName: '青石村', receivedAt: at('2025-11-17', '09:00') });
    expect(e.neighbours).toEqual([
      { gridId: t.grids[0]!, gridName: '青石村第1网格', responders: ['王组长', '李网格'], acknowledgedAt: null, acknowledgedByName: null },
      { gridId: t.grids[2]!, gridName: '青石村第3网格', responders: [], acknowledgedAt: null, acknowledgedByName: null },
    ]);
    expect(q.items[1]!.neighbours).toEqual([]);

    // The neighbouring team's own acknowledgement shows; the alarm stays until a desk acknowledges.
    const alert = t.h.call(t.token('dispatcher'), 'cases.alerts', { unitId: t.grids[0]! })[0]!;
    t.h.call(t.token('dispatcher'), 'cases.ackAlert', { id: alert.id });
    const q2 = t.h.call(display, 'board.emergencies', {});
    expect(q2.total).toBe(2);
    expect(q2.items[0]!.neighbours[0]).toMatchObject({ acknowledgedAt: at('2025-11-17', '09:30'), acknowledgedByName: 'dispatcher' });
  });

  it('clears the alarm when a dispatching desk acknowledges it, once, with who and when in the timeline', () => {
    const t = caseTown(at('2025-11-17', '09:00'));
    const c = fire(t);
    const other = fire(t, t.communityGrid);
    t.advance(at('2025-11-17', '09:05'));
    const ack = t.h.call(t.token('dispatcher'), 'board.ackEmergency', { caseId: c.id });
    expect(ack).toEqual({ caseId: c.id, number: c.number, acknowledgedAt: at('2025-11-17', '09:05'), acknowledgedByName: 'dispatcher' });
    const q = t.h.call(t.token('display'), 'board.emergencies', {});
    expect(q.items.map((e) => e.number)).toEqual([other.number]);
    expect(q.total).toBe(1);
    expect(t.h.call(t.token('display'), 'board.map', {}).emergencyGridIds).toEqual([t.communityGrid]);

    const detail = t.h.call(t.token('dispatcher'), 'cases.get', { id: c.id });
    const row = detail.timeline.find((e) => e.action === 'emergency_ack');
    expect(row).toMatchObject({ actionLabel: '确认收到突发事件', actorName: 'dispatcher', at: at('2025-11-17', '09:05') });

    // Twice: a clear error, nothing written.
    const events = t.eventCount();
    const again = t.h.core.invoke(t.token('director'), 'board.ackEmergency', { caseId: c.id });
    expect(again).toMatchObject({ ok: false, error: { code: 'INVALID_STATE' } });
    expect(JSON.stringify(again)).toContain('已由dispatcher于');
    expect(t.eventCount()).toBe(events);
    // Unknown case, and a case that is no emergency.
    expect(t.h.core.invoke(t.token('dispatcher'), 'board.ackEmergency', { caseId: 'nope' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: '事件不存在，无法确认收到' } });
    const plain = t.register();
    expect(t.h.core.invoke(t.token('dispatcher'), 'board.ackEmergency', { caseId: plain.id })).toMatchObject({ ok: false, error: { code: 'INVALID_STATE' } });
    // The director acknowledges too; the audit log names both acts.
    t.h.call(t.token('director'), 'board.ackEmergency', { caseId: other.id });
    expect(t.h.call(t.token('display'), 'board.emergencies', {})).toMatchObject({ total: 0, items: [] });
    const audit = t.h.core.services.db.prepare("SELECT actor_name, record_id FROM audit_log WHERE action = 'emergency.ack' ORDER BY seq").all();
    expect(audit).toEqual([{ actor_name: 'dispatcher', record_id: c.id }, { actor_name: 'director', record_id: other.id }]);
  });

  it('lets only dispatching desks acknowledge; a closed emergency no longer alarms', () => {
    const t = caseTown(at('2025-11-17', '09:00'));
    const c = fire(t);
    for (const role of ['display', 'grid_worker', 'department_handler', 'supervisor', 'presenter'] as const) {
      expect(t.h.core.invoke(t.token(role), 'board.ackEmergency', { caseId: c.id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(t.h.call(t.token('display'), 'board.emergencies', {}).total).toBe(1);
    expect(t.h.core.invoke(t.token('dispatcher'), 'board.ackEmergency', { caseId: '' })).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    t.act(c.id, { type: 'reject', reason: '经核实为误报' });
    expect(t.h.call(t.token('display'), 'board.emergencies', {}).total).toBe(0);
  });

  it('gives the display no personal data of a case typed with the caller in it', () => {
    const t = caseTown(at('2025-11-17', '09:00'));
    fire(t);
    const display = t.token('display');
    const json = JSON.stringify([t.h.call(display, 'board.emergencies', {}), t.h.call(display, 'board.map', {}), t.h.call(display, 'board.mapShapes', {})]);
    for (const personal of ['陈秀英', '13857901234', '1385790', '张先生', '起火', '502室', '13911112222']) expect(json).not.toContain(personal);
  });
});
