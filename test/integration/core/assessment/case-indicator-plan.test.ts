// The case indicators read each case's timeline through the timeline's own index (case_id, at):
// SQLite, left to itself, takes min(at) of an action from the (action, at) index and walks every
// acceptance of the town for each case of the period — a quarter of the demo town took 5 s.
import { describe, expect, it } from 'vitest';
import { caseCountsBySubject } from '../../../../electron/core/assessment/case-indicators';
import { recordingDb } from '../../../support/query-plans';
import { at, caseTown } from '../cases/case-fixture';

describe('the case indicators’ plan', () => {
  it('reads a case’s events by the case, never by the action across the town', () => {
    const t = caseTown(at('2025-11-20', '10:00'), { onDisk: true });
    const c = t.register();
    t.act(c.id, { type: 'accept' });
    const seen = new Set<string>();
    const counts = caseCountsBySubject(recordingDb(t.h.core.services.db, seen), 'town', { from: '2025-11-01', to: '2025-11-30' });
    expect(counts.get('town')?.received).toBe(1);
    const raw = t.h.openRaw();
    const sqls = [...seen].filter((sql) => /\bcase_event\b/.test(sql));
    expect(sqls.length).toBe(1);
    const plan = (raw.prepare(`EXPLAIN QUERY PLAN ${sqls[0]}`).all(0, 1) as { detail: string }[]).map((p) => p.detail);
    const events = plan.filter((d) => /^SEARCH e\b/.test(d));
    expect(events.length, plan.join(' | ')).toBe(2);
    for (const d of events) expect(d, plan.join(' | ')).toMatch(/USING (COVERING )?INDEX case_event_case \(case_id=\?/);
  });
});
