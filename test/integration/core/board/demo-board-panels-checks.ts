// The wall board's live panels on the demo town (20 November 2026, 15:00): each has data to show.
// Run by test/integration/core/demo/demo-data.test.ts on the demo town it builds once.
import { describe, expect, it } from 'vitest';
import { BOARD_FEED_LIMIT } from '../../../../shared/board/board-panel-api';
import type { Harness } from '../../../support/core-harness';
import { DISPLAY_METHOD_SAMPLES } from './display-method-samples';

export function demoBoardPanelChecks(demo: () => { h: Harness }): void {
  describe('demo board panels', () => {
    it("shows the latest cases, today's duty, today's meeting and the last frozen quarter's grid ranking", () => {
      const { h } = demo();
      const display = h.tokenFor('display');
      const call = <M extends 'board.feed' | 'board.duty' | 'board.meetingsToday'>(m: M) => h.call(display, m, DISPLAY_METHOD_SAMPLES[m]![0] as never);
      const feed = call('board.feed');
      expect(feed.items).toHaveLength(BOARD_FEED_LIMIT);
      expect(feed.items.map((i) => i.movedAt)).toEqual(feed.items.map((i) => i.movedAt).sort((a, b) => b - a));
      const duty = call('board.duty');
      expect(duty.date).toBe('2026-11-20');
      expect(duty.leader?.name).toBeTruthy();
      expect(duty.officer?.name).toBeTruthy();
      expect(call('board.meetingsToday').meetings.map((m) => `${m.kindLabel} ${m.title} ${m.statusLabel}`)).toEqual(['早例会 11月20日早例会 已结束']);
      const ranking = h.call(display, 'assessment.ranking', { level: 'grid', periodKind: 'quarter', top: 5, bottom: 5 });
      expect(ranking.run?.periodLabel).toMatch(/季度/);
      expect(ranking.top).toHaveLength(5);
      expect(ranking.bottom).toHaveLength(5);
    });
  });
}
