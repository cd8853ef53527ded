// The demo town's quarterly assessment (issue 11, must show): for grids, villages and workers the
// two quarters before last frozen and last quarter open; the frozen rankings spread (not a
// flat field of ties), the laggard grids at the bottom three quarters running (通报批评), manual
// items with a reason and real evidence decided by someone other than who entered them, one
// 一票否决, and the frozen quarters wholly inside the demo's year of data. Run by
// test/integration/core/demo/demo-data.test.ts on the demo town it builds once (on 20 November 2026).
import { describe, expect, it } from 'vitest';
import type { Harness } from '../../../support/core-harness';

export function demoAssessmentChecks(demo: () => { h: Harness }): void {
  describe('demo assessment', () => {
  it('has two frozen quarters and an open one per level, with spread, warnings and decided manual items', () => {
    const { h } = demo();
    const db = h.core.services.db;
    const runs = h.call(h.adminToken, 'assessment.runs', {});
    for (const level of ['grid', 'village', 'worker'] as const) {
      const mine = runs.filter((r) => r.level === level).map((r) => `${r.periodKey} ${r.status}`).sort();
      expect(mine).toEqual(['2026Q1 frozen', '2026Q2 frozen', '2026Q3 open']);
    }

    // The frozen quarters lie wholly inside the demo's data (a year of cases and logs before today).
    const first = (sql: string) => (db.prepare(sql).get() as { d: string }).d;
    expect(first("SELECT min(work_date) AS d FROM work_log") < '2026-01-01').toBe(true);
    expect(first("SELECT date(min(received_at) / 1000, 'unixepoch', '+8 hours') AS d FROM case_record") < '2026-01-01').toBe(true);

    const review = (level: string, key: string) => h.call(h.adminToken, 'assessment.review', { runId: runs.find((r) => r.level === level && r.periodKey === key)!.id });
    const counts = { grid: 120, village: 12, worker: 200 };
    for (const key of ['2026Q1', '2026Q2']) {
      for (const level of ['grid', 'village', 'worker'] as const) {
        const subjects = review(level, key).subjects;
        expect(subjects.length).toBeGreaterThanOrEqual(counts[level]);
        const totals = new Set(subjects.map((s) => s.total));
        // A ranking, not a field of ties: many distinct totals, few sharing the first place.
        expect(totals.size, `${key} ${level}`).toBeGreaterThanOrEqual({ grid: 60, village: 10, worker: 55 }[level]);
        expect(subjects.filter((s) => s.rank === 1).length, `${key} ${level} tied first`).toBeLessThanOrEqual(subjects.length / 4);
        expect(Math.max(...subjects.map((s) => s.total)) - Math.min(...subjects.map((s) => s.total))).toBeGreaterThan(level === 'village' ? 10 : 40);
      }
    }

    // Some grid is among the bottom two in all three quarters (通报批评 shows).
    const bottomTwo = ['2026Q1', '2026Q2', '2026Q3'].map((key) => {
      const s = review('grid', key).subjects;
      const worst = Math.max(...s.map((x) => x.rank));
      return new Set(s.filter((x) => x.rank >= worst - 1).map((x) => x.subjectId));
    });
    const everyTime = [...bottomTwo[0]!].filter((id) => bottomTwo.every((b) => b.has(id)));
    expect(everyTime.length).toBeGreaterThanOrEqual(1);

    // Manual items: a reason, evidence that exists, decided by another account; one veto.
    const items = db
      .prepare(
        `SELECT a.*, r.status AS run_status, r.period_key, r.snapshot FROM assessment_adjustment a JOIN assessment_run r ON r.id = a.run_id`,
      )
      .all() as {
      subject_id: string;
      kind: string;
      points: number;
      reason: string;
      evidence_kind: string;
      evidence_ref: string;
      status: string;
      entered_by: string;
      decided_by: string | null;
      run_status: string;
      period_key: string;
      snapshot: string | null;
    }[];
    expect(items.length).toBeGreaterThanOrEqual(18);
    expect(new Set(items.map((i) => i.evidence_kind))).toEqual(new Set(['case', 'log', 'visit', 'document']));
    for (const i of items) {
      expect(i.reason.length).toBeGreaterThanOrEqual(4);
      if (i.status !== 'pending') expect(i.decided_by).not.toBe(i.entered_by);
      if (i.run_status === 'frozen') expect(i.status).not.toBe('pending');
      if (i.evidence_kind === 'case') expect(db.prepare('SELECT 1 FROM case_record WHERE number = ?').get(i.evidence_ref)).toBeDefined();
      if (i.evidence_kind === 'log') expect(db.prepare('SELECT 1 FROM work_log WHERE id = ?').get(i.evidence_ref)).toBeDefined();
      if (i.evidence_kind === 'visit') expect(db.prepare('SELECT 1 FROM household_visit WHERE id = ?').get(i.evidence_ref)).toBeDefined();
    }
    expect(new Set(items.map((i) => i.entered_by)).size).toBeGreaterThanOrEqual(2);
    expect(items.some((i) => i.run_status === 'open' && i.status === 'pending')).toBe(true);
    const vetoes = items.filter((i) => i.kind === 'veto' && i.status === 'approved');
    expect(vetoes).toHaveLength(1);
    const vetoed = (JSON.parse(vetoes[0]!.snapshot!) as { subjectId: string; vetoed: boolean; grade: string }[]).find((s) => s.subjectId === vetoes[0]!.subject_id)!;
    expect(vetoed).toMatchObject({ vetoed: true, grade: 'fail' });
    // An approved deduction counts in the frozen snapshot.
    const deduction = items.find((i) => i.kind === 'deduct' && i.status === 'approved' && i.run_status === 'frozen')!;
    const scored = (JSON.parse(deduction.snapshot!) as { subjectId: string; adjustment: number }[]).find((s) => s.subjectId === deduction.subject_id)!;
    expect(scored.adjustment).toBeLessThanOrEqual(-deduction.points);
  });
  });
}
