// The people search picks its path from what was typed (pinyin initials, a whole ID or mobile,
// the trigram index for longer text, the scope's rows for 1–2 characters) and answers exactly
// what a LIKE over every person answered before; the trigram index follows every write; a page
// walked grid by grid equals a sorted one; and the ledger queries read people, houses and
// households through indexes, never a scan of the table.
import { describe, expect, it } from 'vitest';
import type { ReadDb } from '../../../../electron/core/db/read-db';
import { listHouseholds } from '../../../../electron/core/registry/queries/household-query';
import { listHouses } from '../../../../electron/core/registry/queries/house-query';
import { countLedger } from '../../../../electron/core/registry/queries/ledgers';
import { listPeople } from '../../../../electron/core/registry/queries/person-query';
import { personSearchCounts } from '../../../../electron/core/registry/queries/person-search';
import type { QueryEnv } from '../../../../electron/core/registry/queries/query-env';
import { fullScans, readingAny, recordingDb } from '../../../support/query-plans';
import { cid, setupTown } from './registry-fixture';

const ORDER = 'ORDER BY g.code, hh.household_no, p.name_py, p.id';

function populate() {
  const t = setupTown({ now: () => Date.parse('2026-11-21T02:00:00Z'), onDisk: true });
  const { h } = t;
  const grids = [t.grid1.id, t.grid2.id, t.grid3.id];
  const people = [
    ['张三', '青石村8号', '青溪五金厂', '13800000001'],
    ['张伟', '青石村18号', null, '13800000002'],
    ['张伟明', '凤栖路12号2单元301', '凤栖便民超市', null],
    ['李四', '青石村9号', '五金店', '13912345678'],
    ['王芳', '凤栖路12号', null, '13700001380'],
    ['欧阳娜娜', '凤栖路3号', '青石村小学', null],
    ['赵一', null, null, null],
    ['伟大', '青石村1组', null, '13800000003'],
    ['Anna Smith', '凤栖路7号', 'Smith & Co', null],
    ['李_%"', '青石村"5"号', '100%', null],
  ] as const;
  const made = people.map(([name, address, employer, phone], i) =>
    h.call(h.adminToken, 'registry.createPerson', {
      citizenId: cid(i + 1, `19${60 + i}-0${(i % 9) + 1}-1${i % 10}`),
      name,
      residenceType: 'registered',
      gridId: grids[i % 3]!,
      ...(address ? { address } : {}),
      ...(employer ? { employer } : {}),
      ...(phone ? { phone } : {}),
    }),
  );
  h.call(h.adminToken, 'registry.createHousehold', { gridId: t.grid1.id, householdNo: 'QS-001', headPersonId: made[0]!.id });
  return { ...t, made };
}

const SEARCHES = [
  'zs', 'zw', 'z', 'ZW', 'oy', 'smith', 'an', 'y',
  '张', '张伟', '伟', '伟明', '五金', '青石', '号', '凤栖路12号', '青石村', '石村8', '五金厂', '欧阳娜', 'Smith & Co', 'h &', '李_%', '"5"', '100%', '_%', '不存在的名字',
  '138', '1380000', '13800000001', '13912345678', '5678', '0001380', '330782', '99999',
];

describe('people search', () => {
  it('answers what a LIKE over every person answered, by every path, for every role and scope', () => {
    const t = populate();
    const { h } = t;
    h.serve('grid_worker', [t.grid1.id]);
    const raw = h.openRaw();
    const db = h.core.services.db as ReadDb;
    // The search as it was: LIKE over every person (whole numbers only for masked accounts).
    const before = (q: string, sensitive: boolean, grids: string[] | null): string[] => {
      const like = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      const params: unknown[] = [];
      let cond: string;
      if (/^[a-z]{1,12}$/i.test(q)) {
        cond = `(p.name_py LIKE ? ESCAPE '\\' OR p.name LIKE ? ESCAPE '\\')`;
        params.push(`${q.toLowerCase()}%`, like);
      } else if (/^[0-9xX*-]{3,20}$/.test(q)) {
        if (sensitive) {
          cond = `(p.citizen_id LIKE ? ESCAPE '\\' OR p.phone LIKE ? ESCAPE '\\')`;
          params.push(`%${q.toUpperCase()}%`, like);
        } else {
          cond = '(p.citizen_id = ? OR p.phone = ?)';
          params.push(q.toUpperCase(), q);
        }
      } else {
        cond = `(p.name LIKE ? ESCAPE '\\' OR p.address LIKE ? ESCAPE '\\' OR p.household_address LIKE ? ESCAPE '\\' OR p.employer LIKE ? ESCAPE '\\')`;
        params.push(like, like, like, like);
      }
      const scope = grids ? ` AND p.grid_id IN (${grids.map(() => '?').join(', ')})` : '';
      const sql = `SELECT p.id FROM person p JOIN org_unit g ON g.id = p.grid_id LEFT JOIN household hh ON hh.id = p.household_id
        WHERE p.archived = 0 AND ${cond}${scope} ${ORDER}`;
      return (raw.prepare(sql).all(...params, ...(grids ?? [])) as { id: string }[]).map((r) => r.id);
    };
    const check = () => {
      const cases: [string, string, boolean, string[] | null, Record<string, string>][] = [
        ['admin', h.adminToken, true, null, {}],
        ['admin in a village', h.adminToken, true, [t.grid1.id, t.grid2.id], { unitId: t.villageId }],
        ['grid worker', h.tokenFor('grid_worker'), false, [t.grid1.id], {}],
      ];
      for (const [who, token, sensitive, grids, unit] of cases) {
        // A masked account's number searches are exact lookups, limited per account (20 in 10 minutes).
        for (const search of sensitive ? SEARCHES : SEARCHES.filter((q) => !/^\d+$/.test(q) || ['13800000001', '5678', '138'].includes(q))) {
          const page = h.call(token, 'registry.people', { offset: 0, limit: 50, search, ...unit });
          const expected = before(search, sensitive, grids);
          expect(page.rows.map((r) => r.id), `${who}: ${search}`).toEqual(expected);
          expect(page.total, `${who}: ${search}`).toBe(expected.length);
        }
        // Over a wide scope (a county), pinyin initials are counted from the people's keys (person-search.ts), as a call counts, then lists.
        for (const search of SEARCHES.filter((q) => /^[a-z]+$/i.test(q))) {
          const e: QueryEnv = { scope: grids, today: '2026-11-21', searchSensitive: sensitive, mask: false, wide: () => true };
          const expected = before(search, sensitive, grids);
          const byGrid = personSearchCounts(db, { search }, e);
          expect(byGrid, `${who}: ${search}`).not.toBeNull();
          expect([...byGrid!.values()].reduce((a, b) => a + b, 0), `${who}: ${search}`).toBe(expected.length);
          expect(countLedger(db, 'person', { search }, e), `${who}: ${search}`).toBe(expected.length);
          expect(listPeople(db, { search }, e, { offset: 0, limit: 50 }).map((r) => r.id), `${who}: ${search}`).toEqual(expected);
        }
      }
    };
    check();
    // The trigram index follows edits, archiving and deletes (the index agrees with the table).
    const [zhang, , , li] = t.made;
    h.call(h.adminToken, 'registry.updatePerson', { id: zhang!.id, name: '张三丰', address: '凤栖路99号', employer: '武当五金' });
    h.call(h.adminToken, 'registry.updatePerson', { id: li!.id, phone: '13600000001' });
    h.call(h.adminToken, 'registry.archive', { kind: 'person', id: t.made[4]!.id, archived: true });
    check();
    // Moved out of the village's grids: the keys follow (they fail this check if not refreshed).
    h.call(h.adminToken, 'registry.updatePerson', { id: zhang!.id, gridId: t.grid3.id });
    check();
    raw.prepare('DELETE FROM person WHERE id = ?').run(t.made[6]!.id);
    raw.prepare("INSERT INTO person_fts (person_fts, rank) VALUES ('integrity-check', 1)").run();
    check();
    raw.close();
  });

  it('walks the grids in code order to the same page as sorting every match', () => {
    const t = populate();
    const db = t.h.core.services.db as ReadDb;
    for (let i = 0; i < 12; i++) {
      const house = t.h.call(t.h.adminToken, 'registry.createHouse', { gridId: [t.grid3.id, t.grid1.id][i % 2]!, address: `凤栖路${20 - i}号`, usage: 'residential' });
      t.h.call(t.h.adminToken, 'registry.createHousehold', { gridId: house.gridId, householdNo: `HH-${(i * 7) % 12}`, houseId: house.id });
    }
    const env = (denseMatches: number, scope: string[] | null = null): QueryEnv => ({ scope, today: '2026-11-21', searchSensitive: true, mask: false, denseMatches });
    for (const scope of [null, [t.grid1.id, t.grid3.id]]) {
      for (const page of [{ offset: 0, limit: 4 }, { offset: 3, limit: 5 }, { offset: 0, limit: 100 }]) {
        for (const f of [{}, { search: '青石' }, { includeArchived: true }]) {
          expect(listPeople(db, f, env(1, scope), page)).toEqual(listPeople(db, f, env(1e9, scope), page));
        }
        expect(listHouses(db, {}, env(1, scope), page)).toEqual(listHouses(db, {}, env(1e9, scope), page));
        expect(listHouseholds(db, {}, env(1, scope), page)).toEqual(listHouseholds(db, {}, env(1e9, scope), page));
        // As a call lists a search: counted per grid first, then only the grids holding the page walked.
        const counted = <K extends 'person' | 'house' | 'household'>(kind: K, f: { search: string }) => {
          const e = env(1, scope);
          countLedger(db, kind, f, e);
          return e;
        };
        for (const search of ['青石', '凤栖路', '号']) {
          expect(listPeople(db, { search }, counted('person', { search }), page), search).toEqual(listPeople(db, { search }, env(1e9, scope), page));
          expect(listHouses(db, { search }, counted('house', { search }), page), search).toEqual(listHouses(db, { search }, env(1e9, scope), page));
        }
        for (const search of ['HH', '-1']) {
          expect(listHouseholds(db, { search }, counted('household', { search }), page), search).toEqual(listHouseholds(db, { search }, env(1e9, scope), page));
        }
      }
    }
  });

  it('reads people, houses and households through indexes for every page, count and search', () => {
    const t = populate();
    const { h } = t;
    const seen = new Set<string>();
    const core = h.core.services as { db: ReadDb };
    const real = core.db;
    core.db = recordingDb(real, seen);
    try {
      for (const unit of [{}, { unitId: t.villageId }, { unitId: t.grid1.id }]) {
        h.call(h.adminToken, 'registry.houses', { offset: 0, limit: 50, ...unit });
        h.call(h.adminToken, 'registry.households', { offset: 0, limit: 50, ...unit });
        for (const search of [undefined, ...SEARCHES]) h.call(h.adminToken, 'registry.people', { offset: 0, limit: 50, search, ...unit });
      }
    } finally {
      core.db = real;
    }
    const raw = h.openRaw();
    const mine = readingAny(seen, ['person', 'house', 'household']);
    expect(mine.length).toBeGreaterThan(20);
    // Only a whole-town statement may read a live-records index from end to end (a count of the
    // town, or the first rows of one); a scoped one seeks its grids.
    const whole = (sql: string, scan: string) => !sql.includes('json_each') && /^SCAN \w+ USING (COVERING )?INDEX \w+_live$/.test(scan);
    // The trigram index answers a MATCH from its own index (the plan calls that a virtual table scan).
    // The names written in Latin letters (a partial index of the few foreign residents' names) are read whole.
    const match = (scan: string) => /^SCAN person_fts VIRTUAL TABLE INDEX \d+:M/.test(scan) || /USING COVERING INDEX person_latin_name$/.test(scan);
    for (const sql of mine) expect(fullScans(raw, sql, ['person', 'house', 'household']).filter((scan) => !whole(sql, scan) && !match(scan)), sql).toEqual([]);
    raw.close();
  });
});
