// Every query the agenda's sections make on the large tables (cases, their events, visits,
// meetings and tasks) goes through an index: SQLite's plan for each holds no full scan of them.
// The queries are taken as the sections run (every section, every kind of scope) and explained
// on a second connection to the same database file.
import { expect, it } from 'vitest';
import { agendaContent } from '../../../../electron/core/meetings/agenda-content';
import { SECTION_KINDS } from '../../../../shared/meetings/agenda-types';
import type { ReadDb } from '../../../../electron/core/db/read-db';
import { agendaTown } from './agenda-fixture';

const LARGE = ['case_record', 'case_event', 'household_visit', 'meeting', 'meeting_item', 'meeting_task'];

it('the sections query the large tables through their indexes', () => {
  const t = agendaTown({ onDisk: true });
  const seen = new Set<string>();
  const db = t.db as ReadDb & { cached: ReadDb['cached'] };
  const cached = db.cached.bind(db);
  const spy = ((sql: string) => {
    seen.add(sql);
    return cached(sql);
  }) as ReadDb['cached'];
  const viewed = Object.create(db, { cached: { value: spy } }) as ReadDb;
  for (const scope of [t.townId, t.villageId, t.grids.G1]) {
    for (const [kind, date] of [['morning', '2026-11-30'], ['weekly', '2026-11-30'], ['monthly', '2026-11-27'], ['joint', '2026-12-25']] as const) {
      const m = t.meeting(kind, date, { scope });
      const items = SECTION_KINDS.map((s, i) => ({ ...t.item(m, s, s === 'carry_over' ? { carryId: t.carryId } : s === 'custom' ? { caseId: t.ids.K09 } : {}), id: `i${i}` }));
      agendaContent(viewed, m, items, '2026-11-30');
    }
  }
  const raw = t.h.openRaw();
  const mine = [...seen].filter((sql) => LARGE.some((table) => new RegExp(`\\b${table}\\b`).test(sql)));
  expect(mine.length).toBeGreaterThan(10);
  for (const sql of mine) {
    const named = [...new Set([...sql.matchAll(/@(\w+)/g)].map((m) => m[1]!))];
    const stmt = raw.prepare(`EXPLAIN QUERY PLAN ${sql}`);
    const plan = (named.length ? stmt.all(Object.fromEntries(named.map((n) => [n, 1]))) : stmt.all(...Array((sql.match(/\?/g) ?? []).length).fill(1))) as { detail: string }[];
    const scans = plan.map((p) => p.detail).filter((d) => /^SCAN /.test(d) && LARGE.some((table) => d.includes(table) || /^SCAN [cemit]\b/.test(d)));
    expect(scans, sql).toEqual([]);
  }
  raw.close();
});
