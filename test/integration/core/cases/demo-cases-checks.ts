// The demo town's year of cases: every state, consistent timelines. Run by
// test/integration/core/demo/demo-data.test.ts on the demo town it builds once.
import { describe, expect, it } from 'vitest';
import { CASE_STATUSES, type CaseStatus } from '../../../../shared/cases/case-workflow';
import { parseCaseNumber } from '../../../../shared/cases/case-number';
import { shanghaiDate } from '../../../../electron/core/calendar';
import type { Harness } from '../../../support/core-harness';

export function demoCaseChecks(demo: () => { h: Harness; now: number }): void {
  describe('demo cases', () => {
    it('seed a year of cases in every state, each with a consistent timeline', async () => {
      const { h, now } = demo();
      const db = h.core.services.db;
      const n = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
      expect(n('SELECT count(*) AS n FROM case_record')).toBeGreaterThanOrEqual(3000);
      const statuses = (db.prepare('SELECT DISTINCT status FROM case_record').all() as { status: CaseStatus }[]).map((r) => r.status).sort();
      expect(statuses).toEqual([...CASE_STATUSES].sort());
      expect(n('SELECT min(received_at) AS n FROM case_record')).toBeLessThan(now - 300 * 86_400_000);
      for (const sql of [
        'SELECT count(*) AS n FROM case_record WHERE rework_count > 0',
        'SELECT count(*) AS n FROM case_record WHERE extension_count > 0',
        "SELECT count(*) AS n FROM case_record WHERE extension_state = 'refused'",
        'SELECT count(*) AS n FROM case_record WHERE reopen_count > 0',
        'SELECT count(*) AS n FROM case_record WHERE urge_count > 0',
        "SELECT count(*) AS n FROM case_record WHERE status = 'closed' AND satisfaction = 'dissatisfied'",
        "SELECT count(*) AS n FROM case_record WHERE handling_type = 'emergency'",
        "SELECT count(*) AS n FROM case_record WHERE assignee_kind = 'county'",
        'SELECT count(*) AS n FROM case_alert',
      ]) {
        expect(n(sql), sql).toBeGreaterThan(0);
      }
      const counts = h.call(h.adminToken, 'cases.queueCounts', {});
      for (const q of ['to_accept', 'to_dispatch', 'in_progress', 'overdue', 'supervised', 'to_verify', 'closed'] as const) expect(counts[q], q).toBeGreaterThan(0);
      expect(h.call((await h.callAsync(null, 'auth.login', { username: 'wangge', password: 'towngrid2026' })).token, 'cases.queueCounts', {}).mine).toBeGreaterThan(0);

      const cases = db.prepare('SELECT id, number, status, epoch, received_at, updated_at FROM case_record').all() as {
        id: string; number: string; status: CaseStatus; epoch: number; received_at: number; updated_at: number;
      }[];
      const events = db.prepare('SELECT case_id, at, action, to_status, epoch FROM case_event ORDER BY case_id, at, id').all() as {
        case_id: string; at: number; action: string; to_status: CaseStatus | null; epoch: number;
      }[];
      const byCase = new Map<string, typeof events>();
      for (const e of events) byCase.set(e.case_id, [...(byCase.get(e.case_id) ?? []), e]);
      for (const c of cases) {
        const tl = byCase.get(c.id)!;
        expect(['register', 'register_handled']).toContain(tl[0]!.action);
        expect(tl[0]!.at).toBe(c.received_at);
        expect(parseCaseNumber(c.number)!.date).toBe(shanghaiDate(c.received_at));
        const moves = tl.filter((e) => e.to_status !== null && e.action !== 'merged_from');
        expect(moves.at(-1)!.to_status, c.number).toBe(c.status);
        expect(Math.max(...tl.map((e) => e.epoch))).toBe(c.epoch);
        expect(tl.at(-1)!.at).toBeLessThanOrEqual(now);
        for (let i = 1; i < tl.length; i++) expect(tl[i]!.epoch).toBeGreaterThanOrEqual(tl[i - 1]!.epoch);
      }
    });
  });
}
