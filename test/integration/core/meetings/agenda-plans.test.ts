// Every query the agenda's sections make on the large tables (cases, their events, visits,
// meetings and tasks) goes through an index: SQLite's plan for each holds no full scan of them.
// The queries are taken as the sections run (every section, every kind of scope) and explained
// on a second connection to the same database file.
import { expect, it } from 'vitest';
import { agendaContent } from '../../../../electron/core/meetings/agenda-content';
import { SECTION_KINDS } from '../../../../shared/meetings/agenda-types';
import type { ReadDb } from '../../../../electron/core/db/read-db';
import { fullScans, readingAny, recordingDb } from '../../../support/query-plans';
import { agendaTown } from './agenda-fixture';

const LARGE = ['case_record', 'case_event', 'household_visit', 'meeting', 'meeting_item', 'meeting_task'];

it('the sections query the large tables through their indexes', () => {
  const t = agendaTown({ onDisk: true });
  const seen = new Set<string>();
  const viewed = recordingDb(t.db as ReadDb, seen);
  for (const scope of [t.townId, t.villageId, t.grids.G1]) {
    for (const [kind, date] of [['morning', '2026-11-30'], ['weekly', '2026-11-30'], ['monthly', '2026-11-27'], ['joint', '2026-12-25']] as const) {
      const m = t.meeting(kind, date, { scope });
      const items = SECTION_KINDS.map((s, i) => ({ ...t.item(m, s, s === 'carry_over' ? { carryId: t.carryId } : s === 'custom' ? { caseId: t.ids.K09 } : {}), id: `i${i}` }));
      agendaContent(viewed, m, items, '2026-11-30');
    }
  }
  const raw = t.h.openRaw();
  const mine = readingAny(seen, LARGE);
  expect(mine.length).toBeGreaterThan(10);
  for (const sql of mine) expect(fullScans(raw, sql, LARGE), sql).toEqual([]);
  raw.close();
});
